package dev.pacta.core;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Base of Pacta's small identifier types ({@code AgreementId}, {@code PartyId}, {@code CalendarId}, ...).
 *
 * <p>Lexical form: 1 to 64 characters from {@code A-Z a-z 0-9 . _ -}, starting with a letter or digit.
 * The characters {@code #} and {@code /} are never part of an id: Pacta uses {@code #} to number the
 * instances of an obligation ({@code approve-mockup#2}). Two identifiers are equal when they have the
 * same type and the same text; comparison is by text.
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class Identifier implements Comparable<Identifier> {
    /** The lexical form of every identifier. */
    public static final Pattern LEXICAL_FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final String value;

    /**
     * Creates an identifier after checking its lexical form.
     *
     * @param kind what the identifier names, for the error message (e.g. {@code "party id"})
     * @param value the text of the identifier
     * @throws IllegalArgumentException if {@code value} does not match {@link #LEXICAL_FORM}
     */
    protected Identifier(String kind, String value) {
        Objects.requireNonNull(value, kind);
        if (!isValid(value)) {
            throw new IllegalArgumentException(
                    kind + " '" + abbreviate(value)
                            + "' is not valid: expected 1 to 64 characters from A-Z a-z 0-9 . _ -, starting with a letter or digit");
        }
        this.value = value;
    }

    /**
     * Tells whether a text is a valid identifier.
     *
     * @param value any text, possibly null
     * @return true if {@code value} matches {@link #LEXICAL_FORM}
     */
    public static boolean isValid(String value) {
        // Equivalent to LEXICAL_FORM, without a regular expression: ids are checked on every event read.
        if (value == null || value.isEmpty() || value.length() > 64 || !isAlphanumeric(value.charAt(0))) {
            return false;
        }
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!isAlphanumeric(c) && c != '.' && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAlphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static String abbreviate(String value) {
        return value.length() <= 70 ? value : value.substring(0, 67) + "...";
    }

    /**
     * The text of this identifier.
     *
     * @return the identifier's text, never null
     */
    public final String value() {
        return value;
    }

    @Override
    public final boolean equals(Object other) {
        return other == this
                || (other != null && other.getClass() == getClass() && ((Identifier) other).value.equals(value));
    }

    @Override
    public final int hashCode() {
        return value.hashCode();
    }

    @Override
    public final int compareTo(Identifier other) {
        return value.compareTo(other.value);
    }

    /** Returns the identifier's text. */
    @Override
    public final String toString() {
        return value;
    }
}
