package dev.pacta.core.money;

/** How interest counts days in a year. */
public enum DayCount {
    /** Actual days over a fixed 365-day year (the default). */
    ACT_365F,
    /** Actual days over a 360-day year. */
    ACT_360
}
