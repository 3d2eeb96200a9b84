package dev.pacta.core.engine;

import dev.pacta.core.model.EventId;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.money.Money;
import dev.pacta.core.report.InstanceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the evaluation knows about one obligation instance (the ledger's entry): its deadline, what closed it, its
 * suspension, its money, notices and adjustments. Immutable: a transition of the {@link Ledger} replaces an instance's
 * facts with a new record, so a report or an explanation may keep the record it was made from, and a changed record is
 * a changed instance.
 *
 * <p>What most instances never have (a waiver, a cancellation, a suspension, money, notices, adjustments, excused
 * delay) is in one {@link More} record, shared by every instance that has none of it ({@link More#NONE}), so that the
 * ledger's entry of a typical instance is 8 references, not 24; the accessors below read it as if it were here.
 *
 * @param deadline the effective deadline, or null (open-ended, or not computable)
 * @param original the deadline before any extension, suspension or excused delay
 * @param fulfilledAt when it was fulfilled, or null
 * @param fulfilledBy the number of the fulfilling event (or of the event whose credit paid it) in its evaluation
 *     ({@link EventNames}), or {@link EventNames#NONE}
 * @param fulfilledKind the fulfilling event's kind, or null
 * @param breachedAt when it was breached, or null
 * @param breachEvent the number of the act that breached a prohibition, or {@link EventNames#NONE}
 * @param more the rest: what most instances never have
 */
record Facts(
        Deadline deadline,
        Deadline original,
        Instant fulfilledAt,
        int fulfilledBy,
        String fulfilledKind,
        Instant breachedAt,
        int breachEvent,
        More more) {

    /**
     * The facts most instances never have; see the parameters of {@link Facts} of the same names.
     *
     * @param waivedAt when it was waived, or null
     * @param waivedBy the waiver, or null
     * @param cancelledAt when it was cancelled, or null
     * @param cancelReason why, in words, or null
     * @param suspendedAt when it was suspended, while it is, or null
     * @param suspendedBy who suspended it, or null
     * @param suspendedEvent the suspension, or null
     * @param suspendedUnder the breached instance whose right the suspension used, or null
     * @param due for payments: the amount due, else null
     * @param paid for payments: what was applied
     * @param carried for payments: the excess carried forward
     * @param payments for payments: each application
     * @param chargePayments what was applied to its charges, each application
     * @param notices the notices given on it
     * @param adjustments its deadline's moves, in words
     * @param excused how many units its deadline moved for other parties' late prerequisites
     * @param inherited the stretches of delay those parties caused
     */
    record More(
            Instant waivedAt,
            EventId waivedBy,
            Instant cancelledAt,
            String cancelReason,
            Instant suspendedAt,
            PartyId suspendedBy,
            EventId suspendedEvent,
            InstanceId suspendedUnder,
            Money due,
            Money paid,
            Money carried,
            List<Inst.Paid> payments,
            List<Inst.ChargePaid> chargePayments,
            List<Inst.Notice> notices,
            List<String> adjustments,
            long excused,
            List<Inst.Seg> inherited) {
        /** None of it: the facts of most instances. */
        static final More NONE = new More(
                null, null, null, null, null, null, null, null, null, null, null, List.of(), List.of(), List.of(),
                List.of(), 0, List.of());
    }

    Instant waivedAt() {
        return more.waivedAt;
    }

    EventId waivedBy() {
        return more.waivedBy;
    }

    Instant cancelledAt() {
        return more.cancelledAt;
    }

    String cancelReason() {
        return more.cancelReason;
    }

    Instant suspendedAt() {
        return more.suspendedAt;
    }

    PartyId suspendedBy() {
        return more.suspendedBy;
    }

    EventId suspendedEvent() {
        return more.suspendedEvent;
    }

    InstanceId suspendedUnder() {
        return more.suspendedUnder;
    }

    Money due() {
        return more.due;
    }

    Money paid() {
        return more.paid;
    }

    Money carried() {
        return more.carried;
    }

    List<Inst.Paid> payments() {
        return more.payments;
    }

    List<Inst.ChargePaid> chargePayments() {
        return more.chargePayments;
    }

    List<Inst.Notice> notices() {
        return more.notices;
    }

    List<String> adjustments() {
        return more.adjustments;
    }

    long excused() {
        return more.excused;
    }

    List<Inst.Seg> inherited() {
        return more.inherited;
    }

    /** The facts of a new instance: its deadline, and for a payment the amount due. */
    static Facts initial(Deadline deadline, Money due) {
        if (due == null) {
            return new Facts(deadline, deadline, null, EventNames.NONE, null, null, EventNames.NONE, More.NONE);
        }
        Money zero = due == null ? null : Money.zero(due.currency());
        Draft d = new Draft();
        d.deadline = deadline;
        d.original = deadline;
        d.due = due;
        d.paid = zero;
        d.carried = zero;
        return d.facts();
    }

    /** Not fulfilled, waived, cancelled or breached: its outcome is still open. */
    boolean isOpen() {
        return fulfilledAt == null && more.waivedAt == null && more.cancelledAt == null && breachedAt == null;
    }

    /** Open or breached-but-still-owed (a late fulfilment is possible). */
    boolean isOwed() {
        return fulfilledAt == null && more.waivedAt == null && more.cancelledAt == null;
    }

    // The transitions of the first seven facts make the record at once (the most frequent writes); the others
    // go through a Draft, which also makes the More.

    Facts fulfilled(Instant at, int by, String kind) {
        return new Facts(deadline, original, at, by, kind, breachedAt, breachEvent, more);
    }

    Facts waived(Instant at, EventId by) {
        Draft d = new Draft(this);
        d.waivedAt = at;
        d.waivedBy = by;
        return d.facts();
    }

    Facts cancelled(Instant at, String reason) {
        Draft d = new Draft(this);
        d.cancelledAt = at;
        d.cancelReason = reason;
        return d.facts();
    }

    Facts breached(Instant at, int act) {
        return new Facts(deadline, original, fulfilledAt, fulfilledBy, fulfilledKind, at, act, more);
    }

    /**
     * Suspended at {@code at} by a party's event, under the right a breach of {@code under} granted (null: as its
     * beneficiary); {@code at} null for resumed.
     */
    Facts suspended(Instant at, PartyId by, EventId event, InstanceId under) {
        Draft d = new Draft(this);
        d.suspendedAt = at;
        d.suspendedBy = by;
        d.suspendedEvent = event;
        d.suspendedUnder = under;
        return d.facts();
    }

    /** With a new deadline, and the adjustment that moved it in words (null for none). */
    Facts moved(Deadline to, String adjustment) {
        Draft d = new Draft(this);
        d.deadline = to;
        d.adjustments = adjustment == null ? more.adjustments : plus(more.adjustments, adjustment);
        return d.facts();
    }

    /** With excused delay: the units excused so far and the stretches that caused them. */
    Facts excusing(long units, List<Inst.Seg> causes) {
        Draft d = new Draft(this);
        d.excused = units;
        d.inherited = List.copyOf(causes);
        return d.facts();
    }

    /** With an amount applied (null for none) and an amount added to what it carries forward (null for none). */
    Facts paying(Inst.Paid payment, Money carry) {
        Draft d = new Draft(this);
        if (payment != null) {
            d.paid = more.paid.plus(payment.amount());
            d.payments = plus(more.payments, payment);
        }
        if (carry != null) {
            d.carried = more.carried.plus(carry);
        }
        return d.facts();
    }

    /** With an amount applied to one of its charges. */
    Facts payingCharge(Inst.ChargePaid payment) {
        Draft d = new Draft(this);
        d.chargePayments = plus(more.chargePayments, payment);
        return d.facts();
    }

    Facts noticed(Inst.Notice notice) {
        Draft d = new Draft(this);
        d.notices = plus(more.notices, notice);
        return d.facts();
    }

    private static <T> List<T> plus(List<T> list, T element) {
        List<T> l = new ArrayList<>(list.size() + 1);
        l.addAll(list);
        l.add(element);
        return List.copyOf(l);
    }

    /**
     * The facts being written by a transition: a copy of the record to change, then the new record. The one place
     * that copies facts, so that each transition names only what it changes.
     */
    private static final class Draft {
        Deadline deadline;
        Deadline original;
        Instant fulfilledAt;
        int fulfilledBy = EventNames.NONE;
        String fulfilledKind;
        Instant waivedAt;
        EventId waivedBy;
        Instant cancelledAt;
        String cancelReason;
        Instant breachedAt;
        int breachEvent = EventNames.NONE;
        Instant suspendedAt;
        PartyId suspendedBy;
        EventId suspendedEvent;
        InstanceId suspendedUnder;
        Money due;
        Money paid;
        Money carried;
        List<Inst.Paid> payments = List.of();
        List<Inst.ChargePaid> chargePayments = List.of();
        List<Inst.Notice> notices = List.of();
        List<String> adjustments = List.of();
        long excused;
        List<Inst.Seg> inherited = List.of();

        /** The {@link More} of the record being changed: kept when none of its fields changed. */
        More from = More.NONE;

        Draft() {}

        Draft(Facts f) {
            deadline = f.deadline;
            original = f.original;
            fulfilledAt = f.fulfilledAt;
            fulfilledBy = f.fulfilledBy;
            fulfilledKind = f.fulfilledKind;
            breachedAt = f.breachedAt;
            breachEvent = f.breachEvent;
            More m = f.more;
            from = m;
            waivedAt = m.waivedAt;
            waivedBy = m.waivedBy;
            cancelledAt = m.cancelledAt;
            cancelReason = m.cancelReason;
            suspendedAt = m.suspendedAt;
            suspendedBy = m.suspendedBy;
            suspendedEvent = m.suspendedEvent;
            suspendedUnder = m.suspendedUnder;
            due = m.due;
            paid = m.paid;
            carried = m.carried;
            payments = m.payments;
            chargePayments = m.chargePayments;
            notices = m.notices;
            adjustments = m.adjustments;
            excused = m.excused;
            inherited = m.inherited;
        }

        Facts facts() {
            return new Facts(
                    deadline, original, fulfilledAt, fulfilledBy, fulfilledKind, breachedAt, breachEvent, more());
        }

        /** The {@link More} of the new record: the old one if unchanged (by identity), else a new one. */
        private More more() {
            More m = from;
            if (waivedAt == m.waivedAt
                    && waivedBy == m.waivedBy
                    && cancelledAt == m.cancelledAt
                    && cancelReason == m.cancelReason
                    && suspendedAt == m.suspendedAt
                    && suspendedBy == m.suspendedBy
                    && suspendedEvent == m.suspendedEvent
                    && suspendedUnder == m.suspendedUnder
                    && due == m.due
                    && paid == m.paid
                    && carried == m.carried
                    && payments == m.payments
                    && chargePayments == m.chargePayments
                    && notices == m.notices
                    && adjustments == m.adjustments
                    && excused == m.excused
                    && inherited == m.inherited) {
                return m;
            }
            return new More(
                    waivedAt,
                    waivedBy,
                    cancelledAt,
                    cancelReason,
                    suspendedAt,
                    suspendedBy,
                    suspendedEvent,
                    suspendedUnder,
                    due,
                    paid,
                    carried,
                    payments,
                    chargePayments,
                    notices,
                    adjustments,
                    excused,
                    inherited);
        }
    }
}
