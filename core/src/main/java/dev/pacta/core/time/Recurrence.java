package dev.pacta.core.time;

import dev.pacta.core.internal.PactaStyle;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A recurrence schedule: every N days, weeks, months or years from an anchor date, optionally on a weekday,
 * a day of the month (clamped to the month's end) or the last business day, bounded by a count or an end date.
 *
 * <p>Occurrences are computed directly from the anchor, never chained: monthly on the 31st from 2024-01-31
 * gives 02-29, 03-31, 04-30; yearly from 2024-02-29 gives 2025-02-28 and 2028-02-29. The anchor is
 * {@link #start()} when present, else the date the caller supplies (an agreement's effective date).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@PactaStyle
public abstract class Recurrence {
    Recurrence() {}

    /** The unit of the interval between occurrences. */
    public enum Frequency {
        /** Every N days. */
        DAILY,
        /** Every N weeks. */
        WEEKLY,
        /** Every N months, clamped to the month's end. */
        MONTHLY,
        /** Every N years, clamped to the month's end (Feb 29). */
        YEARLY
    }

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The unit of the interval.
     *
     * @return the frequency
     */
    public abstract Frequency frequency();

    /**
     * How many frequency units lie between occurrences; 1 by default.
     *
     * @return the interval, at least 1 in a valid agreement
     */
    @Value.Default
    public int interval() {
        return 1;
    }

    /**
     * The anchor date; when absent, the caller's default anchor (the agreement's effective date).
     *
     * @return the anchor, if fixed by the schedule
     */
    public abstract Optional<LocalDate> start();

    /**
     * For weekly schedules: the weekday of each occurrence (the first on or after the anchor).
     *
     * @return the weekday, if fixed
     */
    public abstract Optional<DayOfWeek> dayOfWeek();

    /**
     * For monthly and yearly schedules: the day of the month, clamped to the month's length.
     *
     * @return the day of month 1 to 31, if fixed
     */
    public abstract Optional<Integer> dayOfMonth();

    /**
     * For monthly schedules: each occurrence is the last business day of its month.
     *
     * @return true if occurrences are the last business day of the month
     */
    @Value.Default
    public boolean lastBusinessDay() {
        return false;
    }

    /**
     * The number of occurrences, if bounded by a count.
     *
     * @return the count, at least 1 in a valid agreement
     */
    public abstract Optional<Integer> count();

    /**
     * The last date an occurrence may fall on (inclusive), if bounded by a date.
     *
     * @return the end date
     */
    public abstract Optional<LocalDate> until();

    /** Builds {@link Recurrence} values. */
    public static final class Builder extends ImmutableRecurrence.Builder {}
}
