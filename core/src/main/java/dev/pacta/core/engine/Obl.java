package dev.pacta.core.engine;

import dev.pacta.core.model.Obligation;
import dev.pacta.core.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The mutable evaluation state of one obligation: its instances and whether an amendment removed it. */
final class Obl {
    final Obligation def;
    final int order;
    /** The instant from which the obligation is part of the agreement (effective date, or an amendment). */
    final Instant addedAt;
    /** The anchor of a recurring schedule that has none of its own. */
    final LocalDate recurrenceAnchor;

    /** For percentage payments: this obligation's share of the agreement's value (shares sum to the value). */
    final Money share;

    final List<Inst> instances = new ArrayList<>();
    /**
     * The instances that may still accept a fulfilment, in creation order: a superset, from which instances closed
     * for good are dropped when matching looks (see {@code Simulation.openInstances}). Matching scans only these, not
     * the whole history: an agreement's long-ago missed duties do not slow down today's events.
     */
    final List<Inst> owed = new ArrayList<>();

    /**
     * Its breached instances that may still owe a charge, oldest first (by when they came into force, then by
     * creation), or null before its first breach: the ledger adds an instance at its breach and whenever its deadline
     * moves, and drops one only when a rule finds it settled for good ({@link Ledger#settled}). Credit held nets against
     * these alone, so that netting at each breach does not walk the obligation's whole history.
     */
    List<Inst> unsettled;

    Instant removedAt;
    String removedReason;

    Obl(Obligation def, int order, Instant addedAt, LocalDate recurrenceAnchor, Money share) {
        this.def = def;
        this.share = share;
        this.order = order;
        this.addedAt = addedAt;
        this.recurrenceAnchor = recurrenceAnchor;
    }

    /** A breached instance may owe a charge (again): on the list of the unsettled, oldest first, once. */
    void unsettle(Inst i) {
        if (unsettled == null) {
            unsettled = new ArrayList<>(2);
        }
        int at = unsettled.size();
        while (at > 0 && olderFirst(i, unsettled.get(at - 1)) < 0) {
            at--;
        }
        if (at > 0 && unsettled.get(at - 1) == i) {
            return;
        }
        unsettled.add(at, i);
    }

    /** Settled for good: off the list of the unsettled. */
    void settled(Inst i) {
        unsettled.remove(i);
    }

    /** Every breached instance may owe again (the agreement changed): the list of the unsettled made afresh. */
    void unsettleAll() {
        if (unsettled != null) {
            unsettled.clear();
            for (Inst i : instances) {
                if (i.facts().breachedAt() != null) {
                    unsettled.add(i);
                }
            }
            unsettled.sort(Obl::olderFirst);
        }
    }

    /** For a copy: the list of the unsettled of {@code original}, each instance replaced by its copy. */
    void unsettledAs(Obl original, java.util.Map<Inst, Inst> copies) {
        if (original.unsettled != null) {
            unsettled = new ArrayList<>(original.unsettled.size());
            original.unsettled.forEach(i -> unsettled.add(copies.get(i)));
        }
    }

    /** Oldest first: by when they came into force, then by creation. */
    private static int olderFirst(Inst a, Inst b) {
        int c = a.inForce.compareTo(b.inForce);
        return c != 0 ? c : Integer.compare(a.seq, b.seq);
    }

    Obl copyWithoutInstances() {
        Obl c = new Obl(def, order, addedAt, recurrenceAnchor, share);
        c.removedAt = removedAt;
        c.removedReason = removedReason;
        return c;
    }
}
