package dev.pacta.core.report;

import dev.pacta.core.model.EventId;
import dev.pacta.core.model.Remedy;
import dev.pacta.core.money.Money;
import java.util.List;
import org.immutables.value.Value;

/**
 * A charge a breach put on the party in breach (a late fee, interest or a penalty), as an amount it owes: what is
 * due as of the evaluation instant, what payments and credit paid of it, and what is still outstanding.
 *
 * <p>Invariant: {@code due = paid + outstanding + cancelled}, none negative. Interest and a penalty per period grow
 * with lateness until the duty is done, so {@code due} is as of the report; a waiver of the breached instance
 * releases what was not paid ({@code cancelled}). This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Charge {
    Charge() {}

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * What kind of charge: {@link Remedy.Kind#LATE_FEE}, {@link Remedy.Kind#INTEREST} or {@link Remedy.Kind#PENALTY}.
     *
     * @return the kind
     */
    public abstract Remedy.Kind kind();

    /**
     * The amount charged as of the evaluation instant (as of the waiver for a waived instance).
     *
     * @return the amount due
     */
    public abstract Money due();

    /**
     * What payments (and credit) paid of it.
     *
     * @return the amount paid
     */
    public abstract Money paid();

    /**
     * What is still owed of it.
     *
     * @return the outstanding amount
     */
    public abstract Money outstanding();

    /**
     * What a waiver of the breached instance released unpaid; zero otherwise.
     *
     * @return the amount cancelled
     */
    @Value.Default
    public Money cancelled() {
        return Money.zero(due().currency());
    }

    /**
     * The payment events whose money (or credit) was applied to it, each once, in order. Credit that nets against a
     * charge still growing as of the report is in {@link #paid()}; its event is listed from the next breach, late
     * fulfilment or payment between the two parties.
     *
     * @return the events
     */
    public abstract List<EventId> payments();

    /** Checks that the figures add up. */
    @Value.Check
    void check() {
        if (kind() != Remedy.Kind.LATE_FEE && kind() != Remedy.Kind.INTEREST && kind() != Remedy.Kind.PENALTY) {
            throw new IllegalStateException("a charge is a late fee, interest or a penalty, not " + kind());
        }
        if (paid().isNegative() || outstanding().isNegative() || cancelled().isNegative()) {
            throw new IllegalStateException("a charge's figures are not negative: " + this);
        }
        if (!due().equals(paid().plus(outstanding()).plus(cancelled()))) {
            throw new IllegalStateException("a charge's due is paid + outstanding + cancelled: " + this);
        }
    }

    /** Builds {@link Charge} values. */
    public static final class Builder extends ImmutableCharge.Builder {}
}
