package dev.pacta.core.report;

import dev.pacta.core.model.PartyId;
import dev.pacta.core.money.Money;
import org.immutables.value.Value;

/**
 * The payments between one payer and one payee in one currency: conservation holds,
 * {@code received = applied + credit} and {@code due - applied = outstanding}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PaymentBalance {
    PaymentBalance() {}

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The payer.
     *
     * @return the party
     */
    public abstract PartyId payer();

    /**
     * The payee.
     *
     * @return the party
     */
    public abstract PartyId payee();

    /**
     * Every payment from the payer to the payee in this currency, whether it matched anything or not (one that
     * matched nothing is held as credit): no payment is lost.
     *
     * @return the amount received
     */
    public abstract Money received();

    /**
     * What was applied to instances: to their amounts due and to their charges.
     *
     * @return the amount applied
     */
    public abstract Money applied();

    /**
     * What is held as credit for future instances and charges.
     *
     * @return the credit
     */
    public abstract Money credit();

    /**
     * The total due of the instances in force (not waived or cancelled before being paid), their charges included.
     *
     * @return the amount due
     */
    public abstract Money due();

    /**
     * The total outstanding of the instances in force, their charges included.
     *
     * @return the outstanding amount
     */
    public abstract Money outstanding();

    /** Builds {@link PaymentBalance} values. */
    public static final class Builder extends ImmutablePaymentBalance.Builder {}
}
