package dev.pacta.core.model;

import dev.pacta.core.money.Money;
import dev.pacta.core.time.Span;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A party's responsibility under an agreement: who must do (or not do) what, for whom, by when.
 *
 * <p>The engine creates <em>instances</em> of an obligation from its {@link #trigger()}; each instance has a
 * deadline from {@link #deadline()} and is fulfilled by an event of one of {@link #fulfilledBy()} performed
 * by the {@link #obligor()}. Payment obligations ({@link Category#PAYMENT}) are fulfilled by {@code payment}
 * events that together pay the instance's amount.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Obligation {
    Obligation() {}

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The obligation's id, unique within the agreement.
     *
     * @return the id
     */
    public abstract ObligationId id();

    /**
     * A short title, e.g. {@code "Approve mock-up"}.
     *
     * @return the title
     */
    public abstract String title();

    /**
     * What kind of responsibility this is.
     *
     * @return the category
     */
    public abstract Category category();

    /**
     * The party that must act (or refrain).
     *
     * @return the obligor
     */
    public abstract PartyId obligor();

    /**
     * The party the obligation is owed to: the only party that may waive it or grant an extension.
     *
     * @return the beneficiary
     */
    public abstract PartyId beneficiary();

    /**
     * Whether the obligor must act or must not; {@code MUST} by default.
     *
     * @return the modality
     */
    @Value.Default
    public Modality modality() {
        return Modality.MUST;
    }

    /**
     * When instances come into force.
     *
     * @return the trigger
     */
    public abstract Trigger trigger();

    /**
     * When each instance is due.
     *
     * @return the deadline rule
     */
    public abstract DeadlineRule deadline();

    /**
     * The event kinds that fulfil an instance (for {@code MUST_NOT}: the kinds of the forbidden act). For payment
     * obligations this may be empty: {@code payment} is implied.
     *
     * @return the kinds, e.g. {@code ["mockup.approved"]}
     */
    public abstract List<String> fulfilledBy();

    /**
     * A period after the deadline during which an unfulfilled instance is {@code OVERDUE} rather than breached.
     *
     * @return the grace period
     */
    public abstract Optional<Span> grace();

    /**
     * Obligations whose instances this one's instances wait on (e.g. "build pages" waits on "provide content").
     *
     * @return the prerequisites
     */
    public abstract List<ObligationId> prerequisites();

    /**
     * For payments: a fixed amount per instance.
     *
     * @return the amount
     */
    public abstract Optional<Money> amount();

    /**
     * For payments: a share of the agreement's value, in percent (e.g. {@code 50}); the shares of an agreement's
     * percentage payments form its payment schedule and sum to exactly 100 %.
     *
     * @return the percentage
     */
    public abstract Optional<BigDecimal> percentOfValue();

    /**
     * Consequences of a breach.
     *
     * @return the remedies
     */
    public abstract List<Remedy> remedies();

    /**
     * Whether instances stay in force after termination (e.g. confidentiality); false by default.
     *
     * @return true if the obligation survives termination
     */
    @Value.Default
    public boolean survivesTermination() {
        return false;
    }

    /**
     * Whether late performance is impossible: after deadline + grace an instance stays {@code BREACHED} and accepts
     * no event (a weekly check-in, an approval that is moot once its window closed); false by default.
     *
     * @return true if the obligation is time-bound
     */
    @Value.Default
    public boolean timeBound() {
        return false;
    }

    /**
     * The event kinds that fulfil an instance, with {@code payment} implied for payment obligations.
     *
     * @return the effective fulfilling kinds
     */
    public List<String> fulfillingKinds() {
        if (category() == Category.PAYMENT && fulfilledBy().isEmpty()) {
            return List.of(ControlKind.PAYMENT.kind());
        }
        return fulfilledBy();
    }

    /** Builds {@link Obligation} values. */
    public static final class Builder extends ImmutableObligation.Builder {}
}
