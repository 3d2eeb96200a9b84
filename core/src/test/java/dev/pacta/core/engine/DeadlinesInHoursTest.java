package dev.pacta.core.engine;

import static dev.pacta.core.engine.ComplianceEngineTest.agreement;
import static dev.pacta.core.engine.ComplianceEngineTest.control;
import static dev.pacta.core.engine.ComplianceEngineTest.duty;
import static dev.pacta.core.engine.ComplianceEngineTest.evaluate;
import static dev.pacta.core.engine.ComplianceEngineTest.instance;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.model.DeadlineRule;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.Trigger;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.InstanceState;
import dev.pacta.core.time.Recurrence;
import dev.pacta.core.time.Span;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Deadlines at an hour (chapter "Deadlines" of the design): a grace in hours after them, an extension in hours moves
 * them by those hours, one in days to the same time of day; and a recurring duty has no instance past the end date.
 */
class DeadlinesInHoursTest {
    /** A fix due 10 hours after the start of Mon 2 March 2026 in Madrid: 10:00, 09:00 UTC. */
    static Obligation.Builder fix() {
        return duty("fix", "studio", Trigger.onEffectiveDate(), DeadlineRule.ofHours(10), "fix.done");
    }

    static InstanceReport fixAsOf(Obligation o, String asOf, Event... events) {
        return instance(evaluate(agreement(o).build(), asOf, events), "fix#1");
    }

    static Event extendedBy(Span span) {
        return Event.builder()
                .from(control("x1", "2026-03-02", "extension", "client", "fix#1"))
                .by(span)
                .build();
    }

    @Test
    void aGraceInHours_breachesThatManyHoursAfterTheDeadline() {
        InstanceReport graced = fixAsOf(fix().grace(Span.ofHours(60)).build(), "2026-03-03");
        assertThat(graced.dueAt()).contains(Instant.parse("2026-03-02T09:00:00Z"));
        // Late from 10:00 on Mon 2 March; breached 60 hours later, at 22:00 on Wed 4 March.
        assertThat(graced.state()).isEqualTo(InstanceState.OVERDUE);
        assertThat(fixAsOf(fix().grace(Span.ofHours(60)).build(), "2026-03-05").state())
                .isEqualTo(InstanceState.BREACHED);
    }

    @Test
    void anExtensionInHours_movesItByThoseHours_oneInDays_toTheSameTimeOfDay() {
        assertThat(fixAsOf(fix().build(), "2026-03-02", extendedBy(Span.ofHours(3)))
                        .dueAt())
                .contains(Instant.parse("2026-03-02T12:00:00Z"));
        assertThat(fixAsOf(fix().build(), "2026-03-02", extendedBy(Span.ofCalendarDays(2)))
                        .dueAt())
                .contains(Instant.parse("2026-03-04T09:00:00Z"));
    }

    @Test
    void aRecurringDuty_hasNoInstancePastTheEndDate() {
        Obligation weekly = duty(
                        "weekly",
                        "studio",
                        Trigger.recurring(Recurrence.builder()
                                .frequency(Recurrence.Frequency.WEEKLY)
                                .dayOfWeek(DayOfWeek.MONDAY)
                                .build()),
                        DeadlineRule.ofCalendarDays(4),
                        "report.sent")
                .build();
        // Mondays 2, 9 and 16 March; the agreement ends on Fri 20 March.
        var r = evaluate(agreement(weekly).endDate(LocalDate.of(2026, 3, 20)).build(), "2026-04-30");
        assertThat(r.instances())
                .extracting(i -> i.id().toString())
                .containsExactly("weekly#1", "weekly#2", "weekly#3");
        assertThat(r.instance("weekly#4")).isEqualTo(Optional.empty());
    }
}
