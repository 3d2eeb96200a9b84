package dev.pacta.core.engine;

import dev.pacta.core.model.ObligationId;
import dev.pacta.core.model.Trigger;
import dev.pacta.core.report.FindingCodes;
import dev.pacta.core.report.Severity;
import dev.pacta.core.time.Span;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Prerequisites and excused delay (chapter "Dependencies, excused delay and responsibility" of the design): which
 * instance of a prerequisite a dependent instance waits on, which late prerequisites of other parties block it, and
 * how far its deadline moves when such a prerequisite is done. A rule: it returns instances and moves; the event loop
 * applies them.
 */
final class Prerequisites {
    private final Ledger ledger;
    private final Deadlines deadlines;
    private final GuardedCalendar calendar;
    private final Days days;

    Prerequisites(Ledger ledger, Deadlines deadlines, GuardedCalendar calendar, Days days) {
        this.ledger = ledger;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.days = days;
    }

    /** The obligations with {@code id} among their prerequisites. */
    List<Obl> dependentsOf(ObligationId id) {
        return Ledger.of(ledger.dependents, id);
    }

    /**
     * The instance of prerequisite {@code p} that the {@code number}-th instance of a dependent waits on: the n-th
     * for obligations with many instances (the n-th "build page" waits on the n-th "provide content"), the only one
     * for single-instance obligations (effective date, milestone). Null if it does not exist (yet).
     */
    static Inst paired(Obl p, int number) {
        int n = pairsWithEvery(p) ? 1 : number;
        return n <= p.instances.size() ? p.instances.get(n - 1) : null;
    }

    /** Whether prerequisite {@code p} has a single instance, which every instance of a dependent waits on. */
    static boolean pairsWithEvery(Obl p) {
        Trigger.Kind kind = p.def.trigger().kind();
        return kind == Trigger.Kind.ON_EFFECTIVE_DATE || kind == Trigger.Kind.ON_MILESTONE;
    }

    /** The prerequisite instances owed by other parties that are unfulfilled and late at {@code t}. */
    List<Inst> blockers(Inst d, Instant t) {
        List<ObligationId> prerequisites = d.obl.def.prerequisites();
        if (prerequisites.isEmpty()) {
            return List.of();
        }
        List<Inst> blockers = new ArrayList<>(1);
        for (ObligationId id : prerequisites) {
            Obl p = ledger.obls.get(id);
            if (p == null || p.def.obligor().equals(d.obl.def.obligor())) {
                continue;
            }
            Inst pi = paired(p, d.number);
            // A MUST_NOT duty is kept by not acting: it is never "late", so it blocks nothing.
            if (pi != null
                    && !pi.mustNot()
                    && pi.isOwed()
                    && pi.facts().deadline() != null
                    && !t.isBefore(pi.facts().deadline().lateFrom())) {
                blockers.add(pi);
            }
        }
        return blockers;
    }

    /**
     * The open dependents of other parties that a prerequisite instance, fulfilled, waived or cancelled at {@code t}
     * after its deadline, kept waiting: their delay is excused, and they are due again.
     */
    List<Inst> keptWaiting(Inst p, Instant t) {
        Deadline due = p.facts().deadline();
        if (due == null || t.isBefore(due.lateFrom())) {
            return List.of();
        }
        List<Inst> waiting = new ArrayList<>(0);
        for (Obl d : dependentsOf(p.obl.def.id())) {
            if (d.def.obligor().equals(p.obl.def.obligor())) {
                continue;
            }
            for (Inst di : d.instances) {
                if (paired(p.obl, di.number) == p && di.isOpen() && di.inForce.isBefore(t)) {
                    waiting.add(di);
                }
            }
        }
        return waiting;
    }

    /**
     * A move of a dependent's deadline for excused delay: the new deadline, the move in words, the units excused in
     * all, and the stretches of delay that caused them.
     */
    record Excuse(Deadline after, String adjustment, long units, List<Inst.Seg> causes) {}

    /**
     * How a dependent's deadline moves for a prerequisite's whole delay as of {@code t}, measured in the dependent's
     * own unit (business days stay business days), or null if it does not move. Delays of several prerequisites do
     * not add up: the dependent waits for the latest.
     */
    Excuse excuse(Inst d, Inst p, Instant t, Responsibility responsibility) {
        Deadline before = d.facts().deadline();
        if (before == null || d.mustNot()) {
            return null;
        }
        GuardedCalendar.Count delay = responsibility.excusedDelay(d, p, t);
        long units = delay.amount();
        if (units <= d.facts().excused()) {
            return null;
        }
        long more = units - d.facts().excused();
        Span.Unit unit = delay.unit();
        Consumer<String> gap = problem -> ledger.finding(
                FindingCodes.CALENDAR_NOT_COVERED,
                Severity.ERROR,
                d.obl.def.obligor(),
                d.id(),
                List.of(),
                "the deadline of " + d.id() + " cannot be moved for the delay of " + p.id() + ": " + problem);
        Deadline after = calendar.lookup(
                () -> before.isDate()
                        ? deadlines.dateDeadline(
                                unit == Span.Unit.BUSINESS_DAYS
                                        ? calendar.shift(before.date(), Math.toIntExact(more))
                                        : before.date().plusDays(more),
                                d.obl.def)
                        : deadlines.timeDeadline(before.dueAt().plus(Duration.ofHours(more)), d.obl.def),
                gap);
        if (after == null) {
            return null;
        }
        if (unit != Responsibility.declaredUnit(d)) {
            gap.accept("its delay is counted in calendar days, as " + responsibility.coverage());
        }
        return new Excuse(
                after,
                "deadline moved from " + days.describeDue(before) + " to " + days.describeDue(after) + ": " + p.id()
                        + " (" + p.obl.def.obligor() + ") was " + units + " " + unit.label(units) + " late",
                units,
                responsibility.delaySegments(p, t));
    }
}
