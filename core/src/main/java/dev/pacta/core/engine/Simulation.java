package dev.pacta.core.engine;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.ControlKind;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.EventId;
import dev.pacta.core.model.Milestone;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.ObligationId;
import dev.pacta.core.model.Trigger;
import dev.pacta.core.money.Money;
import dev.pacta.core.report.FindingCodes;
import dev.pacta.core.report.Severity;
import dev.pacta.core.time.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * The event loop (the top of the engine): the evaluation of one agreement as a discrete-event simulation — timeline
 * events in order, interleaved with the instants at which something happens by itself ({@link Timed}: an instance
 * comes into force, grace ends, the agreement's end date passes). For each, it asks the rules what happens
 * ({@link Matching}, {@link Deadlines}, {@link Prerequisites}, {@link Milestones}, {@link Payments},
 * {@link ControlEvents}), applies their decisions through the {@link Ledger}'s transitions, and fires what follows
 * (the instances a fulfilment, breach, event or milestone triggers).
 *
 * <p>Mutable and single-threaded; {@link #copy()} gives an independent copy so that a report can advance the clock
 * without disturbing an incremental evaluation.
 */
final class Simulation implements FollowUps {
    /** Local days of the agreement's zone; shared with copies. */
    final Days days;
    /** The agreement's business calendar: every lookup in it is guarded. */
    final GuardedCalendar calendar;
    /** What the evaluation knows so far. */
    final Ledger ledger;

    final Deadlines deadlines;
    final Prerequisites prerequisites;
    final Responsibility responsibility;
    final Matching matching;
    final Milestones milestones;
    final Payments payments;
    final ControlEvents controls;
    /** What the loop creates: the instances that come into force, and those events, fulfilments and breaches trigger. */
    private final Triggers triggers;

    /** The most instances this evaluation materialises ({@link ComplianceEngine.Builder#instanceLimit}). */
    private final int instanceLimit;

    /** The end date's cut-off (the start of the next day), or null. */
    final Instant endCutoff;

    final PriorityQueue<Timed> queue = new PriorityQueue<>();
    private long seq;
    private Instant clock = Instant.MIN;

    Simulation(Agreement agreement, BusinessCalendar calendar) {
        this(
                agreement,
                calendar,
                new ZoneOffsets(agreement.zone()),
                ComplianceEngine.DEFAULT_INSTANCE_LIMIT,
                EventNames.of(List.of()));
    }

    /**
     * A simulation of an agreement whose events are numbered by {@code names}: {@link #apply(Event, int, Instant)}
     * takes each event with its number there.
     */
    Simulation(
            Agreement agreement, BusinessCalendar calendar, ZoneOffsets offsets, int instanceLimit, EventNames names) {
        this(new Days(offsets), new GuardedCalendar(calendar), null, agreement, instanceLimit, names);
    }

    private Simulation(
            Days days,
            GuardedCalendar calendar,
            Ledger ledger,
            Agreement agreement,
            int instanceLimit,
            EventNames names) {
        this.instanceLimit = instanceLimit;
        this.days = days;
        this.calendar = calendar;
        this.ledger = ledger != null ? ledger : new Ledger(agreement, days.startOf(agreement.effectiveDate()), names);
        this.endCutoff = this.ledger
                .current
                .endDate()
                .map(d -> days.startOf(d.plusDays(1)))
                .orElse(null);
        this.deadlines = new Deadlines(this.ledger, calendar, days);
        this.prerequisites = new Prerequisites(this.ledger, deadlines, calendar, days);
        this.responsibility = new Responsibility(calendar, days, prerequisites::blockers);
        this.matching = new Matching(this.ledger, prerequisites, days);
        this.milestones = new Milestones(this.ledger);
        this.payments = new Payments(this.ledger, matching, new Remedies(this.ledger, responsibility, days), this);
        this.controls = new ControlEvents(this.ledger, matching, deadlines, calendar, days);
        this.triggers = new Triggers(this, instanceLimit);
    }

    /** Registers the agreement's obligations and milestones and schedules the agreement's own instants. */
    void start() {
        Agreement current = ledger.current;
        int order = 0;
        Map<ObligationId, Money> shares = Payments.shares(current);
        for (Obligation o : current.obligations()) {
            added(new Obl(o, order++, ledger.effective, current.effectiveDate(), shares.get(o.id())));
        }
        for (Milestone m : current.milestones()) {
            ledger.milestones.put(m.id(), new Ledger.Ms(m));
        }
        if (endCutoff != null) {
            schedule(endCutoff, Timed.Kind.END, null, 0, null);
        }
        ledger.milestonesDirty = true;
    }

    /** An independent deep copy (which tracks no changes). */
    Simulation copy() {
        Map<Obl, Obl> oblMap = new IdentityHashMap<>();
        Map<Inst, Inst> instMap = new IdentityHashMap<>();
        Simulation c = new Simulation(days, calendar, ledger.copy(oblMap, instMap), null, instanceLimit, null);
        for (Timed t : queue) {
            c.queue.add(new Timed(
                    t.at(),
                    t.kind(),
                    t.seq(),
                    t.obl() == null ? null : oblMap.get(t.obl()),
                    t.index(),
                    t.inst() == null ? null : instMap.get(t.inst()),
                    t.version()));
        }
        c.seq = seq;
        c.triggers.instSeq = triggers.instSeq;
        c.clock = clock;
        return c;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Scheduling

    /** Registers an obligation and schedules its first instance (effective date, or first occurrence). */
    private void added(Obl o) {
        ledger.add(o);
        Trigger trigger = o.def.trigger();
        if (trigger.kind() == Trigger.Kind.ON_EFFECTIVE_DATE) {
            schedule(o.addedAt, Timed.Kind.START, o, 0, null);
        } else if (trigger.kind() == Trigger.Kind.RECURRING) {
            scheduleOccurrence(o, 1);
        }
    }

    void schedule(Instant at, Timed.Kind kind, Obl obl, int index, Inst inst) {
        queue.add(new Timed(at, kind, seq++, obl, index, inst, inst == null ? 0 : inst.version));
    }

    private void scheduleOccurrence(Obl o, int k) {
        LocalDate addedDate = days.localDate(o.addedAt);
        // Amendment-added schedules with an earlier anchor start at the first occurrence on or after the amendment.
        for (int guard = 0; guard < 100_000; guard++) {
            Optional<LocalDate> date = deadlines.occurrence(o, k);
            if (date.isEmpty()) {
                return;
            }
            if (!date.get().isBefore(addedDate)) {
                schedule(inForceAt(o, date.get()), Timed.Kind.START, o, k, null);
                return;
            }
            k++;
        }
    }

    /**
     * When the instance of a recurring occurrence comes into force: the start of the occurrence's day, or of its due
     * date when that is earlier ({@link Deadlines#inForceDay}), but never before the obligation was added.
     */
    Instant inForceAt(Obl o, LocalDate occurrence) {
        Instant at = days.startOf(deadlines.inForceDay(o, occurrence));
        return at.isBefore(o.addedAt) ? o.addedAt : at;
    }

    /** Schedules the breach of an instance with a deadline (a prohibition is breached by an act, not by time). */
    void rescheduled(Inst i) {
        if (i.facts().deadline() != null && !i.mustNot()) {
            schedule(i.facts().deadline().breachFrom(), Timed.Kind.BREACH, null, 0, i);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // The clock

    /** Whether advancing to {@code t} would change nothing but the clock (so a report needs no copy). */
    boolean settledThrough(Instant t) {
        boolean effectiveCheckPending = clock.isBefore(ledger.effective) && !t.isBefore(ledger.effective);
        return !effectiveCheckPending && (queue.isEmpty() || queue.peek().at().isAfter(t));
    }

    /** Processes every timed happening at or before {@code t}. */
    void advance(Instant t) {
        if (clock.isBefore(ledger.effective) && !t.isBefore(ledger.effective)) {
            triggers.checkMilestones(ledger.effective, EventNames.NONE);
        }
        while (!queue.isEmpty() && !queue.peek().at().isAfter(t)) {
            Timed timed = queue.poll();
            clock = clock.isAfter(timed.at()) ? clock : timed.at();
            switch (timed.kind()) {
                case BREACH -> breachByTime(timed);
                case END -> end(timed.at());
                case START -> triggers.startInstance(timed);
            }
            triggers.checkMilestones(timed.at(), EventNames.NONE);
        }
        clock = clock.isAfter(t) ? clock : t;
    }

    /**
     * Whether a timed happening changes anything when its instant comes, if no event comes before it: a breach that
     * {@link #breaches breaches}, an end date that cancels an instance, an instance that comes into force. What a
     * report's {@code nextChange} asks, so that it names only an instant at which a state changes.
     */
    boolean changes(Timed timed) {
        return switch (timed.kind()) {
            case BREACH -> breaches(timed);
            case END -> ledger.endedAt == null && ledger.all.stream().anyMatch(i -> cancelledByEnd(i, timed.at()));
            case START -> {
                Obl o = timed.obl();
                boolean ended = ledger.endedAt != null
                        || endCutoff != null && !timed.at().isBefore(endCutoff);
                yield o.removedAt == null && !timed.at().isBefore(o.addedAt) && (!ended || o.def.survivesTermination());
            }
        };
    }

    private void breachByTime(Timed timed) {
        if (breaches(timed)) {
            breach(timed.inst(), timed.at(), EventNames.NONE);
        }
    }

    /**
     * Whether a scheduled breach breaches its instance when its instant comes, if nothing happens before: the
     * schedule is current (no later deadline replaced it), the instance is open, neither suspended (a suspended
     * instance cannot be breached; its resumption schedules the moved deadline) nor a prohibition, and not blocked
     * by another party's late prerequisite (not the obligor's fault; due again once released). Also what a report's
     * {@code nextChange} asks, so that it never names a breach that will not happen.
     */
    boolean breaches(Timed timed) {
        Inst i = timed.inst();
        return i.version == timed.version()
                && i.isOpen()
                && i.facts().suspendedAt() == null
                && !i.mustNot()
                && prerequisites.blockers(i, timed.at()).isEmpty();
    }

    /** The end date passed, or the notice of a termination ran out: whichever comes first ends the agreement. */
    private void end(Instant at) {
        if (ledger.endedAt != null) {
            return;
        }
        if (at.equals(ledger.terminationAt)) {
            ended(at, ledger.terminationText);
        } else if (at.equals(endCutoff)) {
            ended(
                    at,
                    "the agreement ended on "
                            + Days.day(ledger.current.endDate().orElseThrow()) + " (its end date)");
        }
    }

    /** Ends the agreement: cancels the open instances not yet due that do not survive its end. */
    private void ended(Instant at, String reason) {
        ledger.end(at, reason);
        for (Inst i : ledger.all) {
            if (cancelledByEnd(i, at)) {
                ledger.cancel(i, at, reason);
            }
        }
    }

    /** Whether the agreement's end at {@code at} cancels an instance: open, not surviving, not yet due. */
    private static boolean cancelledByEnd(Inst i, Instant at) {
        Deadline d = i.facts().deadline();
        return i.isOpen() && !i.obl.def.survivesTermination() && (d == null || at.isBefore(d.lateFrom()));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Events

    /**
     * Applies an event whose instant the caller already knows.
     *
     * @param n the event's number in the simulation's {@link EventNames}
     * @param t the event's instant, {@code instantOf(e.at())}
     */
    void apply(Event e, int n, Instant t) {
        advance(t);
        if (!ledger.parties.contains(e.actor())) {
            ledger.finding(
                    FindingCodes.UNKNOWN_ACTOR,
                    Severity.WARNING,
                    null,
                    null,
                    List.of(e.id()),
                    "event " + e.id() + " (" + e.kind() + ") by '" + e.actor() + "' ignored: '" + e.actor()
                            + "' is not a party of agreement '" + ledger.current.id() + "'");
        } else {
            Optional<ControlKind> control = e.control(); // a lookup by kind: once per event
            boolean applied = control.isEmpty() || control(control.get(), e, n, t);
            if (applied) {
                Inst fulfilled = null;
                if (control.isEmpty()) {
                    fulfilled = matching.target(e, t);
                    if (fulfilled != null) {
                        fulfil(fulfilled, n, e.kind(), t);
                    }
                    for (Obl prohibition : matching.prohibitions(e)) {
                        for (Inst i : Matching.violated(prohibition, t)) {
                            breach(i, t, n);
                        }
                    }
                }
                triggers.onEvent(e, n, t, fulfilled);
            }
        }
        triggers.checkMilestones(t, n);
        advance(t);
    }

    /** Applies a control event: what {@link ControlEvents} decides it does (payments apply themselves). */
    private boolean control(ControlKind kind, Event e, int n, Instant t) {
        if (kind == ControlKind.PAYMENT) {
            return payments.payment(e, n, t);
        }
        List<ControlEvents.Act> acts = controls.decide(kind, e, t);
        for (ControlEvents.Act act : acts) {
            apply(act, t);
        }
        return !acts.isEmpty();
    }

    private void apply(ControlEvents.Act act, Instant t) {
        if (act instanceof ControlEvents.Waive w) {
            ledger.waive(w.target(), t, w.by());
            released(w.target(), t);
            cured(w.target(), t, w.by());
        } else if (act instanceof ControlEvents.Extend x) {
            ledger.moveDeadline(x.target(), x.to(), x.adjustment());
            rescheduled(x.target());
        } else if (act instanceof ControlEvents.Suspend s) {
            ledger.suspend(s.target(), t, s.by(), s.event(), s.under());
        } else if (act instanceof ControlEvents.HoldWork h) {
            ledger.hold(h.hold());
        } else if (act instanceof ControlEvents.Release r) {
            ledger.release(r.hold());
        } else if (act instanceof ControlEvents.Resume r) {
            ledger.resume(r.target(), r.moved(), r.adjustment());
            if (r.moved() != null) {
                rescheduled(r.target());
            }
        } else if (act instanceof ControlEvents.Notice n) {
            ledger.notice(n.target(), n.notice());
        } else if (act instanceof ControlEvents.Terminate x) {
            if (x.at().isAfter(t)) {
                // Notice given: the agreement ends when it runs out.
                ledger.terminateAt(x.at(), x.text());
                schedule(x.at(), Timed.Kind.END, null, 0, null);
            } else {
                ended(t, x.text());
            }
        } else if (act instanceof ControlEvents.Propose p) {
            ledger.propose(p.proposal());
        } else if (act instanceof ControlEvents.Settle x) {
            ledger.settle(x.amendment());
        } else if (act instanceof ControlEvents.Amend a) {
            ledger.amend(a.amended(), a.targets(), a.removed(), a.by(), t);
            a.added().forEach(this::added);
        }
    }

    /** Breaches an instance (by time, or by a prohibited act) and creates what its breach triggers. */
    private void breach(Inst i, Instant t, int act) {
        ledger.breach(i, t, act);
        // Its charges arise: credit held nets against them before anything its breach triggers takes credit.
        payments.chargesArise(i, t);
        triggers.fireOn(Trigger.Kind.ON_BREACH, i, t, act, "breach of ");
    }

    @Override
    public void fulfil(Inst i, int event, String kind, Instant t) {
        for (Inst blocker : prerequisites.blockers(i, t)) {
            excuse(i, blocker, t);
        }
        ledger.fulfil(i, t, event, kind);
        if (i.facts().breachedAt() != null) {
            // Done late: its charges stop growing; credit held nets against what they reached.
            payments.chargesArise(i, t);
        }
        released(i, t);
        if (i.facts().breachedAt() != null) {
            cured(i, t, ledger.names.idOrNull(event)); // only a breach is cured: its id is made only then
        }
        triggers.fireOn(Trigger.Kind.ON_FULFILMENT, i, t, event, "fulfilment of ");
    }

    /** A breached instance was fulfilled late or waived: end the suspensions that last until it is cured. */
    private void cured(Inst i, Instant t, EventId by) {
        for (ControlEvents.Act act : controls.cured(i, t, by)) {
            apply(act, t);
        }
    }

    /** A prerequisite instance was fulfilled or waived: excuse the delay it caused its dependents. */
    private void released(Inst p, Instant t) {
        for (Inst di : prerequisites.keptWaiting(p, t)) {
            excuse(di, p, t);
            // Due again: its breach may have been held back while it was blocked.
            ledger.dueAgain(di);
            rescheduled(di);
        }
    }

    private void excuse(Inst d, Inst p, Instant t) {
        Prerequisites.Excuse move = prerequisites.excuse(d, p, t, responsibility);
        if (move != null) {
            ledger.moveDeadline(d, move.after(), move.adjustment(), move.units(), move.causes());
            rescheduled(d);
        }
    }

    /** The instant of an event time in the agreement's zone. */
    Instant instantOf(dev.pacta.core.model.EventTime time) {
        return days.instantOf(time);
    }
}
