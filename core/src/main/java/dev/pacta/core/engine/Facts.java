package dev.pacta.core.engine;

import dev.pacta.core.model.EventId;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.money.Money;
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
 * @param due for payments: the amount due, else null
 * @param paid for payments: what was applied
 * @param carried for payments: the excess carried forward
 * @param payments for payments: each application
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
        Money due,
        Money paid,
        Money carried,
        List<Inst.Paid> payments,
        List<Inst.Notice> notices,
        List<String> adjustments,
        long excused,
        List<Inst.Seg> inherited) {

    /** The facts of a new instance: its deadline, and for a payment the amount due. */
    static Facts initial(Deadline deadline, Money due) {
        Money zero = due == null ? null : Money.zero(due.currency());
        return new Facts(
                deadline, deadline, null, null, null, null, null, null, null, null, null, null, null, null, due, zero,
                zero, List.of(), List.of(), List.of(), 0, List.of());
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
        return new Facts(
                deadline,
                original,
                at,
                by,
                kind,
                waivedAt,
                waivedBy,
                cancelledAt,
                cancelReason,
                breachedAt,
                breachEvent,
                suspendedAt,
                suspendedBy,
                suspendedEvent,
                due,
                paid,
                carried,
                payments,
                notices,
                adjustments,
                excused,
                inherited);
    }

    Facts waived(Instant at, EventId by) {
        return new Facts(
                deadline,
                original,
                fulfilledAt,
                fulfilledBy,
                fulfilledKind,
                at,
                by,
                cancelledAt,
                cancelReason,
                breachedAt,
                breachEvent,
                suspendedAt,
                suspendedBy,
                suspendedEvent,
                due,
                paid,
                carried,
                payments,
                notices,
                adjustments,
                excused,
                inherited);
    }

    Facts cancelled(Instant at, String reason) {
        return new Facts(
                deadline,
                original,
                fulfilledAt,
                fulfilledBy,
                fulfilledKind,
                waivedAt,
                waivedBy,
                at,
                reason,
                breachedAt,
                breachEvent,
                suspendedAt,
                suspendedBy,
                suspendedEvent,
                due,
                paid,
                carried,
                payments,
                notices,
                adjustments,
                excused,
                inherited);
    }

    Facts breached(Instant at, EventId act) {
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
                at,
                act,
                suspendedAt,
                suspendedBy,
                suspendedEvent,
                due,
                paid,
                carried,
                payments,
                notices,
                adjustments,
                excused,
                inherited);
    }

    /** Suspended at {@code at} by a party's event; {@code at} null for resumed. */
    Facts suspended(Instant at, PartyId by, EventId event) {
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
                at,
                by,
                event,
                due,
                paid,
                carried,
                payments,
                notices,
                adjustments,
                excused,
                inherited);
    }

    /** With a new deadline, and the adjustment that moved it in words (null for none). */
    Facts moved(Deadline to, String adjustment) {
        return new Facts(
                to,
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
                due,
                paid,
                carried,
                payments,
                notices,
                adjustment == null ? adjustments : plus(adjustments, adjustment),
                excused,
                inherited);
    }

    /** With excused delay: the units excused so far and the stretches that caused them. */
    Facts excusing(long units, List<Inst.Seg> causes) {
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
                due,
                paid,
                carried,
                payments,
                notices,
                adjustments,
                units,
                List.copyOf(causes));
    }

    /** With an amount applied (null for none) and an amount added to what it carries forward. */
    Facts paying(Inst.Paid payment, Money carry) {
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
                due,
                payment == null ? paid : paid.plus(payment.amount()),
                carry == null ? carried : carried.plus(carry),
                payment == null ? payments : plus(payments, payment),
                notices,
                adjustments,
                excused,
                inherited);
    }

    Facts noticed(Inst.Notice notice) {
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
                due,
                paid,
                carried,
                payments,
                plus(notices, notice),
                adjustments,
                excused,
                inherited);
    }

    private static <T> List<T> plus(List<T> list, T element) {
        List<T> l = new ArrayList<>(list.size() + 1);
        l.addAll(list);
        l.add(element);
        return List.copyOf(l);
    }
}
