package dev.pacta.core.scenario;

import dev.pacta.core.model.EventId;
import dev.pacta.core.money.Money;
import dev.pacta.core.report.InstanceId;
import dev.pacta.core.report.InstanceState;
import dev.pacta.core.time.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a {@link Check} expects of one obligation instance; only the attributes that are set are compared.
 *
 * <ul>
 *   <li>{@link #state()}, {@link #dueDate()}, {@link #dueAt()} and {@link #fulfilledBy()} are compared with the
 *       report's; an expected due date or fulfilling event that the report does not have is a mismatch.
 *   <li>{@link #lateness()} is the number of units late, 0 meaning "not late"; {@link #latenessUnit()} and
 *       {@link #withinGrace()} are compared only with a late instance's lateness (an instance that is not late
 *       has neither, which is a mismatch if they are expected).
 *   <li>{@link #outstanding()}, {@link #paid()}, {@link #lateFee()} and {@link #interest()} are compared through
 *       the runner's {@link ActualValues}. The report of this version has no payment figures, so the built-in
 *       {@link ActualValues#builtIn()} returns nothing and an expected amount is reported as a mismatch, "not
 *       available"; it fails honestly rather than passing silently.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class InstanceExpectation {
    InstanceExpectation() {}

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder for the expectations of an instance.
     *
     * @param id the instance id, e.g. {@code "approve-mockup#2"}
     * @return a builder with the id set
     * @throws IllegalArgumentException if the text is not an instance id
     */
    public static Builder forInstance(String id) {
        return builder().id(id);
    }

    /**
     * The instance, e.g. {@code approve-mockup#2}.
     *
     * @return the instance id
     */
    public abstract InstanceId id();

    /**
     * The expected state.
     *
     * @return the state
     */
    public abstract Optional<InstanceState> state();

    /**
     * The expected effective due date (date deadlines).
     *
     * @return the due date
     */
    public abstract Optional<LocalDate> dueDate();

    /**
     * The expected effective due instant (time deadlines).
     *
     * @return the due instant
     */
    public abstract Optional<Instant> dueAt();

    /**
     * The expected number of units late (in the deadline's unit); 0 means not late.
     *
     * @return the lateness
     */
    public abstract Optional<Long> lateness();

    /**
     * The expected unit of a late instance's lateness.
     *
     * @return the unit
     */
    public abstract Optional<Span.Unit> latenessUnit();

    /**
     * Whether a late instance is expected to be within its grace period.
     *
     * @return the expectation
     */
    public abstract Optional<Boolean> withinGrace();

    /**
     * The event expected to have fulfilled it (for {@code MUST_NOT}: the forbidden act).
     *
     * @return the event id
     */
    public abstract Optional<EventId> fulfilledBy();

    /**
     * For payments: the expected amount still owed. Compared through {@link ActualValues} with the instance's payment report.
     *
     * @return the amount
     */
    public abstract Optional<Money> outstanding();

    /**
     * For payments: the expected amount paid. Compared through {@link ActualValues} with the instance's payment report.
     *
     * @return the amount
     */
    public abstract Optional<Money> paid();

    /**
     * For payments: the expected late fee. Compared through {@link ActualValues} with the instance's payment report.
     *
     * @return the amount
     */
    public abstract Optional<Money> lateFee();

    /**
     * For payments: the expected accrued interest. Compared through {@link ActualValues} with the instance's payment report.
     *
     * @return the amount
     */
    public abstract Optional<Money> interest();

    @Value.Check
    void check() {
        lateness().ifPresent(l -> {
            if (l < 0) {
                throw new IllegalArgumentException(
                        "expectation of " + id() + ": lateness must not be negative, was " + l);
            }
        });
    }

    /** Builds {@link InstanceExpectation} values. */
    public static final class Builder extends ImmutableInstanceExpectation.Builder {
        /**
         * Sets the instance from its text form.
         *
         * @param id the instance id, e.g. {@code "approve-mockup#2"}
         * @return this builder
         * @throws IllegalArgumentException if the text is not an instance id
         */
        public Builder id(String id) {
            return id(InstanceId.parse(id)
                    .orElseThrow(() -> new IllegalArgumentException("instance id '" + id
                            + "' is not valid: expected an obligation id, '#' and a number from 1, such as"
                            + " approve-mockup#2")));
        }
    }
}
