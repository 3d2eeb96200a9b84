package dev.pacta.core.time;

import dev.pacta.core.Problem;
import dev.pacta.core.ValidationException;
import dev.pacta.core.internal.PactaStyle;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A recurrence schedule: every N days, weeks, months or years from an anchor date, optionally on a weekday,
 * a day of the month (clamped to the month's end) or the last business day, bounded by a count or an end date.
 *
 * <p>Occurrences are computed directly from the anchor, never chained: monthly on the 31st from 2024-01-31
 * gives 02-29, 03-31, 04-30; yearly from 2024-02-29 gives 2025-02-28 and 2028-02-29. The anchor is
 * {@link #start()} when present, else the date the caller supplies (an agreement's effective date).
 *
 * <p>The k-th occurrence (k from 1), with {@code anchor} the anchor and {@code i = (k - 1) * interval}:
 * <ul>
 *   <li>{@code DAILY}: {@code anchor + i days};
 *   <li>{@code WEEKLY}: {@code first + i weeks}, where {@code first} is the anchor, or with a
 *       {@link #dayOfWeek()} the first such weekday on or after the anchor;
 *   <li>{@code MONTHLY}: {@code anchor + i months} (clamped); with a {@link #dayOfMonth()}, that day (clamped) of
 *       the i-th month after the first month whose such day is on or after the anchor; with
 *       {@link #lastBusinessDay()}, the last business day of the i-th month after the anchor's month (or the next
 *       month, if the anchor's month's last business day is before the anchor);
 *   <li>{@code YEARLY}: {@code anchor + i years} (Feb 29 gives Feb 28 in common years); with a {@link #dayOfMonth()},
 *       that day (clamped) of the anchor's month, from the first year where it is on or after the anchor.
 * </ul>
 * No occurrence is ever adjusted to a business day except with {@link #lastBusinessDay()}: apply a
 * {@link BusinessDayConvention} to the result if needed.
 *
 * <p>Structural problems (an interval of 0, a weekday on a monthly schedule, ...) are not rejected by the builder:
 * {@link #problems()} lists them, and computing occurrences of such a schedule throws {@link ValidationException}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@PactaStyle
public abstract class Recurrence {
    Recurrence() {}

    /** The unit of the interval between occurrences. */
    public enum Frequency {
        /** Every N days. */
        DAILY,
        /** Every N weeks. */
        WEEKLY,
        /** Every N months, clamped to the month's end. */
        MONTHLY,
        /** Every N years, clamped to the month's end (Feb 29). */
        YEARLY;

        /**
         * Whether a schedule of this frequency may name a day of the week ({@link Recurrence#dayOfWeek()}): weekly only.
         *
         * @return true for {@code WEEKLY}
         */
        public boolean takesDayOfWeek() {
            return this == WEEKLY;
        }

        /**
         * Whether a schedule of this frequency may name a day of the month ({@link Recurrence#dayOfMonth()}): monthly
         * and yearly.
         *
         * @return true for {@code MONTHLY} and {@code YEARLY}
         */
        public boolean takesDayOfMonth() {
            return this == MONTHLY || this == YEARLY;
        }

        /**
         * Whether a schedule of this frequency may fall on the last business day of its period
         * ({@link Recurrence#lastBusinessDay()}): monthly only.
         *
         * @return true for {@code MONTHLY}
         */
        public boolean takesLastBusinessDay() {
            return this == MONTHLY;
        }

        /**
         * The frequencies an attribute applies to, in words, for messages: {@code "WEEKLY"}, {@code "MONTHLY or
         * YEARLY"}.
         *
         * @param takes which frequencies take the attribute, e.g. {@code Frequency::takesDayOfMonth}
         * @param conjunction the word between the last two, e.g. {@code "or"}
         * @return the names, in declaration order
         */
        public static String namesTaking(java.util.function.Predicate<Frequency> takes, String conjunction) {
            List<String> names = new ArrayList<>();
            for (Frequency f : values()) {
                if (takes.test(f)) {
                    names.add(f.name());
                }
            }
            int last = names.size() - 1;
            return last <= 0
                    ? String.join("", names)
                    : String.join(", ", names.subList(0, last)) + " " + conjunction + " " + names.get(last);
        }
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
     * The unit of the interval.
     *
     * @return the frequency
     */
    public abstract Frequency frequency();

    /**
     * How many frequency units lie between occurrences; 1 by default.
     *
     * @return the interval, at least 1 in a valid agreement
     */
    @Value.Default
    public int interval() {
        return 1;
    }

    /**
     * The anchor date; when absent, the caller's default anchor (the agreement's effective date).
     *
     * @return the anchor, if fixed by the schedule
     */
    public abstract Optional<LocalDate> start();

    /**
     * For weekly schedules: the weekday of each occurrence (the first on or after the anchor).
     *
     * @return the weekday, if fixed
     */
    public abstract Optional<DayOfWeek> dayOfWeek();

    /**
     * For monthly and yearly schedules: the day of the month, clamped to the month's length.
     *
     * @return the day of month 1 to 31, if fixed
     */
    public abstract Optional<Integer> dayOfMonth();

    /**
     * For monthly schedules: each occurrence is the last business day of its month.
     *
     * @return true if occurrences are the last business day of the month
     */
    @Value.Default
    public boolean lastBusinessDay() {
        return false;
    }

    /**
     * The number of occurrences, if bounded by a count.
     *
     * @return the count, at least 1 in a valid agreement
     */
    public abstract Optional<Integer> count();

    /**
     * The last date an occurrence may fall on (inclusive), if bounded by a date.
     *
     * @return the end date
     */
    public abstract Optional<LocalDate> until();

    /**
     * The anchor of the occurrences: {@link #start()} if present, else the default anchor.
     *
     * @param defaultAnchor the caller's anchor, e.g. the agreement's effective date
     * @return the anchor
     */
    public final LocalDate anchor(LocalDate defaultAnchor) {
        Objects.requireNonNull(defaultAnchor, "defaultAnchor");
        return start().orElse(defaultAnchor);
    }

    /**
     * Computes the k-th occurrence directly from the anchor, never from the previous occurrence, ignoring
     * {@link #count()} and {@link #until()}.
     *
     * @param defaultAnchor the anchor when {@link #start()} is absent, e.g. the agreement's effective date
     * @param index k, from 1
     * @param calendar the calendar, consulted only for {@link #lastBusinessDay()} schedules
     * @return the k-th occurrence
     * @throws IllegalArgumentException if {@code index} is below 1
     * @throws ValidationException if the schedule has {@linkplain #problems() problems}
     * @throws CalendarCoverageException if a last business day falls outside the calendar's covered range
     * @throws IllegalStateException if a month of a last-business-day schedule has no business day
     * @throws DateTimeException if the occurrence is beyond the supported date range
     */
    public final LocalDate occurrence(LocalDate defaultAnchor, int index, BusinessCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        if (index < 1) {
            throw new IllegalArgumentException("occurrence index " + index + " is not valid: expected 1 or more");
        }
        requireValid();
        LocalDate anchor = anchor(defaultAnchor);
        long steps = (long) (index - 1) * interval();
        switch (frequency()) {
            case DAILY:
                return anchor.plusDays(steps);
            case WEEKLY:
                LocalDate first = dayOfWeek()
                        .map(d -> anchor.with(TemporalAdjusters.nextOrSame(d)))
                        .orElse(anchor);
                return first.plusWeeks(steps);
            case MONTHLY:
                if (lastBusinessDay()) {
                    return lastBusinessDayOf(lastBusinessDayMonth(anchor, steps, calendar), calendar);
                }
                if (dayOfMonth().isPresent()) {
                    int day = dayOfMonth().get();
                    YearMonth month = YearMonth.from(anchor);
                    if (clamp(month, day).isBefore(anchor)) {
                        month = month.plusMonths(1);
                    }
                    return clamp(month.plusMonths(steps), day);
                }
                return anchor.plusMonths(steps);
            case YEARLY:
                if (dayOfMonth().isPresent()) {
                    int day = dayOfMonth().get();
                    YearMonth month = YearMonth.from(anchor);
                    if (clamp(month, day).isBefore(anchor)) {
                        month = month.plusYears(1);
                    }
                    return clamp(month.plusYears(steps), day);
                }
                return anchor.plusYears(steps);
            default:
                throw new AssertionError(frequency());
        }
    }

    /**
     * Lists the occurrences in order, bounded by {@link #count()}, {@link #until()} and a date it never expands past.
     *
     * @param defaultAnchor the anchor when {@link #start()} is absent, e.g. the agreement's effective date
     * @param throughInclusive the last date an occurrence may fall on, e.g. the evaluation date plus the reporting
     *     horizon, or the agreement's end
     * @param calendar the calendar, consulted only for {@link #lastBusinessDay()} schedules
     * @return the occurrences, strictly increasing; the k-th element is {@link #occurrence occurrence(..., k, ...)}
     * @throws ValidationException if the schedule has {@linkplain #problems() problems}
     * @throws CalendarCoverageException if a last business day up to {@code throughInclusive} is outside the
     *     calendar's covered range
     */
    public final List<LocalDate> occurrences(
            LocalDate defaultAnchor, LocalDate throughInclusive, BusinessCalendar calendar) {
        Objects.requireNonNull(throughInclusive, "throughInclusive");
        Objects.requireNonNull(calendar, "calendar");
        requireValid();
        LocalDate anchor = anchor(defaultAnchor);
        LocalDate limit = until().filter(u -> u.isBefore(throughInclusive)).orElse(throughInclusive);
        int max = count().orElse(Integer.MAX_VALUE);
        List<LocalDate> result = new ArrayList<>();
        for (int k = 1; k <= max; k++) {
            if (lastBusinessDay()) {
                // Never consult the calendar for a month wholly past the limit: it may lie beyond the covered range.
                YearMonth month = lastBusinessDayMonth(anchor, (long) (k - 1) * interval(), calendar);
                if (month.atDay(1).isAfter(limit)) {
                    break;
                }
            }
            LocalDate next;
            try {
                next = occurrence(anchor, k, calendar);
            } catch (DateTimeException e) {
                break; // beyond LocalDate.MAX, so past any limit
            }
            if (next.isAfter(limit)) {
                break;
            }
            result.add(next);
            if (k == Integer.MAX_VALUE) {
                break;
            }
        }
        return List.copyOf(result);
    }

    /**
     * Returns the first occurrence strictly after a date, within {@link #count()} and {@link #until()}: for a periodic
     * obligation, the end of the period that starts with the occurrence on or before that date.
     *
     * @param defaultAnchor the anchor when {@link #start()} is absent
     * @param date the date
     * @param calendar the calendar, consulted only for {@link #lastBusinessDay()} schedules
     * @return the next occurrence, or empty if the schedule has ended by then
     * @throws ValidationException if the schedule has {@linkplain #problems() problems}
     */
    public final Optional<LocalDate> nextAfter(LocalDate defaultAnchor, LocalDate date, BusinessCalendar calendar) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(calendar, "calendar");
        requireValid();
        LocalDate anchor = anchor(defaultAnchor);
        int k = estimateIndex(anchor, date);
        while (k > 1 && occurrence(anchor, k, calendar).isAfter(date)) {
            k--;
        }
        LocalDate next = occurrence(anchor, k, calendar);
        while (!next.isAfter(date)) {
            if (k == Integer.MAX_VALUE) {
                return Optional.empty();
            }
            k++;
            next = occurrence(anchor, k, calendar);
        }
        if (count().isPresent() && k > count().get()) {
            return Optional.empty();
        }
        if (until().isPresent() && next.isAfter(until().get())) {
            return Optional.empty();
        }
        return Optional.of(next);
    }

    /** An index whose occurrence is usually on or before {@code date}, to avoid iterating from 1. */
    private int estimateIndex(LocalDate anchor, LocalDate date) {
        ChronoUnit unit = switch (frequency()) {
            case DAILY -> ChronoUnit.DAYS;
            case WEEKLY -> ChronoUnit.WEEKS;
            case MONTHLY -> ChronoUnit.MONTHS;
            case YEARLY -> ChronoUnit.YEARS;
        };
        long guess = unit.between(anchor, date) / interval() - 1;
        return (int) Math.max(1, Math.min(guess, Integer.MAX_VALUE));
    }

    private YearMonth lastBusinessDayMonth(LocalDate anchor, long steps, BusinessCalendar calendar) {
        YearMonth month = YearMonth.from(anchor);
        if (lastBusinessDayOf(month, calendar).isBefore(anchor)) {
            month = month.plusMonths(1);
        }
        return month.plusMonths(steps);
    }

    private static LocalDate lastBusinessDayOf(YearMonth month, BusinessCalendar calendar) {
        LocalDate last = month.atEndOfMonth();
        LocalDate result = calendar.isBusinessDay(last) ? last : calendar.previousBusinessDay(last);
        if (!YearMonth.from(result).equals(month)) {
            throw new IllegalStateException(
                    "month " + month + " has no business day in calendar " + calendar + ": expected at least one");
        }
        return result;
    }

    private static LocalDate clamp(YearMonth month, int day) {
        return month.atDay(Math.min(day, month.lengthOfMonth()));
    }

    private void requireValid() {
        if (!isValid()) {
            throw new ValidationException("recurrence '" + this + "'", problems());
        }
    }

    /**
     * Whether {@link #problems()} is empty, worked out once: every occurrence asked for checks it, and an engine asks
     * for thousands.
     *
     * @return whether the schedule is valid
     */
    @Value.Lazy
    boolean isValid() {
        return problems().isEmpty();
    }

    /** The code of every problem of a schedule, as the agreement validator reports it. */
    public static final String INVALID_RECURRENCE = "INVALID_RECURRENCE";

    /** The longest interval of each frequency: ten years. */
    private static final java.util.Map<Frequency, Integer> MAX_INTERVAL = new java.util.EnumMap<>(java.util.Map.of(
            Frequency.DAILY, 3650,
            Frequency.WEEKLY, 522,
            Frequency.MONTHLY, 120,
            Frequency.YEARLY, 10));

    /**
     * Lists the structural problems of this schedule; see {@link #problems(LocalDate)}, except that an end before the
     * start is a problem only if the schedule has a {@link #start()}, and an interval has no upper bound. Computing
     * occurrences of a schedule with such problems throws.
     *
     * @return the problems; empty if the schedule is valid
     */
    public final List<Problem> problems() {
        return problems(null, false);
    }

    /**
     * Lists the structural problems of this schedule: the one statement of the schedule rules, which the agreement
     * validator reports (under the trigger's path, prefixed with the obligation) and the engine relies on.
     *
     * <p>These are the problems of the schedule in an agreement, whose validator reports them. Every problem has the
     * code {@value #INVALID_RECURRENCE} and a path relative to the schedule, which names the rule: {@code interval} (below 1, or above ten years: 3650 days, 522 weeks, 120 months, 10 years), {@code count}
     * (below 1), {@code dayOfWeek} (on a schedule that is not weekly), {@code dayOfMonth} (on a daily or weekly
     * schedule, else outside 1 to 31), {@code lastBusinessDay} (on a schedule that is not monthly, else together
     * with a day of month), {@code until} (before the start).
     *
     * @param defaultStart the start when {@link #start()} is absent (an agreement's effective date)
     * @return the problems, in the order above; empty if the schedule is valid in an agreement
     */
    public final List<Problem> problems(LocalDate defaultStart) {
        return problems(Objects.requireNonNull(defaultStart, "defaultStart"), true);
    }

    private List<Problem> problems(LocalDate defaultStart, boolean inAgreement) {
        List<Problem> problems = new ArrayList<>();
        String what = "recurrence " + frequency();
        int max = inAgreement ? MAX_INTERVAL.get(frequency()) : Integer.MAX_VALUE;
        if (interval() < 1 || interval() > max) {
            problems.add(new Problem(
                    INVALID_RECURRENCE,
                    "interval",
                    what + " has interval " + interval() + "; expected "
                            + (inAgreement ? "1 to " + max : "1 or more")));
        }
        count().filter(c -> c < 1)
                .ifPresent(c -> problems.add(
                        new Problem(INVALID_RECURRENCE, "count", what + " has count " + c + "; expected at least 1")));
        if (dayOfWeek().isPresent() && !frequency().takesDayOfWeek()) {
            problems.add(new Problem(
                    INVALID_RECURRENCE,
                    "dayOfWeek",
                    what + " has day of week " + dayOfWeek().get() + "; expected a day of week only on a "
                            + Frequency.namesTaking(Frequency::takesDayOfWeek, "or") + " schedule"));
        }
        dayOfMonth().ifPresent(d -> {
            if (!frequency().takesDayOfMonth()) {
                problems.add(new Problem(
                        INVALID_RECURRENCE,
                        "dayOfMonth",
                        what + " has day of month " + d + "; expected a day of month only on a "
                                + Frequency.namesTaking(Frequency::takesDayOfMonth, "or") + " schedule"));
            } else if (d < 1 || d > 31) {
                problems.add(new Problem(
                        INVALID_RECURRENCE, "dayOfMonth", what + " has day of month " + d + "; expected 1 to 31"));
            }
        });
        if (lastBusinessDay()) {
            if (!frequency().takesLastBusinessDay()) {
                problems.add(new Problem(
                        INVALID_RECURRENCE,
                        "lastBusinessDay",
                        what + " is on the last business day; expected that only on a "
                                + Frequency.namesTaking(Frequency::takesLastBusinessDay, "or") + " schedule"));
            } else if (dayOfMonth().isPresent()) {
                problems.add(new Problem(
                        INVALID_RECURRENCE,
                        "lastBusinessDay",
                        what + " is on the last business day and on day "
                                + dayOfMonth().get() + "; expected one or the other"));
            }
        }
        LocalDate start = start().orElse(defaultStart);
        if (start != null && until().isPresent() && until().get().isBefore(start)) {
            problems.add(new Problem(
                    INVALID_RECURRENCE,
                    "until",
                    what + " ends on " + until().get() + ", before its start " + start
                            + "; expected the start or later"));
        }
        return List.copyOf(problems);
    }

    /**
     * The k-th occurrence within the schedule's bounds ({@link #count()} and {@link #until()}): {@link #occurrence},
     * or empty when the schedule has ended by then.
     *
     * @param defaultAnchor the anchor when {@link #start()} is absent, e.g. the agreement's effective date
     * @param index k, from 1
     * @param calendar the calendar, consulted only for {@link #lastBusinessDay()} schedules
     * @return the k-th occurrence, or empty past the count or the end
     * @throws IllegalArgumentException if {@code index} is below 1
     * @throws ValidationException if the schedule has {@linkplain #problems() problems}
     * @throws CalendarCoverageException if a last business day falls outside the calendar's covered range
     * @throws IllegalStateException if a month of a last-business-day schedule has no business day
     * @throws DateTimeException if the occurrence is beyond the supported date range
     */
    public final Optional<LocalDate> boundedOccurrence(LocalDate defaultAnchor, int index, BusinessCalendar calendar) {
        if (count().isPresent() && index > count().get()) {
            return Optional.empty();
        }
        LocalDate date = occurrence(defaultAnchor, index, calendar);
        return until().isPresent() && date.isAfter(until().get()) ? Optional.empty() : Optional.of(date);
    }

    /**
     * Returns the schedule in words, e.g. {@code "every 2 weeks on MONDAY from 2026-01-05, 10 times"} or
     * {@code "every month on the last business day, until 2026-12-31"}.
     */
    @Override
    public String toString() {
        String unit = switch (frequency()) {
            case DAILY -> "day";
            case WEEKLY -> "week";
            case MONTHLY -> "month";
            case YEARLY -> "year";
        };
        StringBuilder s = new StringBuilder("every ");
        s.append(interval() == 1 ? unit : interval() + " " + unit + "s");
        dayOfWeek().ifPresent(d -> s.append(" on ").append(d));
        dayOfMonth().ifPresent(d -> s.append(" on day ").append(d));
        if (lastBusinessDay()) {
            s.append(" on the last business day");
        }
        start().ifPresent(d -> s.append(" from ").append(d));
        count().ifPresent(c -> s.append(c == 1 ? ", once" : ", " + c + " times"));
        until().ifPresent(d -> s.append(", until ").append(d));
        return s.toString();
    }

    /** Builds {@link Recurrence} values. */
    public static final class Builder extends ImmutableRecurrence.Builder {}
}
