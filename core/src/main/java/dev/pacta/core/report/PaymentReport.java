package dev.pacta.core.report;

import dev.pacta.core.model.EventId;
import dev.pacta.core.money.Money;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The money side of a payment instance as of the evaluation instant: what is due, paid and outstanding, the credit
 * carried forward, and the consequences of lateness (late fee, interest, penalty) with how each was computed.
 *
 * <p>Invariants: {@code due = paid + outstanding + cancelled}, none negative (a waived or cancelled instance has
 * nothing outstanding: what was not paid is cancelled); fees, interest and penalty are present only once the instance
 * is breached (after grace), and each is also a {@link Charge} of {@link #charges()}, an amount owed with what was paid
 * of it. For an obligation that is not a payment but has a late fee or penalty, {@code due} is zero and the report
 * carries only those charges. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PaymentReport {
    PaymentReport() {}

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The amount due.
     *
     * @return the amount
     */
    public abstract Money due();

    /**
     * What has been applied to this instance (payments and credit), never more than {@link #due()}.
     *
     * @return the amount paid
     */
    public abstract Money paid();

    /**
     * What is still owed: {@code due - paid}.
     *
     * @return the outstanding amount
     */
    public abstract Money outstanding();

    /**
     * What a waiver or cancellation released unpaid: {@code due - paid} for a waived or cancelled instance, else zero.
     *
     * @return the amount cancelled
     */
    @Value.Default
    public Money cancelled() {
        return Money.zero(due().currency());
    }

    /**
     * Overpayment of this instance carried forward as credit to the payer's next instances.
     *
     * @return the credit carried forward
     */
    public abstract Money credit();

    /**
     * The payment events (and credit) applied, in order.
     *
     * @return the events
     */
    public abstract List<EventId> payments();

    /**
     * The late fee, once breached.
     *
     * @return the fee
     */
    public abstract Optional<Money> lateFee();

    /**
     * Simple interest accrued on the outstanding amount from the day after the due date to the payment date (or the
     * evaluation date), once breached.
     *
     * @return the interest
     */
    public abstract Optional<Money> interest();

    /**
     * The penalty for the periods of lateness, capped, once breached.
     *
     * @return the penalty
     */
    public abstract Optional<Money> penalty();

    /**
     * The charges of the breach as amounts owed, in the order of the obligation's remedies: one per late fee,
     * interest or penalty, with what was paid of it and what is outstanding. Empty until the breach.
     *
     * @return the charges
     */
    public abstract List<Charge> charges();

    /**
     * How each figure was computed, e.g. {@code "interest: 5,000.00 × 12.25 % × 101/365 = 169.49"}.
     *
     * @return one line per figure
     */
    public abstract List<String> computations();

    /**
     * Everything owed for this instance in the currency of its amount due: what is outstanding of it and of each charge
     * in that currency (a charge in another currency is counted in the party's {@link Scorecard#owed()}).
     *
     * @return the total owed
     */
    public Money totalOwed() {
        Money total = outstanding();
        for (Charge c : charges()) {
            if (c.outstanding().currency().equals(total.currency())) {
                total = total.plus(c.outstanding());
            }
        }
        return total;
    }

    /** Checks that the figures add up. */
    @Value.Check
    void check() {
        if (paid().isNegative() || outstanding().isNegative() || cancelled().isNegative()) {
            throw new IllegalStateException("a payment's figures are not negative: " + this);
        }
        if (!due().equals(paid().plus(outstanding()).plus(cancelled()))) {
            throw new IllegalStateException("a payment's due is paid + outstanding + cancelled: " + this);
        }
    }

    /** Builds {@link PaymentReport} values. */
    public static final class Builder extends ImmutablePaymentReport.Builder {}
}
