package dev.pacta.core.engine;

import dev.pacta.core.model.Category;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.ObligationId;
import dev.pacta.core.model.Trigger;
import dev.pacta.core.money.Money;
import dev.pacta.core.report.FindingCodes;
import dev.pacta.core.report.Severity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the event loop creates (part of the loop): the instances that come into force by themselves (the effective
 * date, a recurring period) and those that an event, a fulfilment, a breach or a milestone triggers, each with its
 * deadline, anchor and cause, within the engine's instance limit. The {@link Simulation} calls it where those happen;
 * it schedules through the simulation what a new instance brings (its breach, the next period).
 */
final class Triggers {
    private final Simulation sim;
    private final Ledger ledger;
    private final Deadlines deadlines;
    private final Milestones milestones;
    private final Days days;

    /** The most instances the evaluation materialises ({@link ComplianceEngine.Builder#instanceLimit}). */
    private final int instanceLimit;

    /** The creation number of the next instance (oldest first breaks ties by it). */
    int instSeq;

    Triggers(Simulation sim, int instanceLimit) {
        this.sim = sim;
        this.ledger = sim.ledger;
        this.deadlines = sim.deadlines;
        this.milestones = sim.milestones;
        this.days = sim.days;
        this.instanceLimit = instanceLimit;
    }

    /** An instance comes into force by itself: on the effective date (or an amendment), or a recurring period. */
    void startInstance(Timed timed) {
        Obl o = timed.obl();
        if (!mayCreate(o, timed.at())) {
            return;
        }
        LocalDate date = days.localDate(timed.at());
        if (timed.index() == 0) {
            String lead = o.addedAt.equals(ledger.effective) ? "the effective date" : "the amendment that added it";
            create(o, timed.at(), date, EventNames.NONE, lead, false, true, null, null);
        } else {
            // An instance due before its occurrence came into force on its due date, not the occurrence's day.
            LocalDate occurrence = Deadlines.startsEarly(o.def.deadline())
                    ? deadlines.occurrence(o, timed.index()).orElse(date)
                    : date;
            Optional<LocalDate> next = deadlines.occurrence(o, timed.index() + 1);
            // Periods tile from one instance's coming into force to the next one's, so that an act on an early due
            // date goes to the instance due that day.
            Instant nextAt = next.map(n -> sim.inForceAt(o, n)).orElse(null);
            Inst created = create(
                    o,
                    timed.at(),
                    occurrence,
                    EventNames.NONE,
                    "the period starting",
                    false,
                    false,
                    date,
                    nextAt == null ? null : days.localDate(nextAt));
            if (created != null && nextAt != null) {
                sim.schedule(nextAt, Timed.Kind.START, o, timed.index() + 1, null);
            }
        }
    }

    /** Whether an obligation creates instances at {@code at}: not removed, added by then, in force or surviving. */
    private boolean mayCreate(Obl o, Instant at) {
        if (o.removedAt != null || at.isBefore(o.addedAt)) {
            return false;
        }
        return ledger.endedAt == null || o.def.survivesTermination();
    }

    /**
     * Creates an instance in force from {@code inForce}, triggered by the event numbered {@code trigger} (or none),
     * its deadline counted from {@code anchorDate}; what that is, in words, is the anchor's lead (naming the trigger
     * after it, in parentheses with the day, or not).
     */
    private Inst create(
            Obl o,
            Instant inForce,
            LocalDate anchorDate,
            int trigger,
            String lead,
            boolean namesTrigger,
            boolean parenthesized,
            LocalDate periodStart,
            LocalDate periodEnd) {
        if (ledger.all.size() >= instanceLimit) {
            limitReached(o, trigger);
            return null;
        }
        int number = o.instances.size() + 1;
        Money due = o.def.category() == Category.PAYMENT ? Payments.dueOf(o, number) : null;
        Deadline deadline = deadlines.resolve(o, number, anchorDate, inForce, trigger);
        Inst i = new Inst(
                o,
                number,
                instSeq++,
                inForce,
                anchorDate,
                trigger,
                lead,
                namesTrigger,
                parenthesized,
                periodStart,
                periodEnd,
                Facts.initial(deadline, due));
        ledger.created(i);
        Ledger.Hold hold = sim.controls.heldOver(i);
        if (hold != null) {
            // Work its obligor suspended under a right comes into force suspended.
            ledger.suspend(i, inForce, hold.by(), hold.event(), hold.grant());
        }
        sim.rescheduled(i);
        if (i.isPayment()) {
            sim.payments.applyCredit(i, inForce);
        }
        return i;
    }

    /**
     * The evaluation would materialise more instances than its limit: says so once, as an error, and creates no more
     * (the report is then incomplete, and says it). Bounds the evaluation's memory and time whatever the agreement,
     * timeline and as-of: a daily duty without end evaluated as of 9999-12-31 would otherwise make millions.
     */
    private void limitReached(Obl o, int trigger) {
        if (ledger.limitReached) {
            return;
        }
        ledger.limitReached = true;
        ledger.finding(
                FindingCodes.INSTANCE_LIMIT_EXCEEDED,
                Severity.ERROR,
                null,
                null,
                trigger == EventNames.NONE ? List.of() : List.of(ledger.names.id(trigger)),
                "the evaluation stopped materialising instances at the engine's limit of " + instanceLimit
                        + " (reached creating instance " + (o.instances.size() + 1) + " of '" + o.def.id()
                        + "'): the report is incomplete; evaluate as of an earlier date, give the agreement or the"
                        + " schedule an end, or raise the engine's instance limit");
    }

    /**
     * Creates the instances of {@code ON_EVENT} obligations; the instance the same event fulfilled, if any, is their
     * cause (a release delivered late starts the client's acceptance: its delay is the developer's).
     */
    void onEvent(Event e, int n, Instant t, Inst fulfilled) {
        for (Obl o : Ledger.of(ledger.onEvent, e.kind())) {
            if (mayCreate(o, t)) {
                LocalDate date = days.localDate(t);
                Inst i = create(o, t, date, n, e.kind(), true, true, null, null);
                if (i != null) {
                    i.cause = fulfilled;
                }
            }
        }
    }

    /**
     * Creates the instances of obligations triggered by the fulfilment or breach of {@code cause} (by the event
     * numbered {@code event}, or none); their anchor reads {@code what} and the cause's id.
     */
    void fireOn(Trigger.Kind kind, Inst cause, Instant t, int event, String what) {
        ObligationId causeId = cause.obl.def.id();
        for (Obl o : Ledger.of(kind == Trigger.Kind.ON_BREACH ? ledger.onBreach : ledger.onFulfilment, causeId)) {
            // Consequences of a breach arise even after the agreement ended: breaches before the end stay.
            boolean allowed =
                    kind == Trigger.Kind.ON_BREACH ? o.removedAt == null && !t.isBefore(o.addedAt) : mayCreate(o, t);
            if (allowed) {
                LocalDate date = days.localDate(t);
                Inst i = create(o, t, date, event, what + cause.id(), event != EventNames.NONE, true, null, null);
                if (i != null) {
                    i.cause = cause;
                }
            }
        }
    }

    /**
     * Records the milestones reached at {@code t} and creates what they trigger, until no more are reached. Nothing is
     * reached before the agreement takes effect; a milestone with nothing left to wait for is reached at the first
     * instant checked from the effective date on.
     */
    void checkMilestones(Instant t, int event) {
        if (!ledger.milestonesDirty || t.isBefore(ledger.effective)) {
            return;
        }
        ledger.milestonesDirty = false;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Ledger.Ms ms : ledger.milestones.values()) {
                if (milestones.reachedNow(ms)) {
                    ledger.reach(ms, t, ledger.names.idOrNull(event));
                    changed = true;
                    for (Obl o : Ledger.of(ledger.onMilestone, ms.def.id())) {
                        if (mayCreate(o, t)) {
                            LocalDate date = days.localDate(t);
                            String lead = "milestone " + ms.def.id() + " reached";
                            create(o, t, date, event, lead, false, true, null, null);
                        }
                    }
                }
            }
        }
    }
}
