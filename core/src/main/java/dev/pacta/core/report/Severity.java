package dev.pacta.core.report;

/** How serious a finding is. */
public enum Severity {
    /** Worth knowing; nothing is wrong (e.g. a notice was recorded). */
    INFO,
    /** Something needs attention (an ignored control event, an overdue instance, a missing point of contact). */
    WARNING,
    /** A breach or a data problem that prevents a correct result. */
    ERROR
}
