package dev.pacta.core.time;

/**
 * How a date that falls on a non-business day is moved to a business day.
 *
 * <p>Applied to the results of calendar-day, week and month offsets and to fixed dates; business-day
 * offsets always land on business days and need no convention.
 */
public enum BusinessDayConvention {
    /** The next business day (the default). */
    FOLLOWING,
    /** The next business day, unless it is in the next month: then the previous business day. */
    MODIFIED_FOLLOWING,
    /** The previous business day. */
    PRECEDING,
    /** No adjustment: the date stays as computed. */
    NONE
}
