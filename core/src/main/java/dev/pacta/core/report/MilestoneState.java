package dev.pacta.core.report;

/** The state of a milestone as of the evaluation instant. */
public enum MilestoneState {
    /** Not reached, target not passed, nothing required is late. */
    PENDING,
    /** Reached on or before its target date. */
    REACHED,
    /** Reached after its target date. */
    REACHED_LATE,
    /** Not reached, target within the reporting horizon, and a required instance is overdue, breached or blocked. */
    AT_RISK,
    /** Target passed, not reached. */
    MISSED
}
