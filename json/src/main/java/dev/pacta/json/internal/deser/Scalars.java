package dev.pacta.json.internal.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.pacta.core.Identifier;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.EventTime;
import dev.pacta.core.model.Role;
import dev.pacta.core.money.Decimals;
import dev.pacta.core.money.Money;
import dev.pacta.core.report.InstanceId;
import dev.pacta.json.JsonCodes;
import dev.pacta.json.internal.ReadError;
import dev.pacta.json.internal.Tokens;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.zone.ZoneRulesProvider;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Strict readers of scalar values at the parser's current token. None coerces: a string is never read as a number,
 * a float never as a whole number, a number never as a date.
 */
public final class Scalars {
    private static final Pattern MONEY = Pattern.compile("([A-Z]{3}) (-?(?:0|[1-9][0-9]{0,17})(?:\\.[0-9]{1,18})?)");
    private static final Pattern ROLE = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");
    /** As the model's validator: an upper-case word of up to 64 characters. */
    private static final Pattern RIGHT = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    private static final Pattern ZONE = Pattern.compile("[A-Za-z]+(?:/[A-Za-z0-9_+-]+)+");
    private static final Set<String> ZONE_IDS = ZoneRulesProvider.getAvailableZoneIds();
    private static final Pattern PERIOD =
            Pattern.compile("P(?:[0-9]{1,6}Y)?(?:[0-9]{1,6}M)?(?:[0-9]{1,6}W)?(?:[0-9]{1,7}D)?");
    private static final String DATE_FORM = "a date yyyy-MM-dd";
    private static final String TIMESTAMP_FORM =
            "a timestamp yyyy-MM-ddTHH:mm:ss[.fraction] with Z or an offset ±HH:MM";

    private Scalars() {}

    /**
     * Reads one element of an array.
     *
     * @param <T> the element type
     */
    @FunctionalInterface
    public interface ElementReader<T> {
        /**
         * Reads the element at the parser's current token.
         *
         * @param p the parser, at the element
         * @param ctxt the context
         * @return the element
         * @throws IOException if it cannot be read
         */
        T read(JsonParser p, DeserializationContext ctxt) throws IOException;
    }

    /**
     * Reads an array whose elements are read by {@code element}; {@code null} elements are rejected.
     *
     * @param p the parser, at the array
     * @param ctxt the context
     * @param what the elements in words, e.g. {@code "obligations"}
     * @param element the element reader
     * @param <T> the element type
     * @return the elements
     * @throws IOException ({@link ReadError}) if the value is not an array, or an element cannot be read
     */
    public static <T> List<T> array(JsonParser p, DeserializationContext ctxt, String what, ElementReader<T> element)
            throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw wrongType(p, "an array of " + what);
        }
        LocationRecorder recorder = LocationRecorder.of(ctxt);
        // The parser's context for this array: an element read directly in it is read in this context.
        JsonStreamContext array = p.getParsingContext();
        List<T> result = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (recorder != null) {
                recorder.record(p);
            }
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                throw ReadError.at(p, JsonCodes.NULL_VALUE, "an element of " + what + " must not be null");
            }
            T value;
            try {
                value = element.read(p, ctxt);
            } catch (ReadError e) {
                // A bad scalar element is kept back like a bad property value (see Deferred).
                Deferred.keepOrThrow(p, ctxt, array, e);
                continue;
            }
            // Null only from an element that could not be built because a value was kept back (see Deferred).
            if (value != null || !Deferred.any(ctxt)) {
                result.add(value);
            }
        }
        return result;
    }

    /**
     * Reads a string.
     *
     * @param p the parser, at the value
     * @param what the text in words, for the error
     * @return the text
     * @throws IOException ({@link ReadError}) if the value is not a string, or holds a lone surrogate
     */
    public static String text(JsonParser p, String what) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw wrongType(p, what);
        }
        return unicode(p, p.getText(), what);
    }

    /**
     * A text read from the document, refused if it holds a lone surrogate (an escape such as {@code "\\uD800"}).
     *
     * @param p the parser, at the text (a string or a property name)
     * @param text the text
     * @param what the text in words, e.g. {@code "the agreement's title"}
     * @return the text
     * @throws ReadError ({@code INVALID_VALUE}) if the text has a lone surrogate
     */
    static String unicode(JsonParser p, String text, String what) throws IOException {
        int at = Tokens.loneSurrogate(text);
        if (at >= 0) {
            throw ReadError.at(
                    p, JsonCodes.INVALID_VALUE, "expected " + what + ": " + Tokens.loneSurrogateMessage(text, at));
        }
        return text;
    }

    /**
     * Reads {@code true} or {@code false}.
     *
     * @param p the parser, at the value
     * @return the boolean
     * @throws IOException ({@link ReadError}) if the value is not a boolean
     */
    public static boolean bool(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE) {
            return true;
        }
        if (t == JsonToken.VALUE_FALSE) {
            return false;
        }
        throw wrongType(p, "true or false");
    }

    /**
     * Reads a whole number in a range.
     *
     * @param p the parser
     * @param what the unit in words, e.g. {@code "business days"}
     * @param min the least value
     * @param max the greatest value
     * @return the number
     */
    static long whole(JsonParser p, String what, long min, long max) throws IOException {
        String expected = "a whole number of " + what + " from " + min + " to " + max;
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw wrongType(p, expected);
        }
        JsonParser.NumberType type = p.getNumberType();
        if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
            throw ReadError.at(p, JsonCodes.OUT_OF_RANGE, "expected " + expected + ", was " + describe(p));
        }
        long value = p.getLongValue();
        if (value < min || value > max) {
            throw ReadError.at(p, JsonCodes.OUT_OF_RANGE, "expected " + expected + ", was " + value);
        }
        return value;
    }

    static int wholeInt(JsonParser p, String what, int min, int max) throws IOException {
        return (int) whole(p, what, min, max);
    }

    /**
     * Reads an exact decimal from a JSON number's text (never through {@code double}), bounded by
     * {@link Decimals}; a negative scale ({@code 5E+2}) is normalised to 0.
     *
     * @param p the parser, at the value
     * @param what the number in words, e.g. {@code "a percentage"}
     * @return the decimal
     * @throws IOException ({@link ReadError}) if the value is not such a number
     */
    public static BigDecimal decimal(JsonParser p, String what) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw wrongType(p, what + " as a JSON number such as 12.5");
        }
        BigDecimal value;
        try {
            value = Decimals.parse(p.getText());
        } catch (IllegalArgumentException e) {
            throw ReadError.at(
                    p,
                    JsonCodes.OUT_OF_RANGE,
                    "expected " + what + " with at most " + Decimals.MAX_PRECISION + " digits and a magnitude below 1e"
                            + Decimals.MAX_EXPONENT + ", was " + describe(p));
        }
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /**
     * Reads money written as {@code "EUR 1200.00"}.
     *
     * @param p the parser, at the value
     * @return the money
     * @throws IOException ({@link ReadError}) if the value is not such money
     */
    public static Money money(JsonParser p) throws IOException {
        String text = text(p, MONEY_FORM);
        try {
            return parseMoney(text);
        } catch (IllegalArgumentException e) {
            throw ReadError.at(p, JsonCodes.INVALID_VALUE, e.getMessage());
        }
    }

    /** The form of money, for messages. */
    static final String MONEY_FORM = "money as \"CUR amount\", e.g. \"EUR 1200.00\"";

    /**
     * Parses money written as {@code "EUR 1200.00"}.
     *
     * @param text the text
     * @return the money
     * @throws IllegalArgumentException with a message for a person, if the text is not money
     */
    static Money parseMoney(String text) {
        var m = MONEY.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected " + MONEY_FORM + ", was '" + Tokens.abbreviate(text) + "'");
        }
        Currency currency = Money.currency(m.group(1));
        try {
            return Money.of(Decimals.parse(m.group(2)), currency);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + ", was '" + Tokens.abbreviate(text) + "'");
        }
    }

    /**
     * Reads a date {@code yyyy-MM-dd}.
     *
     * @param p the parser, at the value
     * @return the date
     * @throws IOException ({@link ReadError}) if the value is not such a date
     */
    public static LocalDate date(JsonParser p) throws IOException {
        String text = text(p, DATE_FORM);
        LocalDate date = DateTexts.parseDate(text, 0, text.length());
        if (date == null) {
            throw invalid(p, DATE_FORM + (text.length() > 10 && text.charAt(10) == 'T' ? " without a time" : ""));
        }
        return date;
    }

    static EventTime eventTime(JsonParser p) throws IOException {
        // A date, the usual form, is parsed from the parser's characters without making a String of them.
        if (p.currentToken() == JsonToken.VALUE_STRING && p.getTextLength() == 10) {
            LocalDate date = DateTexts.parseDate(p.getTextCharacters(), p.getTextOffset());
            if (date != null) {
                return EventTime.of(date);
            }
        }
        String expected = DATE_FORM + " or " + TIMESTAMP_FORM;
        String text = text(p, expected);
        if (text.length() == 10) {
            LocalDate date = DateTexts.parseDate(text, 0, 10);
            if (date != null) {
                return EventTime.of(date);
            }
        } else {
            OffsetDateTime timestamp = DateTexts.parseTimestamp(text);
            if (timestamp != null) {
                return EventTime.of(timestamp);
            }
        }
        throw invalid(p, expected);
    }

    /**
     * Reads an exact instant written as an RFC 3339 timestamp with {@code Z} or an offset.
     *
     * @param p the parser, at the value
     * @return the instant
     * @throws IOException ({@link ReadError}) if the value is not such a timestamp
     */
    public static Instant instant(JsonParser p) throws IOException {
        String text = text(p, TIMESTAMP_FORM);
        OffsetDateTime timestamp = DateTexts.parseTimestamp(text);
        if (timestamp == null) {
            throw invalid(p, TIMESTAMP_FORM);
        }
        return timestamp.toInstant();
    }

    /** Reads an ISO period of zero or more years, months, weeks and days: {@code P14D}, {@code P1M}, {@code P0D}. */
    static Period period(JsonParser p) throws IOException {
        String expected = "an ISO period such as P14D or P1M (years, months, weeks and days, none negative)";
        String text = text(p, expected);
        if (!PERIOD.matcher(text).matches() || text.equals("P")) {
            throw invalid(p, expected);
        }
        try {
            return Period.parse(text);
        } catch (DateTimeException | ArithmeticException e) {
            throw invalid(p, expected);
        }
    }

    /** Reads an instance id, {@code approve-mockup#2}. */
    /**
     * Reads an instance id such as {@code approve-mockup#2}.
     *
     * @param p the parser, at the value
     * @return the id
     * @throws IOException ({@link ReadError}) if the value is not an instance id
     */
    public static InstanceId instanceId(JsonParser p) throws IOException {
        String expected = "an instance id: an obligation id, '#' and a number from 1, such as approve-mockup#2";
        String text = text(p, expected);
        Optional<InstanceId> id = InstanceId.parse(text);
        if (id.isEmpty()) {
            throw invalid(p, expected);
        }
        return id.get();
    }

    /**
     * Reads an IANA {@code Area/Location} zone id or {@code UTC}; abbreviations ({@code EST}) and offsets are
     * rejected.
     */
    static ZoneId zone(JsonParser p) throws IOException {
        String expected = "an IANA time zone such as Europe/Madrid or UTC";
        String text = text(p, expected);
        if (!text.equals("UTC") && !(ZONE.matcher(text).matches() && ZONE_IDS.contains(text))) {
            throw invalid(p, expected);
        }
        return ZoneId.of(text);
    }

    /**
     * Reads the name of an enum constant, exactly.
     *
     * @param p the parser, at the value
     * @param type the enum
     * @param what the value in words, e.g. {@code "a category"}
     * @param <E> the enum
     * @return the constant
     * @throws IOException ({@link ReadError}) if the value is not one of the names
     */
    public static <E extends Enum<E>> E enumValue(JsonParser p, Class<E> type, String what) throws IOException {
        String expected = what + ", one of "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        String text = text(p, expected);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(text)) {
                return e;
            }
        }
        throw ReadError.at(p, JsonCodes.UNKNOWN_KIND, "expected " + expected + ", was " + describe(p));
    }

    /**
     * Reads an id.
     *
     * @param p the parser, at the value
     * @param factory makes the id from its text
     * @param what the id in words, e.g. {@code "a party id"}
     * @param <T> the id type
     * @return the id
     * @throws IOException ({@link ReadError}) if the value is not an id
     */
    public static <T extends Identifier> T id(JsonParser p, Function<String, T> factory, String what)
            throws IOException {
        // The expected form is spelled out only for a message: ids are read for every event.
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw wrongType(p, idForm(what));
        }
        String text = p.getText();
        try {
            // The id's constructor checks the form (Identifier.isValid), once: it is not checked here first.
            return factory.apply(text);
        } catch (IllegalArgumentException e) {
            if (Identifier.isValid(text)) {
                throw e;
            }
            throw invalid(p, idForm(what));
        }
    }

    /**
     * Reads an id as {@link #id(JsonParser, Function, String)} does, through a cache of the ids already read in the
     * document (for ids that repeat, such as the actors of events).
     */
    static <T extends Identifier> T id(JsonParser p, Function<String, T> factory, String what, TextCache<T> cache)
            throws IOException {
        T cached = cache.get(p);
        if (cached != null) {
            return cached;
        }
        T id = id(p, factory, what);
        cache.put(id.value(), id);
        return id;
    }

    private static String idForm(String what) {
        return what + ": 1 to 64 characters from A-Z a-z 0-9 . _ -, starting with a letter or digit";
    }

    /**
     * Reads an event kind: lower-case words.
     *
     * @param p the parser, at the value
     * @return the kind
     * @throws IOException ({@link ReadError}) if the value is not an event kind
     */
    public static String eventKind(JsonParser p) throws IOException {
        String expected = "an event kind: lower-case words such as content.delivered";
        String text = text(p, expected);
        if (!Event.isKind(text)) {
            throw invalid(p, expected);
        }
        return text;
    }

    /**
     * Reads a role: an upper-case word.
     *
     * @param p the parser, at the value
     * @return the role
     * @throws IOException ({@link ReadError}) if the value is not a role
     */
    public static Role role(JsonParser p) throws IOException {
        String expected = "a role: an upper-case word such as CLIENT, PROVIDER or SUBCONTRACTOR";
        String text = text(p, expected);
        if (!ROLE.matcher(text).matches()) {
            throw invalid(p, expected);
        }
        return Role.of(text);
    }

    /**
     * Reads a right: an upper-case word.
     *
     * @param p the parser, at the value
     * @return the right
     * @throws IOException ({@link ReadError}) if the value is not a right
     */
    public static String right(JsonParser p) throws IOException {
        String expected = "a right: an upper-case word such as SUSPEND_WORK or TERMINATE";
        String text = text(p, expected);
        if (!RIGHT.matcher(text).matches()) {
            throw invalid(p, expected);
        }
        return text;
    }

    /** An error for a value of the right JSON type but the wrong form. */
    static ReadError invalid(JsonParser p, String expected) throws IOException {
        return ReadError.at(p, JsonCodes.INVALID_VALUE, "expected " + expected + ", was " + describe(p));
    }

    /** An error for a value of the wrong JSON type. */
    static ReadError wrongType(JsonParser p, String expected) throws IOException {
        return ReadError.at(
                p,
                p.currentToken() == JsonToken.VALUE_NULL ? JsonCodes.NULL_VALUE : JsonCodes.WRONG_TYPE,
                "expected " + expected + ", was " + describe(p));
    }

    /** The current token in words: {@code 'text'}, {@code 2.5}, {@code null}, {@code an object}, ... */
    static String describe(JsonParser p) throws IOException {
        return Tokens.describe(p);
    }
}
