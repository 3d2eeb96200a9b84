package dev.pacta.core.engine;

import dev.pacta.core.time.BusinessCalendar;
import dev.pacta.core.time.BusinessDayConvention;
import dev.pacta.core.time.LocalDateRange;
import dev.pacta.core.time.Recurrence;
import dev.pacta.core.time.Span;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.NavigableMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The one place the engine looks up its business calendar (chapter "Business days" of the design). A calendar knows
 * only the range its data covers, and a lookup outside it is a gap, never a silent fall-back to weekends only; an
 * evaluation never throws for a gap either:
 *
 * <ul>
 *   <li>a date that must be computed (a deadline, an occurrence, an extension) is computed by {@link #lookup}, which
 *       hands the gap to its caller, who turns it into a {@code CALENDAR_NOT_COVERED} finding and goes on without it;
 *   <li>a count of business days ({@link #businessDays}) falls back to calendar days and says so in its unit.
 * </ul>
 *
 * <p>The other methods compute dates that may fall in a gap; they are called only inside {@link #lookup}.
 */
final class GuardedCalendar {
    private final BusinessCalendar calendar;

    GuardedCalendar(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * A date (or anything else) computed from the calendar, or null with the gap handed to {@code gap} when the
     * calendar cannot give it (a date outside its covered range, or a calendar without the business day asked for).
     */
    <T> T lookup(Supplier<T> compute, Consumer<String> gap) {
        try {
            return compute.get();
        } catch (DateTimeException | ArithmeticException | IllegalArgumentException | IllegalStateException e) {
            // CalendarCoverageException is an IllegalArgumentException, a calendar without the business day asked for
            // throws IllegalStateException; date and int overflows far out are gaps of the same kind.
            gap.accept(e.getMessage());
            return null;
        }
    }

    /** A count and the unit it was counted in: calendar days when business days were asked for but not covered. */
    record Count(long amount, Span.Unit unit) {}

    /**
     * Business days from the day after {@code from} through {@code to} (0 on the same day, negative never: at least
     * 0); calendar days between the dates when the calendar does not cover the days counted.
     */
    Count businessDays(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return new Count(0, Span.Unit.BUSINESS_DAYS); // nothing to count
        }
        if (covers(from, to)) {
            return new Count(
                    Math.max(0, calendar.businessDaysBetween(from.plusDays(1), to.plusDays(1))),
                    Span.Unit.BUSINESS_DAYS);
        }
        return new Count(Math.max(0, ChronoUnit.DAYS.between(from, to)), Span.Unit.CALENDAR_DAYS);
    }

    /** Whether business days from the day after {@code from} through {@code to} can be counted. */
    boolean covers(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return true; // nothing to count
        }
        LocalDateRange range = calendar.coveredRange();
        return range.contains(from.plusDays(1)) && range.contains(to);
    }

    /**
     * The range the calendar's data covers, in words, for findings: "Sat/Sun + 12 holidays covers
     * 2026-01-01/2027-01-01". The calendar's own text ends with ", covering" its range when it has one, which is left
     * out here so that the range is said once.
     */
    String coverage() {
        String text = calendar.toString();
        String range = String.valueOf(calendar.coveredRange());
        String own = ", covering " + range;
        String what = text.endsWith(own) ? text.substring(0, text.length() - own.length()) : text;
        return what + " covers " + range;
    }

    /**
     * The named holidays from {@code from} through {@code toInclusive}, in date order, for explanations; reads only the
     * calendar's holiday names, so it never falls in a gap.
     */
    NavigableMap<LocalDate, String> namedHolidays(LocalDate from, LocalDate toInclusive) {
        return calendar.holidayNames().subMap(from, true, toInclusive, true);
    }

    // Lookups that may fall in a gap: call them inside lookup(...).

    LocalDate adjust(LocalDate date, BusinessDayConvention convention) {
        return calendar.adjust(date, convention);
    }

    LocalDate addBusinessDays(LocalDate date, int n) {
        return calendar.addBusinessDays(date, n);
    }

    LocalDate shift(LocalDate date, int n) {
        return calendar.shift(date, n);
    }

    /** The k-th occurrence of a schedule within its count and end, or empty past them. */
    java.util.Optional<LocalDate> occurrence(Recurrence r, LocalDate anchor, int k) {
        return r.boundedOccurrence(anchor, k, calendar);
    }

    /** A date shifted by a span: business days in the calendar, hours as started days. */
    LocalDate shift(LocalDate date, Span span) {
        int n = Math.toIntExact(span.amount());
        return switch (span.unit()) {
            case CALENDAR_DAYS -> date.plusDays(n);
            case WEEKS -> date.plusWeeks(n);
            case MONTHS -> date.plusMonths(n);
            case BUSINESS_DAYS -> calendar.shift(date, n);
            case HOURS -> date.plusDays((n + 23) / 24);
        };
    }
}
