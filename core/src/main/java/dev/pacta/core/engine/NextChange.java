package dev.pacta.core.engine;

import dev.pacta.core.report.InstanceState;
import java.time.Instant;
import java.time.Period;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The earliest instant after a report's {@code asOf} at which some state changes with no new event: a deadline that
 * makes an open instance overdue or breached, a milestone missed the day after its target or put at risk when its
 * horizon begins with a requirement late, the effective date, or a happening of the simulation's queue that changes
 * something. A report collects it while its rows are made ({@link #instance}, {@link #candidate}, {@link #timed});
 * {@link #find} makes the same pass without rows, for {@link Evaluation#nextChange()}.
 */
final class NextChange {
    private final Simulation sim;
    private final Instant asOf;
    private final Period horizon;
    private Instant earliest;

    NextChange(Simulation sim, Instant asOf, Period horizon) {
        this.sim = sim;
        this.asOf = asOf;
        this.horizon = horizon;
    }

    /**
     * The next change without a report: an instance's state is worked out (by {@code shownState}) only when its
     * deadline would be the earliest change so far, so this costs a pass over the instances and the queue.
     *
     * @param shownState the state a report as of {@code asOf} shows for an instance
     * @param anyRequirementLate whether a milestone has a required instance that puts it at risk
     * @return the earliest change after {@code asOf}, or null
     */
    Instant find(Function<Inst, InstanceState> shownState, Predicate<Ledger.Ms> anyRequirementLate) {
        for (Obl o : sim.ledger.obls.values()) {
            for (Inst i : o.instances) {
                Deadline d = i.facts().deadline();
                if (d != null && (earlier(d.lateFrom()) || earlier(d.breachFrom()))) {
                    instance(shownState.apply(i), i);
                }
            }
        }
        for (Ledger.Ms ms : sim.ledger.milestones.values()) {
            if (ms.reachedAt != null) {
                continue;
            }
            Instant missedFrom = missedFrom(ms);
            candidate(missedFrom);
            Instant riskFrom = riskFrom(ms);
            if (asOf.isBefore(missedFrom) && earlier(riskFrom) && anyRequirementLate.test(ms)) {
                candidate(riskFrom);
            }
        }
        timed();
        return earliest;
    }

    /**
     * The earliest change proposed so far.
     *
     * @return the instant, or null
     */
    Instant earliest() {
        return earliest;
    }

    /** An instance's deadline changes its state only while it is upcoming or overdue. */
    void instance(InstanceState state, Inst i) {
        if ((state == InstanceState.UPCOMING || state == InstanceState.OVERDUE)
                && i.facts().deadline() != null) {
            candidate(i.facts().deadline().lateFrom());
            candidate(i.facts().deadline().breachFrom());
        }
    }

    /** The first instant a milestone not reached is missed: the start of the day after its target. */
    Instant missedFrom(Ledger.Ms ms) {
        return ms.target.plusDays(1).atStartOfDay(sim.days.zone).toInstant();
    }

    /** The first instant a milestone with a late requirement is at risk: the horizon before its target. */
    Instant riskFrom(Ledger.Ms ms) {
        return ms.target.minus(horizon).atStartOfDay(sim.days.zone).toInstant();
    }

    /**
     * The next changes time alone brings: the effective date (milestones with nothing to wait for are reached when
     * the agreement takes effect), and the queue's happenings that change something.
     */
    void timed() {
        candidate(sim.ledger.effective);
        for (Timed t : sim.queue) {
            if (earlier(t.at()) && sim.changes(t)) {
                candidate(t.at());
            }
        }
    }

    /** Proposes an instant: kept if it is after {@code asOf} and before the earliest so far. */
    void candidate(Instant t) {
        if (t != null && earlier(t)) {
            earliest = t;
        }
    }

    /** Whether an instant would be the next change: after {@code asOf} and before the earliest found so far. */
    private boolean earlier(Instant t) {
        return t.isAfter(asOf) && (earliest == null || t.isBefore(earliest));
    }
}
