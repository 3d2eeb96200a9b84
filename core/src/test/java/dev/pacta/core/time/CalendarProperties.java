package dev.pacta.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.arbitraries.CalendarArbitraries;
import java.time.LocalDate;
import java.time.YearMonth;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple.Tuple3;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/** Business calendars against naive day-by-day oracles over random calendars. */
class CalendarProperties {

    /** The definition, read from the calendar's data only: no lookup structure of the calendar is used. */
    static boolean naiveBusinessDay(BusinessCalendar c, LocalDate d) {
        return c.workingOverrides().contains(d)
                || (!c.weekendDays().contains(d.getDayOfWeek()) && !c.holidays().contains(d));
    }

    /** Steps one day at a time; a date outside the covered range is an error. */
    static Object naiveShift(BusinessCalendar c, LocalDate d, int n) {
        if (n == 0) {
            return d;
        }
        int step = n > 0 ? 1 : -1;
        int remaining = Math.abs(n);
        LocalDate x = d;
        while (true) {
            x = x.plusDays(step);
            if (!c.coveredRange().contains(x)) {
                return CalendarCoverageException.class;
            }
            if (naiveBusinessDay(c, x) && --remaining == 0) {
                return x;
            }
        }
    }

    static Object outcome(java.util.function.Supplier<Object> call) {
        try {
            return call.get();
        } catch (CalendarCoverageException e) {
            return CalendarCoverageException.class;
        }
    }

    static String kindOf(BusinessCalendar c, LocalDate d) {
        if (c.workingOverrides().contains(d)) {
            return "override";
        }
        if (c.holidays().contains(d)) {
            return "holiday";
        }
        return c.weekendDays().contains(d.getDayOfWeek()) ? "weekend" : "business day";
    }

    @Provide
    Arbitrary<Tuple2<BusinessCalendar, LocalDate>> calendarsWithDates() {
        return CalendarArbitraries.calendarsWithDates();
    }

    @Provide
    Arbitrary<Tuple3<BusinessCalendar, LocalDate, LocalDate>> calendarsWithTwoDates() {
        return CalendarArbitraries.calendars()
                .flatMap(c -> Combinators.combine(CalendarArbitraries.datesIn(c), CalendarArbitraries.datesIn(c))
                        .as((a, b) -> Tuple.of(c, a, b)));
    }

    @Property
    void shift_agreesWithDayByDayOracle(
            @ForAll("calendarsWithDates") Tuple2<BusinessCalendar, LocalDate> cd,
            @ForAll @IntRange(min = -40, max = 40) int n) {
        BusinessCalendar calendar = cd.get1();
        LocalDate date = cd.get2();
        Object expected = naiveShift(calendar, date, n);
        Object actual = outcome(() -> calendar.shift(date, n));

        Statistics.label("start").collect(kindOf(calendar, date));
        Statistics.label("outcome").collect(expected instanceof LocalDate ? "date" : "outside covered range");
        boolean crossesHoliday = false;
        boolean crossesOverride = false;
        if (expected instanceof LocalDate end) {
            LocalDate lo = n >= 0 ? date : end;
            LocalDate hi = n >= 0 ? end : date;
            for (LocalDate x = lo; !x.isAfter(hi); x = x.plusDays(1)) {
                crossesHoliday |= calendar.holidays().contains(x);
                crossesOverride |= calendar.workingOverrides().contains(x);
            }
        }
        Statistics.label("crosses").collect(crossesHoliday ? "holiday" : "no holiday", crossesOverride);
        Statistics.label("start").coverage(check -> {
            check.check("holiday").count(k -> k > 0);
            check.check("weekend").percentage(p -> p > 5);
            check.check("override").count(k -> k > 0);
        });
        Statistics.label("outcome").coverage(check -> {
            check.check("date").percentage(p -> p > 50);
            check.check("outside covered range").count(k -> k > 0);
        });
        Statistics.label("crosses").coverage(check -> {
            check.check("holiday", true).count(k -> k > 0);
        });

        assertThat(actual).as("shift(%s, %d) in %s", date, n, calendar).isEqualTo(expected);
    }

    @Property
    void shift_largeCount_countsExactlyNBusinessDays(
            @ForAll("calendarsWithDates") Tuple2<BusinessCalendar, LocalDate> cd,
            @ForAll @IntRange(min = -3000, max = 3000) int n) {
        BusinessCalendar calendar = cd.get1();
        LocalDate date = cd.get2();
        Object expected = n == 0 || Math.abs(n) < 400 ? naiveShift(calendar, date, n) : null;
        Object actual = outcome(() -> calendar.shift(date, n));
        if (expected != null) {
            assertThat(actual).isEqualTo(expected);
        }
        if (actual instanceof LocalDate end && n != 0) {
            assertThat(calendar.isBusinessDay(end)).isTrue();
            long between = n > 0
                    ? calendar.businessDaysBetween(date.plusDays(1), end.plusDays(1))
                    : calendar.businessDaysBetween(end, date);
            assertThat(between).isEqualTo(Math.abs(n));
        }
    }

    @Property
    void shift_thenBack_returnsTheBusinessDay(
            @ForAll("calendarsWithDates") Tuple2<BusinessCalendar, LocalDate> cd,
            @ForAll @IntRange(min = -60, max = 60) int n) {
        BusinessCalendar calendar = cd.get1();
        LocalDate date = cd.get2();
        Assume.that(naiveBusinessDay(calendar, date));
        Object there = outcome(() -> calendar.shift(date, n));
        Assume.that(there instanceof LocalDate);
        assertThat(calendar.shift((LocalDate) there, -n)).isEqualTo(date);
    }

    @Property
    void isBusinessDay_agreesWithDefinition(@ForAll("calendarsWithDates") Tuple2<BusinessCalendar, LocalDate> cd) {
        Statistics.collect(kindOf(cd.get1(), cd.get2()));
        assertThat(cd.get1().isBusinessDay(cd.get2())).isEqualTo(naiveBusinessDay(cd.get1(), cd.get2()));
    }

    @Property
    void businessDaysBetween_agreesWithOracle(
            @ForAll("calendarsWithTwoDates") Tuple3<BusinessCalendar, LocalDate, LocalDate> cab) {
        BusinessCalendar calendar = cab.get1();
        LocalDate a = cab.get2();
        LocalDate b = cab.get3();
        long expected = 0;
        LocalDate lo = a.isBefore(b) ? a : b;
        LocalDate hi = a.isBefore(b) ? b : a;
        for (LocalDate x = lo; x.isBefore(hi); x = x.plusDays(1)) {
            expected += naiveBusinessDay(calendar, x) ? 1 : 0;
        }
        assertThat(calendar.businessDaysBetween(a, b)).isEqualTo(a.isBefore(b) ? expected : -expected);
    }

    @Property
    void addBusinessDays_isTheNthBusinessDayOnOrAfter(
            @ForAll("calendarsWithDates") Tuple2<BusinessCalendar, LocalDate> cd,
            @ForAll @IntRange(min = 0, max = 30) int n) {
        BusinessCalendar calendar = cd.get1();
        LocalDate date = cd.get2();
        Object expected = n == 0
                ? (naiveBusinessDay(calendar, date) ? date : naiveShift(calendar, date, 1))
                : naiveShift(calendar, date, n);
        assertThat(outcome(() -> calendar.addBusinessDays(date, n))).isEqualTo(expected);
    }

    @Property
    void adjust_agreesWithDefinition(
            @ForAll("calendarsWithDates") Tuple2<BusinessCalendar, LocalDate> cd,
            @ForAll BusinessDayConvention convention) {
        BusinessCalendar calendar = cd.get1();
        LocalDate date = cd.get2();
        Object expected;
        if (convention == BusinessDayConvention.NONE || naiveBusinessDay(calendar, date)) {
            expected = date;
        } else if (convention == BusinessDayConvention.FOLLOWING) {
            expected = naiveShift(calendar, date, 1);
        } else if (convention == BusinessDayConvention.PRECEDING) {
            expected = naiveShift(calendar, date, -1);
        } else {
            Object following = naiveShift(calendar, date, 1);
            expected = following instanceof LocalDate f && YearMonth.from(f).equals(YearMonth.from(date))
                    ? f
                    : following instanceof LocalDate ? naiveShift(calendar, date, -1) : following;
        }
        assertThat(outcome(() -> calendar.adjust(date, convention))).isEqualTo(expected);
    }

    @Provide
    Arbitrary<Tuple3<BusinessCalendar, BusinessCalendar, LocalDate>> twoCalendarsWithDate() {
        return Combinators.combine(CalendarArbitraries.calendars(), CalendarArbitraries.calendars())
                .as(Tuple::of)
                .filter(t -> !t.get1()
                        .coveredRange()
                        .intersection(t.get2().coveredRange())
                        .isEmpty())
                .flatMap(t -> CalendarArbitraries.datesIn(
                                t.get1().coveredRange().intersection(t.get2().coveredRange()))
                        .map(d -> Tuple.of(t.get1(), t.get2(), d)));
    }

    @Property
    void andOr_agreeWithDefinition(
            @ForAll("twoCalendarsWithDate") Tuple3<BusinessCalendar, BusinessCalendar, LocalDate> abd) {
        BusinessCalendar a = abd.get1();
        BusinessCalendar b = abd.get2();
        LocalDate d = abd.get3();
        BusinessCalendar and = a.and(b);
        BusinessCalendar or = a.or(b);
        assertThat(and.coveredRange()).isEqualTo(a.coveredRange().intersection(b.coveredRange()));
        assertThat(and.isBusinessDay(d)).isEqualTo(naiveBusinessDay(a, d) && naiveBusinessDay(b, d));
        assertThat(or.isBusinessDay(d)).isEqualTo(naiveBusinessDay(a, d) || naiveBusinessDay(b, d));
        assertThat(naiveBusinessDay(and, d)).isEqualTo(and.isBusinessDay(d));
    }

    @Property
    void toBuilder_roundTrips(@ForAll("calendarsWithDates") Tuple2<BusinessCalendar, LocalDate> cd) {
        assertThat(cd.get1().toBuilder().build()).isEqualTo(cd.get1());
    }

    @Property(tries = 200)
    void weekendSets_leaveABusinessDay(@ForAll("calendarsWithDates") Tuple2<BusinessCalendar, LocalDate> cd) {
        assertThat(cd.get1().hasBusinessDays()).isTrue();
        assertThat(cd.get1().weekendDays()).hasSizeLessThan(7);
        Statistics.collect(cd.get1().weekendDays().size());
    }

    @Provide
    Arbitrary<Integer> anyN() {
        return Arbitraries.integers().between(-10, 10);
    }
}
