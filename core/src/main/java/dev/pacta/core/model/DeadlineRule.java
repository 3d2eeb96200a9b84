package dev.pacta.core.model;

import dev.pacta.core.time.BusinessDayConvention;
import dev.pacta.core.time.Span;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * When an obligation instance is due: a fixed date, an offset after or before a reference date, or open-ended.
 *
 * <p>An offset counts from {@link #reference()}: by default the instance's anchor, the instant it came into force (the
 * effective date, the triggering event, the milestone or fulfilment that triggered it, or its recurring occurrence);
 * or the agreement's end date; or a milestone's target date. It counts {@link #direction()}: after the reference
 * (the default) or before it ("notice at least 30 days before the end date", "final content 10 business days before
 * launch").
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
 *   <li>{@code OPEN}: no deadline; the instance stays in force until the agreement ends (used for
 *       {@code MUST_NOT} duties such as confidentiality).
 * </ul>
 * A deadline that falls before the instance comes into force is reported by the engine as a
 * {@code DEADLINE_BEFORE_IN_FORCE} finding (the instance keeps that deadline and is late from the start), except
 * for a recurring instance counted from its occurrence, which comes into force by its due date instead.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DeadlineRule {
    DeadlineRule() {}

    /** The kinds of deadline rule. */
    public enum Kind {
        /** Due through the end of {@link #date()}. */
        FIXED_DATE,
        /** Due {@link #offset()} after the instance's anchor. */
        OFFSET,
        /** No deadline: in force until the agreement ends. */
        OPEN
    }

    /** Which way an offset counts from its reference date. */
    public enum Direction {
        /** Due the offset after the reference (the default). */
        AFTER,
        /** Due the offset before the reference. */
        BEFORE
    }

    /** What an offset counts from. */
    public enum Reference {
        /** The instance's anchor: the instant it came into force (the default). */
        ANCHOR,
        /** The agreement's end date; the agreement must have one. */
        END_DATE,
        /** The target date of {@link #milestone()}, as amended when the instance comes into force. */
        MILESTONE_TARGET
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
     * Due through the end of a fixed date (moved by the {@code FOLLOWING} convention on a non-business day).
     *
     * @param date the due date
     * @return the rule
     */
    public static DeadlineRule onDate(LocalDate date) {
        return builder().kind(Kind.FIXED_DATE).date(date).build();
    }

    /**
     * Due a span after the anchor, with the {@code FOLLOWING} convention.
     *
     * @param offset the span
     * @return the rule
     */
    public static DeadlineRule within(Span offset) {
        return builder().kind(Kind.OFFSET).offset(offset).build();
    }

    /**
     * Due N business days after the anchor.
     *
     * @param days the number of business days
     * @return "N business days"
     */
    public static DeadlineRule ofBusinessDays(long days) {
        return within(Span.ofBusinessDays(days));
    }

    /**
     * Due N calendar days after the anchor, moved to the following business day if needed.
     *
     * @param days the number of days
     * @return "N days, FOLLOWING"
     */
    public static DeadlineRule ofCalendarDays(long days) {
        return within(Span.ofCalendarDays(days));
    }

    /**
     * Due N calendar days after the anchor, adjusted by a convention.
     *
     * @param days the number of days
     * @param convention how a non-business day result moves
     * @return "N days, CONVENTION"
     */
    public static DeadlineRule ofCalendarDays(long days, BusinessDayConvention convention) {
        return builder()
                .kind(Kind.OFFSET)
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
    public static DeadlineRule beforeEndDate(Span offset) {
        return builder()
                .kind(Kind.OFFSET)
                .offset(offset)
                .direction(Direction.BEFORE)
                .reference(Reference.END_DATE)
                .build();
    }

    /**
     * Due a span before a milestone's target date, with the {@code PRECEDING} convention: "final content 10 business
     * days before launch".
     *
     * @param offset the span, in calendar days, business days, weeks or months
     * @param milestone the milestone
     * @return the rule
     */
    public static DeadlineRule beforeMilestone(Span offset, MilestoneId milestone) {
        return builder()
                .kind(Kind.OFFSET)
                .offset(offset)
                .direction(Direction.BEFORE)
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
    public static DeadlineRule ofHours(long hours) {
        return within(Span.ofHours(hours));
    }

    /**
     * No deadline: in force until the agreement ends.
     *
     * @return the open rule
     */
    public static DeadlineRule open() {
        return builder().kind(Kind.OPEN).build();
    }

    /**
     * The kind of rule.
     *
     * @return the kind
     */
    public abstract Kind kind();

    /**
     * For {@code FIXED_DATE}: the due date.
     *
     * @return the date
     */
    public abstract Optional<LocalDate> date();

    /**
     * For {@code OFFSET}: the span from the reference date.
     *
     * @return the offset
     */
    public abstract Optional<Span> offset();

    /**
     * For {@code OFFSET}: whether the offset counts after the reference date ({@code AFTER}, the default) or before
     * it. Always {@code AFTER} for other kinds and for hours.
     *
     * @return the direction
     */
    @Value.Default
    public Direction direction() {
        return Direction.AFTER;
    }

    /**
     * For {@code OFFSET}: what the offset counts from; the instance's anchor by default. Always {@code ANCHOR} for
     * other kinds and for hours.
     *
     * @return the reference
     */
    @Value.Default
    public Reference reference() {
        return Reference.ANCHOR;
    }

    /**
     * For {@code reference() == MILESTONE_TARGET}: the milestone whose target date the offset counts from.
     *
     * @return the milestone id
     */
    public abstract Optional<MilestoneId> milestone();

    /**
     * How a date result on a non-business day moves. By default {@code PRECEDING} for an offset before its
     * reference (the natural reading of "at least N days before": never later than N days before), else
     * {@code FOLLOWING}. Not used for business-day and hour offsets.
     *
     * @return the convention
     */
    @Value.Default
    public BusinessDayConvention convention() {
        return defaultConvention(direction());
    }

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
        return offset().map(Span::unit)
                .map(u -> u == Span.Unit.WEEKS || u == Span.Unit.MONTHS ? Span.Unit.CALENDAR_DAYS : u)
                .orElse(Span.Unit.CALENDAR_DAYS);
    }

    @Value.Check
    void check() {
        if ((kind() == Kind.FIXED_DATE) != date().isPresent()) {
            throw new IllegalStateException(
                    "deadline " + kind() + (date().isPresent() ? " does not take" : " needs") + " 'date'");
        }
        if ((kind() == Kind.OFFSET) != offset().isPresent()) {
            throw new IllegalStateException(
                    "deadline " + kind() + (offset().isPresent() ? " does not take" : " needs") + " 'offset'");
        }
        // Direction and reference belong to offsets; hours count forward from the anchor instant only.
        boolean dated = offset().isPresent() && offset().get().unit() != Span.Unit.HOURS;
        if (!dated && (direction() != Direction.AFTER || reference() != Reference.ANCHOR)) {
            throw new IllegalStateException("deadline " + (offset().isPresent() ? "in hours" : kind().toString())
                    + " counts only after the instance's anchor; 'direction' and 'reference' apply to offsets in days,"
                    + " business days, weeks or months");
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
        return switch (kind()) {
            case FIXED_DATE ->
                "on " + date().orElseThrow()
                        + (convention() == BusinessDayConvention.FOLLOWING ? "" : ", " + convention());
            case OPEN -> "open-ended";
            case OFFSET -> {
                Span span = offset().orElseThrow();
                boolean dated = span.unit() != Span.Unit.BUSINESS_DAYS && span.unit() != Span.Unit.HOURS;
                yield span + referenceText() + (dated ? ", " + convention() : "");
            }
        };
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

    /** Builds {@link DeadlineRule} values. */
    public static final class Builder extends ImmutableDeadlineRule.Builder {}
}
