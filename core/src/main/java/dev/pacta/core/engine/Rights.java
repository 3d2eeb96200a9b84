package dev.pacta.core.engine;

import dev.pacta.core.model.Modality;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.model.Remedy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rights granted by breaches (chapter "Payments and remedies" of the design), as their holders may exercise them: a
 * {@code RIGHT} remedy of a breached instance gives the instance's beneficiary the right from the breach until the
 * breach is cured (the instance is fulfilled late or waived). A rule: it answers which rights a party may exercise at
 * an instant; {@link ControlEvents} decides what an exercise does.
 */
final class Rights {
    /**
     * A right as its holder may exercise it: the breached instance that granted it and the clause granting it.
     *
     * @param breached the breached instance
     * @param clause the {@code RIGHT} remedy
     */
    record Grant(Inst breached, Remedy.Right clause) {
        /** The party that holds the right: the beneficiary of the breached instance. */
        PartyId holder() {
            return breached.obl.def.beneficiary();
        }

        /** The party whose breach granted the right: the obligor of the breached instance. */
        PartyId inBreach() {
            return breached.obl.def.obligor();
        }

        /** The right in words, as explanations name it: "its right from deposit#1's breach". */
        String words() {
            return words(breached.id().toString());
        }

        /** The right granted by a breach of {@code instance}, in words. */
        static String words(String instance) {
            return "its right from " + instance + "'s breach";
        }
    }

    private final Ledger ledger;

    Rights(Ledger ledger) {
        this.ledger = ledger;
    }

    /** The {@code RIGHT} remedies a breach of the instance grants, in declaration order. */
    static List<Remedy.Right> granted(Inst i) {
        List<Remedy.Right> rights = new ArrayList<>(1);
        for (Remedy r : i.obl.def.remedies()) {
            if (r instanceof Remedy.Right right) {
                rights.add(right);
            }
        }
        return rights;
    }

    /** Whether a breach of the instance is cured: it was fulfilled late or waived after it. */
    static boolean cured(Inst i) {
        return i.facts().fulfilledAt() != null || i.facts().waivedAt() != null;
    }

    /**
     * The rights {@code right} that {@code holder} may exercise at {@code t}: granted by a breach at or before
     * {@code t} that is not cured, oldest breach first.
     */
    List<Grant> held(PartyId holder, String right, Instant t) {
        List<Grant> grants = new ArrayList<>(0);
        for (Inst i : ledger.all) {
            Instant breached = i.facts().breachedAt();
            if (breached == null
                    || breached.isAfter(t)
                    || cured(i)
                    || !i.obl.def.beneficiary().equals(holder)) {
                continue;
            }
            for (Remedy r : i.obl.def.remedies()) {
                if (r instanceof Remedy.Right granted && granted.right().equals(right)) {
                    grants.add(new Grant(i, granted));
                }
            }
        }
        grants.sort(Comparator.comparing((Grant g) -> g.breached().facts().breachedAt())
                .thenComparingInt(g -> g.breached().seq));
        return grants;
    }

    /**
     * Of the grants, the first that lets the obligor of an obligation suspend its performance: one its obligor holds
     * against its beneficiary (the party in breach); null if none does. A right to suspend work never covers a
     * {@code MUST_NOT} duty: it suspends performance, it does not permit what is forbidden.
     */
    static Grant over(List<Grant> grants, Obligation def) {
        if (def.modality() == Modality.MUST_NOT) {
            return null;
        }
        for (Grant g : grants) {
            if (g.holder().equals(def.obligor()) && g.inBreach().equals(def.beneficiary())) {
                return g;
            }
        }
        return null;
    }
}
