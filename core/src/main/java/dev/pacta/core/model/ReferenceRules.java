package dev.pacta.core.model;

import static dev.pacta.core.model.ValidationCodes.DUPLICATE_ID;
import static dev.pacta.core.model.ValidationCodes.SELF_REFERENCE;
import static dev.pacta.core.model.ValidationCodes.UNKNOWN_MILESTONE;
import static dev.pacta.core.model.ValidationCodes.UNKNOWN_OBLIGATION;
import static dev.pacta.core.model.ValidationCodes.UNKNOWN_PARTY;

import dev.pacta.core.Identifier;
import java.util.Map;

/**
 * The rules of ids and the references between them: every id is declared once ({@code DUPLICATE_ID}, reported at
 * the second declaration); every party, obligation and milestone an agreement names is declared
 * ({@code UNKNOWN_PARTY}, {@code UNKNOWN_OBLIGATION}, {@code UNKNOWN_MILESTONE}); and nothing names itself where
 * that cannot hold ({@code SELF_REFERENCE}: its own prerequisite, trigger or remedy, a milestone depending on
 * itself). Cycles of two or more are {@link CycleRules}'.
 */
final class ReferenceRules {
    private ReferenceRules() {}

    /** An id declared before, at another index of the same list. */
    static void duplicate(
            ValidationRun run,
            Identifier id,
            int i,
            Map<? extends Identifier, Integer> index,
            String path,
            String what) {
        int first = index.get(id);
        if (first != i) {
            run.add(
                    DUPLICATE_ID,
                    path + "[" + i + "].id",
                    "agreement '" + run.agreement.id() + "': " + what + " id '" + id + "' is used twice, first at "
                            + path + "[" + first + "]");
        }
    }

    /** A party named by an obligation or a termination clause; {@code what} ends with its role there. */
    static void party(ValidationRun run, PartyId party, String path, String what) {
        if (!run.parties.containsKey(party)) {
            run.add(
                    UNKNOWN_PARTY,
                    path,
                    what + " '" + party + "' is not a party of agreement '" + run.agreement.id() + "'; parties are "
                            + run.agreement.parties().stream().map(Party::id).toList());
        }
    }

    /** An obligation named by another, or by a milestone. */
    static void obligation(ValidationRun run, ObligationId id, String path, String what) {
        if (!run.obligations.containsKey(id)) {
            run.add(
                    UNKNOWN_OBLIGATION,
                    path,
                    what + " '" + id + "' is not an obligation of agreement '" + run.agreement.id() + "'");
        }
    }

    /** A milestone named by a trigger or a deadline. */
    static void milestone(ValidationRun run, MilestoneId m, String path, String what) {
        if (!run.milestones.containsKey(m)) {
            run.add(
                    UNKNOWN_MILESTONE,
                    path,
                    what + " '" + m + "' is not a milestone of agreement '" + run.agreement.id() + "'; milestones are "
                            + run.agreement.milestones().stream()
                                    .map(Milestone::id)
                                    .toList());
        }
    }

    /** An obligation's prerequisites: other declared obligations. */
    static void prerequisites(ValidationRun run, Obligation o, String path, String owner) {
        for (int j = 0; j < o.prerequisites().size(); j++) {
            ObligationId p = o.prerequisites().get(j);
            if (p.equals(o.id())) {
                run.add(SELF_REFERENCE, path + ".prerequisites[" + j + "]", owner + ": lists itself as a prerequisite");
            } else if (!run.obligations.containsKey(p)) {
                obligation(run, p, path + ".prerequisites[" + j + "]", owner + ": prerequisite");
            }
        }
    }

    /** The obligation whose fulfilment or breach triggers {@code o}: another declared obligation. */
    static void triggeringObligation(ValidationRun run, Obligation o, Trigger t, String path, String owner) {
        ObligationId other = TriggerRules.chainedTo(t);
        if (other.equals(o.id())) {
            run.add(
                    SELF_REFERENCE,
                    path + ".obligation",
                    owner + ": is triggered by its own "
                            + (t.kind() == Trigger.Kind.ON_BREACH ? "breach" : "fulfilment"));
        } else if (!run.obligations.containsKey(other)) {
            obligation(run, other, path + ".obligation", owner + ": trigger");
        }
    }

    /**
     * The obligation an {@code OBLIGATION} remedy of {@code o} names: another declared obligation.
     *
     * @return whether it is one, so that the remedy's own rule about it applies
     */
    static boolean remedyObligation(ValidationRun run, Obligation o, ObligationId id, String path, String what) {
        if (id.equals(o.id())) {
            run.add(SELF_REFERENCE, path, what + " names obligation '" + id + "' itself");
            return false;
        }
        if (!run.obligations.containsKey(id)) {
            obligation(run, id, path, what + " obligation");
            return false;
        }
        return true;
    }

    /** A milestone's {@code requires} (declared obligations) and {@code dependsOn} (other declared milestones). */
    static void milestoneReferences(ValidationRun run, Milestone milestone, String path, String owner) {
        for (int j = 0; j < milestone.requires().size(); j++) {
            if (!run.obligations.containsKey(milestone.requires().get(j))) {
                obligation(run, milestone.requires().get(j), path + ".requires[" + j + "]", owner + ": required");
            }
        }
        for (int j = 0; j < milestone.dependsOn().size(); j++) {
            MilestoneId other = milestone.dependsOn().get(j);
            if (other.equals(milestone.id())) {
                run.add(SELF_REFERENCE, path + ".dependsOn[" + j + "]", owner + ": depends on itself");
            } else if (!run.milestones.containsKey(other)) {
                run.add(
                        UNKNOWN_MILESTONE,
                        path + ".dependsOn[" + j + "]",
                        owner + ": depends on milestone '" + other
                                + "', which is not a milestone of agreement '" + run.agreement.id()
                                + "'; milestones are "
                                + run.agreement.milestones().stream()
                                        .map(Milestone::id)
                                        .toList());
            }
        }
    }
}
