package dev.pacta.core.model;

import dev.pacta.core.time.Recurrence;
import org.immutables.value.Value;

/**
 * When the instances of an obligation come into force: a sealed type with one subtype per {@link Kind}.
 *
 * <p>Each subtype holds exactly what its kind needs: {@link OnEvent#eventKind()}, {@link OnMilestone#milestone()},
 * {@link OnFulfilment#obligation()}, {@link OnBreach#obligation()}, {@link Recurring#recurrence()}, and nothing for
 * {@link OnEffectiveDate}. Create them with the factories ({@link #onEvent(String)} and so on). On Java 17, switch
 * on {@link #kind()} and cast to the subtype it names, or test with {@code instanceof}. This class is immutable and
 * thread-safe.
 */
public abstract sealed class Trigger
        permits Trigger.OnEffectiveDate,
                Trigger.OnEvent,
                Trigger.OnMilestone,
                Trigger.OnFulfilment,
                Trigger.OnBreach,
                Trigger.Recurring {
    Trigger() {}

    /** The kinds of trigger, one per subtype. */
    public enum Kind {
        /** {@link OnEffectiveDate}: one instance, in force from the agreement's effective date (start of day). */
        ON_EFFECTIVE_DATE,
        /** {@link OnEvent}: one instance per event of its kind, in force from that event. */
        ON_EVENT,
        /** {@link OnMilestone}: one instance when its milestone is reached. */
        ON_MILESTONE,
        /** {@link OnFulfilment}: one instance per fulfilment of an instance of another obligation. */
        ON_FULFILMENT,
        /** {@link OnBreach}: one instance per breach of an instance of another obligation: chained duties. */
        ON_BREACH,
        /** {@link Recurring}: one instance per period of its recurrence. */
        RECURRING
    }

    /**
     * One instance, in force from the effective date.
     *
     * @return the trigger
     */
    public static OnEffectiveDate onEffectiveDate() {
        return OnEffectiveDate.INSTANCE;
    }

    /**
     * One instance per event of the given kind, e.g. {@code draft.submitted}.
     *
     * @param eventKind the kind of the triggering events
     * @return the trigger
     */
    public static OnEvent onEvent(String eventKind) {
        return new ImmutableOnEvent.Builder().eventKind(eventKind).build();
    }

    /**
     * One instance when the milestone is reached.
     *
     * @param milestone the milestone
     * @return the trigger
     */
    public static OnMilestone onMilestone(MilestoneId milestone) {
        return new ImmutableOnMilestone.Builder().milestone(milestone).build();
    }

    /**
     * One instance per fulfilment of the other obligation.
     *
     * @param obligation the other obligation
     * @return the trigger
     */
    public static OnFulfilment onFulfilment(ObligationId obligation) {
        return new ImmutableOnFulfilment.Builder().obligation(obligation).build();
    }

    /**
     * One instance per breach of the other obligation.
     *
     * @param obligation the other obligation
     * @return the trigger
     */
    public static OnBreach onBreach(ObligationId obligation) {
        return new ImmutableOnBreach.Builder().obligation(obligation).build();
    }

    /**
     * One instance per period of the schedule.
     *
     * @param recurrence the schedule
     * @return the trigger
     */
    public static Recurring recurring(Recurrence recurrence) {
        return new ImmutableRecurring.Builder().recurrence(recurrence).build();
    }

    /**
     * The kind of trigger, which names the subtype.
     *
     * @return the kind
     */
    public abstract Kind kind();

    /** One instance, in force from the agreement's effective date. */
    @Value.Immutable
    public abstract static non-sealed class OnEffectiveDate extends Trigger {
        private static final OnEffectiveDate INSTANCE = new ImmutableOnEffectiveDate.Builder().build();

        OnEffectiveDate() {}

        /** Returns {@link Kind#ON_EFFECTIVE_DATE}. */
        @Override
        public final Kind kind() {
            return Kind.ON_EFFECTIVE_DATE;
        }

        /** Returns {@code "on the effective date"}. */
        @Override
        public String toString() {
            return "on the effective date";
        }
    }

    /** One instance per event of a kind. */
    @Value.Immutable
    public abstract static non-sealed class OnEvent extends Trigger {
        OnEvent() {}

        /**
         * The kind of the triggering events, e.g. {@code draft.submitted}.
         *
         * @return the event kind
         */
        public abstract String eventKind();

        /** Returns {@link Kind#ON_EVENT}. */
        @Override
        public final Kind kind() {
            return Kind.ON_EVENT;
        }

        /** Returns the trigger in words, e.g. {@code "on event draft.submitted"}. */
        @Override
        public String toString() {
            return "on event " + eventKind();
        }
    }

    /** One instance when a milestone is reached. */
    @Value.Immutable
    public abstract static non-sealed class OnMilestone extends Trigger {
        OnMilestone() {}

        /**
         * The milestone.
         *
         * @return the milestone id
         */
        public abstract MilestoneId milestone();

        /** Returns {@link Kind#ON_MILESTONE}. */
        @Override
        public final Kind kind() {
            return Kind.ON_MILESTONE;
        }

        /** Returns the trigger in words, e.g. {@code "on milestone launch"}. */
        @Override
        public String toString() {
            return "on milestone " + milestone();
        }
    }

    /** One instance per fulfilment of an instance of another obligation. */
    @Value.Immutable
    public abstract static non-sealed class OnFulfilment extends Trigger {
        OnFulfilment() {}

        /**
         * The other obligation.
         *
         * @return the obligation id
         */
        public abstract ObligationId obligation();

        /** Returns {@link Kind#ON_FULFILMENT}. */
        @Override
        public final Kind kind() {
            return Kind.ON_FULFILMENT;
        }

        /** Returns the trigger in words, e.g. {@code "on fulfilment of deposit"}. */
        @Override
        public String toString() {
            return "on fulfilment of " + obligation();
        }
    }

    /** One instance per breach of an instance of another obligation: remedies and chained duties. */
    @Value.Immutable
    public abstract static non-sealed class OnBreach extends Trigger {
        OnBreach() {}

        /**
         * The other obligation.
         *
         * @return the obligation id
         */
        public abstract ObligationId obligation();

        /** Returns {@link Kind#ON_BREACH}. */
        @Override
        public final Kind kind() {
            return Kind.ON_BREACH;
        }

        /** Returns the trigger in words, e.g. {@code "on breach of balance"}. */
        @Override
        public String toString() {
            return "on breach of " + obligation();
        }
    }

    /** One instance per period of a schedule. */
    @Value.Immutable
    public abstract static non-sealed class Recurring extends Trigger {
        Recurring() {}

        /**
         * The schedule.
         *
         * @return the recurrence
         */
        public abstract Recurrence recurrence();

        /** Returns {@link Kind#RECURRING}. */
        @Override
        public final Kind kind() {
            return Kind.RECURRING;
        }

        /** Returns the trigger in words, e.g. {@code "recurring every month"}. */
        @Override
        public String toString() {
            return "recurring " + recurrence();
        }
    }
}
