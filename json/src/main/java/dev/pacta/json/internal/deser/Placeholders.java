package dev.pacta.json.internal.deser;

import dev.pacta.core.Identifier;
import dev.pacta.core.template.ParameterType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The placeholder syntax of {@code template/1} documents, and which positions of an agreement take which parameter
 * types.
 *
 * <p>A placeholder is {@code ${name}} inside a JSON string of the template's agreement, {@code name} a declared
 * parameter. In a <em>typed position</em> (a date, an amount, a percentage, calendar or business days, the calendar id)
 * the string is
 * exactly one placeholder, which stands for the value in that position's JSON form: {@code "businessDays":
 * "${approvalDays}"} reads as {@code "businessDays": 2}. In a <em>text position</em> (titles, party names, contacts,
 * metadata values) placeholders may be embedded in text: {@code "title": "Website for ${clientName}"}. <code>$${</code>
 * writes a literal <code>${</code> anywhere in the agreement.
 */
public final class Placeholders {
    /** A parameter name: the lexical form of identifiers. */
    private static final Pattern NAME = Pattern.compile(Identifier.LEXICAL_FORM.pattern());

    private static final Set<ParameterType> TEXTS = EnumSet.of(ParameterType.TEXT, ParameterType.PARTY_NAME);

    /** Where in an agreement a placeholder stands, and what it takes. */
    public enum Position {
        /** A date: {@code effectiveDate}, a deadline's {@code date}, a milestone's {@code target}, ... */
        DATE(ParameterType.DATE),
        /** Money: the agreement's {@code value}, an obligation's {@code amount}, a remedy's {@code flat}, {@code base}. */
        AMOUNT(ParameterType.AMOUNT),
        /** A percentage: {@code percentOfValue}, a remedy's {@code percent}, {@code annualRatePercent}, ... */
        PERCENTAGE(ParameterType.PERCENTAGE),
        /** Calendar days: a span's {@code days}. */
        DAYS(ParameterType.DAYS),
        /** Business days: a span's {@code businessDays}. */
        BUSINESS_DAYS(ParameterType.BUSINESS_DAYS),
        /** A calendar id: the agreement's {@code calendar}. */
        CALENDAR(ParameterType.CALENDAR),
        /** A party's {@code name}: party-name placeholders, embedded in text or alone. */
        PARTY_NAME(null),
        /** Free text (titles, contacts, metadata values): text and party-name placeholders, embedded or alone. */
        TEXT(null),
        /** Anything else (ids, kinds, enums, other units, flags): no placeholder. */
        NONE(null);

        private final ParameterType type;

        Position(ParameterType type) {
            this.type = type;
        }

        /** The one type a typed position takes, or null for text positions and {@code NONE}. */
        ParameterType type() {
            return type;
        }

        /**
         * Whether this is a text position.
         *
         * @return true for {@code PARTY_NAME} and {@code TEXT}
         */
        public boolean isText() {
            return this == PARTY_NAME || this == TEXT;
        }

        /**
         * Whether a placeholder of the type may stand here.
         *
         * @param t the type
         * @return true if it may
         */
        public boolean takes(ParameterType t) {
            return switch (this) {
                case PARTY_NAME -> t == ParameterType.PARTY_NAME;
                case TEXT -> TEXTS.contains(t);
                case NONE -> false;
                default -> t == type;
            };
        }

        /**
         * What the position takes, in words, for messages.
         *
         * @return e.g. {@code "a DATE parameter"}
         */
        public String takesText() {
            return switch (this) {
                case PARTY_NAME -> "a PARTY_NAME parameter";
                case TEXT -> "TEXT or PARTY_NAME parameters";
                case NONE -> "no parameter";
                default -> "a " + type + " parameter";
            };
        }
    }

    /** The typed positions, by shape path (the path under the agreement, indexes replaced by {@code []}). */
    private static final Map<String, Position> POSITIONS = Map.ofEntries(
            Map.entry("calendar", Position.CALENDAR),
            Map.entry("effectiveDate", Position.DATE),
            Map.entry("endDate", Position.DATE),
            Map.entry("obligations[].deadline.date", Position.DATE),
            Map.entry("obligations[].trigger.recurrence.start", Position.DATE),
            Map.entry("obligations[].trigger.recurrence.until", Position.DATE),
            Map.entry("milestones[].target", Position.DATE),
            Map.entry("value", Position.AMOUNT),
            Map.entry("obligations[].amount", Position.AMOUNT),
            Map.entry("obligations[].remedies[].flat", Position.AMOUNT),
            Map.entry("obligations[].remedies[].base", Position.AMOUNT),
            Map.entry("obligations[].percentOfValue", Position.PERCENTAGE),
            Map.entry("obligations[].remedies[].percent", Position.PERCENTAGE),
            Map.entry("obligations[].remedies[].annualRatePercent", Position.PERCENTAGE),
            Map.entry("obligations[].remedies[].capPercent", Position.PERCENTAGE),
            Map.entry("obligations[].deadline.days", Position.DAYS),
            Map.entry("obligations[].grace.days", Position.DAYS),
            Map.entry("obligations[].remedies[].per.days", Position.DAYS),
            Map.entry("terminationClauses[].notice.days", Position.DAYS),
            Map.entry("obligations[].deadline.businessDays", Position.BUSINESS_DAYS),
            Map.entry("obligations[].grace.businessDays", Position.BUSINESS_DAYS),
            Map.entry("obligations[].remedies[].per.businessDays", Position.BUSINESS_DAYS),
            Map.entry("terminationClauses[].notice.businessDays", Position.BUSINESS_DAYS),
            Map.entry("parties[].name", Position.PARTY_NAME),
            Map.entry("title", Position.TEXT),
            Map.entry("parties[].contact", Position.TEXT),
            Map.entry("obligations[].title", Position.TEXT),
            Map.entry("milestones[].title", Position.TEXT));

    private static final Pattern INDEX = Pattern.compile("\\[[0-9]+\\]");

    private Placeholders() {}

    /**
     * One piece of a string: literal text, or a placeholder.
     *
     * @param literal the text, or null for a placeholder
     * @param name the placeholder's parameter name, or null for text
     */
    record Piece(String literal, String name) {
        boolean isPlaceholder() {
            return name != null;
        }
    }

    /**
     * Tells whether a string needs {@link #parse}: it holds {@code ${} (a placeholder or an escaped {@code $${}).
     *
     * @param text a string value
     * @return true if it may hold a placeholder
     */
    static boolean mayHold(String text) {
        return text.contains("${");
    }

    /**
     * Splits a string into literal text and placeholders; {@code $${} is a literal {@code ${}.
     *
     * @param text the string
     * @return the pieces, adjacent literals joined
     * @throws IllegalArgumentException with a message naming the fault, for an unclosed placeholder or a name that is
     *     not an identifier
     */
    static List<Piece> parse(String text) {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith("$${", i)) {
                literal.append("${");
                i += 3;
            } else if (text.startsWith("${", i)) {
                int close = text.indexOf('}', i + 2);
                if (close < 0) {
                    throw new IllegalArgumentException("placeholder '" + abbreviate(text.substring(i))
                            + "' is not closed; expected ${name}, or $${ for a literal ${");
                }
                String name = text.substring(i + 2, close);
                if (!NAME.matcher(name).matches()) {
                    throw new IllegalArgumentException("placeholder '${" + abbreviate(name)
                            + "}' does not name a parameter: expected ${name} with a name of 1 to 64 characters from"
                            + " A-Z a-z 0-9 . _ -, starting with a letter or digit");
                }
                if (!literal.isEmpty()) {
                    pieces.add(new Piece(literal.toString(), null));
                    literal.setLength(0);
                }
                pieces.add(new Piece(null, name));
                i = close + 1;
            } else {
                literal.append(text.charAt(i));
                i++;
            }
        }
        if (!literal.isEmpty() || pieces.isEmpty()) {
            pieces.add(new Piece(literal.toString(), null));
        }
        return pieces;
    }

    /**
     * The position of a value of the template's agreement.
     *
     * @param path the value's JSON path, e.g. {@code $.agreement.obligations[2].deadline.businessDays}
     * @param base the agreement's own path, e.g. {@code $.agreement}
     * @return the position
     */
    static Position position(String path, String base) {
        if (!path.startsWith(base + ".")) {
            return Position.NONE;
        }
        String shape = INDEX.matcher(path.substring(base.length() + 1)).replaceAll("[]");
        if (shape.startsWith("metadata.") || shape.startsWith("metadata[")) {
            return Position.TEXT;
        }
        return POSITIONS.getOrDefault(shape, Position.NONE);
    }

    private static String abbreviate(String text) {
        return ObjectCursor.abbreviate(text);
    }
}
