package dev.pacta.core.engine;

import dev.pacta.core.model.MilestoneId;
import dev.pacta.core.model.ObligationId;

/**
 * Milestones (chapter "Milestones" of the design): when a milestone is reached. A rule: it answers; the event loop
 * records the milestone as reached and creates what it triggers. How late a milestone is, and who caused it, is
 * {@link Responsibility}'s.
 */
final class Milestones {
    private final Ledger ledger;

    Milestones(Ledger ledger) {
        this.ledger = ledger;
    }

    /**
     * Whether a milestone not yet reached is reached now: the milestones it depends on are reached, and every instance
     * of each required obligation (at least one) is fulfilled or waived. Cancelled work (termination, end date) was
     * not done and does not reach a milestone; obligations removed by an amendment are no longer required.
     */
    boolean reachedNow(Ledger.Ms ms) {
        if (ms.reachedAt != null) {
            return false;
        }
        for (MilestoneId dep : ms.def.dependsOn()) {
            if (ledger.milestones.get(dep).reachedAt == null) {
                return false;
            }
        }
        for (ObligationId required : ms.def.requires()) {
            Obl o = ledger.obls.get(required);
            if (o.removedAt != null) {
                continue;
            }
            if (o.instances.isEmpty()) {
                return false;
            }
            for (Inst i : o.instances) {
                if (i.facts().fulfilledAt() == null && i.facts().waivedAt() == null) {
                    return false;
                }
            }
        }
        return true;
    }
}
