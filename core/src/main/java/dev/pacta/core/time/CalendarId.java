package dev.pacta.core.time;

import dev.pacta.core.Identifier;

/**
 * The id of a business calendar, resolved to a {@link BusinessCalendar} by a {@link CalendarSource} at evaluation.
 *
 * <p>Lexical form: see {@link Identifier}. The built-in ids are {@link #WEEKENDS} and {@link #NONE}.
 * This class is immutable and thread-safe.
 */
public final class CalendarId extends Identifier {
    /** Saturday and Sunday are not business days; no holidays. */
    public static final CalendarId WEEKENDS = new CalendarId("WEEKENDS");
    /** Every day is a business day. */
    public static final CalendarId NONE = new CalendarId("NONE");

    private CalendarId(String value) {
        super("calendar id", value);
    }

    /**
     * Returns the calendar id with the given text.
     *
     * @param value the id, e.g. {@code "ES-MD"}
     * @return the id
     * @throws IllegalArgumentException if {@code value} is not a valid identifier
     */
    public static CalendarId of(String value) {
        return new CalendarId(value);
    }
}
