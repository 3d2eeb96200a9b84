package dev.pacta.core.arbitraries;

import dev.pacta.core.time.BusinessCalendar;
import dev.pacta.core.time.LocalDateRange;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * Reusable jqwik generators of business calendars and dates, built on the real {@link BusinessCalendar.Builder}.
 *
 * <p>Calendars are dense on purpose: covered ranges of up to 1,500 days hold up to 120 holidays and working
 * overrides, so that shifts of a few business days regularly cross holidays, overrides and the covered range's end.
 * Other modules use these through {@code pacta-core}'s test-jar.
 */
public final class CalendarArbitraries {
    /** The centre of generated dates when a calendar is unbounded. */
    public static final LocalDate ANCHOR = LocalDate.of(2024, 1, 1);

    private static final int UNBOUNDED_SPAN = 3 * 366;

    private CalendarArbitraries() {}

    /**
     * Weekend sets that leave at least one business day of the week: mostly Saturday and Sunday, sometimes none,
     * Friday and Saturday, or any set of up to six days.
     *
     * @return weekend-day sets
     */
    public static Arbitrary<Set<DayOfWeek>> weekendDays() {
        return Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.just(Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY))),
                Tuple.of(1, Arbitraries.just(Set.<DayOfWeek>of())),
                Tuple.of(1, Arbitraries.just(Set.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY))),
                Tuple.of(
                        3,
                        Arbitraries.subsetOf(DayOfWeek.values())
                                .ofMaxSize(6)
                                .map(s -> s.isEmpty() ? Set.<DayOfWeek>of() : Set.copyOf(EnumSet.copyOf(s)))));
    }

    /**
     * Covered ranges: mostly 60 to 1,500 days, sometimes 1 to 60, starting between 2020 and 2030, sometimes unbounded.
     *
     * @return covered ranges, never empty
     */
    public static Arbitrary<LocalDateRange> coveredRanges() {
        Arbitrary<LocalDateRange> bounded = Combinators.combine(
                        Arbitraries.integers().between(0, 3650).withDistribution(RandomDistribution.uniform()),
                        Arbitraries.frequencyOf(
                                Tuple.of(1, Arbitraries.integers().between(1, 60)),
                                Tuple.of(
                                        4,
                                        Arbitraries.integers()
                                                .between(60, 1500)
                                                .withDistribution(RandomDistribution.uniform()))))
                .as((offset, length) -> {
                    LocalDate start = LocalDate.of(2020, 1, 1).plusDays(offset);
                    return LocalDateRange.of(start, start.plusDays(length));
                });
        return Arbitraries.frequencyOf(Tuple.of(9, bounded), Tuple.of(1, Arbitraries.just(LocalDateRange.unbounded())));
    }

    /**
     * Calendars with a random weekend set (leaving at least one business day of the week), covered range, holidays
     * and working overrides (on weekend days, never on a holiday).
     *
     * @return calendars that have business days
     */
    public static Arbitrary<BusinessCalendar> calendars() {
        return Combinators.combine(weekendDays(), coveredRanges()).as(Tuple::of).flatMap(t -> {
            Set<DayOfWeek> weekend = t.get1();
            LocalDateRange range = t.get2();
            Arbitrary<List<LocalDate>> dates = datesIn(range).list().ofMaxSize(120);
            return Combinators.combine(
                            dates, dates, Arbitraries.of("ES-MD", "GB", "X").optional())
                    .as((holidays, overrides, name) -> {
                        BusinessCalendar.Builder b = BusinessCalendar.builder()
                                .weekendDays(weekend)
                                .addHolidays(holidays)
                                .covering(range);
                        overrides.stream()
                                .filter(d -> weekend.contains(d.getDayOfWeek()))
                                .filter(d -> !holidays.contains(d))
                                .forEach(b::addWorkingOverride);
                        name.ifPresent(b::name);
                        return b.build();
                    });
        });
    }

    /**
     * Dates in a range, with its first and last dates as edge cases; for a range unbounded on a side, dates within
     * about three years of {@link #ANCHOR} (or of its bounded end).
     *
     * @param range a non-empty range
     * @return dates the range contains
     */
    public static Arbitrary<LocalDate> datesIn(LocalDateRange range) {
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
        return Arbitraries.longs()
                .between(0, days)
                .withDistribution(RandomDistribution.uniform())
                .map(from::plusDays)
                .edgeCases(c -> c.includeOnly(from, toInclusive));
    }

    /**
     * Dates the calendar covers.
     *
     * @param calendar the calendar
     * @return dates in its covered range
     */
    public static Arbitrary<LocalDate> datesIn(BusinessCalendar calendar) {
        return datesIn(calendar.coveredRange());
    }

    /**
     * Calendars covering every date, with a random weekend set (leaving a business day) and up to 80 holidays and
     * working overrides between 2019 and 2045: for schedules that look far ahead, such as last-business-day
     * recurrences.
     *
     * @return unbounded calendars that have business days
     */
    public static Arbitrary<BusinessCalendar> unboundedCalendars() {
        LocalDateRange dataYears = LocalDateRange.of(LocalDate.of(2019, 1, 1), LocalDate.of(2046, 1, 1));
        Arbitrary<List<LocalDate>> dates = datesIn(dataYears).list().ofMaxSize(80);
        return Combinators.combine(weekendDays(), dates, dates).as((weekend, holidays, overrides) -> {
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
     * A calendar with a date it covers.
     *
     * @return pairs of a calendar and a covered date
     */
    public static Arbitrary<Tuple2<BusinessCalendar, LocalDate>> calendarsWithDates() {
        return calendars().flatMap(c -> datesIn(c).map(d -> Tuple.of(c, d)));
    }
}
