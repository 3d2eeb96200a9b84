package dev.pacta.core.model;

import dev.pacta.core.Problem;
import dev.pacta.core.time.Recurrence;

/**
 * The rules of an obligation's trigger, by kind: an {@code ON_EVENT} kind of the event-kind form
 * ({@code INVALID_EVENT_KIND}); a declared milestone for {@code ON_MILESTONE}; another declared obligation for
 * {@code ON_FULFILMENT} and {@code ON_BREACH} ({@link ReferenceRules}); and for {@code RECURRING} the schedule rules,
 * which are {@link Recurrence}'s own ({@link Recurrence#problems(java.time.LocalDate)}, code
 * {@code INVALID_RECURRENCE}): they are reported here under the trigger's path, not restated.
 *
 * <p>Which attributes go with which kind is the trigger's own check ({@code Trigger.check}).
 */
final class TriggerRules {
    private TriggerRules() {}

    static void check(ValidationRun run, Obligation o, String path, String owner) {
        Trigger t = o.trigger();
        switch (t.kind()) {
            case ON_EVENT -> {
                String kind = ((Trigger.OnEvent) t).eventKind();
                if (!ValueRules.validKind(kind)) {
                    ValueRules.eventKind(run, kind, path + ".eventKind", owner + ": trigger");
                }
            }
            case ON_MILESTONE ->
                ReferenceRules.milestone(
                        run, ((Trigger.OnMilestone) t).milestone(), path + ".milestone", owner + ": trigger milestone");
            case ON_FULFILMENT, ON_BREACH -> ReferenceRules.triggeringObligation(run, o, t, path, owner);
            case RECURRING -> recurrence(run, ((Trigger.Recurring) t).recurrence(), path + ".recurrence", owner);
            case ON_EFFECTIVE_DATE -> {
                // Nothing to check: the effective date always exists.
            }
        }
    }

    /**
     * The obligation an {@code ON_FULFILMENT} or {@code ON_BREACH} trigger names.
     *
     * @param t the trigger
     * @return the obligation, or null for the other triggers
     */
    static ObligationId chainedTo(Trigger t) {
        return t instanceof Trigger.OnFulfilment f
                ? f.obligation()
                : t instanceof Trigger.OnBreach b ? b.obligation() : null;
    }

    /** The schedule's problems, with their paths under the trigger's and the obligation named first. */
    private static void recurrence(ValidationRun run, Recurrence r, String path, String owner) {
        for (Problem p : r.problems(run.agreement.effectiveDate())) {
            run.add(p.code(), path + "." + p.path(), owner + ": " + p.message());
        }
    }
}
