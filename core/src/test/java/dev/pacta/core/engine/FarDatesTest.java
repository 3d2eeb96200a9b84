package dev.pacta.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.DeadlineRule;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.InstanceState;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Dates far from today evaluate like any other: the engine keeps the days of about two centuries around 1970 in a
 * shared table, and the days past its edges are computed instead (it keeps 1790-07-27 to 2149-06-06).
 */
class FarDatesTest {
    static InstanceReport contentAround(LocalDate effective, LocalDate delivered, LocalDate asOf) {
        Agreement a = Agreement.builder()
                .from(ResponsibilityTest.agreement(
                        LocalDate.of(2200, 1, 1),
                        List.of(),
                        ResponsibilityTest.duty(
                                "provide-content",
                                ResponsibilityTest.CLIENT,
                                DeadlineRule.ofCalendarDays(3),
                                "content.delivered")))
                .effectiveDate(effective)
                .build();
        ComplianceReport r = ResponsibilityTest.ENGINE.evaluate(
                a, Timeline.of(List.of(Event.of("e1", delivered, "content.delivered", "bakery"))), asOf);
        return r.instance("provide-content#1").orElseThrow();
    }

    @Test
    void aDeadlineAcrossTheLastDayOfTheTable_isCountedAsAnyOther() {
        // 2149-06-07 is 65,536 days after 1970-01-01: the first day the table does not keep.
        InstanceReport i =
                contentAround(LocalDate.of(2149, 6, 5), LocalDate.of(2149, 6, 10), LocalDate.of(2149, 6, 12));
        // Three days after Thu 06-05 is Sun 06-08: due the next business day, Mon 06-09.
        assertThat(i.dueDate()).contains(LocalDate.of(2149, 6, 9));
        assertThat(i.state()).isEqualTo(InstanceState.FULFILLED_LATE);
        assertThat(i.lateness().orElseThrow().toString()).isEqualTo("1 day late");
    }

    @Test
    void aDeadlineAcrossTheFirstDayOfTheTable_isCountedAsAnyOther() {
        // 1790-07-27, 65,536 days before 1970-01-01, is the first day the table keeps.
        LocalDate first = LocalDate.ofEpochDay(-(1L << 16));
        InstanceReport i = contentAround(first.minusDays(2), first.plusDays(3), first.plusDays(5));
        assertThat(i.dueDate()).contains(first.plusDays(1));
        assertThat(i.state()).isEqualTo(InstanceState.FULFILLED_LATE);
        assertThat(i.lateness().orElseThrow().toString()).isEqualTo("2 days late");
    }

    @Test
    void anAgreementThatStartsOnTheFirstDayTheTableDoesNotKeep_isCountedAsAnyOther() {
        LocalDate past = LocalDate.ofEpochDay(1L << 16); // Sat 2149-06-07
        InstanceReport i = contentAround(past, past.plusDays(5), past.plusDays(6));
        // Three days after Sat 06-07 is Tue 06-10.
        assertThat(i.dueDate()).contains(past.plusDays(3));
        assertThat(i.state()).isEqualTo(InstanceState.FULFILLED_LATE);
        assertThat(i.lateness().orElseThrow().toString()).isEqualTo("2 days late");
    }
}
