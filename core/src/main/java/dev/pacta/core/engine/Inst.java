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

/**
 * One obligation instance in the ledger: what never changes about it (its obligation, number, when it came into force
 * and what its deadline counts from) and its {@link Facts}, which only the ledger's transitions replace. Owned by one
 * simulation.
 */
final class Inst {
    final Obl obl;
    final int number;
    final int seq;
    final Instant inForce;
    final LocalDate anchorDate;
    /** The number of the event that triggered it ({@link EventNames}), or {@link EventNames#NONE}. */
    final int trigger;
    /**
     * What the deadline counts from, put into words only when an explanation is read: kept as its lead and two flags
     * rather than an {@link Anchor}, whose event is the trigger (or none) and whose day is {@link #anchorDate} (an
     * object less per instance); {@link #anchor} makes the {@code Anchor}.
     */
    private final String anchorLead;

    private final boolean anchorParenthesized;
    private final boolean anchorNamesTrigger;
    /** For recurring instances: the period [periodStart, periodEnd) of local dates; periodEnd may be null. */
    final LocalDate periodStart;

    final LocalDate periodEnd;
    /** For instances created by another instance's fulfilment or breach: that instance (for attribution). */
    Inst cause;

    /** What is known about it; replaced, never changed, by the {@link Ledger}'s transitions. */
    private Facts facts;

    /** Bumped whenever its breach must be scheduled again (a new deadline, or due again after a release). */
    int version;

    /** For the scorecards: the response and window, kept while the fulfilment and deadline they came from hold. */
    Response response;

    /**
     * Business days from the anchor to the fulfilment ({@code days}) and to the due date ({@code window}), worked
     * out for a fulfilment instant and a deadline; {@code calendarDays} if the calendar did not cover them.
     */
    record Response(Instant fulfilledAt, Deadline deadline, long days, long window, boolean calendarDays) {}

    /** The last report a live evaluation rendered of this instance, reused while it still holds. */
    Rendered rendered;

    /** Whether it is on the ledger's list of instances changed since changes were last looked at. */
    boolean touched;

    /** The next instant its standing may change by time passing alone, as watched by a {@link ChangeTracker}. */
    Instant watchAt;

    /**
     * A report rendered as of an instant from the facts {@code facts}. While the instance has the same facts, it holds
     * again: for any instant if it is closed (fulfilled, waived, cancelled), else for the same instant. The findings
     * are those of its row (breach or overdue, a count that fell back to calendar days).
     */
    record Rendered(
            Instant asOf,
            Facts facts,
            dev.pacta.core.report.InstanceReport report,
            List<dev.pacta.core.report.Finding> findings,
            boolean closed) {}

    Inst(
            Obl obl,
            int number,
            int seq,
            Instant inForce,
            LocalDate anchorDate,
            int trigger,
            String anchorLead,
            boolean anchorNamesTrigger,
            boolean anchorParenthesized,
            LocalDate periodStart,
            LocalDate periodEnd,
            Facts facts) {
        this.obl = obl;
        this.number = number;
        this.seq = seq;
        this.inForce = inForce;
        this.anchorDate = anchorDate;
        this.trigger = trigger;
        if (anchorNamesTrigger && trigger == EventNames.NONE) {
            throw new IllegalArgumentException("an instance's anchor names its trigger, or no event");
        }
        this.anchorLead = anchorLead;
        this.anchorParenthesized = anchorParenthesized;
        this.anchorNamesTrigger = anchorNamesTrigger;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.facts = facts;
    }

    /** A copy with the same facts (and no rendered report), for an independent copy of the simulation. */
    Inst copy(Obl owner) {
        Inst c = new Inst(
                owner,
                number,
                seq,
                inForce,
                anchorDate,
                trigger,
                anchorLead,
                anchorNamesTrigger,
                anchorParenthesized,
                periodStart,
                periodEnd,
                facts);
        c.cause = cause; // Simulation.copy points it at the copy of the cause afterwards
        c.version = version;
        return c;
    }

    /** What the deadline counts from (see {@link #anchorLead}), its trigger named from the evaluation's events. */
    Anchor anchor(EventNames names) {
        return new Anchor(anchorLead, anchorNamesTrigger ? names.id(trigger) : null, anchorDate, anchorParenthesized);
    }

    /** What is known about it now. */
    Facts facts() {
        return facts;
    }

    /** Replaces its facts: only the {@link Ledger}'s transitions call this, and they record the change. */
    void replace(Facts next) {
        facts = next;
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

    /**
     * When it was fulfilled as its report shows it: a breached prohibition shows its breach as its fulfilment (the
     * act that settled it); else its fulfilment, or null.
     */
    Instant shownFulfilledAt() {
        return mustNot() && facts.breachedAt() != null ? facts.breachedAt() : facts.fulfilledAt();
    }

    /** The number of the event its report shows as its fulfilment (see {@link #shownFulfilledAt()}), or none. */
    int shownFulfilledBy() {
        return mustNot() && facts.breachedAt() != null ? facts.breachEvent() : facts.fulfilledBy();
    }

    /** Not fulfilled, waived, cancelled or breached: its outcome is still open. */
    boolean isOpen() {
        return facts.isOpen();
    }

    /** Open or breached-but-still-owed (a late fulfilment is possible). */
    boolean isOwed() {
        return facts.isOwed();
    }

    /**
     * A stretch of delay caused by a party, from a due date to the date the duty was done (or the evaluation date).
     * Stretches are measured in the unit of whoever looks at them; measures of stretches add up.
     */
    record Seg(PartyId party, LocalDate from, LocalDate to, Instant fromInstant, Instant toInstant) {}

    /** One amount applied to a payment instance by an event (or by credit that event created). */
    record Paid(EventId event, Instant at, Money amount) {}

    /**
     * One amount applied to a charge of the instance: the charge is its obligation's remedy at index {@code remedy}
     * (a late fee, interest or a penalty), paid by an event (or by credit that event created).
     */
    record ChargePaid(int remedy, EventId event, Instant at, Money amount) {}

    /** What was applied to the charge of the remedy at an index so far, or zero in {@code currency}. */
    Money chargePaid(int remedy, java.util.Currency currency) {
        Money paid = Money.zero(currency);
        for (ChargePaid p : facts.chargePayments()) {
            if (p.remedy() == remedy) {
                paid = paid.plus(p.amount());
            }
        }
        return paid;
    }

    boolean isPayment() {
        return facts.due() != null;
    }

    Money outstanding() {
        return facts.due().minus(facts.paid());
    }

    /**
     * The events whose money was applied to it, each once, in order: two applications from one event (a payment,
     * then its credit) are one. What its {@link dev.pacta.core.report.PaymentReport#payments()} lists.
     */
    List<EventId> paymentEvents() {
        List<Paid> payments = facts.payments();
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
}
