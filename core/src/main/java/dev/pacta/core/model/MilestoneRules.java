package dev.pacta.core.model;

import static dev.pacta.core.model.ValidationCodes.TARGET_BEFORE_START;

/**
 * The rules of a milestone: a unique id and a title (through {@link ReferenceRules} and {@link ValueRules}), a
 * target on or after the effective date ({@code TARGET_BEFORE_START}), and declared {@code requires} and
 * {@code dependsOn} ({@link ReferenceRules}).
 */
final class MilestoneRules {
    private MilestoneRules() {}

    static void check(ValidationRun run, int m, Milestone milestone) {
        Agreement agreement = run.agreement;
        String path = "milestones[" + m + "]";
        String owner = "milestone '" + milestone.id() + "'";
        ReferenceRules.duplicate(run, milestone.id(), m, run.milestones, "milestones", "milestone");
        if (milestone.title().isBlank()) {
            ValueRules.blank(run, milestone.title(), path + ".title", owner + ": title");
        }
        if (milestone.target().isBefore(agreement.effectiveDate())) {
            run.add(
                    TARGET_BEFORE_START,
                    path + ".target",
                    owner + ": target " + milestone.target()
                            + " is before the effective date " + agreement.effectiveDate() + " of agreement '"
                            + agreement.id() + "'; expected that date or later");
        }
        ReferenceRules.milestoneReferences(run, milestone, path, owner);
    }
}
