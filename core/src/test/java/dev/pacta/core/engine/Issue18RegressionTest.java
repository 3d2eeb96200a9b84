package dev.pacta.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.AgreementId;
import dev.pacta.core.model.Category;
import dev.pacta.core.model.DeadlineRule;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.ObligationId;
import dev.pacta.core.model.Party;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.model.Role;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.model.Trigger;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.Finding;
import dev.pacta.core.report.FindingCodes;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.InstanceState;
import dev.pacta.core.report.Severity;
import dev.pacta.core.time.BusinessDayConvention;
import dev.pacta.core.time.Recurrence;
import dev.pacta.core.time.Span;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regressions of issue 18, section 3: a recurring instance due before its occurrence comes into force by its due date
 * (defect 1), and an evaluation materialises at most the engine's instance limit (defect 3).
 */
class Issue18RegressionTest {
    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    static Agreement agreement(Obligation duty) {
        return Agreement.builder()
                .id(AgreementId.of("retainer"))
                .title("Retainer")
                .addParties(Party.of("client", "Client", Role.CLIENT))
                .addParties(Party.of("studio", "Studio", Role.PROVIDER))
                .zone(MADRID)
                .effectiveDate(LocalDate.of(2024, 7, 1))
                .addObligations(duty)
                .build();
    }

    /** A monthly report on the 31st (clamped), due that day, moved by a convention when it is not a business day. */
    static Obligation monthlyReport(BusinessDayConvention convention) {
        return Obligation.builder()
                .id(ObligationId.of("report"))
                .title("Monthly report")
                .category(Category.DELIVERABLE)
                .obligor(PartyId.of("studio"))
                .beneficiary(PartyId.of("client"))
                .trigger(Trigger.recurring(Recurrence.builder()
                        .frequency(Recurrence.Frequency.MONTHLY)
                        .dayOfMonth(31)
                        .build()))
                .deadline(DeadlineRule.ofCalendarDays(0, convention))
                .addFulfilledBy("report.sent")
                .build();
    }

    static InstanceReport august(BusinessDayConvention convention, List<Event> events, LocalDate asOf) {
        ComplianceReport r = ComplianceEngine.of(dev.pacta.core.time.CalendarSource.builtIns())
                .evaluate(agreement(monthlyReport(convention)), Timeline.of(events), asOf);
        assertThat(r.findings()).extracting(Finding::code).doesNotContain(FindingCodes.DEADLINE_BEFORE_IN_FORCE);
        return r.instance("report#2").orElseThrow();
    }

    @Test
    void recurring_occurrenceOnSaturdayDueFridayModifiedFollowing_inForceFridayAndFulfilledThatDay() {
        // Sat 2024-08-31: the following business day, Mon 09-02, is in September, so MODIFIED_FOLLOWING gives Fri
        // 08-30.
        InstanceReport i = august(
                BusinessDayConvention.MODIFIED_FOLLOWING,
                List.of(
                        Event.of("e1", LocalDate.of(2024, 7, 31), "report.sent", "studio"),
                        Event.of("e2", LocalDate.of(2024, 8, 30), "report.sent", "studio")),
                LocalDate.of(2024, 9, 2));
        assertThat(i.dueDate()).hasValue(LocalDate.of(2024, 8, 30));
        assertThat(i.inForceFrom())
                .hasValue(LocalDate.of(2024, 8, 30).atStartOfDay(MADRID).toInstant());
        assertThat(i.state()).isEqualTo(InstanceState.FULFILLED);
        assertThat(i.fulfilledBy()).hasValueSatisfying(e -> assertThat(e).hasToString("e2"));
    }

    @Test
    void recurring_occurrenceOnSaturdayDueFridayPreceding_notBornBreached() {
        // As of the due day itself, nothing done yet: the instance is in force and not yet late.
        InstanceReport i = august(BusinessDayConvention.PRECEDING, List.of(), LocalDate.of(2024, 8, 30));
        assertThat(i.dueDate()).hasValue(LocalDate.of(2024, 8, 30));
        assertThat(i.state()).isEqualTo(InstanceState.UPCOMING);
    }

    @Test
    void recurring_actOnTheEarlyDueDate_goesToTheInstanceDueThatDay_notTheOpenPreviousOne() {
        // July's report is still owed (late); the act on Fri 08-30 is in August's period, which starts on its due date.
        InstanceReport i = august(
                BusinessDayConvention.PRECEDING,
                List.of(Event.of("e2", LocalDate.of(2024, 8, 30), "report.sent", "studio")),
                LocalDate.of(2024, 9, 2));
        assertThat(i.state()).isEqualTo(InstanceState.FULFILLED);
    }

    @Test
    void recurring_followingConvention_stillInForceAtTheOccurrence() {
        InstanceReport i = august(BusinessDayConvention.FOLLOWING, List.of(), LocalDate.of(2024, 9, 2));
        assertThat(i.dueDate()).hasValue(LocalDate.of(2024, 9, 2));
        assertThat(i.inForceFrom())
                .hasValue(LocalDate.of(2024, 8, 31).atStartOfDay(MADRID).toInstant());
    }

    static Obligation dailyCheckWithoutEnd() {
        return Obligation.builder()
                .id(ObligationId.of("check"))
                .title("Daily check")
                .category(Category.COMPLIANCE)
                .obligor(PartyId.of("studio"))
                .beneficiary(PartyId.of("client"))
                .trigger(Trigger.recurring(Recurrence.builder()
                        .frequency(Recurrence.Frequency.DAILY)
                        .build()))
                .deadline(DeadlineRule.within(Span.ofCalendarDays(1)))
                .addFulfilledBy("check.done")
                .build();
    }

    @Test
    void instanceLimit_dailyDutyWithoutEndFarAhead_stopsAtTheLimitWithOneErrorFinding() {
        ComplianceEngine engine =
                ComplianceEngine.builder().instanceLimit(1_000).build();
        assertThat(engine.instanceLimit()).isEqualTo(1_000);
        ComplianceReport r =
                engine.evaluate(agreement(dailyCheckWithoutEnd()), Timeline.of(List.of()), LocalDate.of(9999, 12, 31));
        assertThat(r.instances()).hasSize(1_000);
        assertThat(r.findings())
                .filteredOn(f -> f.code().equals(FindingCodes.INSTANCE_LIMIT_EXCEEDED))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.message())
                            .startsWith("the evaluation stopped materialising instances at the engine's limit of 1000"
                                    + " (reached creating instance 1001 of 'check'): the report is incomplete");
                });
    }

    @Test
    void instanceLimit_incrementalEvaluation_sameLimitAndFinding() {
        ComplianceEngine engine = ComplianceEngine.builder().instanceLimit(50).build();
        Evaluation live = engine.start(agreement(dailyCheckWithoutEnd()))
                .append(Event.of("e1", LocalDate.of(2024, 7, 2), "check.done", "studio"));
        live.advanceTo(LocalDate.of(2026, 1, 1).atStartOfDay(MADRID).toInstant());
        ComplianceReport r = live.report(LocalDate.of(2026, 1, 1));
        assertThat(r.instances()).hasSize(50);
        assertThat(r.findings()).extracting(Finding::code).containsOnlyOnce(FindingCodes.INSTANCE_LIMIT_EXCEEDED);
        assertThat(r)
                .isEqualTo(
                        engine.evaluate(agreement(dailyCheckWithoutEnd()), live.timeline(), LocalDate.of(2026, 1, 1)));
    }

    @Test
    void instanceLimit_underTheLimit_noFinding() {
        ComplianceEngine engine =
                ComplianceEngine.builder().instanceLimit(1_000).build();
        ComplianceReport r =
                engine.evaluate(agreement(dailyCheckWithoutEnd()), Timeline.of(List.of()), LocalDate.of(2024, 7, 31));
        assertThat(r.instances()).hasSize(31);
        assertThat(r.findings()).extracting(Finding::code).doesNotContain(FindingCodes.INSTANCE_LIMIT_EXCEEDED);
    }

    @Test
    void instanceLimit_defaultAndBounds() {
        assertThat(ComplianceEngine.builder().build().instanceLimit())
                .isEqualTo(ComplianceEngine.DEFAULT_INSTANCE_LIMIT)
                .isEqualTo(100_000);
        assertThatThrownBy(() -> ComplianceEngine.builder().instanceLimit(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("instance limit must be at least 1, was 0");
    }
}
