package dev.pacta.core.model;

import dev.pacta.core.Problem;
import java.util.List;

/**
 * Every cross-field check of an {@link Agreement}; {@code Agreement.build()} runs them all and reports every problem
 * at once in a {@link dev.pacta.core.ValidationException}.
 *
 * <p>This class only orders the rule groups; each rule is written once, in the group that owns it:
 * <ul>
 *   <li>{@link AgreementRules}: the agreement's title, zone, dates and value, its parties, termination clauses and
 *       metadata;
 *   <li>{@link ObligationRules}: an obligation's own attributes, and the order of its rules;
 *   <li>{@link TriggerRules} and {@link DeadlineRules}: when an instance comes into force and when it is due (the
 *       schedule rules are {@link dev.pacta.core.time.Recurrence}'s own);
 *   <li>{@link PaymentRules}: amounts, percentages and the payment schedule;
 *   <li>{@link RemedyRules}: remedies, their shape first;
 *   <li>{@link MilestoneRules}: milestones;
 *   <li>{@link ReferenceRules}: unique ids, and references to declared parties, obligations and milestones;
 *   <li>{@link CycleRules}: no cycles among prerequisites, triggers and milestone dependencies;
 *   <li>{@link ValueRules}: blank texts, amounts of money, spans and event kinds, wherever they stand.
 * </ul>
 *
 * <p>Each problem has a stable code from {@link ValidationCodes}, a path in model property names with zero-based
 * indexes ({@code obligations[2].deadline.offset.amount}, {@code metadata['key']}) and a one-sentence message naming
 * the owner and the ids involved. Problems are listed in the order of the agreement's structure: the agreement's own
 * attributes, parties, obligations, milestones, termination clauses, then the checks across them (cycles, the
 * payment schedule) and the metadata.
 *
 * <p>The checks are linear in the size of the agreement (hash maps, one strongly-connected-components pass per
 * graph), since every {@code Agreement.build()} runs them.
 */
final class AgreementValidator {
    private AgreementValidator() {}

    /**
     * Every problem of an agreement under construction, in the order of its structure.
     *
     * @param agreement the agreement to check (built but not yet published by its builder)
     * @return the problems, empty if the agreement is valid
     */
    static List<Problem> problems(Agreement agreement) {
        ValidationRun run = new ValidationRun(agreement);
        AgreementRules.attributes(run);
        AgreementRules.parties(run);
        for (int i = 0; i < agreement.obligations().size(); i++) {
            ObligationRules.check(run, i, agreement.obligations().get(i));
        }
        for (int m = 0; m < agreement.milestones().size(); m++) {
            MilestoneRules.check(run, m, agreement.milestones().get(m));
        }
        for (int c = 0; c < agreement.terminationClauses().size(); c++) {
            AgreementRules.terminationClause(
                    run, c, agreement.terminationClauses().get(c));
        }
        CycleRules.check(run);
        PaymentRules.schedule(run);
        AgreementRules.metadata(run);
        return run.problems();
    }
}
