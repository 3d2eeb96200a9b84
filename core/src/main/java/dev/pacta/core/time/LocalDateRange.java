package dev.pacta.core.time;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A half-open range of local dates, from a start date (inclusive) to an end date (exclusive), in the style of
 * ThreeTen-Extra's {@code LocalDateRange}.
 *
 * <p>{@code [2024-01-01, 2024-02-01)} holds the 31 days of January 2024 and prints as {@code 2024-01-01/2024-02-01}.
 * A range whose start equals its end is empty. {@link LocalDate#MIN} as start means "unbounded at the start" and
 * {@link LocalDate#MAX} as end means "unbounded at the end": such a range contains {@code LocalDate.MAX} itself, so
 * that {@link #unbounded()} contains every date.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LocalDateRange {
    private static final LocalDateRange UNBOUNDED = new LocalDateRange(LocalDate.MIN, LocalDate.MAX);

    private final LocalDate start;
    private final LocalDate endExclusive;

    private LocalDateRange(LocalDate start, LocalDate endExclusive) {
        this.start = start;
        this.endExclusive = endExclusive;
    }

    /**
     * Returns the range from a start date (inclusive) to an end date (exclusive).
     *
     * @param start the first date of the range, inclusive; {@link LocalDate#MIN} for an unbounded start
     * @param endExclusive the date after the last date of the range; {@link LocalDate#MAX} for an unbounded end
     * @return the range, empty if both dates are equal
     * @throws IllegalArgumentException if {@code endExclusive} is before {@code start}
     */
    public static LocalDateRange of(LocalDate start, LocalDate endExclusive) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(endExclusive, "endExclusive");
        if (endExclusive.isBefore(start)) {
            throw new IllegalArgumentException("date range end " + endExclusive + " is before its start " + start
                    + ": expected an end on or after the start");
        }
        if (start.equals(LocalDate.MIN) && endExclusive.equals(LocalDate.MAX)) {
            return UNBOUNDED;
        }
        return new LocalDateRange(start, endExclusive);
    }

    /**
     * Returns the range from a start date to an end date, both inclusive.
     *
     * @param start the first date of the range, inclusive
     * @param endInclusive the last date of the range, inclusive; {@link LocalDate#MAX} for an unbounded end
     * @return the range {@code [start, endInclusive + 1 day)}
     * @throws IllegalArgumentException if {@code endInclusive} is before {@code start}
     */
    public static LocalDateRange ofClosed(LocalDate start, LocalDate endInclusive) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(endInclusive, "endInclusive");
        if (endInclusive.isBefore(start)) {
            throw new IllegalArgumentException("date range end " + endInclusive + " is before its start " + start
                    + ": expected an inclusive end on or after the start");
        }
        return of(start, endInclusive.equals(LocalDate.MAX) ? LocalDate.MAX : endInclusive.plusDays(1));
    }

    /**
     * Returns the range of every date, from {@link LocalDate#MIN} to {@link LocalDate#MAX}.
     *
     * @return the unbounded range
     */
    public static LocalDateRange unbounded() {
        return UNBOUNDED;
    }

    /**
     * Parses the ISO form {@code start/endExclusive}, e.g. {@code 2024-01-01/2024-02-01}, as printed by
     * {@link #toString()}.
     *
     * @param text the range
     * @return the range
     * @throws IllegalArgumentException if the text is not two ISO dates separated by {@code /}, or the end is before the
     *     start
     */
    public static LocalDateRange parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        int slash = s.indexOf('/');
        if (slash < 0 || s.indexOf('/', slash + 1) >= 0) {
            throw new IllegalArgumentException(
                    "date range '" + s + "' is not valid: expected start/endExclusive, e.g. 2024-01-01/2024-02-01");
        }
        try {
            return of(LocalDate.parse(s.substring(0, slash)), LocalDate.parse(s.substring(slash + 1)));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "date range '" + s + "' is not valid: expected start/endExclusive, e.g. 2024-01-01/2024-02-01");
        }
    }

    /**
     * The first date of the range, inclusive.
     *
     * @return the start; {@link LocalDate#MIN} if unbounded at the start
     */
    public LocalDate start() {
        return start;
    }

    /**
     * The date after the last date of the range.
     *
     * @return the exclusive end; {@link LocalDate#MAX} if unbounded at the end
     */
    public LocalDate endExclusive() {
        return endExclusive;
    }

    /**
     * The last date of the range, inclusive.
     *
     * @return the day before {@link #endExclusive()}, or {@link LocalDate#MAX} if unbounded at the end
     * @throws IllegalStateException if the range is empty
     */
    public LocalDate endInclusive() {
        if (isUnboundedEnd()) {
            return LocalDate.MAX;
        }
        if (isEmpty()) {
            throw new IllegalStateException("date range " + this + " is empty: it has no last date");
        }
        return endExclusive.minusDays(1);
    }

    /**
     * Tells whether the range starts at {@link LocalDate#MIN}.
     *
     * @return true if unbounded at the start
     */
    public boolean isUnboundedStart() {
        return start.equals(LocalDate.MIN);
    }

    /**
     * Tells whether the range ends at {@link LocalDate#MAX} (which it then contains).
     *
     * @return true if unbounded at the end
     */
    public boolean isUnboundedEnd() {
        return endExclusive.equals(LocalDate.MAX);
    }

    /**
     * Tells whether the range holds no date (its start equals its end).
     *
     * @return true if empty
     */
    public boolean isEmpty() {
        return start.equals(endExclusive) && !isUnboundedEnd();
    }

    /**
     * Tells whether a date lies in the range: on or after the start and before the exclusive end.
     *
     * @param date the date
     * @return true if {@code start <= date < endExclusive} (or the range is unbounded at the end)
     */
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(start) && (date.isBefore(endExclusive) || isUnboundedEnd());
    }

    /**
     * Tells whether every date of another range lies in this one; an empty range is enclosed by any range that
     * contains or ends at its position.
     *
     * @param other the other range
     * @return true if {@code start <= other.start} and {@code other.endExclusive <= endExclusive}
     */
    public boolean encloses(LocalDateRange other) {
        Objects.requireNonNull(other, "other");
        return !other.start.isBefore(start) && !other.endExclusive.isAfter(endExclusive);
    }

    /**
     * Tells whether the two ranges share at least one date; two equal ranges overlap, even when empty.
     *
     * @param other the other range
     * @return true if the ranges have a date in common
     */
    public boolean overlaps(LocalDateRange other) {
        Objects.requireNonNull(other, "other");
        return other.equals(this) || (start.isBefore(other.endExclusive) && other.start.isBefore(endExclusive));
    }

    /**
     * Tells whether the two ranges meet without overlapping: one ends (exclusive) exactly where the other starts.
     *
     * @param other the other range
     * @return true if they abut
     */
    public boolean abuts(LocalDateRange other) {
        Objects.requireNonNull(other, "other");
        return endExclusive.equals(other.start) ^ start.equals(other.endExclusive);
    }

    /**
     * Returns the dates the two ranges have in common.
     *
     * <p>Unlike ThreeTen-Extra, this never throws: ranges that share no date give an empty range placed at the
     * later of the two starts (or at the earlier end, whichever keeps the range valid).
     *
     * @param other the other range
     * @return the intersection, possibly empty
     */
    public LocalDateRange intersection(LocalDateRange other) {
        Objects.requireNonNull(other, "other");
        LocalDate s = start.isAfter(other.start) ? start : other.start;
        LocalDate e = endExclusive.isBefore(other.endExclusive) ? endExclusive : other.endExclusive;
        return e.isBefore(s) ? of(e, e) : of(s, e);
    }

    /**
     * The number of days in the range.
     *
     * @return {@code endExclusive - start} in days (for a range unbounded at the end, one more, as it contains
     *     {@code LocalDate.MAX})
     */
    public long lengthInDays() {
        long days = ChronoUnit.DAYS.between(start, endExclusive);
        return isUnboundedEnd() ? days + 1 : days;
    }

    @Override
    public boolean equals(Object other) {
        return other == this
                || (other instanceof LocalDateRange r && r.start.equals(start) && r.endExclusive.equals(endExclusive));
    }

    @Override
    public int hashCode() {
        return start.hashCode() * 31 + endExclusive.hashCode();
    }

    /** Returns the ISO form {@code start/endExclusive}, e.g. {@code 2024-01-01/2024-02-01}. */
    @Override
    public String toString() {
        return start + "/" + endExclusive;
    }
}
