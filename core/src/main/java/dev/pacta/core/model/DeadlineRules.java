package dev.pacta.core.model;

import static dev.pacta.core.model.ValidationCodes.DEADLINE_BEFORE_TRIGGER;
import static dev.pacta.core.model.ValidationCodes.DEADLINE_OUTSIDE_TERM;
import static dev.pacta.core.model.ValidationCodes.MISSING_END_DATE;

import java.time.LocalDate;

/**
 * The rules of an obligation's deadline: an offset within its unit's bounds ({@code OFFSET_OUT_OF_BOUNDS}, through
 * {@link ValueRules}) counted from something that exists ({@code MISSING_END_DATE}, a declared milestone) and able to
 * fall after the instance comes into force ({@code DEADLINE_BEFORE_TRIGGER}); a fixed date on or after the effective
 * date ({@code DEADLINE_OUTSIDE_TERM}).
 *
 * <p>A fixed-date deadline after the end date is allowed: surviving obligations (a final invoice, the return of
 * materials) are often due after the end. Which attributes go with which kind is the deadline rule's sealed subtype's.
 */
final class DeadlineRules {
    private DeadlineRules() {}

    static void check(ValidationRun run, Obligation o, String path, String owner) {
        DeadlineRule rule = o.deadline();
        switch (rule.kind()) {
            case OFFSET, BEFORE -> {
                DeadlineRule.Offset offset = (DeadlineRule.Offset) rule;
                if (!ValueRules.inBounds(offset.offset())) {
                    ValueRules.span(run, offset.offset(), path + ".offset", owner + ": deadline offset");
                }
                reference(run, o, offset, path, owner);
            }
            case FIXED_DATE -> {
                Agreement agreement = run.agreement;
                LocalDate date = ((DeadlineRule.OnDate) rule).date();
                if (date.isBefore(agreement.effectiveDate())) {
                    run.add(
                            DEADLINE_OUTSIDE_TERM,
                            path + ".date",
                            owner + ": deadline " + date
                                    + " is before the effective date " + agreement.effectiveDate()
                                    + " of agreement '" + agreement.id() + "'; expected that date or later");
                }
            }
            case OPEN -> {
                // No deadline: nothing to check.
            }
        }
    }

    /** What an offset counts from must exist, and an offset before the instance's own anchor must be able to fit. */
    private static void reference(
            ValidationRun run, Obligation o, DeadlineRule.Offset rule, String path, String owner) {
        switch (rule.reference()) {
            case END_DATE -> {
                if (run.agreement.endDate().isEmpty()) {
                    run.add(
                            MISSING_END_DATE,
                            path + ".from",
                            owner + ": deadline counts from the end date, but agreement '" + run.agreement.id()
                                    + "' has none; expected an end date, or another reference");
                }
            }
            case MILESTONE_TARGET ->
                ReferenceRules.milestone(
                        run, rule.milestone().orElseThrow(), path + ".milestone", owner + ": deadline milestone");
            case ANCHOR -> {
                // Before its own anchor, only a recurring instance can be in force in time (from its due date).
                if (rule instanceof DeadlineRule.Before && o.trigger().kind() != Trigger.Kind.RECURRING) {
                    run.add(
                            DEADLINE_BEFORE_TRIGGER,
                            path + ".direction",
                            owner + ": deadline " + rule + " falls before its trigger (" + o.trigger()
                                    + "), which brings each instance into force; expected a deadline after it, or"
                                    + " before the end date or a milestone's target");
                }
            }
        }
    }
}
