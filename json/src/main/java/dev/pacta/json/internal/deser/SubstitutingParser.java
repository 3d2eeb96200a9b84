package dev.pacta.json.internal.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import dev.pacta.core.template.ParameterValue;
import dev.pacta.json.JsonCodes;
import dev.pacta.json.internal.Limits;
import dev.pacta.json.internal.ReadError;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * A parser over a template's agreement that shows every placeholder as the value it stands for: {@code
 * "${approvalDays}"} as the number {@code 2}, {@code "${deposit}"} as the string {@code "EUR 1500.00"}, {@code
 * "Website for ${clientName}"} as {@code "Website for Acme Bakery"}, and <code>$${</code> as <code>${</code>.
 *
 * <p>Locations and paths are those of the template document, so that every problem the agreement reader finds is
 * reported where the template author wrote it. The placeholders have been checked when the template was read
 * (declared, of the position's type); this parser only substitutes.
 */
public final class SubstitutingParser extends JsonParserDelegate {
    private final Map<String, ParameterValue> values;

    /** The token shown instead of the delegate's, or null to show the delegate's. */
    private JsonToken token;

    private String text;
    private BigDecimal number;

    /** The characters of every string substituted so far, against {@link Limits#MAX_EXPANSION_CHARS}. */
    private long expanded;

    /**
     * A parser that substitutes the values for the placeholders.
     *
     * @param delegate the parser over the template document, at the agreement
     * @param values the values, by parameter name
     */
    public SubstitutingParser(JsonParser delegate, Map<String, ParameterValue> values) {
        super(delegate);
        this.values = values;
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken t = delegate.nextToken();
        substitute(t);
        return currentToken();
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken t = nextToken();
        return t == JsonToken.FIELD_NAME ? nextToken() : t;
    }

    @Override
    public JsonParser skipChildren() throws IOException {
        token = null;
        delegate.skipChildren();
        return this;
    }

    private void substitute(JsonToken t) throws IOException {
        token = null;
        if (t != JsonToken.VALUE_STRING) {
            return;
        }
        String raw = delegate.getText();
        if (!Placeholders.mayHold(raw)) {
            return;
        }
        List<Placeholders.Piece> pieces = Placeholders.parse(raw);
        if (pieces.size() == 1 && pieces.get(0).isPlaceholder()) {
            whole(value(pieces.get(0).name()));
            if (token == JsonToken.VALUE_STRING) {
                budget(text.length());
            }
            return;
        }
        // Measured before anything is built: a template with a long default and many placeholders could otherwise
        // expand to more text than memory holds (60,000 characters times 12,000 placeholders).
        long length = 0;
        for (Placeholders.Piece piece : pieces) {
            length += piece.isPlaceholder()
                    ? asText(value(piece.name())).length()
                    : piece.literal().length();
        }
        budget(length);
        StringBuilder s = new StringBuilder((int) length);
        for (Placeholders.Piece piece : pieces) {
            s.append(piece.isPlaceholder() ? asText(value(piece.name())) : piece.literal());
        }
        token = JsonToken.VALUE_STRING;
        text = s.toString();
    }

    /**
     * Counts a string about to be substituted: it must be a string the reader reads back (at most
     * {@link Limits#MAX_STRING_LENGTH}), and all of them together within {@link Limits#MAX_EXPANSION_CHARS}.
     */
    private void budget(long length) throws IOException {
        if (length > Limits.MAX_STRING_LENGTH) {
            throw ReadError.at(
                    delegate,
                    JsonCodes.LIMIT_EXCEEDED,
                    "with its placeholders filled in, this string would be " + length + " characters long, over the"
                            + " limit of " + Limits.MAX_STRING_LENGTH + " characters of a string");
        }
        expanded += length;
        if (expanded > Limits.MAX_EXPANSION_CHARS) {
            throw ReadError.at(
                    delegate,
                    JsonCodes.EXPANSION_LIMIT_EXCEEDED,
                    "the template's placeholders expand to more than " + Limits.MAX_EXPANSION_CHARS
                            + " characters (16 MiB, the limit of a document) by this string");
        }
    }

    private ParameterValue value(String name) {
        ParameterValue value = values.get(name);
        if (value == null) {
            throw new IllegalStateException("no value for parameter '" + name + "'");
        }
        return value;
    }

    /** Shows a whole-value placeholder in its JSON form. */
    private void whole(ParameterValue v) {
        switch (v.type()) {
            case DAYS, BUSINESS_DAYS -> {
                token = JsonToken.VALUE_NUMBER_INT;
                number = BigDecimal.valueOf(v.days());
                text = Integer.toString(v.days());
            }
            case PERCENTAGE -> {
                number = v.percentage();
                token = number.scale() > 0 ? JsonToken.VALUE_NUMBER_FLOAT : JsonToken.VALUE_NUMBER_INT;
                text = number.toPlainString();
            }
            default -> {
                token = JsonToken.VALUE_STRING;
                text = asText(v);
            }
        }
    }

    /** A value as it reads inside a string: money as {@code EUR 1500.00}, a date ISO, text as is. */
    private static String asText(ParameterValue v) {
        return switch (v.type()) {
            case AMOUNT ->
                v.amount().currency().getCurrencyCode() + " "
                        + v.amount().amount().toPlainString();
            case PARTY_NAME, TEXT -> v.text();
            default -> v.toString();
        };
    }

    // ------------------------------------------------------------------------------ the substituted token's view

    @Override
    public JsonToken currentToken() {
        return token != null ? token : delegate.currentToken();
    }

    @Override
    @Deprecated
    public JsonToken getCurrentToken() {
        return currentToken();
    }

    @Override
    public int currentTokenId() {
        return token != null ? token.id() : delegate.currentTokenId();
    }

    @Override
    @Deprecated
    public int getCurrentTokenId() {
        return currentTokenId();
    }

    @Override
    public boolean hasCurrentToken() {
        return currentToken() != null;
    }

    @Override
    public boolean hasTokenId(int id) {
        return currentTokenId() == id;
    }

    @Override
    public boolean hasToken(JsonToken t) {
        return currentToken() == t;
    }

    @Override
    public boolean isExpectedNumberIntToken() {
        return currentToken() == JsonToken.VALUE_NUMBER_INT;
    }

    @Override
    public String getText() throws IOException {
        return token != null ? text : delegate.getText();
    }

    @Override
    public char[] getTextCharacters() throws IOException {
        return token != null ? text.toCharArray() : delegate.getTextCharacters();
    }

    @Override
    public int getTextLength() throws IOException {
        return token != null ? text.length() : delegate.getTextLength();
    }

    @Override
    public int getTextOffset() throws IOException {
        return token != null ? 0 : delegate.getTextOffset();
    }

    @Override
    public String getValueAsString() throws IOException {
        return getValueAsString(null);
    }

    @Override
    public String getValueAsString(String defaultValue) throws IOException {
        if (token == null) {
            return delegate.getValueAsString(defaultValue);
        }
        return token == JsonToken.VALUE_STRING || token.isNumeric() ? text : defaultValue;
    }

    private boolean numeric() {
        return token != null && token.isNumeric();
    }

    @Override
    public NumberType getNumberType() throws IOException {
        if (!numeric()) {
            return delegate.getNumberType();
        }
        return token == JsonToken.VALUE_NUMBER_INT ? NumberType.INT : NumberType.BIG_DECIMAL;
    }

    @Override
    public Number getNumberValue() throws IOException {
        return numeric()
                ? (token == JsonToken.VALUE_NUMBER_INT ? number.intValueExact() : number)
                : delegate.getNumberValue();
    }

    @Override
    public Number getNumberValueExact() throws IOException {
        return numeric() ? getNumberValue() : delegate.getNumberValueExact();
    }

    @Override
    public int getIntValue() throws IOException {
        return numeric() ? number.intValue() : delegate.getIntValue();
    }

    @Override
    public long getLongValue() throws IOException {
        return numeric() ? number.longValue() : delegate.getLongValue();
    }

    @Override
    public BigInteger getBigIntegerValue() throws IOException {
        return numeric() ? number.toBigInteger() : delegate.getBigIntegerValue();
    }

    @Override
    public BigDecimal getDecimalValue() throws IOException {
        return numeric() ? number : delegate.getDecimalValue();
    }

    @Override
    public double getDoubleValue() throws IOException {
        return numeric() ? number.doubleValue() : delegate.getDoubleValue();
    }

    @Override
    public float getFloatValue() throws IOException {
        return numeric() ? number.floatValue() : delegate.getFloatValue();
    }

    @Override
    public boolean isNaN() throws IOException {
        return !numeric() && delegate.isNaN();
    }
}
