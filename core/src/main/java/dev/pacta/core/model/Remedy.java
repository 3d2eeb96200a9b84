package dev.pacta.core.model;

import dev.pacta.core.money.DayCount;
import dev.pacta.core.money.Money;
import dev.pacta.core.time.Span;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A consequence of breaching an obligation, taking effect when an instance is breached (after grace).
 *
 * <ul>
 *   <li>{@code LATE_FEE}: {@link #flat()} and/or {@link #percent()} of the instance's amount, charged once;
 *   <li>{@code INTEREST}: simple interest at {@link #annualRatePercent()} with {@link #dayCount()}, from the day
 *       after the due date to the payment date, on the outstanding amount;
 *   <li>{@code PENALTY}: {@link #percent()} of {@link #base()} (or of the instance's amount) per {@link #per()} of
 *       lateness, capped at {@link #capPercent()}, counting whole periods or pro rata ({@link #proRata()});
 *   <li>{@code OBLIGATION}: the breach triggers {@link #obligation()} (an obligation whose trigger is
 *       {@code ON_BREACH} of this one);
 *   <li>{@code RIGHT}: the beneficiary gains {@link #right()} (e.g. {@code SUSPEND_WORK}, {@code TERMINATE}) from
 *       the breach onward, and may exercise it while the breach is not cured (the instance is neither fulfilled late
 *       nor waived): {@value #SUSPEND_WORK} lets it suspend its own performance owed to the party in breach (by a
 *       {@code suspension} event), {@value #TERMINATE} lets it terminate the agreement at once (by a
 *       {@code termination} event). Other rights are listed in the report only.
 * </ul>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Remedy {
    /**
     * The right to suspend one's own performance owed to the party in breach, until the holder resumes (or, with
     * {@link #untilCured()}, until the breach is cured).
     */
    public static final String SUSPEND_WORK = "SUSPEND_WORK";

    /** The right to terminate the agreement at once. */
    public static final String TERMINATE = "TERMINATE";

    Remedy() {}

    /** The kinds of remedy. */
    public enum Kind {
        /** A fee charged once. */
        LATE_FEE,
        /** Simple interest on the outstanding amount. */
        INTEREST,
        /** A penalty per period of lateness, capped. */
        PENALTY,
        /** A new obligation created by the breach. */
        OBLIGATION,
        /** A right granted to the beneficiary. */
        RIGHT
    }

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The kind of remedy.
     *
     * @return the kind
     */
    public abstract Kind kind();

    /**
     * For {@code LATE_FEE}: a flat fee.
     *
     * @return the fee
     */
    public abstract Optional<Money> flat();

    /**
     * For {@code LATE_FEE} and {@code PENALTY}: a percentage (e.g. {@code 10.5} for 10.5 %).
     *
     * @return the percentage
     */
    public abstract Optional<BigDecimal> percent();

    /**
     * For {@code INTEREST}: the annual rate in percent (e.g. {@code 12.25}).
     *
     * @return the rate
     */
    public abstract Optional<BigDecimal> annualRatePercent();

    /**
     * For {@code INTEREST}: the day count; ACT/365F by default.
     *
     * @return the day count
     */
    @Value.Default
    public DayCount dayCount() {
        return DayCount.ACT_365F;
    }

    /**
     * For {@code PENALTY}: the period of lateness each penalty step covers (e.g. 2 days).
     *
     * @return the period
     */
    public abstract Optional<Span> per();

    /**
     * For {@code PENALTY}: the cap, in percent of the base (e.g. {@code 55}).
     *
     * @return the cap
     */
    public abstract Optional<BigDecimal> capPercent();

    /**
     * For {@code PENALTY}: the amount the percentage applies to (e.g. the goods' value); the instance's amount when
     * absent.
     *
     * @return the base
     */
    public abstract Optional<Money> base();

    /**
     * For {@code PENALTY}: count partial periods pro rata instead of whole periods only.
     *
     * @return true for pro rata
     */
    @Value.Default
    public boolean proRata() {
        return false;
    }

    /**
     * For {@code OBLIGATION}: the obligation the breach triggers.
     *
     * @return the obligation id
     */
    public abstract Optional<ObligationId> obligation();

    /**
     * For {@code RIGHT}: the right granted, an upper-case word such as {@code SUSPEND_WORK} or {@code TERMINATE}.
     *
     * @return the right
     */
    public abstract Optional<String> right();

    /**
     * For {@code RIGHT} {@value #SUSPEND_WORK}: a suspension under this right ends by itself when the breach is cured
     * (the breached instance is fulfilled late or waived), as if the holder had resumed then; without it, the
     * suspension lasts until the holder resumes. False by default.
     *
     * @return true if a suspension under the right ends with the cure
     */
    @Value.Default
    public boolean untilCured() {
        return false;
    }

    /** Builds {@link Remedy} values. */
    public static final class Builder extends ImmutableRemedy.Builder {}
}
