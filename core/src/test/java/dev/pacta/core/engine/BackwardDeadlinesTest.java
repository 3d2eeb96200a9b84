package dev.pacta.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.AgreementId;
import dev.pacta.core.model.Category;
import dev.pacta.core.model.DeadlineRule;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.Milestone;
import dev.pacta.core.model.MilestoneId;
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
import dev.pacta.core.time.BusinessCalendar;
import dev.pacta.core.time.BusinessDayConvention;
import dev.pacta.core.time.CalendarId;
import dev.pacta.core.time.CalendarSource;
import dev.pacta.core.time.LocalDateRange;
import dev.pacta.core.time.Recurrence;
import dev.pacta.core.time.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Deadlines before a date (issue 18, section 2): offsets counted back from the end date, a milestone's target or a
 * recurring occurrence, in every unit, with worked examples; and a deadline that falls before its instance comes
 * into force is a finding.
 */
class BackwardDeadlinesTest {
    /** Sat/Sun weekends and Wed 2024-12-25 a holiday, covering 2024 and 2025. */
    static final CalendarId XMAS = CalendarId.of("XMAS");

    static final BusinessCalendar XMAS_CALENDAR = BusinessCalendar.builder()
            .name("XMAS")
            .weekendDays(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)
            .addHoliday(LocalDate.of(2024, 12, 25))
            .covering(LocalDateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 1, 1)))
            .build();
    static final ComplianceEngine ENGINE = ComplianceEngine.of(CalendarSource.of(Map.of(XMAS, XMAS_CALENDAR)));
    static final MilestoneId LAUNCH = MilestoneId.of("launch");

    /** An agreement from a date to Tue 2024-12-31, with a launch milestone on a date. */
    static Agreement agreement(LocalDate effective, LocalDate launch, Obligation... duties) {
        return Agreement.builder()
                .id(AgreementId.of("launch-2024"))
                .title("Launch")
                .addParties(Party.of("client", "Client", Role.CLIENT))
                .addParties(Party.of("studio", "Studio", Role.PROVIDER))
                .zone(ZoneId.of("Europe/Madrid"))
                .calendar(XMAS)
                .effectiveDate(effective)
                .endDate(LocalDate.of(2024, 12, 31))
                .addMilestones(Milestone.builder()
                        .id(LAUNCH)
                        .title("Launch")
                        .target(launch)
                        .build())
                .addObligations(duties)
                .build();
    }

    /** An agreement from a date to Tue 2024-12-31, with a launch milestone on the 31st. */
    static Agreement agreement(LocalDate effective, Obligation... duties) {
        return agreement(effective, LocalDate.of(2024, 12, 31), duties);
    }

    /** An agreement from Mon 2024-11-04 to Tue 2024-12-31, with a launch milestone on the 31st. */
    static Agreement agreement(Obligation... duties) {
        return agreement(LocalDate.of(2024, 11, 4), duties);
    }

    static Obligation duty(String id, Trigger trigger, DeadlineRule deadline) {
        return Obligation.builder()
                .id(ObligationId.of(id))
                .title(id)
                .category(Category.DELIVERABLE)
                .obligor(PartyId.of("client"))
                .beneficiary(PartyId.of("studio"))
                .trigger(trigger)
                .deadline(deadline)
                .addFulfilledBy(id + ".done")
                .build();
    }

    static Obligation duty(String id, DeadlineRule deadline) {
        return duty(id, Trigger.onEffectiveDate(), deadline);
    }

    static InstanceReport only(Agreement a, String id, List<Event> events, LocalDate asOf) {
        return ENGINE.evaluate(a, Timeline.of(events), asOf).instance(id).orElseThrow();
    }

    static LocalDate due(DeadlineRule rule) {
        return only(agreement(duty("content", rule)), "content#1", List.of(), LocalDate.of(2024, 11, 30))
                .dueDate()
                .orElseThrow();
    }

    @Test
    void businessDays_tenBeforeTuesdayWithWednesdayHoliday_mondaySixteenth() {
        // The 31st itself is not counted; Wed 12-25 is skipped: 30, 27, 26, 24, 23, 20, 19, 18, 17, 16.
        DeadlineRule rule = DeadlineRule.beforeMilestone(Span.ofBusinessDays(10), LAUNCH);
        assertThat(due(rule)).isEqualTo(LocalDate.of(2024, 12, 16));
        assertThat(due(DeadlineRule.beforeEndDate(Span.ofBusinessDays(10)))).isEqualTo(LocalDate.of(2024, 12, 16));
    }

    @Test
    void businessDays_oneBefore_skipsTheHolidayBackwards() {
        // One business day before Thu 12-26 is Tue 12-24: Wed 12-25 is a holiday.
        Agreement a = agreement(
                LocalDate.of(2024, 11, 4),
                LocalDate.of(2024, 12, 26),
                duty("content", DeadlineRule.beforeMilestone(Span.ofBusinessDays(1), LAUNCH)));
        assertThat(only(a, "content#1", List.of(), LocalDate.of(2024, 11, 30)).dueDate())
                .hasValue(LocalDate.of(2024, 12, 24));
    }

    @Test
    void businessDays_zeroBeforeAHoliday_thePreviousBusinessDay() {
        Agreement a = agreement(
                LocalDate.of(2024, 11, 4),
                LocalDate.of(2024, 12, 25),
                duty("content", DeadlineRule.beforeMilestone(Span.ofBusinessDays(0), LAUNCH)));
        assertThat(only(a, "content#1", List.of(), LocalDate.of(2024, 11, 30)).dueDate())
                .hasValue(LocalDate.of(2024, 12, 24));
        assertThat(due(DeadlineRule.beforeEndDate(Span.ofBusinessDays(0)))).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void calendarDays_thirtyBeforeTheEndDate_precedingByDefault() {
        // 30 days before Tue 12-31 is Sun 12-01: PRECEDING (the default before a date) gives Fri 11-29.
        DeadlineRule rule = DeadlineRule.beforeEndDate(Span.ofCalendarDays(30));
        assertThat(rule.convention()).isEqualTo(BusinessDayConvention.PRECEDING);
        assertThat(rule).hasToString("30 days before the end date, PRECEDING");
        assertThat(due(rule)).isEqualTo(LocalDate.of(2024, 11, 29));
    }

    @Test
    void calendarDays_otherConventions_moveAsTheySay() {
        DeadlineRule.Before.Builder b =
                DeadlineRule.Before.builder().from(DeadlineRule.beforeEndDate(Span.ofCalendarDays(30)));
        assertThat(due(b.convention(BusinessDayConvention.FOLLOWING).build())).isEqualTo(LocalDate.of(2024, 12, 2));
        // Following Mon 12-02 is in the same month as Sun 12-01: MODIFIED_FOLLOWING keeps it.
        assertThat(due(b.convention(BusinessDayConvention.MODIFIED_FOLLOWING).build()))
                .isEqualTo(LocalDate.of(2024, 12, 2));
        assertThat(due(b.convention(BusinessDayConvention.NONE).build())).isEqualTo(LocalDate.of(2024, 12, 1));
    }

    @Test
    void weeksAndMonths_beforeTheTarget() {
        // Two weeks before Tue 12-31: Tue 12-17. One month before: Sat 11-30, PRECEDING: Fri 11-29.
        assertThat(due(DeadlineRule.beforeMilestone(Span.ofWeeks(2), LAUNCH))).isEqualTo(LocalDate.of(2024, 12, 17));
        assertThat(due(DeadlineRule.beforeMilestone(Span.ofMonths(1), LAUNCH))).isEqualTo(LocalDate.of(2024, 11, 29));
    }

    @Test
    void months_beforeAMonthEnd_clampToTheShorterMonth() {
        // One month before Mon 2024-03-31 would be Feb 31: clamped to Thu 2024-02-29.
        Agreement a = agreement(
                LocalDate.of(2024, 1, 2),
                LocalDate.of(2024, 3, 31),
                duty("content", DeadlineRule.beforeMilestone(Span.ofMonths(1), LAUNCH)));
        assertThat(only(a, "content#1", List.of(), LocalDate.of(2024, 1, 31)).dueDate())
                .hasValue(LocalDate.of(2024, 2, 29));
    }

    @Test
    void afterTheEndDate_countsForward() {
        DeadlineRule rule = DeadlineRule.Within.builder()
                .offset(Span.ofBusinessDays(2))
                .reference(DeadlineRule.Reference.END_DATE)
                .build();
        Obligation returnMaterials = Obligation.builder()
                .from(duty("return", rule))
                .survivesTermination(true)
                .build();
        // Two business days after Tue 12-31: Wed 01-01 is a business day here (only 12-25 is a holiday), Thu 01-02.
        ComplianceReport r =
                ENGINE.evaluate(agreement(returnMaterials), Timeline.of(List.of()), LocalDate.of(2024, 12, 1));
        assertThat(r.findings()).isEmpty();
        assertThat(r.instance("return#1").orElseThrow().dueDate()).hasValue(LocalDate.of(2025, 1, 2));
    }

    @Test
    void explanation_namesTheReferenceAndWhenTheInstanceCameIntoForce() {
        InstanceReport i = only(
                agreement(duty("content", DeadlineRule.beforeMilestone(Span.ofBusinessDays(10), LAUNCH))),
                "content#1",
                List.of(Event.of("e1", LocalDate.of(2024, 12, 13), "content.done", "client")),
                LocalDate.of(2024, 12, 20));
        assertThat(i.state()).isEqualTo(InstanceState.FULFILLED);
        assertThat(i.explanation())
                .startsWith("due Mon 2024-12-16: 10 business days before the target of milestone launch; in force from"
                        + " the effective date (Mon 2024-11-04)");
    }

    @Test
    void fulfilledAfterTheBackwardDeadline_isLateInBusinessDays() {
        InstanceReport i = only(
                agreement(duty("content", DeadlineRule.beforeMilestone(Span.ofBusinessDays(10), LAUNCH))),
                "content#1",
                List.of(Event.of("e1", LocalDate.of(2024, 12, 18), "content.done", "client")),
                LocalDate.of(2024, 12, 20));
        assertThat(i.state()).isEqualTo(InstanceState.FULFILLED_LATE);
        assertThat(i.lateness().orElseThrow()).hasToString("2 business days late");
    }

    @Test
    void deadlineBeforeTheInstanceComesIntoForce_isAFindingAndLateFromTheStart() {
        // Signed on Mon 12-16 with "30 days before the end date" (Fri 11-29): the window closed before it opened.
        ComplianceReport r = ENGINE.evaluate(
                agreement(
                        LocalDate.of(2024, 12, 16),
                        duty("notice", DeadlineRule.beforeEndDate(Span.ofCalendarDays(30)))),
                Timeline.of(List.of()),
                LocalDate.of(2024, 12, 16));
        assertThat(r.instance("notice#1").orElseThrow().state()).isEqualTo(InstanceState.BREACHED);
        assertThat(r.findings())
                .filteredOn(f -> f.code().equals(FindingCodes.DEADLINE_BEFORE_IN_FORCE))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.party()).hasValue(PartyId.of("client"));
                    assertThat(f.instance())
                            .hasValueSatisfying(id -> assertThat(id).hasToString("notice#1"));
                    assertThat(f.message())
                            .isEqualTo("the deadline of notice#1, Fri 2024-11-29 (30 days before the end date,"
                                    + " PRECEDING), falls before it came into force on Mon 2024-12-16: it is late"
                                    + " from the start");
                });
    }

    @Test
    void deadlineOnTheDayTheInstanceComesIntoForce_isNoFinding() {
        ComplianceReport r = ENGINE.evaluate(
                agreement(
                        LocalDate.of(2024, 12, 16),
                        duty("content", DeadlineRule.beforeMilestone(Span.ofBusinessDays(10), LAUNCH))),
                Timeline.of(List.of()),
                LocalDate.of(2024, 12, 16));
        assertThat(r.findings()).extracting(Finding::code).doesNotContain(FindingCodes.DEADLINE_BEFORE_IN_FORCE);
        ComplianceReport late = ENGINE.evaluate(
                agreement(
                        LocalDate.of(2024, 12, 16),
                        duty("content", DeadlineRule.beforeMilestone(Span.ofBusinessDays(11), LAUNCH))),
                Timeline.of(List.of()),
                LocalDate.of(2024, 12, 16));
        assertThat(late.findings()).extracting(Finding::code).contains(FindingCodes.DEADLINE_BEFORE_IN_FORCE);
    }

    @Test
    void recurringBeforeEachOccurrence_inForceFromItsDueDate() {
        // Rent due five days before the 1st of each month: the instance of Sun 12-01 is due Tue 11-26, and is in
        // force from then, so the payment that day fulfils it on time.
        Obligation rent = duty(
                "rent",
                Trigger.recurring(Recurrence.builder()
                        .frequency(Recurrence.Frequency.MONTHLY)
                        .dayOfMonth(1)
                        .start(LocalDate.of(2024, 12, 1))
                        .build()),
                DeadlineRule.Before.builder().offset(Span.ofCalendarDays(5)).build());
        ComplianceReport r = ENGINE.evaluate(
                agreement(rent),
                Timeline.of(List.of(Event.of("e1", LocalDate.of(2024, 11, 26), "rent.done", "client"))),
                LocalDate.of(2024, 11, 27));
        InstanceReport i = r.instance("rent#1").orElseThrow();
        assertThat(i.dueDate()).hasValue(LocalDate.of(2024, 11, 26));
        assertThat(i.inForceFrom())
                .hasValue(LocalDate.of(2024, 11, 26)
                        .atStartOfDay(ZoneId.of("Europe/Madrid"))
                        .toInstant());
        assertThat(i.state()).isEqualTo(InstanceState.FULFILLED);
        assertThat(i.explanation()).startsWith("due Tue 2024-11-26: 5 days before the period starting Sun 2024-12-01");
        assertThat(r.findings()).extracting(Finding::code).doesNotContain(FindingCodes.DEADLINE_BEFORE_IN_FORCE);
    }

    @Test
    void recurringDueBeforeEachOccurrence_byAnyRule_inForceFromItsDueDate() {
        // The occurrence is Sun 12-01. Three business days before it: Wed 11-27. Zero days, zero weeks or zero
        // months after it, moved back by PRECEDING: Fri 11-29.
        java.util.Map<DeadlineRule, LocalDate> dueOnDec1 = new java.util.LinkedHashMap<>();
        dueOnDec1.put(
                DeadlineRule.Before.builder().offset(Span.ofBusinessDays(3)).build(), LocalDate.of(2024, 11, 27));
        dueOnDec1.put(DeadlineRule.ofCalendarDays(0, BusinessDayConvention.PRECEDING), LocalDate.of(2024, 11, 29));
        dueOnDec1.put(
                DeadlineRule.Within.builder()
                        .offset(Span.ofWeeks(0))
                        .convention(BusinessDayConvention.PRECEDING)
                        .build(),
                LocalDate.of(2024, 11, 29));
        dueOnDec1.put(
                DeadlineRule.Within.builder()
                        .offset(Span.ofMonths(0))
                        .convention(BusinessDayConvention.PRECEDING)
                        .build(),
                LocalDate.of(2024, 11, 29));
        for (java.util.Map.Entry<DeadlineRule, LocalDate> e : dueOnDec1.entrySet()) {
            Obligation rent = duty(
                    "rent",
                    Trigger.recurring(Recurrence.builder()
                            .frequency(Recurrence.Frequency.MONTHLY)
                            .dayOfMonth(1)
                            .start(LocalDate.of(2024, 12, 1))
                            .build()),
                    e.getKey());
            ComplianceReport r = ENGINE.evaluate(agreement(rent), Timeline.of(List.of()), LocalDate.of(2024, 11, 30));
            InstanceReport i = r.instance("rent#1").orElseThrow();
            assertThat(i.dueDate()).as(e.getKey().toString()).hasValue(e.getValue());
            assertThat(i.inForceFrom())
                    .as(e.getKey().toString())
                    .hasValue(e.getValue()
                            .atStartOfDay(ZoneId.of("Europe/Madrid"))
                            .toInstant());
        }
    }
}
