package dev.pacta.core.engine;

import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.Party;
import dev.pacta.core.model.Trigger;
import dev.pacta.core.report.Finding;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.InstanceState;
import dev.pacta.core.report.Severity;
import java.util.ArrayList;
import java.util.List;

/** Ready-made {@link ComplianceRule}s. */
public final class ComplianceRules {
    /** The code of {@link #pointOfContactRequired()}'s findings. */
    public static final String NO_POINT_OF_CONTACT = "NO_POINT_OF_CONTACT";
    /** The code of {@link #recurringMissedInARow(int)}'s findings. */
    public static final String RECURRING_MISSED_IN_A_ROW = "RECURRING_MISSED_IN_A_ROW";

    private ComplianceRules() {}

    /**
     * Reports each party that has no designated point of contact (in a good partnership each side names one person
     * who handles feedback, approvals and decisions).
     *
     * @return the rule
     */
    public static ComplianceRule pointOfContactRequired() {
        return (agreement, report) -> {
            List<Finding> findings = new ArrayList<>();
            for (Party p : agreement.parties()) {
                if (p.contact().isEmpty()) {
                    findings.add(Finding.builder()
                            .code(NO_POINT_OF_CONTACT)
                            .severity(Severity.WARNING)
                            .party(p.id())
                            .message("party '" + p.id() + "' (" + p.name() + ", " + p.role()
                                    + ") has no designated point of contact")
                            .build());
                }
            }
            return findings;
        };
    }

    /**
     * Reports each recurring obligation whose instances were breached {@code times} or more times in a row (e.g. a
     * weekly check-in missed three weeks running), once per run, naming the instances.
     *
     * @param times how many consecutive breaches make a finding, at least 1
     * @return the rule
     * @throws IllegalArgumentException if {@code times} is less than 1
     */
    public static ComplianceRule recurringMissedInARow(int times) {
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1, was " + times);
        }
        return (agreement, report) -> {
            List<Finding> findings = new ArrayList<>();
            for (Obligation o : agreement.obligations()) {
                if (o.trigger().kind() != Trigger.Kind.RECURRING) {
                    continue;
                }
                List<InstanceReport> run = new ArrayList<>();
                List<InstanceReport> instances = report.instances().stream()
                        .filter(i -> i.obligation().equals(o.id()))
                        .toList();
                for (int k = 0; k <= instances.size(); k++) {
                    boolean missed = k < instances.size() && instances.get(k).state() == InstanceState.BREACHED;
                    if (missed) {
                        run.add(instances.get(k));
                    } else {
                        if (run.size() >= times) {
                            findings.add(missedRun(o, run));
                        }
                        run.clear();
                    }
                }
            }
            return findings;
        };
    }

    private static Finding missedRun(Obligation o, List<InstanceReport> run) {
        return Finding.builder()
                .code(RECURRING_MISSED_IN_A_ROW)
                .severity(Severity.WARNING)
                .party(o.obligor())
                .instance(run.get(run.size() - 1).id())
                .message("'" + o.id() + "' (" + o.title() + ") by " + o.obligor() + " was missed " + run.size()
                        + " times in a row: "
                        + run.stream().map(i -> i.id().toString()).toList())
                .build();
    }
}
