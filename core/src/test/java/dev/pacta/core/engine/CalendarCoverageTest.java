package dev.pacta.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.AgreementId;
import dev.pacta.core.model.Category;
import dev.pacta.core.model.DeadlineRule;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.ObligationId;
import dev.pacta.core.model.Party;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.model.Remedy;
import dev.pacta.core.model.Role;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.model.Trigger;
import dev.pacta.core.money.Money;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.Finding;
import dev.pacta.core.report.FindingCodes;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.InstanceState;
import dev.pacta.core.time.BusinessCalendar;
import dev.pacta.core.time.CalendarId;
import dev.pacta.core.time.CalendarSource;
import dev.pacta.core.time.LocalDateRange;
import dev.pacta.core.time.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Counts past the end of a calendar's data (issue 16): a business-day count that the calendar cannot make falls back
 * to calendar days and says so, and no calendar gap makes {@code evaluate} throw.
 */
class CalendarCoverageTest {
    static final CalendarId ONLY_2026 = CalendarId.of("ONLY-2026");
    static final BusinessCalendar CALENDAR = BusinessCalendar.builder()
            .name("ONLY-2026")
            .covering(LocalDateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)))
            .build();
    static final ComplianceEngine ENGINE = ComplianceEngine.of(CalendarSource.of(Map.of(ONLY_2026, CALENDAR)));
    static final LocalDate START = LocalDate.of(2026, 3, 2);

    static Agreement agreement(Obligation.Builder duty) {
        return Agreement.builder()
                .id(AgreementId.of("web"))
                .title("web")
                .addParties(Party.of("client", "Client", Role.CLIENT))
                .addParties(Party.of("studio", "Studio", Role.PROVIDER))
                .zone(ZoneId.of("Europe/Madrid"))
                .calendar(ONLY_2026)
                .effectiveDate(START)
                .value(Money.of("10000.00", "EUR"))
                .addObligations(duty.build())
                .build();
    }

    static Obligation.Builder report(DeadlineRule deadline) {
        return Obligation.builder()
                .id(ObligationId.of("report"))
                .title("report")
                .category(Category.DELIVERABLE)
                .obligor(PartyId.of("studio"))
                .beneficiary(PartyId.of("client"))
                .trigger(Trigger.onEffectiveDate())
                .deadline(deadline)
                .addFulfilledBy("report.delivered");
    }

    static List<Finding> notCovered(ComplianceReport r) {
        return r.findings().stream()
                .filter(f -> f.code().equals(FindingCodes.CALENDAR_NOT_COVERED))
                .toList();
    }

    @Test
    void lateness_insideCoverage_businessDaysAndNoFinding() {
        ComplianceReport r = ENGINE.evaluate(
                agreement(report(DeadlineRule.ofBusinessDays(2))), Timeline.of(List.of()), LocalDate.of(2026, 12, 31));
        InstanceReport i = r.instance("report#1").orElseThrow();
        assertThat(i.state()).isEqualTo(InstanceState.BREACHED);
        assertThat(i.lateness().orElseThrow().unit()).isEqualTo(Span.Unit.BUSINESS_DAYS);
        assertThat(i.lateness().orElseThrow().toString()).isEqualTo("216 business days late");
        assertThat(notCovered(r)).isEmpty();
    }

    @Test
    void lateness_pastCoverage_saysCalendarDaysWithAFinding() {
        ComplianceReport r = ENGINE.evaluate(
                agreement(report(DeadlineRule.ofBusinessDays(2))), Timeline.of(List.of()), LocalDate.of(2027, 1, 1));
        InstanceReport i = r.instance("report#1").orElseThrow();
        assertThat(i.lateness().orElseThrow().unit()).isEqualTo(Span.Unit.CALENDAR_DAYS);
        assertThat(i.lateness().orElseThrow().toString()).isEqualTo("303 days late");
        assertThat(i.explanation()).contains("303 days late").doesNotContain("business days late");
        assertThat(i.attribution()).containsEntry(PartyId.of("studio"), 303L);
        assertThat(notCovered(r)).singleElement().satisfies(f -> {
            assertThat(f.instance())
                    .hasValueSatisfying(id -> assertThat(id.toString()).isEqualTo("report#1"));
            assertThat(f.message()).contains("calendar days").contains("2027");
        });
    }

    @Test
    void lateFulfilment_pastCoverage_saysCalendarDays() {
        ComplianceReport r = ENGINE.evaluate(
                agreement(report(DeadlineRule.ofBusinessDays(2))),
                Timeline.of(List.of(Event.of("e1", LocalDate.of(2027, 1, 4), "report.delivered", "studio"))),
                LocalDate.of(2027, 1, 5));
        InstanceReport i = r.instance("report#1").orElseThrow();
        assertThat(i.state()).isEqualTo(InstanceState.FULFILLED_LATE);
        assertThat(i.lateness().orElseThrow().toString()).isEqualTo("306 days late");
        assertThat(notCovered(r)).hasSize(1);
    }

    @Test
    void penaltyPerBusinessDay_pastCoverage_doesNotThrowAndSaysCalendarDays() {
        Remedy penalty = Remedy.Penalty.builder()
                .percent(BigDecimal.ONE)
                .per(Span.ofBusinessDays(1))
                .capPercent(BigDecimal.valueOf(50))
                .base(Money.of("1000.00", "EUR"))
                .build();
        Agreement a = agreement(report(DeadlineRule.ofBusinessDays(2)).addRemedies(penalty));
        ComplianceReport r = ENGINE.evaluate(a, Timeline.of(List.of()), LocalDate.of(2027, 2, 1));
        InstanceReport i = r.instance("report#1").orElseThrow();
        assertThat(i.payment().orElseThrow().computations())
                .anySatisfy(c -> assertThat(c).startsWith("penalty: ").contains("(334 days late)"));
        assertThat(notCovered(r)).hasSize(1);
    }

    @Test
    void penaltyPerBusinessDay_onADeadlineInHours_doneLateTheSameDay_noDayToCount_noFinding() {
        Remedy penalty = Remedy.Penalty.builder()
                .percent(BigDecimal.ONE)
                .per(Span.ofBusinessDays(1))
                .capPercent(BigDecimal.valueOf(50))
                .base(Money.of("1000.00", "EUR"))
                .build();
        Agreement a = agreement(report(DeadlineRule.ofHours(2)).addRemedies(penalty));
        // Due at 02:00 on Mon 2 March, delivered at 04:30 the same day: late, and penalised, by no business day.
        Event delivered = Event.builder()
                .id(dev.pacta.core.model.EventId.of("e1"))
                .at(dev.pacta.core.model.EventTime.of(java.time.OffsetDateTime.parse("2026-03-02T04:30:00+01:00")))
                .kind("report.delivered")
                .actor(PartyId.of("studio"))
                .build();
        ComplianceReport r = ENGINE.evaluate(a, Timeline.of(List.of(delivered)), LocalDate.of(2026, 3, 3));
        InstanceReport i = r.instance("report#1").orElseThrow();
        assertThat(i.state()).isEqualTo(InstanceState.FULFILLED_LATE);
        assertThat(i.payment().orElseThrow().computations())
                .anySatisfy(c -> assertThat(c).startsWith("penalty: ").contains("(0 business days late)"));
        assertThat(notCovered(r)).isEmpty();
    }

    @Test
    void penaltyPerHour_countsStartedHours() {
        Remedy penalty = Remedy.Penalty.builder()
                .percent(BigDecimal.ONE)
                .per(Span.ofHours(1))
                .capPercent(BigDecimal.valueOf(100))
                .base(Money.of("1000.00", "EUR"))
                .build();
        Agreement a = agreement(report(DeadlineRule.ofHours(2)).addRemedies(penalty));
        // In force at the start of 2026-03-02 (Madrid), due 02:00; delivered at 04:30: 2.5 hours late, 3 started.
        Event delivered = Event.builder()
                .id(dev.pacta.core.model.EventId.of("e1"))
                .at(dev.pacta.core.model.EventTime.of(java.time.OffsetDateTime.parse("2026-03-02T04:30:00+01:00")))
                .kind("report.delivered")
                .actor(PartyId.of("studio"))
                .build();
        ComplianceReport r = ENGINE.evaluate(a, Timeline.of(List.of(delivered)), LocalDate.of(2026, 3, 3));
        InstanceReport i = r.instance("report#1").orElseThrow();
        assertThat(i.lateness().orElseThrow().toString()).isEqualTo("3 hours late");
        assertThat(i.payment().orElseThrow().computations())
                .anySatisfy(c -> assertThat(c).contains("(3 hours late)"));
    }

    @Test
    void extension_ofManyBusinessDaysPastCoverage_isAFindingNotAnException() {
        Event extension = Event.builder()
                .from(Event.of("x1", LocalDate.of(2026, 3, 3), "extension", "client"))
                .ref("report#1")
                .by(Span.ofBusinessDays(650))
                .build();
        ComplianceReport r = ENGINE.evaluate(
                agreement(report(DeadlineRule.ofBusinessDays(2))),
                Timeline.of(List.of(extension)),
                LocalDate.of(2026, 3, 10));
        InstanceReport i = r.instance("report#1").orElseThrow();
        assertThat(i.dueDate()).contains(LocalDate.of(2026, 3, 4)); // the extension could not be computed
        assertThat(notCovered(r)).singleElement().satisfies(f -> {
            assertThat(f.evidence()).extracting(Object::toString).containsExactly("x1");
            assertThat(f.message()).contains("extended deadline cannot be computed");
        });
    }

    @Test
    void lateFulfilmentInsideCoverage_evaluatedAfterIt_isCountedUpToTheFulfilment_noFinding() {
        ComplianceReport r = ENGINE.evaluate(
                agreement(report(DeadlineRule.ofBusinessDays(2))),
                Timeline.of(List.of(Event.of("e1", LocalDate.of(2026, 3, 6), "report.delivered", "studio"))),
                LocalDate.of(2027, 1, 5));
        InstanceReport i = r.instance("report#1").orElseThrow();
        assertThat(i.lateness().orElseThrow().toString()).isEqualTo("2 business days late");
        assertThat(notCovered(r)).isEmpty();
    }

    @Test
    void calendarDayDeadlineWithAPenaltyPerCalendarDay_pastCoverage_needsNoCalendar_noFinding() {
        Remedy penalty = Remedy.Penalty.builder()
                .percent(BigDecimal.ONE)
                .per(Span.ofCalendarDays(1))
                .capPercent(BigDecimal.valueOf(50))
                .base(Money.of("1000.00", "EUR"))
                .build();
        Agreement a =
                agreement(report(DeadlineRule.within(Span.ofCalendarDays(2))).addRemedies(penalty));
        ComplianceReport r = ENGINE.evaluate(a, Timeline.of(List.of()), LocalDate.of(2027, 2, 1));
        InstanceReport i = r.instance("report#1").orElseThrow();
        assertThat(i.lateness().orElseThrow().toString()).isEqualTo("334 days late");
        assertThat(i.payment().orElseThrow().penalty()).contains(Money.of("500.00", "EUR"));
        assertThat(notCovered(r)).isEmpty();
    }

    @Test
    void penaltyPerWeek_chargesWholeWeeksLate() {
        Remedy penalty = Remedy.Penalty.builder()
                .percent(BigDecimal.ONE)
                .per(Span.ofWeeks(1))
                .capPercent(BigDecimal.valueOf(50))
                .base(Money.of("1000.00", "EUR"))
                .build();
        Agreement a =
                agreement(report(DeadlineRule.within(Span.ofCalendarDays(2))).addRemedies(penalty));
        // Due Wed 2026-03-04; as of 03-19, 15 days late: 2 whole weeks, 2 % of 1,000.00.
        InstanceReport i = ENGINE.evaluate(a, Timeline.of(List.of()), LocalDate.of(2026, 3, 19))
                .instance("report#1")
                .orElseThrow();
        assertThat(i.lateness().orElseThrow().toString()).isEqualTo("15 days late");
        assertThat(i.payment().orElseThrow().penalty()).contains(Money.of("20.00", "EUR"));
    }

    @Test
    void excusedDelay_movingADeadlinePastCoverage_keepsTheDeadlineWithAFinding() {
        // From Tue 2026-12-01: the client's content in 2 business days (Thu 12-03), the studio's report in 18 (Fri
        // 12-25). The content comes 5 business days late; moving the report by 5 would reach past the calendar's
        // data (2027-01-01), so the report keeps its deadline and a finding says why.
        Obligation content = report(DeadlineRule.ofBusinessDays(2))
                .id(ObligationId.of("content"))
                .obligor(PartyId.of("client"))
                .beneficiary(PartyId.of("studio"))
                .fulfilledBy(List.of("content.sent"))
                .build();
        Agreement a = Agreement.builder()
                .from(agreement(report(DeadlineRule.ofBusinessDays(18))))
                .effectiveDate(LocalDate.of(2026, 12, 1))
                .obligations(List.of(
                        content,
                        report(DeadlineRule.ofBusinessDays(18))
                                .addPrerequisites(ObligationId.of("content"))
                                .build()))
                .build();
        ComplianceReport r = ENGINE.evaluate(
                a,
                Timeline.of(List.of(Event.of("c1", LocalDate.of(2026, 12, 10), "content.sent", "client"))),
                LocalDate.of(2026, 12, 15));
        InstanceReport i = r.instance("report#1").orElseThrow();
        assertThat(i.dueDate()).contains(LocalDate.of(2026, 12, 25));
        assertThat(notCovered(r))
                .singleElement()
                .satisfies(f -> assertThat(f.message())
                        .startsWith("the deadline of report#1 cannot be moved for the delay of content#1: "));
    }

    @Test
    void terminationNotice_endingPastCoverage_isAFindingNotAnException() {
        Agreement a = Agreement.builder()
                .from(agreement(report(DeadlineRule.ofBusinessDays(2))))
                .addTerminationClauses(
                        dev.pacta.core.model.TerminationClause.of(java.util.Optional.empty(), Span.ofBusinessDays(10)))
                .build();
        ComplianceReport r = ENGINE.evaluate(
                a,
                Timeline.of(List.of(Event.of("t1", LocalDate.of(2026, 12, 28), "termination", "client"))),
                LocalDate.of(2026, 12, 31));
        assertThat(notCovered(r))
                .singleElement()
                .satisfies(f -> assertThat(f.message())
                        .startsWith("termination t1: the end of its ")
                        .contains(" notice cannot be computed: "));
        assertThat(r.instance("report#1").orElseThrow().state()).isEqualTo(InstanceState.BREACHED);
    }
}
