package dev.pacta.core.model;

import static dev.pacta.core.model.ValidationCodes.NO_FULFILLING_EVENT;
import static dev.pacta.core.model.ValidationCodes.SAME_PARTY;

/**
 * The rules of an obligation's own attributes, and the order in which an obligation's rules run: a unique id, a
 * title, an obligor and a beneficiary who are parties and not the same one ({@code SAME_PARTY}), its trigger
 * ({@link TriggerRules}) and deadline ({@link DeadlineRules}), fulfilling event kinds ({@code NO_FULFILLING_EVENT},
 * {@code INVALID_EVENT_KIND}), a grace period within bounds, its prerequisites ({@link ReferenceRules}), its amounts
 * ({@link PaymentRules}) and its remedies ({@link RemedyRules}).
 *
 * <p>Grace periods may be in any unit, hours included ("24 hours' grace").
 */
final class ObligationRules {
    private ObligationRules() {}

    static void check(ValidationRun run, int i, Obligation o) {
        String path = "obligations[" + i + "]";
        String owner = "obligation '" + o.id() + "'";
        ReferenceRules.duplicate(run, o.id(), i, run.obligations, "obligations", "obligation");
        // Paths and messages are built only when a check fails: this runs on every Agreement.build().
        if (o.title().isBlank()) {
            ValueRules.blank(run, o.title(), path + ".title", owner + ": title");
        }
        if (!run.parties.containsKey(o.obligor())) {
            ReferenceRules.party(run, o.obligor(), path + ".obligor", owner + ": obligor");
        }
        if (!run.parties.containsKey(o.beneficiary())) {
            ReferenceRules.party(run, o.beneficiary(), path + ".beneficiary", owner + ": beneficiary");
        }
        if (o.obligor().equals(o.beneficiary())) {
            run.add(
                    SAME_PARTY,
                    path + ".beneficiary",
                    owner + ": beneficiary '" + o.beneficiary()
                            + "' is also the obligor; expected a duty owed to another party");
        }
        TriggerRules.check(run, o, path + ".trigger", owner);
        DeadlineRules.check(run, o, path + ".deadline", owner);
        fulfilledBy(run, o, path, owner);
        if (o.grace().isPresent() && !ValueRules.inBounds(o.grace().get())) {
            ValueRules.span(run, o.grace().get(), path + ".grace", owner + ": grace");
        }
        ReferenceRules.prerequisites(run, o, path, owner);
        PaymentRules.amounts(run, o, path, owner);
        for (int k = 0; k < o.remedies().size(); k++) {
            RemedyRules.check(run, o, o.remedies().get(k), path + ".remedies[" + k + "]", owner);
        }
    }

    private static void fulfilledBy(ValidationRun run, Obligation o, String path, String owner) {
        if (o.fulfilledBy().isEmpty()) {
            if (o.modality() == Modality.MUST_NOT) {
                run.add(
                        NO_FULFILLING_EVENT,
                        path + ".fulfilledBy",
                        owner
                                + ": fulfilledBy is empty; expected the event kinds of the forbidden act, e.g. secret.disclosed");
            } else if (o.category() != Category.PAYMENT) {
                run.add(
                        NO_FULFILLING_EVENT,
                        path + ".fulfilledBy",
                        owner
                                + ": fulfilledBy is empty; expected the event kinds that fulfil it, e.g. content.delivered");
            }
        }
        for (int j = 0; j < o.fulfilledBy().size(); j++) {
            if (!ValueRules.validKind(o.fulfilledBy().get(j))) {
                ValueRules.eventKind(
                        run, o.fulfilledBy().get(j), path + ".fulfilledBy[" + j + "]", owner + ": fulfilling");
            }
        }
    }
}
