package dev.pacta.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.arbitraries.CalendarArbitraries;
import dev.pacta.core.arbitraries.RecurrenceArbitraries;
import dev.pacta.core.time.Recurrence.Frequency;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/** Recurrences never drift: every occurrence is computed from the anchor, as an independent oracle does. */
class RecurrenceProperties {

    /** The k-th occurrence by month-index arithmetic, written without the implementation's java.time shortcuts. */
    static LocalDate oracle(Recurrence r, LocalDate anchor, int k, BusinessCalendar calendar) {
        long i = (long) (k - 1) * r.interval();
        switch (r.frequency()) {
            case DAILY:
                return LocalDate.ofEpochDay(anchor.toEpochDay() + i);
            case WEEKLY:
                long shift = r.dayOfWeek()
                        .map(d -> (long) Math.floorMod(
                                d.getValue() - anchor.getDayOfWeek().getValue(), 7))
                        .orElse(0L);
                return LocalDate.ofEpochDay(anchor.toEpochDay() + shift + 7 * i);
            case MONTHLY: {
                long m0 = monthIndex(anchor);
                if (r.lastBusinessDay()) {
                    if (lastBusinessDay(m0, calendar).isBefore(anchor)) {
                        m0++;
                    }
                    return lastBusinessDay(m0 + i, calendar);
                }
                int day = r.dayOfMonth().orElse(anchor.getDayOfMonth());
                if (r.dayOfMonth().isPresent() && dayIn(m0, day).isBefore(anchor)) {
                    m0++;
                }
                return dayIn(m0 + i, day);
            }
            case YEARLY: {
                long m0 = monthIndex(anchor);
                int day = r.dayOfMonth().orElse(anchor.getDayOfMonth());
                if (r.dayOfMonth().isPresent() && dayIn(m0, day).isBefore(anchor)) {
                    m0 += 12;
                }
                return dayIn(m0 + 12 * i, day);
            }
            default:
                throw new AssertionError();
        }
    }

    static long monthIndex(LocalDate d) {
        return d.getYear() * 12L + d.getMonthValue() - 1;
    }

    static LocalDate dayIn(long monthIndex, int day) {
        int year = (int) Math.floorDiv(monthIndex, 12L);
        int month = (int) Math.floorMod(monthIndex, 12L) + 1;
        int length = YearMonth.of(year, month).lengthOfMonth();
        return LocalDate.of(year, month, Math.min(day, length));
    }

    static LocalDate lastBusinessDay(long monthIndex, BusinessCalendar calendar) {
        LocalDate d = dayIn(monthIndex, 31);
        while (!CalendarProperties.naiveBusinessDay(calendar, d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    @Provide
    Arbitrary<Recurrence> recurrences() {
        return RecurrenceArbitraries.recurrences();
    }

    @Provide
    Arbitrary<LocalDate> anchors() {
        return RecurrenceArbitraries.anchors();
    }

    @Provide
    Arbitrary<BusinessCalendar> calendars() {
        return CalendarArbitraries.unboundedCalendars();
    }

    @Provide
    Arbitrary<Integer> horizons() {
        return Arbitraries.integers().between(0, 2000).withDistribution(RandomDistribution.uniform());
    }

    @Provide
    Arbitrary<Integer> offsets() {
        return Arbitraries.integers().between(-40, 2000).withDistribution(RandomDistribution.uniform());
    }

    @Property
    void occurrences_neverDrift(
            @ForAll("recurrences") Recurrence r,
            @ForAll("anchors") LocalDate defaultAnchor,
            @ForAll("calendars") BusinessCalendar calendar,
            @ForAll("horizons") int horizonDays) {
        LocalDate anchor = r.anchor(defaultAnchor);
        LocalDate through = anchor.plusDays(horizonDays);
        List<LocalDate> all = r.occurrences(defaultAnchor, through, calendar);

        Statistics.label("frequency").collect(r.frequency());
        Statistics.label("day option")
                .collect(
                        r.dayOfWeek().isPresent()
                                ? "weekday"
                                : r.dayOfMonth().isPresent()
                                        ? "day of month"
                                        : r.lastBusinessDay() ? "last business day" : "none");
        Statistics.label("occurrences").collect(all.size() > 1 ? "several" : all.size() == 1 ? "one" : "none");
        Statistics.label("day option").coverage(check -> {
            check.check("last business day").count(c -> c > 0);
            check.check("day of month").count(c -> c > 0);
            check.check("weekday").count(c -> c > 0);
        });
        Statistics.label("occurrences").coverage(check -> check.check("several").percentage(p -> p > 40));

        for (int k = 1; k <= all.size(); k++) {
            assertThat(all.get(k - 1))
                    .as("occurrence %d of %s from %s", k, r, anchor)
                    .isEqualTo(r.occurrence(defaultAnchor, k, calendar))
                    .isEqualTo(oracle(r, anchor, k, calendar));
        }
        for (int k = 1; k < all.size(); k++) {
            assertThat(all.get(k)).isAfter(all.get(k - 1));
        }
        LocalDate limit = r.until().filter(u -> u.isBefore(through)).orElse(through);
        assertThat(all).allSatisfy(d -> assertThat(d).isAfterOrEqualTo(anchor).isBeforeOrEqualTo(limit));
        // Complete: the next occurrence, unless the count is exhausted, lies past the limit.
        if (r.count().map(c -> all.size() < c).orElse(true)) {
            assertThat(oracle(r, anchor, all.size() + 1, calendar)).isAfter(limit);
        } else {
            assertThat(all).hasSize(r.count().get());
        }
    }

    @Property
    void nextAfter_isFirstOccurrenceAfterTheDate(
            @ForAll("recurrences") Recurrence r,
            @ForAll("anchors") LocalDate defaultAnchor,
            @ForAll("calendars") BusinessCalendar calendar,
            @ForAll("offsets") int offset) {
        LocalDate anchor = r.anchor(defaultAnchor);
        LocalDate date = anchor.plusDays(offset);
        // 12 years and a bit: past the next occurrence of any generated schedule.
        List<LocalDate> all = r.occurrences(defaultAnchor, date.plusDays(12 * 366 + 62), calendar);
        Optional<LocalDate> expected = all.stream().filter(d -> d.isAfter(date)).findFirst();
        Statistics.collect(expected.isPresent() ? "next" : "ended");
        assertThat(r.nextAfter(defaultAnchor, date, calendar)).isEqualTo(expected);
    }

    @Property
    void monthlyOnDay_alwaysLandsOnTheClampedDay(
            @ForAll("anchors") LocalDate anchor,
            @ForAll @IntRange(min = 1, max = 31) int day,
            @ForAll @IntRange(min = 1, max = 200) int k) {
        Recurrence r = Recurrence.builder()
                .frequency(Frequency.MONTHLY)
                .dayOfMonth(day)
                .build();
        LocalDate occurrence = r.occurrence(anchor, k, BusinessCalendar.NONE);
        assertThat(occurrence.getDayOfMonth()).isEqualTo(Math.min(day, occurrence.lengthOfMonth()));
        assertThat(occurrence).isAfterOrEqualTo(anchor);
        assertThat(monthIndex(occurrence) - monthIndex(r.occurrence(anchor, 1, BusinessCalendar.NONE)))
                .isEqualTo(k - 1);
    }
}
