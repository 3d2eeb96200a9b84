package dev.pacta.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.Finding;
import dev.pacta.core.report.MilestoneState;
import dev.pacta.core.report.Severity;
import dev.pacta.core.time.CalendarSource;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The settings of a {@link ComplianceEngine}: its horizon, its calendars, and what a copy with other calendars keeps. */
class EngineSettingsTest {
    static final ComplianceRule NOTE = (agreement, report) -> List.of(Finding.builder()
            .code("NOTE")
            .severity(Severity.INFO)
            .message("checked")
            .build());

    static MilestoneState launchAsOf(ComplianceEngine engine, String asOf) {
        // The client's content, due Mon 03-09, is never sent: the launch on Fri 03-20 cannot be reached on time.
        ComplianceReport r =
                engine.evaluate(ResponsibilityTest.webCase(), Timeline.of(List.of()), LocalDate.parse(asOf));
        return r.milestones().get(0).state();
    }

    @Test
    void horizon_aMilestoneIsAtRiskOnlyOnceItsTargetIsWithinTheHorizon() {
        ComplianceEngine fiveDays =
                ComplianceEngine.builder().horizon(Period.ofDays(5)).build();
        assertThat(fiveDays.horizon()).isEqualTo(Period.ofDays(5));
        assertThat(ComplianceEngine.builder().build().horizon()).isEqualTo(ComplianceEngine.DEFAULT_HORIZON);
        // On 03-10 the launch is 10 days away: at risk within the default 14 days, not within 5.
        assertThat(launchAsOf(ComplianceEngine.builder().build(), "2026-03-10")).isEqualTo(MilestoneState.AT_RISK);
        assertThat(launchAsOf(fiveDays, "2026-03-10")).isEqualTo(MilestoneState.PENDING);
        assertThat(launchAsOf(fiveDays, "2026-03-16")).isEqualTo(MilestoneState.AT_RISK);
    }

    @Test
    void horizon_zeroIsAllowed_negativeIsRejected() {
        assertThat(ComplianceEngine.builder().horizon(Period.ZERO).build().horizon())
                .isEqualTo(Period.ZERO);
        assertThatThrownBy(() -> ComplianceEngine.builder().horizon(Period.ofDays(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("horizon must not be negative, was P-1D");
    }

    @Test
    void withCalendars_usesTheNewCalendars_andKeepsRulesHorizonAndInstanceLimit() {
        CalendarSource none = CalendarSource.of(Map.of());
        ComplianceEngine engine = ComplianceEngine.builder()
                .addRule(NOTE)
                .horizon(Period.ofDays(3))
                .instanceLimit(77)
                .build();
        ComplianceEngine other = engine.withCalendars(none);
        assertThat(other.calendars()).isSameAs(none);
        assertThat(engine.calendars()).isNotSameAs(none);
        assertThat(other.horizon()).isEqualTo(Period.ofDays(3));
        assertThat(other.instanceLimit()).isEqualTo(77);
        Agreement web = ResponsibilityTest.webCase();
        assertThat(other.evaluate(web, Timeline.of(List.of()), LocalDate.of(2026, 3, 2))
                        .findings())
                .extracting(Finding::code)
                .contains("NOTE");
        assertThatThrownBy(() -> engine.withCalendars(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void recurringMissedInARow_needsAtLeastOneBreach() {
        assertThat(ComplianceRules.recurringMissedInARow(1)).isNotNull();
        assertThatThrownBy(() -> ComplianceRules.recurringMissedInARow(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("times must be at least 1, was 0");
    }
}
