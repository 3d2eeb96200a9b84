package dev.pacta.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pacta.core.Problem;
import dev.pacta.core.ValidationException;
import dev.pacta.core.time.Recurrence.Frequency;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecurrenceTest {
    private static final BusinessCalendar WEEKENDS = BusinessCalendar.WEEKENDS;

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static List<String> codes(Recurrence r) {
        return r.problems().stream().map(Problem::code).toList();
    }

    /** The rule each problem names, by its path. */
    private static List<String> rules(Recurrence r) {
        return r.problems().stream().map(Problem::path).toList();
    }

    @Test
    void monthly_fromThe31st_clampsWithoutDrifting() {
        Recurrence monthly = Recurrence.builder().frequency(Frequency.MONTHLY).build();
        assertThat(monthly.occurrences(date("2024-01-31"), date("2024-05-31"), WEEKENDS))
                .containsExactly(
                        date("2024-01-31"),
                        date("2024-02-29"),
                        date("2024-03-31"),
                        date("2024-04-30"),
                        date("2024-05-31"));
        assertThat(monthly.occurrence(date("2024-01-31"), 3, WEEKENDS)).isEqualTo(date("2024-03-31"));
    }

    @Test
    void monthly_onDay31_clampsToEachMonthsEnd() {
        Recurrence monthly = Recurrence.builder()
                .frequency(Frequency.MONTHLY)
                .dayOfMonth(31)
                .start(date("2024-01-31"))
                .count(4)
                .build();
        assertThat(monthly.occurrences(date("2000-01-01"), date("2030-01-01"), WEEKENDS))
                .containsExactly(date("2024-01-31"), date("2024-02-29"), date("2024-03-31"), date("2024-04-30"));
    }

    @Test
    void monthly_onDayOfMonth_startsWithFirstSuchDayOnOrAfterAnchor() {
        Recurrence r =
                Recurrence.builder().frequency(Frequency.MONTHLY).dayOfMonth(15).build();
        assertThat(r.occurrence(date("2024-01-20"), 1, WEEKENDS)).isEqualTo(date("2024-02-15"));
        assertThat(r.occurrence(date("2024-01-15"), 1, WEEKENDS)).isEqualTo(date("2024-01-15"));
        assertThat(r.occurrence(date("2024-01-20"), 12, WEEKENDS)).isEqualTo(date("2025-01-15"));
    }

    @Test
    void yearly_fromLeapDay_givesFeb28InCommonYears() {
        Recurrence yearly = Recurrence.builder().frequency(Frequency.YEARLY).build();
        assertThat(yearly.occurrences(date("2024-02-29"), date("2028-12-31"), WEEKENDS))
                .containsExactly(
                        date("2024-02-29"),
                        date("2025-02-28"),
                        date("2026-02-28"),
                        date("2027-02-28"),
                        date("2028-02-29"));
    }

    @Test
    void yearly_onDayOfMonth_usesAnchorsMonth() {
        Recurrence r =
                Recurrence.builder().frequency(Frequency.YEARLY).dayOfMonth(10).build();
        assertThat(r.occurrence(date("2024-03-20"), 1, WEEKENDS)).isEqualTo(date("2025-03-10"));
        assertThat(r.occurrence(date("2024-03-01"), 2, WEEKENDS)).isEqualTo(date("2025-03-10"));
    }

    @Test
    void weekly_onDayOfWeek_startsWithFirstSuchWeekdayOnOrAfterAnchor() {
        Recurrence r = Recurrence.builder()
                .frequency(Frequency.WEEKLY)
                .interval(2)
                .dayOfWeek(DayOfWeek.MONDAY)
                .start(date("2026-01-05"))
                .count(10)
                .build();
        List<LocalDate> all = r.occurrences(date("2000-01-01"), date("2030-01-01"), WEEKENDS);
        assertThat(all).hasSize(10).startsWith(date("2026-01-05"), date("2026-01-19"));
        assertThat(all.get(9)).isEqualTo(date("2026-05-11"));
        Recurrence fromWednesday = Recurrence.builder()
                .frequency(Frequency.WEEKLY)
                .dayOfWeek(DayOfWeek.MONDAY)
                .build();
        assertThat(fromWednesday.occurrence(date("2026-01-07"), 1, WEEKENDS)).isEqualTo(date("2026-01-12"));
    }

    @Test
    void daily_everyThreeDays() {
        Recurrence r =
                Recurrence.builder().frequency(Frequency.DAILY).interval(3).build();
        assertThat(r.occurrences(date("2024-02-27"), date("2024-03-06"), WEEKENDS))
                .containsExactly(date("2024-02-27"), date("2024-03-01"), date("2024-03-04"));
    }

    @Test
    void lastBusinessDay_skipsWeekendsAndHolidays() {
        BusinessCalendar calendar = BusinessCalendar.builder()
                .addHoliday(date("2024-05-31"))
                .covering(LocalDateRange.of(date("2024-01-01"), date("2025-01-01")))
                .build();
        Recurrence r = Recurrence.builder()
                .frequency(Frequency.MONTHLY)
                .lastBusinessDay(true)
                .build();
        assertThat(r.occurrences(date("2024-03-01"), date("2024-06-30"), calendar))
                .containsExactly(date("2024-03-29"), date("2024-04-30"), date("2024-05-30"), date("2024-06-28"));
    }

    @Test
    void lastBusinessDay_beforeAnchor_startsNextMonth() {
        Recurrence r = Recurrence.builder()
                .frequency(Frequency.MONTHLY)
                .lastBusinessDay(true)
                .build();
        // Saturday 2024-08-31: August's last business day (Friday 08-30) is before it.
        assertThat(r.occurrence(date("2024-08-31"), 1, WEEKENDS)).isEqualTo(date("2024-09-30"));
        assertThat(r.occurrence(date("2024-08-30"), 1, WEEKENDS)).isEqualTo(date("2024-08-30"));
    }

    @Test
    void lastBusinessDay_neverConsultsCalendarPastTheLimit() {
        BusinessCalendar only2024 = BusinessCalendar.builder()
                .covering(LocalDateRange.of(date("2024-01-01"), date("2025-01-01")))
                .build();
        Recurrence r = Recurrence.builder()
                .frequency(Frequency.MONTHLY)
                .lastBusinessDay(true)
                .build();
        assertThat(r.occurrences(date("2024-03-01"), date("2024-12-31"), only2024))
                .hasSize(10)
                .endsWith(date("2024-12-31"));
        assertThatThrownBy(() -> r.occurrences(date("2024-03-01"), date("2025-01-31"), only2024))
                .isInstanceOf(CalendarCoverageException.class);
    }

    @Test
    void occurrences_boundedByCountUntilAndThrough() {
        Recurrence r = Recurrence.builder()
                .frequency(Frequency.WEEKLY)
                .until(date("2024-01-29"))
                .build();
        assertThat(r.occurrences(date("2024-01-01"), date("2024-12-31"), WEEKENDS))
                .containsExactly(
                        date("2024-01-01"),
                        date("2024-01-08"),
                        date("2024-01-15"),
                        date("2024-01-22"),
                        date("2024-01-29"));
        assertThat(r.occurrences(date("2024-01-01"), date("2024-01-14"), WEEKENDS))
                .containsExactly(date("2024-01-01"), date("2024-01-08"));
        assertThat(Recurrence.builder()
                        .from(r)
                        .count(2)
                        .build()
                        .occurrences(date("2024-01-01"), date("2024-12-31"), WEEKENDS))
                .containsExactly(date("2024-01-01"), date("2024-01-08"));
        assertThat(r.occurrences(date("2024-01-01"), date("2023-12-31"), WEEKENDS))
                .isEmpty();
    }

    @Test
    void occurrences_throughLocalDateMax_stopsWithCount() {
        Recurrence r = Recurrence.builder().frequency(Frequency.YEARLY).count(3).build();
        assertThat(r.occurrences(date("2024-01-01"), LocalDate.MAX, WEEKENDS)).hasSize(3);
    }

    @Test
    void nextAfter_isFirstOccurrenceStrictlyAfter() {
        Recurrence r =
                Recurrence.builder().frequency(Frequency.MONTHLY).count(3).build();
        LocalDate anchor = date("2024-01-31");
        assertThat(r.nextAfter(anchor, date("2023-06-01"), WEEKENDS)).contains(date("2024-01-31"));
        assertThat(r.nextAfter(anchor, date("2024-01-31"), WEEKENDS)).contains(date("2024-02-29"));
        assertThat(r.nextAfter(anchor, date("2024-03-01"), WEEKENDS)).contains(date("2024-03-31"));
        assertThat(r.nextAfter(anchor, date("2024-03-31"), WEEKENDS)).isEmpty();
        assertThat(Recurrence.builder()
                        .from(r)
                        .count(java.util.Optional.empty())
                        .build()
                        .nextAfter(anchor, date("2030-05-30"), WEEKENDS))
                .contains(date("2030-05-31"));
    }

    @Test
    void occurrence_indexBelowOne_throws() {
        Recurrence r = Recurrence.builder().frequency(Frequency.DAILY).build();
        assertThatThrownBy(() -> r.occurrence(date("2024-01-01"), 0, WEEKENDS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("occurrence index 0 is not valid: expected 1 or more");
    }

    @Test
    void occurrence_invalidSchedule_throwsWithProblems() {
        Recurrence r =
                Recurrence.builder().frequency(Frequency.DAILY).interval(0).build();
        assertThatThrownBy(() -> r.occurrence(date("2024-01-01"), 1, WEEKENDS))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("INVALID_RECURRENCE")
                .hasMessageContaining("interval 0");
    }

    @Test
    void problems_validSchedule_none() {
        assertThat(Recurrence.builder()
                        .frequency(Frequency.MONTHLY)
                        .dayOfMonth(31)
                        .start(date("2024-01-01"))
                        .until(date("2024-01-01"))
                        .count(1)
                        .build()
                        .problems())
                .isEmpty();
    }

    @Test
    void problems_eachStructuralRule_oneCodeAndThePathOfTheRule() {
        assertThat(codes(Recurrence.builder()
                        .frequency(Frequency.DAILY)
                        .interval(0)
                        .count(0)
                        .build()))
                .containsExactly("INVALID_RECURRENCE", "INVALID_RECURRENCE");
        Recurrence tenYearsAndAWeek =
                Recurrence.builder().frequency(Frequency.WEEKLY).interval(523).build();
        assertThat(tenYearsAndAWeek.problems()).isEmpty(); // valid on its own, too long for an agreement
        assertThat(tenYearsAndAWeek.problems(date("2026-01-01")))
                .extracting(Problem::path)
                .containsExactly("interval");
        assertThat(rules(Recurrence.builder()
                        .frequency(Frequency.DAILY)
                        .interval(0)
                        .build()))
                .containsExactly("interval");
        assertThat(rules(
                        Recurrence.builder().frequency(Frequency.DAILY).count(0).build()))
                .containsExactly("count");
        assertThat(rules(Recurrence.builder()
                        .frequency(Frequency.MONTHLY)
                        .dayOfMonth(32)
                        .build()))
                .containsExactly("dayOfMonth");
        assertThat(rules(Recurrence.builder()
                        .frequency(Frequency.MONTHLY)
                        .dayOfMonth(0)
                        .build()))
                .containsExactly("dayOfMonth");
        assertThat(rules(Recurrence.builder()
                        .frequency(Frequency.MONTHLY)
                        .dayOfWeek(DayOfWeek.MONDAY)
                        .build()))
                .containsExactly("dayOfWeek");
        assertThat(rules(Recurrence.builder()
                        .frequency(Frequency.WEEKLY)
                        .dayOfMonth(5)
                        .build()))
                .containsExactly("dayOfMonth");
        assertThat(rules(Recurrence.builder()
                        .frequency(Frequency.YEARLY)
                        .lastBusinessDay(true)
                        .build()))
                .containsExactly("lastBusinessDay");
        assertThat(rules(Recurrence.builder()
                        .frequency(Frequency.MONTHLY)
                        .lastBusinessDay(true)
                        .dayOfMonth(5)
                        .build()))
                .containsExactly("lastBusinessDay");
        assertThat(rules(Recurrence.builder()
                        .frequency(Frequency.DAILY)
                        .start(date("2026-01-01"))
                        .until(date("2025-12-31"))
                        .build()))
                .containsExactly("until");
    }

    @Test
    void problems_untilBeforeTheDefaultStart() {
        Recurrence r = Recurrence.builder()
                .frequency(Frequency.MONTHLY)
                .until(date("2026-03-01"))
                .build();
        assertThat(r.problems()).isEmpty();
        assertThat(r.problems(date("2026-03-02")))
                .containsExactly(
                        new Problem(
                                "INVALID_RECURRENCE",
                                "until",
                                "recurrence MONTHLY ends on 2026-03-01, before its start 2026-03-02; expected the start or later"));
    }

    @Test
    void problems_haveRelativePathsAndMessages() {
        Problem p = Recurrence.builder()
                .frequency(Frequency.WEEKLY)
                .interval(-2)
                .build()
                .problems()
                .get(0);
        assertThat(p)
                .isEqualTo(new Problem(
                        "INVALID_RECURRENCE", "interval", "recurrence WEEKLY has interval -2; expected 1 or more"));
        assertThat(p.under("obligations[1].trigger.schedule").path())
                .isEqualTo("obligations[1].trigger.schedule.interval");
    }

    @Test
    void toString_inWords() {
        assertThat(Recurrence.builder()
                        .frequency(Frequency.WEEKLY)
                        .interval(2)
                        .dayOfWeek(DayOfWeek.MONDAY)
                        .start(date("2026-01-05"))
                        .count(10)
                        .build())
                .hasToString("every 2 weeks on MONDAY from 2026-01-05, 10 times");
        assertThat(Recurrence.builder()
                        .frequency(Frequency.MONTHLY)
                        .lastBusinessDay(true)
                        .until(date("2026-12-31"))
                        .build())
                .hasToString("every month on the last business day, until 2026-12-31");
        assertThat(Recurrence.builder().frequency(Frequency.DAILY).count(1).build())
                .hasToString("every day, once");
        assertThat(Recurrence.builder()
                        .frequency(Frequency.MONTHLY)
                        .dayOfMonth(31)
                        .build())
                .hasToString("every month on day 31");
    }
}
