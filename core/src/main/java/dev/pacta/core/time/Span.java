package dev.pacta.core.time;

import java.util.Objects;

/**
 * An amount of time in one unit: "2 business days", "30 days", "24 hours", "1 week", "3 months".
 *
 * <p>Used for deadline offsets and grace periods. Calendar days, weeks and months are added to
 * <em>dates</em> (the result is a date deadline, due through the end of that local day); hours are
 * added to <em>instants</em> (a time deadline), so "24 hours" and "1 day" differ across a DST change.
 * The amount is not range-checked here: an agreement reports negative or too-large amounts as
 * validation problems, with their path.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param amount how many units; a valid agreement uses 0 to {@link Unit#maxAmount()}, about ten years
 * @param unit the unit
 */
public record Span(long amount, Unit unit) {
    /** The units of a span. */
    public enum Unit {
        /** Every day counts. At most 3650 (ten years of 365 days). */
        CALENDAR_DAYS("day", "days", 3650),
        /** Only business days of the agreement's calendar count. At most 2610 (ten years of 261 Mon-Fri days). */
        BUSINESS_DAYS("business day", "business days", 2610),
        /** Elapsed hours (time deadline). At most 87600 (3650 days of 24 hours). */
        HOURS("hour", "hours", 87_600),
        /** Seven calendar days. At most 522 (ten years, rounded up to whole weeks). */
        WEEKS("week", "weeks", 522),
        /** Calendar months from the anchor, clamped to the month's end. At most 120. */
        MONTHS("month", "months", 120);

        private final String singular;
        private final String plural;
        private final long maxAmount;

        Unit(String singular, String plural, long maxAmount) {
            this.singular = singular;
            this.plural = plural;
            this.maxAmount = maxAmount;
        }

        /**
         * The largest amount of this unit a valid agreement uses: about ten years in every unit (3650 days, 2610
         * business days, 87600 hours, 522 weeks, 120 months). It is the one bound of deadline offsets and grace
         * periods: the agreement's validation ({@code OFFSET_OUT_OF_BOUNDS}), the JSON reader and the documentation
         * all read it here.
         *
         * @return the largest amount, inclusive
         */
        public long maxAmount() {
            return maxAmount;
        }

        /**
         * The unit's name in words for an amount, e.g. "business day" or "business days".
         *
         * @param amount the amount the word goes with
         * @return the singular for 1 and -1, else the plural
         */
        public String label(long amount) {
            return Math.abs(amount) == 1 ? singular : plural;
        }
    }

    /**
     * Checks that the unit is not null.
     *
     * @param amount how many units
     * @param unit the unit
     */
    public Span {
        Objects.requireNonNull(unit, "unit");
    }

    /**
     * A span of calendar days.
     *
     * @param days the number of days
     * @return "N days"
     */
    public static Span ofCalendarDays(long days) {
        return new Span(days, Unit.CALENDAR_DAYS);
    }

    /**
     * A span of business days.
     *
     * @param days the number of business days
     * @return "N business days"
     */
    public static Span ofBusinessDays(long days) {
        return new Span(days, Unit.BUSINESS_DAYS);
    }

    /**
     * A span of hours.
     *
     * @param hours the number of hours
     * @return "N hours"
     */
    public static Span ofHours(long hours) {
        return new Span(hours, Unit.HOURS);
    }

    /**
     * A span of weeks.
     *
     * @param weeks the number of weeks
     * @return "N weeks"
     */
    public static Span ofWeeks(long weeks) {
        return new Span(weeks, Unit.WEEKS);
    }

    /**
     * A span of months.
     *
     * @param months the number of months
     * @return "N months"
     */
    public static Span ofMonths(long months) {
        return new Span(months, Unit.MONTHS);
    }

    /**
     * The span's length expressed in calendar days, approximately for months (31 days) and hours (rounded up),
     * used only for bounds checks.
     *
     * @return an upper bound of the span in days
     */
    public long approximateDays() {
        return switch (unit) {
            case CALENDAR_DAYS -> amount;
            case BUSINESS_DAYS -> Math.multiplyExact(amount, 7) / 5 + 1;
            case HOURS -> (amount + 23) / 24;
            case WEEKS -> Math.multiplyExact(amount, 7);
            case MONTHS -> Math.multiplyExact(amount, 31);
        };
    }

    /** Returns the span in words, e.g. {@code "2 business days"}. */
    @Override
    public String toString() {
        return amount + " " + unit.label(amount);
    }
}
