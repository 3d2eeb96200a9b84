package dev.pacta.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pacta.core.Problem;
import dev.pacta.core.ValidationException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class BusinessCalendarTest {
    private static final LocalDateRange Y2024_2026 = LocalDateRange.of(date("2024-01-01"), date("2027-01-01"));

    /** Sat/Sun, Monday 2024-03-11 a holiday, covering 2024 to 2026. */
    private static final BusinessCalendar MADRID = BusinessCalendar.builder()
            .name("ES-MD")
            .addHoliday(date("2024-03-11"))
            .addHoliday(date("2024-12-25"))
            .addHoliday(date("2025-01-01"))
            .covering(Y2024_2026)
            .build();

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void addBusinessDays_fridayBeforeHoliday_dueWednesday() {
        assertThat(MADRID.addBusinessDays(date("2024-03-08"), 2)).isEqualTo(date("2024-03-13"));
    }

    @Test
    void addBusinessDays_saturdayPlusTwo_dueTuesday() {
        assertThat(BusinessCalendar.WEEKENDS.addBusinessDays(date("2024-03-09"), 2))
                .isEqualTo(date("2024-03-12"));
    }

    @Test
    void addBusinessDays_zeroOnSaturday_dueMonday() {
        assertThat(BusinessCalendar.WEEKENDS.addBusinessDays(date("2024-03-09"), 0))
                .isEqualTo(date("2024-03-11"));
    }

    @Test
    void addBusinessDays_zeroOnWednesday_dueSameDay() {
        assertThat(BusinessCalendar.WEEKENDS.addBusinessDays(date("2024-03-13"), 0))
                .isEqualTo(date("2024-03-13"));
    }

    @Test
    void addBusinessDays_zeroOnHoliday_dueNextBusinessDay() {
        assertThat(MADRID.addBusinessDays(date("2024-03-11"), 0)).isEqualTo(date("2024-03-12"));
    }

    @Test
    void addBusinessDays_negative_countsBackwards() {
        assertThat(MADRID.addBusinessDays(date("2024-03-13"), -2)).isEqualTo(date("2024-03-08"));
    }

    @Test
    void shift_zero_returnsDateEvenOnWeekend() {
        assertThat(MADRID.shift(date("2024-03-09"), 0)).isEqualTo(date("2024-03-09"));
    }

    @Test
    void shift_forwardOverHolidayAndWeekend() {
        assertThat(MADRID.shift(date("2024-03-08"), 1)).isEqualTo(date("2024-03-12"));
        assertThat(MADRID.shift(date("2024-03-08"), 5)).isEqualTo(date("2024-03-18"));
    }

    @Test
    void shift_backwardOverHolidayAndWeekend() {
        assertThat(MADRID.shift(date("2024-03-12"), -1)).isEqualTo(date("2024-03-08"));
        assertThat(MADRID.shift(date("2024-03-12"), -2)).isEqualTo(date("2024-03-07"));
    }

    @Test
    void shift_largeCount_matchesWeeksOfFiveDays() {
        // 52 weeks of 5 business days from a Monday, no holidays.
        assertThat(BusinessCalendar.WEEKENDS.shift(date("2024-01-01"), 260)).isEqualTo(date("2024-12-30"));
        assertThat(BusinessCalendar.WEEKENDS.shift(date("2024-12-30"), -260)).isEqualTo(date("2024-01-01"));
    }

    @Test
    void nextAndPreviousBusinessDay_areStrict() {
        assertThat(MADRID.nextBusinessDay(date("2024-03-07"))).isEqualTo(date("2024-03-08"));
        assertThat(MADRID.nextBusinessDay(date("2024-03-08"))).isEqualTo(date("2024-03-12"));
        assertThat(MADRID.previousBusinessDay(date("2024-03-12"))).isEqualTo(date("2024-03-08"));
    }

    @Test
    void isBusinessDay_weekendHolidayAndOverride() {
        BusinessCalendar calendar = MADRID.toBuilder()
                .addWorkingOverride(date("2024-03-16")) // a Saturday
                .build();
        assertThat(calendar.isBusinessDay(date("2024-03-08"))).isTrue();
        assertThat(calendar.isBusinessDay(date("2024-03-09"))).isFalse();
        assertThat(calendar.isBusinessDay(date("2024-03-11"))).isFalse();
        assertThat(calendar.isBusinessDay(date("2024-03-16"))).isTrue();
        assertThat(calendar.isBusinessDay(date("2024-03-17"))).isFalse();
        assertThat(calendar.shift(date("2024-03-15"), 1)).isEqualTo(date("2024-03-16"));
    }

    @Test
    void isBusinessDay_outsideCoveredRange_throwsNamingCalendarDateAndRange() {
        assertThatThrownBy(() -> MADRID.isBusinessDay(date("2027-01-04")))
                .isInstanceOf(CalendarCoverageException.class)
                .hasMessage("calendar 'ES-MD' has no data for 2027-01-04: it covers 2024-01-01/2027-01-01"
                        + " (start inclusive, end exclusive)")
                .satisfies(e -> {
                    CalendarCoverageException c = (CalendarCoverageException) e;
                    assertThat(c.date()).isEqualTo(date("2027-01-04"));
                    assertThat(c.coveredRange()).isEqualTo(Y2024_2026);
                });
        assertThatThrownBy(() -> MADRID.isBusinessDay(date("2023-12-29")))
                .isInstanceOf(CalendarCoverageException.class);
    }

    @Test
    void shift_pastCoveredRange_throwsInsteadOfFallingBackToWeekends() {
        assertThatThrownBy(() -> MADRID.shift(date("2026-12-30"), 3))
                .isInstanceOf(CalendarCoverageException.class)
                .hasMessageContaining("2027-01-01");
        assertThatThrownBy(() -> MADRID.shift(date("2024-01-02"), -2))
                .isInstanceOf(CalendarCoverageException.class)
                .hasMessageContaining("2023-12-31");
        assertThatThrownBy(() -> MADRID.addBusinessDays(date("2023-12-30"), 1))
                .isInstanceOf(CalendarCoverageException.class);
        // The last covered day can still be reached.
        assertThat(MADRID.shift(date("2026-12-30"), 1)).isEqualTo(date("2026-12-31"));
    }

    @Test
    void covers_isHalfOpen() {
        assertThat(MADRID.covers(date("2024-01-01"))).isTrue();
        assertThat(MADRID.covers(date("2026-12-31"))).isTrue();
        assertThat(MADRID.covers(date("2027-01-01"))).isFalse();
        assertThat(BusinessCalendar.WEEKENDS.covers(LocalDate.MAX)).isTrue();
    }

    @Test
    void adjust_conventions() {
        LocalDate saturday = date("2024-03-09");
        assertThat(MADRID.adjust(saturday, BusinessDayConvention.FOLLOWING)).isEqualTo(date("2024-03-12"));
        assertThat(MADRID.adjust(saturday, BusinessDayConvention.PRECEDING)).isEqualTo(date("2024-03-08"));
        assertThat(MADRID.adjust(saturday, BusinessDayConvention.MODIFIED_FOLLOWING))
                .isEqualTo(date("2024-03-12"));
        assertThat(MADRID.adjust(saturday, BusinessDayConvention.NONE)).isEqualTo(saturday);
        assertThat(MADRID.adjust(date("2024-03-08"), BusinessDayConvention.PRECEDING))
                .isEqualTo(date("2024-03-08"));
    }

    @Test
    void adjust_modifiedFollowing_staysInMonth() {
        // Saturday 2024-08-31: following is Monday 09-02, in the next month, so the previous business day.
        assertThat(BusinessCalendar.WEEKENDS.adjust(date("2024-08-31"), BusinessDayConvention.MODIFIED_FOLLOWING))
                .isEqualTo(date("2024-08-30"));
        assertThat(BusinessCalendar.WEEKENDS.adjust(date("2024-08-31"), BusinessDayConvention.FOLLOWING))
                .isEqualTo(date("2024-09-02"));
    }

    @Test
    void businessDaysBetween_halfOpenAndSigned() {
        // [Fri 03-08, Wed 03-13): Fri 8, Tue 12 (Mon 11 a holiday).
        assertThat(MADRID.businessDaysBetween(date("2024-03-08"), date("2024-03-13")))
                .isEqualTo(2);
        assertThat(MADRID.businessDaysBetween(date("2024-03-13"), date("2024-03-08")))
                .isEqualTo(-2);
        assertThat(MADRID.businessDaysBetween(date("2024-03-08"), date("2024-03-08")))
                .isZero();
        assertThat(BusinessCalendar.WEEKENDS.businessDaysBetween(date("2024-01-01"), date("2025-01-01")))
                .isEqualTo(262);
        assertThat(BusinessCalendar.NONE.businessDaysBetween(date("2024-01-01"), date("2025-01-01")))
                .isEqualTo(366);
    }

    @Test
    void businessDaysBetween_outsideCoveredRange_throws() {
        assertThatThrownBy(() -> MADRID.businessDaysBetween(date("2026-12-01"), date("2027-01-02")))
                .isInstanceOf(CalendarCoverageException.class);
        assertThat(MADRID.businessDaysBetween(date("2026-12-28"), date("2027-01-01")))
                .isEqualTo(4);
    }

    @Test
    void build_allWeekend_rejectedWithItsOwnCode() {
        assertThatThrownBy(() -> BusinessCalendar.builder()
                        .name("closed")
                        .weekendDays(EnumSet.allOf(DayOfWeek.class))
                        .build())
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::code)
                                .containsExactly("CALENDAR_WITHOUT_BUSINESS_DAYS"))
                .hasMessageContaining("calendar 'closed' has no business days: every day of the week is a weekend day");
    }

    @Test
    void build_everyCoveredDateAHoliday_rejected() {
        // Sat 2024-03-09 to Mon 2024-03-11, the Monday a holiday: no business day in the covered range.
        BusinessCalendar.Builder closed = BusinessCalendar.builder()
                .name("long-weekend")
                .addHoliday(date("2024-03-11"))
                .covering(LocalDateRange.of(date("2024-03-09"), date("2024-03-12")));
        assertThatThrownBy(closed::build)
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::code)
                                .containsExactly(BusinessCalendar.WITHOUT_BUSINESS_DAYS))
                .hasMessageContaining("every date it covers (2024-03-09/2024-03-12) is a weekend day or a holiday");
        // One more covered day, Tuesday, and it builds.
        assertThat(closed.covering(LocalDateRange.of(date("2024-03-09"), date("2024-03-13")))
                        .build()
                        .hasBusinessDays())
                .isTrue();
    }

    @Test
    void build_emptyCoveredRange_rejected() {
        assertThatThrownBy(() -> BusinessCalendar.builder()
                        .covering(LocalDateRange.of(date("2024-03-12"), date("2024-03-12")))
                        .build())
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("its covered range 2024-03-12/2024-03-12 is empty");
    }

    @Test
    void and_withoutCommonBusinessDay_rejected_orKeepsThem() {
        BusinessCalendar weekdaysOff = BusinessCalendar.builder()
                .name("weekdays-off")
                .weekendDays(
                        DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
                .covering(LocalDateRange.unbounded())
                .build();
        assertThatThrownBy(() -> BusinessCalendar.WEEKENDS.and(weekdaysOff))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::code)
                                .containsExactly(BusinessCalendar.WITHOUT_BUSINESS_DAYS))
                .hasMessageContaining("calendar 'WEEKENDS+weekdays-off' has no business days");
        assertThat(BusinessCalendar.WEEKENDS.or(weekdaysOff).weekendDays()).isEmpty();
    }

    @Test
    void holidayNames_keptCopiedCombinedAndForgottenOnReplace() {
        BusinessCalendar es = BusinessCalendar.builder()
                .name("ES")
                .addHoliday(date("2026-04-06"), "Easter Monday")
                .addHoliday(date("2026-05-01"), "Labour Day")
                .addHoliday(date("2026-08-15"))
                .covering(LocalDateRange.of(date("2026-01-01"), date("2027-01-01")))
                .build();
        assertThat(es.holidayName(date("2026-04-06"))).hasValue("Easter Monday");
        assertThat(es.holidayName(date("2026-08-15"))).isEmpty();
        assertThat(es.holidayName(date("2026-04-07"))).isEmpty();
        assertThat(es.holidays()).hasSize(3);
        assertThat(es.toBuilder().build()).isEqualTo(es);
        assertThat(es.toBuilder()
                        .addHoliday(date("2026-04-06"), "Lunes de Pascua")
                        .build())
                .isNotEqualTo(es)
                .satisfies(c -> assertThat(c.holidayName(date("2026-04-06"))).hasValue("Lunes de Pascua"));
        assertThat(es.toBuilder().holidays(es.holidays()).build().holidayNames())
                .isEmpty();

        BusinessCalendar madrid = BusinessCalendar.builder()
                .name("MD")
                .addHoliday(date("2026-05-01"), "Fiesta del Trabajo")
                .addHoliday(date("2026-05-02"), "Community of Madrid Day")
                .covering(LocalDateRange.of(date("2026-01-01"), date("2027-01-01")))
                .build();
        assertThat(es.and(madrid).holidayNames())
                .containsExactly(
                        Map.entry(date("2026-04-06"), "Easter Monday"),
                        Map.entry(date("2026-05-01"), "Labour Day / Fiesta del Trabajo"));
        // Sat 2026-05-02 is a weekend day in both, so not a holiday of the combination.
        assertThat(es.or(madrid).holidayNames())
                .containsExactly(Map.entry(date("2026-05-01"), "Labour Day / Fiesta del Trabajo"));
        assertThatThrownBy(() -> BusinessCalendar.builder().addHoliday(date("2026-01-01"), " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the name of holiday 2026-01-01 is blank");
    }

    /**
     * Found by fuzzing calendar/1 (stop 27): two holiday names of up to 65,536 characters each, joined, made a
     * combination no document could hold, so a calendar read could not be written back. Joined names are cut to the
     * longest text a document holds, never in the middle of a surrogate pair.
     */
    @Test
    void joinedNames_longerThanADocumentHolds_areCutWithAnEllipsis() {
        String longName = "a".repeat(65_536);
        BusinessCalendar first = BusinessCalendar.builder()
                .name(longName)
                .addHoliday(date("2026-05-01"), "Labour Day")
                .covering(LocalDateRange.of(date("2026-01-01"), date("2027-01-01")))
                .build();
        BusinessCalendar second = BusinessCalendar.builder()
                .name("MD")
                .addHoliday(date("2026-05-01"), longName)
                .covering(LocalDateRange.of(date("2026-01-01"), date("2027-01-01")))
                .build();

        String holiday = first.and(second).holidayName(date("2026-05-01")).orElseThrow();
        assertThat(holiday).hasSize(65_536).startsWith("Labour Day / aaa").endsWith("a\u2026");
        assertThat(first.or(second).name())
                .hasValueSatisfying(n -> assertThat(n).hasSize(65_536).endsWith("\u2026"));
        // Short names are joined whole.
        assertThat(second.and(second.toBuilder().name("ES").build()).name()).hasValue("MD+ES");

        // A surrogate pair at the cut is dropped whole, not split.
        String emoji = "\uD83D\uDCC5";
        BusinessCalendar third = second.toBuilder()
                .addHoliday(date("2026-05-01"), "b".repeat(65_536 - "Labour Day / ".length() - 2) + emoji + "c")
                .build();
        String cut = first.and(third).holidayName(date("2026-05-01")).orElseThrow();
        assertThat(cut).endsWith("b\u2026").hasSize(65_535);
    }

    @Test
    void none_everyDayABusinessDay_stillBuilds() {
        assertThat(BusinessCalendar.NONE.hasBusinessDays()).isTrue();
        assertThat(BusinessCalendar.NONE.toBuilder().build()).isEqualTo(BusinessCalendar.NONE);
        assertThat(BusinessCalendar.NONE.addBusinessDays(date("2024-03-09"), 1)).isEqualTo(date("2024-03-10"));
    }

    @Test
    @Timeout(5)
    void allWeekendWithOneOverride_findsItThenFailsWithoutLooping() {
        BusinessCalendar calendar = BusinessCalendar.builder()
                .weekendDays(EnumSet.allOf(DayOfWeek.class))
                .addWorkingOverride(date("2024-06-01"))
                .covering(LocalDateRange.unbounded())
                .build();
        assertThat(calendar.hasBusinessDays()).isTrue();
        assertThat(calendar.shift(date("2020-01-01"), 1)).isEqualTo(date("2024-06-01"));
        assertThat(calendar.shift(date("2030-01-01"), -1)).isEqualTo(date("2024-06-01"));
        assertThatThrownBy(() -> calendar.shift(date("2020-01-01"), 2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("fewer than 2 business days after 2020-01-01");
        assertThatThrownBy(() -> calendar.shift(date("2024-06-01"), Integer.MAX_VALUE))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> calendar.shift(date("2024-06-01"), Integer.MIN_VALUE))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void builder_rejectsDateThatIsBothHolidayAndOverride() {
        assertThatThrownBy(() -> BusinessCalendar.builder()
                        .name("X")
                        .addHoliday(date("2024-03-09"))
                        .addWorkingOverride(date("2024-03-09"))
                        .build())
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::code)
                                .containsExactly(BusinessCalendar.HOLIDAY_AND_WORKING_OVERRIDE))
                .hasMessageContaining("[2024-03-09]");
    }

    @Test
    void builder_withoutRange_infersWholeYearsOfItsData() {
        BusinessCalendar calendar = BusinessCalendar.builder()
                .addHoliday(date("2024-03-11"))
                .addHoliday(date("2026-12-25"))
                .build();
        assertThat(calendar.coveredRange()).isEqualTo(Y2024_2026);
        assertThat(BusinessCalendar.builder().build().coveredRange()).isEqualTo(LocalDateRange.unbounded());
    }

    @Test
    void and_isBusinessDayInBoth_coversIntersection() {
        BusinessCalendar london = BusinessCalendar.builder()
                .name("GB")
                .addHoliday(date("2024-03-12"))
                .covering(LocalDateRange.of(date("2024-01-01"), date("2025-01-01")))
                .build();
        BusinessCalendar both = MADRID.and(london);
        assertThat(both.name()).contains("ES-MD+GB");
        assertThat(both.coveredRange()).isEqualTo(LocalDateRange.of(date("2024-01-01"), date("2025-01-01")));
        assertThat(both.isBusinessDay(date("2024-03-11"))).isFalse();
        assertThat(both.isBusinessDay(date("2024-03-12"))).isFalse();
        assertThat(both.isBusinessDay(date("2024-03-13"))).isTrue();
        assertThat(both.addBusinessDays(date("2024-03-08"), 2)).isEqualTo(date("2024-03-14"));

        BusinessCalendar either = MADRID.or(london);
        assertThat(either.name()).contains("ES-MD~GB");
        assertThat(either.isBusinessDay(date("2024-03-11"))).isTrue();
        assertThat(either.isBusinessDay(date("2024-03-12"))).isTrue();
        assertThat(either.isBusinessDay(date("2024-03-09"))).isFalse();
    }

    @Test
    void and_withDifferentWeekends_unitesThem_orIntersectsThem() {
        BusinessCalendar friSat = BusinessCalendar.builder()
                .weekendDays(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY)
                .addWorkingOverride(date("2024-03-09")) // Saturday
                .covering(Y2024_2026)
                .build();
        BusinessCalendar both = BusinessCalendar.WEEKENDS.and(friSat);
        assertThat(both.weekendDays())
                .containsExactlyInAnyOrder(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(both.isBusinessDay(date("2024-03-09"))).isFalse();
        BusinessCalendar either = BusinessCalendar.WEEKENDS.or(friSat);
        assertThat(either.weekendDays()).containsExactly(DayOfWeek.SATURDAY);
        assertThat(either.isBusinessDay(date("2024-03-09"))).isTrue();
        assertThat(either.isBusinessDay(date("2024-03-16"))).isFalse();
        assertThat(either.workingOverrides()).containsExactly(date("2024-03-09"));
    }

    @Test
    void toString_isReadable() {
        assertThat(MADRID).hasToString("ES-MD: Sat/Sun + 3 holidays, covering 2024-01-01/2027-01-01");
        assertThat(BusinessCalendar.builder()
                        .weekendDays(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY)
                        .addWorkingOverride(date("2024-03-09"))
                        .build())
                .hasToString("Fri/Sat + 1 working override, covering 2024-01-01/2025-01-01");
        assertThat(BusinessCalendar.WEEKENDS).hasToString("WEEKENDS: Sat/Sun");
        assertThat(BusinessCalendar.NONE).hasToString("NONE: no weekend days");
    }

    @Test
    void unnamedCalendar_coverageMessage_describesIt() {
        BusinessCalendar calendar = MADRID.toBuilder().holidays(List.of()).build();
        assertThatThrownBy(() ->
                        BusinessCalendar.builder().covering(Y2024_2026).build().isBusinessDay(date("2030-01-01")))
                .hasMessage("calendar (Sat/Sun, covering 2024-01-01/2027-01-01) has no data for 2030-01-01:"
                        + " it covers 2024-01-01/2027-01-01 (start inclusive, end exclusive)");
        assertThat(calendar.holidays()).isEmpty();
    }

    @Test
    void equality_isByValue() {
        assertThat(MADRID.toBuilder().build()).isEqualTo(MADRID).hasSameHashCodeAs(MADRID);
        assertThat(MADRID.toBuilder().addHoliday(date("2024-05-02")).build()).isNotEqualTo(MADRID);
        assertThat(MADRID.toBuilder().name("other").build()).isNotEqualTo(MADRID);
    }

    @Test
    void weekendConstants() {
        assertThat(BusinessCalendar.WEEKENDS.weekendDays())
                .containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(BusinessCalendar.NONE.weekendDays()).isEmpty();
        assertThat(BusinessCalendar.NONE.isBusinessDay(date("2024-03-09"))).isTrue();
        assertThat(BusinessCalendar.NONE.addBusinessDays(date("2024-03-09"), 2)).isEqualTo(date("2024-03-11"));
        assertThat(BusinessCalendar.WEEKENDS.isBusinessDay(LocalDate.MIN.plusDays(2)))
                .isNotNull();
    }
}
