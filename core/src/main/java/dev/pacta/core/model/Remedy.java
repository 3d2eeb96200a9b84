package dev.pacta.core.model;

import dev.pacta.core.money.DayCount;
import dev.pacta.core.money.Money;
import dev.pacta.core.time.Span;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A consequence of breaching an obligation, taking effect when an instance is breached (after grace): a sealed type
 * with one subtype per {@link Kind}.
 *
 * <ul>
 *   <li>{@link LateFee}: a flat fee and/or a percentage of the instance's amount, charged once;
 *   <li>{@link Interest}: simple interest at an annual rate with a day count, from the day after the due date to the
 *       payment date, on the outstanding amount;
 *   <li>{@link Penalty}: a percentage of a base (or of the instance's amount) per period of lateness, capped,
 *       counting whole periods or pro rata;
 *   <li>{@link RemedyObligation}: the breach triggers another obligation (one whose trigger is {@code ON_BREACH} of
 *       this one);
 *   <li>{@link Right}: the beneficiary gains a right (e.g. {@code SUSPEND_WORK}, {@code TERMINATE}) from the breach
 *       onward, and may exercise it while the breach is not cured (the instance is neither fulfilled late nor
 *       waived): {@value #SUSPEND_WORK} lets it suspend its own performance owed to the party in breach (by a
 *       {@code suspension} event), {@value #TERMINATE} lets it terminate the agreement at once (by a
 *       {@code termination} event). Other rights are listed in the report only.
 * </ul>
 * On Java 17, switch on {@link #kind()} and cast to the subtype it names, or test with {@code instanceof}. This class
 * is immutable and thread-safe.
 */
public abstract sealed class Remedy
        permits Remedy.LateFee, Remedy.Interest, Remedy.Penalty, Remedy.RemedyObligation, Remedy.Right {
    /**
     * The right to suspend one's own performance owed to the party in breach, until the holder resumes (or, with
     * {@link Right#untilCured()}, until the breach is cured).
     */
    public static final String SUSPEND_WORK = "SUSPEND_WORK";

    /** The right to terminate the agreement at once. */
    public static final String TERMINATE = "TERMINATE";

    Remedy() {}

    /** The kinds of remedy, one per subtype. */
    public enum Kind {
        /** {@link LateFee}: a fee charged once. */
        LATE_FEE,
        /** {@link Interest}: simple interest on the outstanding amount. */
        INTEREST,
        /** {@link Penalty}: a penalty per period of lateness, capped. */
        PENALTY,
        /** {@link RemedyObligation}: a new obligation created by the breach. */
        OBLIGATION,
        /** {@link Right}: a right granted to the beneficiary. */
        RIGHT
    }

    /**
     * A late fee of a flat amount.
     *
     * @param flat the fee
     * @return the remedy
     */
    public static LateFee lateFee(Money flat) {
        return LateFee.builder().flat(flat).build();
    }

    /**
     * A late fee of a percentage of the instance's amount.
     *
     * @param percent the percentage, e.g. {@code 2} for 2 %
     * @return the remedy
     */
    public static LateFee lateFeePercent(BigDecimal percent) {
        return LateFee.builder().percent(percent).build();
    }

    /**
     * Simple interest at an annual rate, with the ACT/365F day count.
     *
     * @param annualRatePercent the annual rate in percent, e.g. {@code 12.25}
     * @return the remedy
     */
    public static Interest interest(BigDecimal annualRatePercent) {
        return Interest.builder().annualRatePercent(annualRatePercent).build();
    }

    /**
     * A penalty of a percentage of the instance's amount per period of lateness, counting whole periods, capped.
     *
     * @param percent the percentage per period, e.g. {@code 10.5}
     * @param per the period of lateness each step covers
     * @param capPercent the cap, in percent of the base
     * @return the remedy
     */
    public static Penalty penalty(BigDecimal percent, Span per, BigDecimal capPercent) {
        return Penalty.builder()
                .percent(percent)
                .per(per)
                .capPercent(capPercent)
                .build();
    }

    /**
     * The breach triggers another obligation, one whose trigger is {@code ON_BREACH} of this one.
     *
     * @param obligation the obligation the breach triggers
     * @return the remedy
     */
    public static RemedyObligation obligation(ObligationId obligation) {
        return RemedyObligation.builder().obligation(obligation).build();
    }

    /**
     * The beneficiary gains a right from the breach onward.
     *
     * @param right an upper-case word such as {@value #SUSPEND_WORK} or {@value #TERMINATE}
     * @return the remedy
     */
    public static Right right(String right) {
        return Right.builder().right(right).build();
    }

    /**
     * The kind of remedy, which names the subtype.
     *
     * @return the kind
     */
    public abstract Kind kind();

    /**
     * The remedy as text, in the form of earlier versions, where one class held every kind's attributes, e.g.
     * {@code Remedy{kind=LATE_FEE, flat=USD 50.00, dayCount=ACT_365F, proRata=false, untilCured=false}}: the
     * attributes in that class's order, the optional ones only when present, the others with their defaults.
     */
    final String text() {
        StringBuilder s = new StringBuilder("Remedy{kind=").append(kind());
        if (this instanceof LateFee fee) {
            fee.flat().ifPresent(v -> s.append(", flat=").append(v));
            fee.percent().ifPresent(v -> s.append(", percent=").append(v));
        }
        if (this instanceof Penalty penalty) {
            s.append(", percent=").append(penalty.percent());
        }
        if (this instanceof Interest interest) {
            s.append(", annualRatePercent=").append(interest.annualRatePercent());
        }
        s.append(", dayCount=").append(this instanceof Interest interest ? interest.dayCount() : DayCount.ACT_365F);
        if (this instanceof Penalty penalty) {
            s.append(", per=").append(penalty.per());
            penalty.capPercent().ifPresent(v -> s.append(", capPercent=").append(v));
            penalty.base().ifPresent(v -> s.append(", base=").append(v));
        }
        s.append(", proRata=").append(this instanceof Penalty penalty && penalty.proRata());
        if (this instanceof RemedyObligation o) {
            s.append(", obligation=").append(o.obligation());
        }
        if (this instanceof Right granted) {
            s.append(", right=").append(granted.right());
        }
        return s.append(", untilCured=")
                .append(this instanceof Right granted && granted.untilCured())
                .append('}')
                .toString();
    }

    /** A fee charged once: a flat amount, a percentage of the instance's amount, or both (their sum). */
    @Value.Immutable
    public abstract static non-sealed class LateFee extends Remedy {
        LateFee() {}

        /**
         * Returns a new builder.
         *
         * @return a builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A flat fee.
         *
         * @return the fee
         */
        public abstract Optional<Money> flat();

        /**
         * A percentage of the instance's amount (e.g. {@code 10.5} for 10.5 %).
         *
         * @return the percentage
         */
        public abstract Optional<BigDecimal> percent();

        /** Returns {@link Kind#LATE_FEE}. */
        @Override
        public final Kind kind() {
            return Kind.LATE_FEE;
        }

        /** Returns the remedy as text, e.g. {@code Remedy{kind=LATE_FEE, flat=USD 50.00, ...}}. */
        @Override
        public String toString() {
            return text();
        }

        /** Builds {@link LateFee} values. */
        public static final class Builder extends ImmutableLateFee.Builder {}
    }

    /**
     * Simple interest at an annual rate with a day count, from the day after the due date to the payment date, on
     * the outstanding amount.
     */
    @Value.Immutable
    public abstract static non-sealed class Interest extends Remedy {
        Interest() {}

        /**
         * Returns a new builder.
         *
         * @return a builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * The annual rate in percent (e.g. {@code 12.25}).
         *
         * @return the rate
         */
        public abstract BigDecimal annualRatePercent();

        /**
         * The day count; ACT/365F by default.
         *
         * @return the day count
         */
        @Value.Default
        public DayCount dayCount() {
            return DayCount.ACT_365F;
        }

        /** Returns {@link Kind#INTEREST}. */
        @Override
        public final Kind kind() {
            return Kind.INTEREST;
        }

        /** Returns the remedy as text, e.g. {@code Remedy{kind=INTEREST, annualRatePercent=12.25, ...}}. */
        @Override
        public String toString() {
            return text();
        }

        /** Builds {@link Interest} values. */
        public static final class Builder extends ImmutableInterest.Builder {}
    }

    /**
     * A percentage of a base (or of the instance's amount) per period of lateness, capped at a percentage of the
     * base, counting whole periods or pro rata.
     */
    @Value.Immutable
    public abstract static non-sealed class Penalty extends Remedy {
        Penalty() {}

        /**
         * Returns a new builder.
         *
         * @return a builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * The percentage per period (e.g. {@code 10.5} for 10.5 %).
         *
         * @return the percentage
         */
        public abstract BigDecimal percent();

        /**
         * The period of lateness each penalty step covers (e.g. 2 days).
         *
         * @return the period
         */
        public abstract Span per();

        /**
         * The cap, in percent of the base (e.g. {@code 55}). Required: validating an agreement reports a penalty
         * without one ({@code INVALID_REMEDY}); it is optional here so that a document that lacks it is still read,
         * and the problem reported with the document's others.
         *
         * @return the cap
         */
        public abstract Optional<BigDecimal> capPercent();

        /**
         * The amount the percentage applies to (e.g. the goods' value); the instance's amount when absent.
         *
         * @return the base
         */
        public abstract Optional<Money> base();

        /**
         * Count partial periods pro rata instead of whole periods only.
         *
         * @return true for pro rata
         */
        @Value.Default
        public boolean proRata() {
            return false;
        }

        /** Returns {@link Kind#PENALTY}. */
        @Override
        public final Kind kind() {
            return Kind.PENALTY;
        }

        /** Returns the remedy as text, e.g. {@code Remedy{kind=PENALTY, percent=10.5, ...}}. */
        @Override
        public String toString() {
            return text();
        }

        /** Builds {@link Penalty} values. */
        public static final class Builder extends ImmutablePenalty.Builder {}
    }

    /** The breach triggers another obligation, one whose trigger is {@code ON_BREACH} of this one. */
    @Value.Immutable
    public abstract static non-sealed class RemedyObligation extends Remedy {
        RemedyObligation() {}

        /**
         * Returns a new builder.
         *
         * @return a builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * The obligation the breach triggers.
         *
         * @return the obligation id
         */
        public abstract ObligationId obligation();

        /** Returns {@link Kind#OBLIGATION}. */
        @Override
        public final Kind kind() {
            return Kind.OBLIGATION;
        }

        /** Returns the remedy as text, e.g. {@code Remedy{kind=OBLIGATION, ..., obligation=collection-fee, ...}}. */
        @Override
        public String toString() {
            return text();
        }

        /** Builds {@link RemedyObligation} values. */
        public static final class Builder extends ImmutableRemedyObligation.Builder {}
    }

    /** A right granted to the beneficiary from the breach onward, while the breach is not cured. */
    @Value.Immutable
    public abstract static non-sealed class Right extends Remedy {
        Right() {}

        /**
         * Returns a new builder.
         *
         * @return a builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * The right granted, an upper-case word such as {@value #SUSPEND_WORK} or {@value #TERMINATE}.
         *
         * @return the right
         */
        public abstract String right();

        /**
         * For {@value #SUSPEND_WORK}: a suspension under this right ends by itself when the breach is cured (the
         * breached instance is fulfilled late or waived), as if the holder had resumed then; without it, the
         * suspension lasts until the holder resumes. False by default.
         *
         * @return true if a suspension under the right ends with the cure
         */
        @Value.Default
        public boolean untilCured() {
            return false;
        }

        /** Returns {@link Kind#RIGHT}. */
        @Override
        public final Kind kind() {
            return Kind.RIGHT;
        }

        /** Returns the remedy as text, e.g. {@code Remedy{kind=RIGHT, ..., right=TERMINATE, untilCured=false}}. */
        @Override
        public String toString() {
            return text();
        }

        /** Builds {@link Right} values. */
        public static final class Builder extends ImmutableRight.Builder {}
    }
}
