package dev.pacta.core.model;

import dev.pacta.core.time.BusinessDayConvention;
import dev.pacta.core.time.Span;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * When an obligation instance is due: a fixed date, an offset from the instance's anchor, or open-ended.
 *
 * <p>The anchor of an instance is the instant it came into force: the effective date, the triggering
 * event, the milestone or fulfilment that triggered it, or the start of its recurring period.
 * <ul>
 *   <li>Calendar days, weeks and months are added to the anchor's local date in the agreement's zone (months
 *       from the anchor, clamped to the month's end); a result on a non-business day moves by
 *       {@link #convention()}. The instance is due through the end of that day.
 *   <li>Business days follow "within N business days after X": X's own day never counts; N = 0 means X's day if
 *       it is a business day, else the next one. The instance is due through the end of that day.
 *   <li>Hours are added to the anchor instant: the deadline is that instant (a time deadline).
 *   <li>{@code OPEN}: no deadline; the instance stays in force until the agreement ends (used for
 *       {@code MUST_NOT} duties such as confidentiality).
 * </ul>
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
     * For {@code OFFSET}: the span after the anchor.
     *
     * @return the offset
     */
    public abstract Optional<Span> offset();

    /**
     * How a date result on a non-business day moves; {@code FOLLOWING} by default. Not used for business-day and
     * hour offsets.
     *
     * @return the convention
     */
    @Value.Default
    public BusinessDayConvention convention() {
        return BusinessDayConvention.FOLLOWING;
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
    }

    /** Returns the rule in words, e.g. {@code "2 business days"} or {@code "30 days, FOLLOWING"}. */
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
                yield span + (dated ? ", " + convention() : "");
            }
        };
    }

    /** Builds {@link DeadlineRule} values. */
    public static final class Builder extends ImmutableDeadlineRule.Builder {}
}
