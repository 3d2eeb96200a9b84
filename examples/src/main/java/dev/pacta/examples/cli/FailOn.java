package dev.pacta.examples.cli;

import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.InstanceState;

/** When {@code evaluate} exits with 1. */
enum FailOn {
    /** An instance is {@code BREACHED} (past deadline and grace, or a forbidden act happened). */
    BREACH,
    /** An instance is {@code BREACHED} or {@code OVERDUE} (past its deadline, within grace). */
    OVERDUE,
    /** Never: exit 0 whatever the report says. */
    NEVER;

    boolean fails(ComplianceReport report) {
        return switch (this) {
            case BREACH -> report.instances().stream().anyMatch(i -> i.state() == InstanceState.BREACHED);
            case OVERDUE ->
                report.instances().stream()
                        .anyMatch(i -> i.state() == InstanceState.BREACHED || i.state() == InstanceState.OVERDUE);
            case NEVER -> false;
        };
    }
}
