package dev.pacta.core.model;

import dev.pacta.core.time.BusinessDayConvention;
import dev.pacta.core.time.Span;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * When an obligation instance is due: a sealed type, {@link OnDate} (a fixed date), {@link Within} (an offset after a
 * reference date), {@link Before} (an offset before a reference date) or {@link Open} (no deadline).
 *
 * <p>An offset ({@link Offset}, the common part of {@code Within} and {@code Before}) counts from
 * {@link Offset#reference()}: by default the instance's anchor, the instant it came into force (the effective date,
 * the triggering event, the milestone or fulfilment that triggered it, or its recurring occurrence); or the
 * agreement's end date; or a milestone's target date. {@code Within} counts after the reference, {@code Before}
 * before it ("notice at least 30 days before the end date", "final content 10 business days before launch").
 * <ul>
 *   <li>Calendar days, weeks and months are added to (or subtracted from) the reference's local date in the
 *       agreement's zone (months from the reference, clamped to the month's end); a result on a non-business day
 *       moves by {@link #convention()}: {@code FOLLOWING} by default after the reference, {@code PRECEDING} by
 *       default before it, so that "at least N days before" stays at least N days before. The instance is due
 *       through the end of that day.
 *   <li>Business days after X follow "within N business days after X": X's own day never counts; N = 0 means X's
 *       day if it is a business day, else the next one. Business days before X count backwards the same way: X's
 *       own day never counts, and the deadline is the N-th business day before X; N = 0 means X's day if it is a
 *       business day, else the previous one. The instance is due through the end of that day.
 *   <li>Hours are added to the anchor instant: the deadline is that instant (a time deadline). Hours count only
 *       after the instance's anchor.
 *   <li>{@code Open}: no deadline; the instance stays in force until the agreement ends (used for
 *       {@code MUST_NOT} duties such as confidentiality).
 * </ul>
 * A deadline that falls before the instance comes into force is reported by the engine as a
 * {@code DEADLINE_BEFORE_IN_FORCE} finding (the instance keeps that deadline and is late from the start), except
 * for a recurring instance counted from its occurrence, which comes into force by its due date instead.
 *
 * <p>On Java 17, switch on {@link #kind()} and cast to the subtype it names, or test with {@code instanceof}. This
 * class is immutable and thread-safe.
 */
public abstract sealed class DeadlineRule permits DeadlineRule.OnDate, DeadlineRule.Offset, DeadlineRule.Open {
    DeadlineRule() {}

    /** The kinds of deadline rule, one per concrete subtype. */
    public enum Kind {
        /** {@link OnDate}: due through the end of a fixed date. */
        FIXED_DATE,
        /** {@link Within}: due an offset after a reference date (by default the instance's anchor). */
        OFFSET,
        /** {@link Before}: due an offset before a reference date. */
        BEFORE,
        /** {@link Open}: no deadline, in force until the agreement ends. */
        OPEN
    }

    /** Which way an offset counts from its reference date: {@link Within} after it, {@link Before} before it. */
    public enum Direction {
        /** Due the offset after the reference (the default): a {@link Within}. */
        AFTER,
        /** Due the offset before the reference: a {@link Before}. */
        BEFORE
    }

    /** What an offset counts from. */
    public enum Reference {
        /** The instance's anchor: the instant it came into force (the default). */
        ANCHOR,
        /** The agreement's end date; the agreement must have one. */
        END_DATE,
        /** The target date of {@link Offset#milestone()}, as amended when the instance comes into force. */
        MILESTONE_TARGET
    }

    /**
     * Due through the end of a fixed date (moved by the {@code FOLLOWING} convention on a non-business day).
     *
     * @param date the due date
     * @return the rule
     */
    public static OnDate onDate(LocalDate date) {
        return OnDate.builder().date(date).build();
    }

    /**
     * Due a span after the anchor, with the {@code FOLLOWING} convention.
     *
     * @param offset the span
     * @return the rule
     */
    public static Within within(Span offset) {
        return Within.builder().offset(offset).build();
    }

    /**
     * Due N business days after the anchor.
     *
     * @param days the number of business days
     * @return "N business days"
     */
    public static Within ofBusinessDays(long days) {
        return within(Span.ofBusinessDays(days));
    }

    /**
     * Due N calendar days after the anchor, moved to the following business day if needed.
     *
     * @param days the number of days
     * @return "N days, FOLLOWING"
     */
    public static Within ofCalendarDays(long days) {
        return within(Span.ofCalendarDays(days));
    }

    /**
     * Due N calendar days after the anchor, adjusted by a convention.
     *
     * @param days the number of days
     * @param convention how a non-business day result moves
     * @return "N days, CONVENTION"
     */
    public static Within ofCalendarDays(long days, BusinessDayConvention convention) {
        return Within.builder()
                .offset(Span.ofCalendarDays(days))
                .convention(convention)
                .build();
    }

    /**
     * Due a span before the agreement's end date, with the {@code PRECEDING} convention: "notice at least 30 days
     * before the end date".
     *
     * @param offset the span, in calendar days, business days, weeks or months
     * @return the rule
     */
    public static Before beforeEndDate(Span offset) {
        return Before.builder().offset(offset).reference(Reference.END_DATE).build();
    }

    /**
     * Due a span before a milestone's target date, with the {@code PRECEDING} convention: "final content 10 business
     * days before launch".
     *
     * @param offset the span, in calendar days, business days, weeks or months
     * @param milestone the milestone
     * @return the rule
     */
    public static Before beforeMilestone(Span offset, MilestoneId milestone) {
        return Before.builder()
                .offset(offset)
                .reference(Reference.MILESTONE_TARGET)
                .milestone(milestone)
                .build();
    }

    /**
     * Due N hours after the anchor instant (a time deadline).
     *
     * @param hours the number of hours
     * @return "N hours"
     */
    public static Within ofHours(long hours) {
        return within(Span.ofHours(hours));
    }

    /**
     * No deadline: in force until the agreement ends.
     *
     * @return the open rule
     */
    public static Open open() {
        return Open.DEFAULT;
    }

    /**
     * The kind of rule, which names the subtype.
     *
     * @return the kind
     */
    public abstract Kind kind();

    /**
     * How a date result on a non-business day moves. By default {@code PRECEDING} for a {@link Before} (the natural
     * reading of "at least N days before": never later than N days before), else {@code FOLLOWING}. Not used for
     * business-day and hour offsets, nor by an {@link Open} rule (which keeps it only as written).
     *
     * @return the convention
     */
    public abstract BusinessDayConvention convention();

    /**
     * The convention a rule has when none is given: {@code PRECEDING} before the reference, {@code FOLLOWING}
     * otherwise.
     *
     * @param direction the rule's direction
     * @return the default convention
     */
    public static BusinessDayConvention defaultConvention(Direction direction) {
        return direction == Direction.BEFORE ? BusinessDayConvention.PRECEDING : BusinessDayConvention.FOLLOWING;
    }

    /**
     * The unit lateness is measured in: the offset's unit, or calendar days for fixed dates (hours for hour offsets).
     *
     * @return the unit of lateness
     */
    public Span.Unit latenessUnit() {
        return Span.Unit.CALENDAR_DAYS;
    }

    /** Due through the end of a fixed date, moved by its convention on a non-business day. */
    @Value.Immutable
    public abstract static non-sealed class OnDate extends DeadlineRule {
        OnDate() {}

        /**
         * Returns a new builder.
         *
         * @return a builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * The due date.
         *
         * @return the date
         */
        public abstract LocalDate date();

        /**
         * How the date moves if it is not a business day; {@code FOLLOWING} by default.
         *
         * @return the convention
         */
        @Override
        @Value.Default
        public BusinessDayConvention convention() {
            return BusinessDayConvention.FOLLOWING;
        }

        /** Returns {@link Kind#FIXED_DATE}. */
        @Override
        public final Kind kind() {
            return Kind.FIXED_DATE;
        }

        /** Returns the rule in words, e.g. {@code "on 2026-06-30"} or {@code "on 2026-06-30, PRECEDING"}. */
        @Override
        public String toString() {
            return "on " + date() + (convention() == BusinessDayConvention.FOLLOWING ? "" : ", " + convention());
        }

        /** Builds {@link OnDate} values. */
        public static final class Builder extends ImmutableOnDate.Builder {}
    }

    /**
     * An offset from a reference date: the common part of {@link Within} (after it) and {@link Before} (before it).
     *
     * <p>Hours count only after the instance's anchor, and {@link #milestone()} is given exactly when the offset
     * counts from {@link Reference#MILESTONE_TARGET}: building a value that breaks either rule throws
     * {@link IllegalStateException}.
     */
    public abstract static sealed class Offset extends DeadlineRule permits Within, Before {
        Offset() {}

        /**
         * The span from the reference date.
         *
         * @return the offset
         */
        public abstract Span offset();

        /**
         * What the offset counts from; the instance's anchor by default.
         *
         * @return the reference
         */
        @Value.Default
        public Reference reference() {
            return Reference.ANCHOR;
        }

        /**
         * For {@code reference() == MILESTONE_TARGET}: the milestone whose target date the offset counts from; empty
         * otherwise.
         *
         * @return the milestone id
         */
        public abstract Optional<MilestoneId> milestone();

        /**
         * Which way the offset counts: {@code AFTER} for a {@link Within}, {@code BEFORE} for a {@link Before}.
         *
         * @return the direction
         */
        public abstract Direction direction();

        /**
         * How a date result on a non-business day moves: the default of {@link #direction()} unless given.
         *
         * @return the convention
         */
        @Override
        @Value.Default
        public BusinessDayConvention convention() {
            return defaultConvention(direction());
        }

        /**
         * The unit lateness is measured in: the offset's unit, calendar days for weeks and months.
         *
         * @return the unit of lateness
         */
        @Override
        public Span.Unit latenessUnit() {
            Span.Unit u = offset().unit();
            return u == Span.Unit.WEEKS || u == Span.Unit.MONTHS ? Span.Unit.CALENDAR_DAYS : u;
        }

        /** Hours count forward from the anchor instant only; a milestone goes with a milestone's target. */
        void checkOffset() {
            boolean hours = offset().unit() == Span.Unit.HOURS;
            if (hours && (direction() != Direction.AFTER || reference() != Reference.ANCHOR)) {
                throw new IllegalStateException("deadline in hours counts only after the instance's anchor;"
                        + " 'direction' and 'reference' apply to offsets in days, business days, weeks or months");
            }
            if ((reference() == Reference.MILESTONE_TARGET) != milestone().isPresent()) {
                throw new IllegalStateException(
                        milestone().isPresent()
                                ? "deadline from " + reference() + " does not take 'milestone'"
                                : "deadline from MILESTONE_TARGET needs 'milestone'");
            }
        }

        /**
         * Returns the rule in words, e.g. {@code "2 business days"}, {@code "30 days, FOLLOWING"} or
         * {@code "30 days before the end date, PRECEDING"}.
         */
        @Override
        public String toString() {
            Span span = offset();
            boolean dated = span.unit() != Span.Unit.BUSINESS_DAYS && span.unit() != Span.Unit.HOURS;
            return span + referenceText() + (dated ? ", " + convention() : "");
        }

        /** The reference in words, e.g. {@code " before the end date"}, or empty for "after the anchor". */
        private String referenceText() {
            if (direction() == Direction.AFTER && reference() == Reference.ANCHOR) {
                return "";
            }
            String way = direction() == Direction.AFTER ? " after " : " before ";
            return way
                    + switch (reference()) {
                        case ANCHOR -> "the anchor";
                        case END_DATE -> "the end date";
                        case MILESTONE_TARGET ->
                            "the target of milestone " + milestone().orElseThrow();
                    };
        }
    }

    /** Due an offset after a reference date: "within 2 business days", "2 business days after the end date". */
    @Value.Immutable
    public abstract static non-sealed class Within extends Offset {
        Within() {}

        /**
         * Returns a new builder.
         *
         * @return a builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /** Returns {@link Direction#AFTER}. */
        @Override
        public final Direction direction() {
            return Direction.AFTER;
        }

        /** Returns {@link Kind#OFFSET}. */
        @Override
        public final Kind kind() {
            return Kind.OFFSET;
        }

        @Value.Check
        void check() {
            checkOffset();
        }

        /** Builds {@link Within} values. */
        public static final class Builder extends ImmutableWithin.Builder {}
    }

    /**
     * Due an offset before a reference date: "at least 30 days before the end date", "10 business days before
     * launch". Not in hours.
     */
    @Value.Immutable
    public abstract static non-sealed class Before extends Offset {
        Before() {}

        /**
         * Returns a new builder.
         *
         * @return a builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /** Returns {@link Direction#BEFORE}. */
        @Override
        public final Direction direction() {
            return Direction.BEFORE;
        }

        /** Returns {@link Kind#BEFORE}. */
        @Override
        public final Kind kind() {
            return Kind.BEFORE;
        }

        @Value.Check
        void check() {
            checkOffset();
        }

        /** Builds {@link Before} values. */
        public static final class Builder extends ImmutableBefore.Builder {}
    }

    /**
     * No deadline: in force until the agreement ends.
     *
     * <p>Its {@link #convention()} is unused; it is kept only so that a document's {@code {"open": true,
     * "convention": ...}} reads back as written.
     */
    @Value.Immutable
    public abstract static non-sealed class Open extends DeadlineRule {
        private static final Open DEFAULT = new Builder().build();

        Open() {}

        /**
         * Returns a new builder.
         *
         * @return a builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * The convention as written; unused, {@code FOLLOWING} by default.
         *
         * @return the convention
         */
        @Override
        @Value.Default
        public BusinessDayConvention convention() {
            return BusinessDayConvention.FOLLOWING;
        }

        /** Returns {@link Kind#OPEN}. */
        @Override
        public final Kind kind() {
            return Kind.OPEN;
        }

        /** Returns {@code "open-ended"}. */
        @Override
        public String toString() {
            return "open-ended";
        }

        /** Builds {@link Open} values. */
        public static final class Builder extends ImmutableOpen.Builder {}
    }
}
