package dev.pacta.core.engine;

import dev.pacta.core.model.EventId;
import dev.pacta.core.model.Modality;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.money.Money;
import dev.pacta.core.report.InstanceId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The mutable evaluation state of one obligation instance; owned by one {@link Simulation}. */
final class Inst {
    final Obl obl;
    final int number;
    final int seq;
    final Instant inForce;
    final LocalDate anchorDate;
    final EventId trigger;
    /** What the deadline counts from, put into words only when an explanation is read. */
    final Anchor anchor;
    /** For recurring instances: the period [periodStart, periodEnd) of local dates; periodEnd may be null. */
    final LocalDate periodStart;

    LocalDate periodEnd;
    /** For instances created by another instance's fulfilment or breach: that instance (for attribution). */
    Inst cause;

    Deadline deadline;
    Deadline original;
    int version;

    Instant fulfilledAt;
    EventId fulfilledBy;
    String fulfilledKind;
    Instant waivedAt;
    EventId waivedBy;
    Instant cancelledAt;
    String cancelReason;
    Instant breachedAt;
    EventId breachEvent;
    Instant suspendedAt;
    PartyId suspendedBy;
    EventId suspendedEvent;
    /** For payments: the amount due, what was applied, the excess carried forward, and each application. */
    Money due;

    Money paid;
    Money carried;
    List<Paid> payments = List.of();

    /** For the scorecards: the response and window, kept while the fulfilment and deadline they came from hold. */
    Response response;

    /**
     * Business days from the anchor to the fulfilment ({@code days}) and to the due date ({@code window}), worked
     * out for a fulfilment instant and a deadline.
     */
    record Response(Instant fulfilledAt, Deadline deadline, long days, long window) {}

    /** The last report a live evaluation rendered of this instance, reused while it still holds. */
    Rendered rendered;

    /** Whether it is on the simulation's list of instances changed since changes were last looked at. */
    boolean touched;

    /** The next instant its standing may change by time passing alone, as watched by a {@link ChangeTracker}. */
    Instant watchAt;

    /**
     * A report rendered as of an instant, when the instance's facts had been changed {@code mods} times. While they
     * have not changed since, it holds again: for any instant if it is closed (fulfilled, waived, cancelled), else for
     * the same instant.
     */
    record Rendered(
            Instant asOf,
            int mods,
            dev.pacta.core.report.InstanceReport report,
            dev.pacta.core.report.Finding finding,
            boolean closed) {}

    /**
     * How many times its facts have changed: every change goes through {@link Simulation#touch}, which counts it.
     * A counter, rather than a copy of the facts to compare with, keeps a rendered report small.
     */
    int mods;

    /** When each notice was given, and by whom, for the scorecards. */
    List<Notice> noticeDetails = List.of();

    List<String> adjustments = List.of();
    /** Excused delay: how many units the deadline moved for prerequisites of other parties, and who caused them. */
    long excused;

    List<Seg> inherited = List.of();

    Inst(
            Obl obl,
            int number,
            int seq,
            Instant inForce,
            LocalDate anchorDate,
            EventId trigger,
            Anchor anchor,
            LocalDate periodStart) {
        this.obl = obl;
        this.number = number;
        this.seq = seq;
        this.inForce = inForce;
        this.anchorDate = anchorDate;
        this.trigger = trigger;
        this.anchor = anchor;
        this.periodStart = periodStart;
    }

    /** A copy with the same facts (and no rendered report), for an independent copy of the simulation. */
    Inst copy(Obl owner) {
        Inst c = new Inst(owner, number, seq, inForce, anchorDate, trigger, anchor, periodStart);
        c.periodEnd = periodEnd;
        c.cause = cause; // Simulation.copy points it at the copy of the cause afterwards
        c.deadline = deadline;
        c.original = original;
        c.version = version;
        c.fulfilledAt = fulfilledAt;
        c.fulfilledBy = fulfilledBy;
        c.fulfilledKind = fulfilledKind;
        c.waivedAt = waivedAt;
        c.waivedBy = waivedBy;
        c.cancelledAt = cancelledAt;
        c.cancelReason = cancelReason;
        c.breachedAt = breachedAt;
        c.breachEvent = breachEvent;
        c.suspendedAt = suspendedAt;
        c.suspendedBy = suspendedBy;
        c.suspendedEvent = suspendedEvent;
        c.due = due;
        c.paid = paid;
        c.carried = carried;
        c.payments = payments;
        c.noticeDetails = noticeDetails;
        c.adjustments = adjustments;
        c.excused = excused;
        c.inherited = inherited;
        return c;
    }

    private InstanceId id;

    InstanceId id() {
        if (id == null) {
            id = InstanceId.of(obl.def.id(), number);
        }
        return id;
    }

    boolean mustNot() {
        return obl.def.modality() == Modality.MUST_NOT;
    }

    /** Not fulfilled, waived, cancelled or breached: its outcome is still open. */
    boolean isOpen() {
        return fulfilledAt == null && waivedAt == null && cancelledAt == null && breachedAt == null;
    }

    /** Open or breached-but-still-owed (a late fulfilment is possible). */
    boolean isOwed() {
        return fulfilledAt == null && waivedAt == null && cancelledAt == null;
    }

    /**
     * A stretch of delay caused by a party, from a due date to the date the duty was done (or the evaluation date).
     * Stretches are measured in the unit of whoever looks at them; measures of stretches add up.
     */
    record Seg(PartyId party, LocalDate from, LocalDate to, Instant fromInstant, Instant toInstant) {}

    /** One amount applied to a payment instance by an event (or by credit that event created). */
    record Paid(EventId event, Instant at, Money amount) {}

    boolean isPayment() {
        return due != null;
    }

    Money outstanding() {
        return due.minus(paid);
    }

    void addPayment(Paid payment) {
        List<Paid> p = new ArrayList<>(payments);
        p.add(payment);
        payments = List.copyOf(p);
        paid = paid.plus(payment.amount());
    }

    /**
     * The events whose money was applied to it, each once, in order: two applications from one event (a payment,
     * then its credit) are one. What its {@link dev.pacta.core.report.PaymentReport#payments()} lists.
     */
    List<EventId> paymentEvents() {
        if (payments.isEmpty()) {
            return List.of();
        }
        List<EventId> events = new ArrayList<>(payments.size());
        for (Paid p : payments) {
            if (p.event() != null && !events.contains(p.event())) {
                events.add(p.event());
            }
        }
        return events;
    }

    /** A notice on the instance. */
    record Notice(EventId event, Instant at, PartyId by) {}

    void addNotice(EventId notice, Instant at, PartyId by) {
        List<Notice> d = new ArrayList<>(noticeDetails);
        d.add(new Notice(notice, at, by));
        noticeDetails = List.copyOf(d);
    }

    void addAdjustment(String text) {
        List<String> a = new ArrayList<>(adjustments);
        a.add(text);
        adjustments = List.copyOf(a);
    }
}
