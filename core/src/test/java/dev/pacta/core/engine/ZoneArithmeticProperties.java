package dev.pacta.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.DeadlineRule;
import dev.pacta.core.model.Trigger;
import dev.pacta.core.time.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The simulation's cached zone arithmetic (start of a day, local date of an instant) agrees with {@code java.time},
 * including in zones whose transitions fall at midnight (Beirut, São Paulo until 2019, Havana), on half-hour offsets
 * (Lord Howe) and on the days around transitions, where the fast path must step aside.
 */
class ZoneArithmeticProperties {
    private static final String[] ZONES = {
        "Europe/Madrid",
        "America/New_York",
        "America/Sao_Paulo",
        "Asia/Beirut",
        "America/Havana",
        "Australia/Lord_Howe",
        "UTC",
        "Asia/Kolkata",
        "Pacific/Apia"
    };

    @Property(tries = 300)
    void startOfDayAndLocalDate_agreeWithJavaTime(
            @ForAll("zones") ZoneId zone, @ForAll("effectiveDates") LocalDate effective, @ForAll("offsets") int days) {
        Agreement agreement = ComplianceEngineTest.agreement(ComplianceEngineTest.duty(
                                "report", "studio", Trigger.onEffectiveDate(), DeadlineRule.ofBusinessDays(2), "sent")
                        .build())
                .zone(zone)
                .effectiveDate(effective)
                .build();
        Simulation sim = new Simulation(agreement, BusinessCalendar.WEEKENDS);
        // Walk a stretch of days in a jumping order, as an agreement does (an event now, a deadline later).
        for (int k = 0; k < 40; k++) {
            LocalDate day = effective.plusDays(days + (k % 2 == 0 ? k : -k) * 7L);
            Instant start = sim.startOf(day);
            assertThat(start)
                    .as("start of %s in %s", day, zone)
                    .isEqualTo(day.atStartOfDay(zone).toInstant());
            assertThat(sim.localDate(start)).isEqualTo(day);
            Instant late = start.plusSeconds(86_399);
            assertThat(sim.localDate(late)).isEqualTo(LocalDate.ofInstant(late, zone));
            boolean nearTransition = zone.getRules().nextTransition(start.minusSeconds(3 * 86_400L)) != null
                    && zone.getRules()
                            .nextTransition(start.minusSeconds(3 * 86_400L))
                            .getInstant()
                            .isBefore(start.plusSeconds(3 * 86_400L));
            Statistics.collect(nearTransition ? "near a transition" : "far from transitions");
        }
        // And the days around the zone's next transition, where midnight may be skipped or repeated.
        java.time.zone.ZoneOffsetTransition next = zone.getRules()
                .nextTransition(effective.plusDays(days).atStartOfDay(zone).toInstant());
        if (next != null) {
            LocalDate around = next.getDateTimeBefore().toLocalDate();
            for (int d = -3; d <= 3; d++) {
                LocalDate day = around.plusDays(d);
                assertThat(sim.startOf(day))
                        .as("start of %s in %s", day, zone)
                        .isEqualTo(day.atStartOfDay(zone).toInstant());
                Statistics.label("transition at midnight")
                        .collect(next.getDateTimeBefore().toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                                || next.getDateTimeAfter().toLocalTime().equals(java.time.LocalTime.MIDNIGHT));
            }
        }
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of(ZONES).map(ZoneId::of);
    }

    @Provide
    Arbitrary<LocalDate> effectiveDates() {
        return Arbitraries.integers()
                .between(0, 50 * 365)
                .map(d -> LocalDate.of(1990, 1, 1).plusDays(d));
    }

    @Provide
    Arbitrary<Integer> offsets() {
        // Around the effective date, and far outside the simulation's array of cached days.
        return Arbitraries.oneOf(
                Arbitraries.integers().between(-400, 800),
                Arbitraries.integers().between(-9000, 9000));
    }
}
