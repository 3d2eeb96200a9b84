package dev.pacta.core.report;

import dev.pacta.core.model.Category;
import dev.pacta.core.model.EventId;
import dev.pacta.core.model.ObligationId;
import dev.pacta.core.model.PartyId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.immutables.value.Value;

/**
 * The evaluated state of one obligation instance, with the facts that produced it.
 *
 * <p>A date deadline ({@link #dueDate()}) is due through the end of that day in the agreement's zone; a time
 * deadline ({@link #dueAt()}) is due at that instant, inclusive. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class InstanceReport {
    /**
     * For the builder's values and for the engine's report rows, which work out their figures and explanation from
     * the evaluation's facts when first read. Other subclasses are not supported.
     */
    protected InstanceReport() {}

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The instance's id, {@code obligationId#n}.
     *
     * @return the id
     */
    public abstract InstanceId id();

    /**
     * The obligation this is an instance of.
     *
     * @return the obligation id
     */
    public ObligationId obligation() {
        return id().obligation();
    }

    /**
     * The obligation's category.
     *
     * @return the category
     */
    public abstract Category category();

    /**
     * The party that must act.
     *
     * @return the obligor
     */
    public abstract PartyId obligor();

    /**
     * The party it is owed to.
     *
     * @return the beneficiary
     */
    public abstract PartyId beneficiary();

    /**
     * The state as of the evaluation instant.
     *
     * @return the state
     */
    public abstract InstanceState state();

    /**
     * When the instance came into force (absent for {@code NOT_TRIGGERED}).
     *
     * @return the instant
     */
    public abstract Optional<Instant> inForceFrom();

    /**
     * The event that triggered the instance, if an event did.
     *
     * @return the event id
     */
    public abstract Optional<EventId> triggeredBy();

    /**
     * The effective due date (after extensions, suspensions and excused delay), for date deadlines.
     *
     * @return the due date, inclusive
     */
    public abstract Optional<LocalDate> dueDate();

    /**
     * The effective due instant, for time deadlines (e.g. "within 24 hours").
     *
     * @return the due instant, inclusive
     */
    public abstract Optional<Instant> dueAt();

    /**
     * When the instance was fulfilled (for a {@code MUST_NOT} instance: when the act happened, if it did).
     *
     * @return the instant
     */
    public abstract Optional<Instant> fulfilledAt();

    /**
     * The event that fulfilled it (for {@code MUST_NOT}: the forbidden act).
     *
     * @return the event id
     */
    public abstract Optional<EventId> fulfilledBy();

    /**
     * How late it was fulfilled, or is as of the evaluation instant, if late.
     *
     * @return the lateness
     */
    public abstract Optional<Lateness> lateness();

    /**
     * Notices recorded on the instance (e.g. an advance warning of delay), in timeline order.
     *
     * @return the notice events
     */
    public abstract List<EventId> notices();

    /**
     * For payment obligations: due, paid, outstanding, credit, and late fee, interest and penalty once breached.
     *
     * @return the money side of the instance
     */
    public abstract Optional<PaymentReport> payment();

    /**
     * For a {@code BLOCKED} instance: the late prerequisites of other parties it waits on.
     *
     * @return the blocking instances
     */
    public abstract List<InstanceId> blockedBy();

    /**
     * Who caused this instance's delay, in its lateness unit: the parties whose late prerequisites moved its deadline
     * (following the chain of prerequisites), and its obligor for its own lateness. The values sum to the total delay
     * against the deadline before excused delay; empty when there is no delay.
     *
     * @return delay per party
     */
    public abstract Map<PartyId, Long> attribution();

    /**
     * How many units (of its lateness unit) the deadline moved because prerequisites owed by other parties were late;
     * 0 if none. {@link #attribution()} sums to this plus the lateness.
     *
     * @return the excused delay
     */
    @Value.Default
    public long excusedDelay() {
        return 0;
    }

    /**
     * The chain of facts that produced the state, in words a client would understand, e.g.
     * "due Fri 2026-03-06: 2 business days after draft.submitted (e12, Wed 2026-03-04); approved by e15 on Mon
     * 2026-03-09, 1 business day late".
     *
     * <p>The engine puts explanations into words only when they are first read (most reports are read for their
     * states and figures); the text is then kept, and it is the same whenever and on whichever thread it is read.
     *
     * @return the explanation
     */
    @Value.Lazy
    public String explanation() {
        return explainer().get();
    }

    /**
     * What {@link #explanation()} is computed from, once. Set it through {@link Builder#explanation(String)}; an
     * engine may set a {@link Supplier} that formats the text from facts it captured, which must be immutable.
     *
     * @return the supplier of the explanation
     */
    @Value.Auxiliary
    protected abstract Supplier<String> explainer();

    /**
     * Equal when every attribute is equal, the explanation included (it is computed for the comparison).
     *
     * @param other the other object
     * @return whether they are equal
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof InstanceReport o)) {
            return false;
        }
        return id().equals(o.id())
                && category() == o.category()
                && obligor().equals(o.obligor())
                && beneficiary().equals(o.beneficiary())
                && state() == o.state()
                && inForceFrom().equals(o.inForceFrom())
                && triggeredBy().equals(o.triggeredBy())
                && dueDate().equals(o.dueDate())
                && dueAt().equals(o.dueAt())
                && fulfilledAt().equals(o.fulfilledAt())
                && fulfilledBy().equals(o.fulfilledBy())
                && lateness().equals(o.lateness())
                && notices().equals(o.notices())
                && payment().equals(o.payment())
                && blockedBy().equals(o.blockedBy())
                && attribution().equals(o.attribution())
                && excusedDelay() == o.excusedDelay()
                && explanation().equals(o.explanation());
    }

    /**
     * A hash of every attribute but the explanation (which equal reports share anyway), so that hashing does not
     * format it.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(
                id(),
                category(),
                obligor(),
                beneficiary(),
                state(),
                inForceFrom(),
                triggeredBy(),
                dueDate(),
                dueAt(),
                fulfilledAt(),
                fulfilledBy(),
                lateness(),
                notices(),
                payment(),
                blockedBy(),
                attribution(),
                excusedDelay());
    }

    /**
     * The report in words for debugging: id, state and explanation.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "InstanceReport{" + id() + ", " + state() + ": " + explanation() + "}";
    }

    /** Builds {@link InstanceReport} values. */
    public static final class Builder extends ImmutableInstanceReport.Builder {
        /**
         * Sets the explanation text.
         *
         * @param text the explanation
         * @return this builder
         */
        public Builder explanation(String text) {
            Objects.requireNonNull(text, "explanation");
            explainer(() -> text);
            return this;
        }
    }
}
