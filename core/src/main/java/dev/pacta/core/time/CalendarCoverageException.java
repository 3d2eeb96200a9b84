package dev.pacta.core.time;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Thrown when a business calendar is asked about a date outside the range its data covers.
 *
 * <p>A calendar never falls back silently to "weekends only" beyond its data: holidays of 2031 are unknown to a
 * calendar that covers 2024 to 2026, so asking whether 2031-01-02 is a business day is an error. The message names
 * the calendar, the date and the covered range.
 */
public class CalendarCoverageException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** How the message names the calendar. */
    private final String calendar;

    private final transient LocalDate date;
    private final transient LocalDateRange coveredRange;

    /**
     * Creates the exception.
     *
     * @param calendar how to name the calendar in the message, e.g. its name or its description
     * @param date the date outside the covered range
     * @param coveredRange the range the calendar's data covers
     */
    public CalendarCoverageException(String calendar, LocalDate date, LocalDateRange coveredRange) {
        super("calendar " + Objects.requireNonNull(calendar, "calendar") + " has no data for "
                + Objects.requireNonNull(date, "date") + ": it covers "
                + Objects.requireNonNull(coveredRange, "coveredRange") + " (start inclusive, end exclusive)");
        this.calendar = calendar;
        this.date = date;
        this.coveredRange = coveredRange;
    }

    /**
     * The calendar's name or description, as in the message.
     *
     * @return the calendar
     */
    public String calendar() {
        return calendar;
    }

    /**
     * The date outside the covered range.
     *
     * @return the date
     */
    public LocalDate date() {
        return date;
    }

    /**
     * The range the calendar's data covers.
     *
     * @return the covered range
     */
    public LocalDateRange coveredRange() {
        return coveredRange;
    }
}
