package dev.pacta.core.gen;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.pacta.core.ValidationException;
import dev.pacta.core.time.BusinessCalendar;
import dev.pacta.core.time.LocalDateRange;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of business calendars and dates, built on the real {@link BusinessCalendar.Builder}.
 *
 * <p>Calendars are dense on purpose: covered ranges of up to 1,500 days hold up to 120 holidays and working
 * overrides, so that shifts of a few business days regularly cross holidays, overrides and the covered range's end.
 * Other modules use these through {@code pacta-core}'s test-jar.
 */
public final class CalendarGen {
    /** The centre of generated dates when a calendar is unbounded. */
    public static final LocalDate ANCHOR = LocalDate.of(2024, 1, 1);

    private static final int UNBOUNDED_SPAN = 3 * 366;

    private CalendarGen() {}

    /**
     * A calendar and a date it covers.
     *
     * @param calendar the calendar
     * @param date a date in its covered range
     */
    public record CalendarWithDate(BusinessCalendar calendar, LocalDate date) {}

    /**
     * Weekend sets that leave at least one business day of the week: mostly Saturday and Sunday, sometimes none,
     * Friday and Saturday, or any set of up to six days.
     *
     * @return weekend-day sets
     */
    public static Gen<Set<DayOfWeek>> weekendDays() {
        Gen<Set<DayOfWeek>> any = Gens.subsets(List.of(DayOfWeek.values()), 6)
                .map(s -> s.isEmpty() ? Set.<DayOfWeek>of() : Set.copyOf(EnumSet.copyOf(s)));
        return Gens.weighted(
                Pair.of(5, Generate.constant(Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY))),
                Pair.of(1, Generate.constant(Set.<DayOfWeek>of())),
                Pair.of(1, Generate.constant(Set.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY))),
                Pair.of(3, any));
    }

    /**
     * Covered ranges: mostly 60 to 1,500 days, sometimes 1 to 60, starting between 2020 and 2030, sometimes unbounded.
     *
     * @return covered ranges, never empty
     */
    public static Gen<LocalDateRange> coveredRanges() {
        Gen<Integer> lengths =
                Gens.frequency(1, integers().between(1, 60), 4, integers().between(60, 1500));
        Gen<LocalDateRange> bounded = integers().between(0, 3650).zip(lengths, (offset, length) -> {
            LocalDate start = LocalDate.of(2020, 1, 1).plusDays(offset);
            return LocalDateRange.of(start, start.plusDays(length));
        });
        return Gens.frequency(9, bounded, 1, Generate.constant(LocalDateRange.unbounded()));
    }

    /**
     * Calendars with a random weekend set (leaving at least one business day of the week), covered range, holidays
     * and working overrides (on weekend days, never on a holiday).
     *
     * @return calendars that have business days
     */
    public static Gen<BusinessCalendar> calendars() {
        return weekendDays().zip(coveredRanges(), Pair::of).flatMap(t -> {
            Set<DayOfWeek> weekend = t._1;
            LocalDateRange range = t._2;
            Gen<List<LocalDate>> dates = lists().of(datesIn(range)).ofSizeBetween(0, 120);
            Gen<Optional<String>> names = Gens.optional(Gens.of("ES-MD", "GB", "X"), 0.5);
            return dates.zip(dates, names, (holidays, overrides, name) -> {
                BusinessCalendar.Builder b = BusinessCalendar.builder()
                        .weekendDays(weekend)
                        .addHolidays(holidays)
                        .covering(range);
                overrides.stream()
                        .filter(d -> weekend.contains(d.getDayOfWeek()))
                        .filter(d -> !holidays.contains(d))
                        .forEach(b::addWorkingOverride);
                name.ifPresent(b::name);
                if (name.isPresent()) {
                    // Named calendars name every other holiday, some in Spanish, so names take part in equality and
                    // in round trips.
                    holidays.stream()
                            .filter(d -> d.toEpochDay() % 2 == 0)
                            .forEach(d -> b.addHoliday(d, (d.getDayOfMonth() % 3 == 0 ? "Día " : "Holiday ") + d));
                }
                return withABusinessDay(b, weekend, holidays, range);
            });
        });
    }

    /**
     * Builds a calendar; when its short covered range holds only weekend days and holidays, which a calendar may not
     * (it has to have a business day), makes the range's first date a business day: no longer a holiday, and a
     * working override if it is a weekend day.
     */
    private static BusinessCalendar withABusinessDay(
            BusinessCalendar.Builder b, Set<DayOfWeek> weekend, List<LocalDate> holidays, LocalDateRange range) {
        try {
            return b.build();
        } catch (ValidationException e) {
            LocalDate first = range.start();
            // Built unbounded (the weekend set leaves a business day) to read back the holidays' names.
            BusinessCalendar loose = b.covering(LocalDateRange.unbounded()).build();
            BusinessCalendar.Builder fixed = loose.toBuilder()
                    .holidays(holidays.stream().filter(d -> !d.equals(first)).toList())
                    .covering(range);
            loose.holidayNames().forEach((d, n) -> {
                if (!d.equals(first)) {
                    fixed.addHoliday(d, n);
                }
            });
            if (weekend.contains(first.getDayOfWeek())) {
                fixed.addWorkingOverride(first);
            }
            return fixed.build();
        }
    }

    /**
     * Dates in a range, with its first and last dates as edge cases; for a range unbounded on a side, dates within
     * about three years of {@link #ANCHOR} (or of its bounded end).
     *
     * @param range a non-empty range
     * @return dates the range contains
     */
    public static Gen<LocalDate> datesIn(LocalDateRange range) {
        LocalDate from;
        LocalDate toInclusive;
        if (range.isUnboundedStart() && range.isUnboundedEnd()) {
            from = ANCHOR.minusDays(UNBOUNDED_SPAN);
            toInclusive = ANCHOR.plusDays(UNBOUNDED_SPAN);
        } else if (range.isUnboundedStart()) {
            toInclusive = range.endInclusive();
            from = toInclusive.minusDays(2L * UNBOUNDED_SPAN);
        } else if (range.isUnboundedEnd()) {
            from = range.start();
            toInclusive = from.plusDays(2L * UNBOUNDED_SPAN);
        } else {
            from = range.start();
            toInclusive = range.endInclusive();
        }
        long days = toInclusive.toEpochDay() - from.toEpochDay();
        return Gens.uniformWithEnds(0, days, from::plusDays);
    }

    /**
     * Dates the calendar covers.
     *
     * @param calendar the calendar
     * @return dates in its covered range
     */
    public static Gen<LocalDate> datesIn(BusinessCalendar calendar) {
        return datesIn(calendar.coveredRange());
    }

    /**
     * Calendars covering every date, with a random weekend set (leaving a business day) and up to 80 holidays and
     * working overrides between 2019 and 2045: for schedules that look far ahead, such as last-business-day
     * recurrences.
     *
     * @return unbounded calendars that have business days
     */
    public static Gen<BusinessCalendar> unboundedCalendars() {
        LocalDateRange dataYears = LocalDateRange.of(LocalDate.of(2019, 1, 1), LocalDate.of(2046, 1, 1));
        Gen<List<LocalDate>> dates = lists().of(datesIn(dataYears)).ofSizeBetween(0, 80);
        return weekendDays().zip(dates, dates, (weekend, holidays, overrides) -> {
            BusinessCalendar.Builder b = BusinessCalendar.builder()
                    .weekendDays(weekend)
                    .addHolidays(holidays)
                    .covering(LocalDateRange.unbounded());
            overrides.stream()
                    .filter(d -> weekend.contains(d.getDayOfWeek()))
                    .filter(d -> !holidays.contains(d))
                    .forEach(b::addWorkingOverride);
            return b.build();
        });
    }

    /**
     * A calendar with a date it covers: eight times in ten any covered date, else one of its holidays or one of its
     * working overrides (when it has some), so that shifts regularly start on the days the calendar sets apart.
     *
     * @return pairs of a calendar and a covered date
     */
    public static Gen<CalendarWithDate> calendarsWithDates() {
        return calendars().flatMap(c -> {
            Gen<LocalDate> any = datesIn(c);
            List<LocalDate> holidayList = covered(c, c.holidays());
            List<LocalDate> overrideList = covered(c, c.workingOverrides());
            Gen<LocalDate> holidays = holidayList.isEmpty() ? any : Generate.pick(holidayList);
            Gen<LocalDate> overrides = overrideList.isEmpty() ? any : Generate.pick(overrideList);
            return Gens.weighted(Pair.of(8, any), Pair.of(1, holidays), Pair.of(1, overrides))
                    .map(d -> new CalendarWithDate(c, d));
        });
    }

    private static List<LocalDate> covered(BusinessCalendar c, Set<LocalDate> dates) {
        return dates.stream().filter(c::covers).sorted().toList();
    }
}
