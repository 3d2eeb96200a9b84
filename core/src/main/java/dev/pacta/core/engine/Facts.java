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
 * @param deadline the effective deadline, or null (open-ended, or not computable)
 * @param original the deadline before any extension, suspension or excused delay
 * @param fulfilledAt when it was fulfilled, or null
 * @param fulfilledBy the fulfilling event (or the event whose credit paid it), or null
 * @param fulfilledKind the fulfilling event's kind, or null
 * @param waivedAt when it was waived, or null
 * @param waivedBy the waiver, or null
 * @param cancelledAt when it was cancelled, or null
 * @param cancelReason why, in words, or null
 * @param breachedAt when it was breached, or null
 * @param breachEvent the act that breached a prohibition, or null
 * @param suspendedAt when it was suspended, while it is, or null
 * @param suspendedBy who suspended it, or null
 * @param suspendedEvent the suspension, or null
 * @param suspendedUnder for a suspension by the obligor under a right, the breached instance that granted it, else null
 * @param due for payments: the amount due, else null
 * @param paid for payments: what was applied
 * @param carried for payments: the excess carried forward
 * @param payments for payments: each application
 * @param chargePayments what was applied to its charges (late fee, interest, penalty), each application
 * @param notices the notices given on it
 * @param adjustments its deadline's moves, in words
 * @param excused how many units its deadline moved for other parties' late prerequisites
 * @param inherited the stretches of delay those parties caused
 */
record Facts(
        Deadline deadline,
        Deadline original,
        Instant fulfilledAt,
        EventId fulfilledBy,
        String fulfilledKind,
        Instant waivedAt,
        EventId waivedBy,
        Instant cancelledAt,
        String cancelReason,
        Instant breachedAt,
        EventId breachEvent,
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

    /** The facts of a new instance: its deadline, and for a payment the amount due. */
    static Facts initial(Deadline deadline, Money due) {
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
        return fulfilledAt == null && waivedAt == null && cancelledAt == null && breachedAt == null;
    }

    /** Open or breached-but-still-owed (a late fulfilment is possible). */
    boolean isOwed() {
        return fulfilledAt == null && waivedAt == null && cancelledAt == null;
    }

    Facts fulfilled(Instant at, EventId by, String kind) {
        Draft d = new Draft(this);
        d.fulfilledAt = at;
        d.fulfilledBy = by;
        d.fulfilledKind = kind;
        return d.facts();
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

    Facts breached(Instant at, EventId act) {
        Draft d = new Draft(this);
        d.breachedAt = at;
        d.breachEvent = act;
        return d.facts();
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
        d.adjustments = adjustment == null ? adjustments : plus(adjustments, adjustment);
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
            d.paid = paid.plus(payment.amount());
            d.payments = plus(payments, payment);
        }
        if (carry != null) {
            d.carried = carried.plus(carry);
        }
        return d.facts();
    }

    /** With an amount applied to one of its charges. */
    Facts payingCharge(Inst.ChargePaid payment) {
        Draft d = new Draft(this);
        d.chargePayments = plus(chargePayments, payment);
        return d.facts();
    }

    Facts noticed(Inst.Notice notice) {
        Draft d = new Draft(this);
        d.notices = plus(notices, notice);
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

        Draft() {}

        Draft(Facts f) {
            deadline = f.deadline;
            original = f.original;
            fulfilledAt = f.fulfilledAt;
            fulfilledBy = f.fulfilledBy;
            fulfilledKind = f.fulfilledKind;
            waivedAt = f.waivedAt;
            waivedBy = f.waivedBy;
            cancelledAt = f.cancelledAt;
            cancelReason = f.cancelReason;
            breachedAt = f.breachedAt;
            breachEvent = f.breachEvent;
            suspendedAt = f.suspendedAt;
            suspendedBy = f.suspendedBy;
            suspendedEvent = f.suspendedEvent;
            suspendedUnder = f.suspendedUnder;
            due = f.due;
            paid = f.paid;
            carried = f.carried;
            payments = f.payments;
            chargePayments = f.chargePayments;
            notices = f.notices;
            adjustments = f.adjustments;
            excused = f.excused;
            inherited = f.inherited;
        }

        Facts facts() {
            return new Facts(
                    deadline,
                    original,
                    fulfilledAt,
                    fulfilledBy,
                    fulfilledKind,
                    waivedAt,
                    waivedBy,
                    cancelledAt,
                    cancelReason,
                    breachedAt,
                    breachEvent,
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
