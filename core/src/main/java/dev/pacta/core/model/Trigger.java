package dev.pacta.core.model;

import dev.pacta.core.time.Recurrence;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * When the instances of an obligation come into force.
 *
 * <p>Each {@link Kind} uses exactly one of the optional attributes: {@link #eventKind()} for {@code ON_EVENT},
 * {@link #milestone()} for {@code ON_MILESTONE}, {@link #obligation()} for {@code ON_FULFILMENT} and
 * {@code ON_BREACH}, {@link #recurrence()} for {@code RECURRING}. Use the factories, which set them right.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Trigger {
    Trigger() {}

    /** The kinds of trigger. */
    public enum Kind {
        /** One instance, in force from the agreement's effective date (start of day in its zone). */
        ON_EFFECTIVE_DATE,
        /** One instance per event of {@link #eventKind()}, in force from that event. */
        ON_EVENT,
        /** One instance when {@link #milestone()} is reached. */
        ON_MILESTONE,
        /** One instance per fulfilment of an instance of {@link #obligation()}. */
        ON_FULFILMENT,
        /** One instance per breach of an instance of {@link #obligation()}: remedies and chained duties. */
        ON_BREACH,
        /** One instance per period of {@link #recurrence()}. */
        RECURRING
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
     * One instance, in force from the effective date.
     *
     * @return the trigger
     */
    public static Trigger onEffectiveDate() {
        return builder().kind(Kind.ON_EFFECTIVE_DATE).build();
    }

    /**
     * One instance per event of the given kind, e.g. {@code draft.submitted}.
     *
     * @param eventKind the kind of the triggering events
     * @return the trigger
     */
    public static Trigger onEvent(String eventKind) {
        return builder().kind(Kind.ON_EVENT).eventKind(eventKind).build();
    }

    /**
     * One instance when the milestone is reached.
     *
     * @param milestone the milestone
     * @return the trigger
     */
    public static Trigger onMilestone(MilestoneId milestone) {
        return builder().kind(Kind.ON_MILESTONE).milestone(milestone).build();
    }

    /**
     * One instance per fulfilment of the other obligation.
     *
     * @param obligation the other obligation
     * @return the trigger
     */
    public static Trigger onFulfilment(ObligationId obligation) {
        return builder().kind(Kind.ON_FULFILMENT).obligation(obligation).build();
    }

    /**
     * One instance per breach of the other obligation.
     *
     * @param obligation the other obligation
     * @return the trigger
     */
    public static Trigger onBreach(ObligationId obligation) {
        return builder().kind(Kind.ON_BREACH).obligation(obligation).build();
    }

    /**
     * One instance per period of the schedule.
     *
     * @param recurrence the schedule
     * @return the trigger
     */
    public static Trigger recurring(Recurrence recurrence) {
        return builder().kind(Kind.RECURRING).recurrence(recurrence).build();
    }

    /**
     * The kind of trigger.
     *
     * @return the kind
     */
    public abstract Kind kind();

    /**
     * For {@code ON_EVENT}: the kind of the triggering events.
     *
     * @return the event kind
     */
    public abstract Optional<String> eventKind();

    /**
     * For {@code ON_MILESTONE}: the milestone.
     *
     * @return the milestone id
     */
    public abstract Optional<MilestoneId> milestone();

    /**
     * For {@code ON_FULFILMENT} and {@code ON_BREACH}: the other obligation.
     *
     * @return the obligation id
     */
    public abstract Optional<ObligationId> obligation();

    /**
     * For {@code RECURRING}: the schedule.
     *
     * @return the recurrence
     */
    public abstract Optional<Recurrence> recurrence();

    @Value.Check
    void check() {
        boolean event = kind() == Kind.ON_EVENT;
        boolean milestone = kind() == Kind.ON_MILESTONE;
        boolean other = kind() == Kind.ON_FULFILMENT || kind() == Kind.ON_BREACH;
        boolean recurring = kind() == Kind.RECURRING;
        require(event == eventKind().isPresent(), "eventKind", event);
        require(milestone == milestone().isPresent(), "milestone", milestone);
        require(other == obligation().isPresent(), "obligation", other);
        require(recurring == recurrence().isPresent(), "recurrence", recurring);
    }

    private void require(boolean ok, String attribute, boolean needed) {
        if (!ok) {
            throw new IllegalStateException(
                    "trigger " + kind() + (needed ? " needs '" : " does not take '") + attribute + "'");
        }
    }

    /** Returns the trigger in words, e.g. {@code "on event draft.submitted"}. */
    @Override
    public String toString() {
        return switch (kind()) {
            case ON_EFFECTIVE_DATE -> "on the effective date";
            case ON_EVENT -> "on event " + eventKind().orElseThrow();
            case ON_MILESTONE -> "on milestone " + milestone().orElseThrow();
            case ON_FULFILMENT -> "on fulfilment of " + obligation().orElseThrow();
            case ON_BREACH -> "on breach of " + obligation().orElseThrow();
            case RECURRING -> "recurring " + recurrence().orElseThrow();
        };
    }

    /** Builds {@link Trigger} values. */
    public static final class Builder extends ImmutableTrigger.Builder {}
}
