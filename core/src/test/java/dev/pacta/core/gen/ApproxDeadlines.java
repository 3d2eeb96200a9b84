package dev.pacta.core.gen;

import dev.pacta.core.model.DeadlineRule;
import dev.pacta.core.time.BusinessDayConvention;
import dev.pacta.core.time.CalendarId;
import dev.pacta.core.time.Recurrence;
import dev.pacta.core.time.Span;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A small, independent re-statement of DESIGN.md §3 for the calendars generated agreements name ({@code WEEKENDS},
 * {@code NONE} and {@link ModelGen#HOLIDAYS}), used only to place generated events before, on and after deadlines.
 *
 * <p>It is not the engine and not an oracle: recurrences with a day of month before the anchor's day, extensions,
 * suspensions and excused delay are not modelled, so a generated event's intent ("late") is what the generator aimed
 * for, not a verdict.
 */
final class ApproxDeadlines {
    private ApproxDeadlines() {}

    static boolean isBusinessDay(LocalDate date, CalendarId calendar) {
        if (calendar.equals(CalendarId.NONE)) {
            return true;
        }
        boolean weekday = date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
        return weekday && !(calendar.equals(ModelGen.HOLIDAYS) && ModelGen.isGeneratedHoliday(date));
    }

    static LocalDate adjust(LocalDate date, BusinessDayConvention convention, CalendarId calendar) {
        switch (convention) {
            case NONE:
                return date;
            case PRECEDING:
                return preceding(date, calendar);
            case MODIFIED_FOLLOWING:
                LocalDate following = following(date, calendar);
                return following.getMonth() == date.getMonth() ? following : preceding(date, calendar);
            case FOLLOWING:
            default:
                return following(date, calendar);
        }
    }

    private static LocalDate following(LocalDate date, CalendarId calendar) {
        LocalDate d = date;
        while (!isBusinessDay(d, calendar)) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static LocalDate preceding(LocalDate date, CalendarId calendar) {
        LocalDate d = date;
        while (!isBusinessDay(d, calendar)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** "Within N business days after X": X's day never counts; N = 0 is X's day if a business day, else the next. */
    static LocalDate plusBusinessDays(LocalDate anchor, long n, CalendarId calendar) {
        if (n == 0) {
            return following(anchor, calendar);
        }
        LocalDate d = anchor;
        long counted = 0;
        while (counted < n) {
            d = d.plusDays(1);
            if (isBusinessDay(d, calendar)) {
                counted++;
            }
        }
        return d;
    }

    /**
     * The last local date on which a fulfilment is on time, for an instance in force from {@code anchor}; empty for
     * open-ended rules. For hour offsets, the date of the deadline instant.
     */
    static Optional<LocalDate> dueDate(DeadlineRule rule, Instant anchor, ZoneId zone, CalendarId calendar) {
        LocalDate day = anchor.atZone(zone).toLocalDate();
        switch (rule.kind()) {
            case OPEN:
                return Optional.empty();
            case FIXED_DATE:
                return Optional.of(adjust(((DeadlineRule.OnDate) rule).date(), rule.convention(), calendar));
            case OFFSET:
            default:
                Span span = ((DeadlineRule.Offset) rule).offset();
                long n = span.amount();
                switch (span.unit()) {
                    case HOURS:
                        return Optional.of(
                                anchor.plusSeconds(3600 * n).atZone(zone).toLocalDate());
                    case BUSINESS_DAYS:
                        return Optional.of(plusBusinessDays(day, n, calendar));
                    case WEEKS:
                        return Optional.of(adjust(day.plusWeeks(n), rule.convention(), calendar));
                    case MONTHS:
                        return Optional.of(adjust(day.plusMonths(n), rule.convention(), calendar));
                    case CALENDAR_DAYS:
                    default:
                        return Optional.of(adjust(day.plusDays(n), rule.convention(), calendar));
                }
        }
    }

    /** The first occurrences of a schedule (at most {@code max}), from the anchor, never chained. */
    static List<LocalDate> occurrences(
            Recurrence r, LocalDate defaultAnchor, Optional<LocalDate> end, CalendarId calendar, int max) {
        LocalDate anchor = r.start().orElse(defaultAnchor);
        List<LocalDate> result = new ArrayList<>();
        int limit = Math.min(max, r.count().orElse(max));
        for (int k = 0; result.size() < limit && k < limit + 2; k++) {
            long step = (long) k * r.interval();
            LocalDate date;
            switch (r.frequency()) {
                case DAILY:
                    date = anchor.plusDays(step);
                    break;
                case WEEKLY:
                    LocalDate base = r.dayOfWeek()
                            .map(d -> anchor.with(TemporalAdjusters.nextOrSame(d)))
                            .orElse(anchor);
                    date = base.plusWeeks(step);
                    break;
                case MONTHLY:
                    YearMonth month = YearMonth.from(anchor).plusMonths(step);
                    if (r.lastBusinessDay()) {
                        date = preceding(month.atEndOfMonth(), calendar);
                    } else {
                        int day = r.dayOfMonth().orElse(anchor.getDayOfMonth());
                        date = month.atDay(Math.min(day, month.lengthOfMonth()));
                    }
                    break;
                case YEARLY:
                default:
                    LocalDate year = anchor.plusYears(step);
                    YearMonth ym = YearMonth.from(year);
                    date = ym.atDay(Math.min(r.dayOfMonth().orElse(anchor.getDayOfMonth()), ym.lengthOfMonth()));
                    break;
            }
            if (date.isBefore(anchor)) {
                continue;
            }
            if (r.until().map(date::isAfter).orElse(false)
                    || end.map(date::isAfter).orElse(false)) {
                break;
            }
            result.add(date);
        }
        return result;
    }
}
