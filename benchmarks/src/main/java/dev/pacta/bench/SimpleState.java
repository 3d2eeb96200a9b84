package dev.pacta.bench;

/** The four outcomes of the simple deadline rule, as of a date. */
public enum SimpleState {
    /** Fulfilled on or before the deadline. */
    ON_TIME,
    /** Fulfilled after the deadline. */
    LATE,
    /** Not fulfilled and the deadline has passed. */
    OVERDUE,
    /** Not fulfilled, not due yet. */
    PENDING
}
