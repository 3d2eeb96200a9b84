package dev.pacta.core.engine;

import static dev.pacta.core.gen.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.pacta.core.gen.CalendarGen;
import dev.pacta.core.gen.Coverage;
import dev.pacta.core.gen.Gens;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.AgreementId;
import dev.pacta.core.model.Category;
import dev.pacta.core.model.DeadlineRule;
import dev.pacta.core.model.Milestone;
import dev.pacta.core.model.MilestoneId;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.ObligationId;
import dev.pacta.core.model.Party;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.model.Role;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.model.Trigger;
import dev.pacta.core.time.BusinessCalendar;
import dev.pacta.core.time.CalendarId;
import dev.pacta.core.time.CalendarSource;
import dev.pacta.core.time.Span;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Deadlines before a milestone's target, through the engine, over random calendars (weekends, holidays, working
 * overrides): business days counted back land on a business day with exactly n business days from it up to the
 * target (the target's own day not counted); calendar days before move back, never forward.
 */
class BackwardDeadlineProperties {
    static final CalendarId CAL = CalendarId.of("RANDOM");
    static final MilestoneId TARGET = MilestoneId.of("target");
    static final LocalDate EFFECTIVE = LocalDate.of(2019, 1, 1);

    record Sample(BusinessCalendar calendar, LocalDate target, int n) {}

    /** Targets in 2024-2026, half of them just after one of the calendar's holidays, so that counts cross them. */
    static Gen<Sample> samples() {
        return CalendarGen.unboundedCalendars().flatMap(c -> {
            Gen<LocalDate> any = integers()
                    .between(0, 3 * 365)
                    .map(k -> LocalDate.of(2024, 1, 1).plusDays(k));
            List<LocalDate> holidays = c.holidays().stream().sorted().toList();
            Gen<LocalDate> targets = holidays.isEmpty()
                    ? any
                    : Gens.frequency(
                            1, any, 1, Generate.pick(holidays).zip(integers().between(0, 10), (h, k) -> h.plusDays(k)));
            return targets.zip(integers().between(0, 20), (t, n) -> new Sample(c, t, n));
        });
    }

    /** The due date of the one instance of a duty with that rule, in force from 2019-01-01. */
    static LocalDate due(Sample s, DeadlineRule rule) {
        Agreement a = Agreement.builder()
                .id(AgreementId.of("a"))
                .title("a")
                .addParties(Party.of("client", "Client", Role.CLIENT))
                .addParties(Party.of("studio", "Studio", Role.PROVIDER))
                .zone(ZoneId.of("UTC"))
                .calendar(CAL)
                .effectiveDate(EFFECTIVE)
                .addMilestones(Milestone.builder()
                        .id(TARGET)
                        .title("target")
                        .target(s.target())
                        .build())
                .addObligations(Obligation.builder()
                        .id(ObligationId.of("duty"))
                        .title("duty")
                        .category(Category.DELIVERABLE)
                        .obligor(PartyId.of("client"))
                        .beneficiary(PartyId.of("studio"))
                        .trigger(Trigger.onEffectiveDate())
                        .deadline(rule)
                        .addFulfilledBy("duty.done")
                        .build())
                .build();
        return ComplianceEngine.of(CalendarSource.of(Map.of(CAL, s.calendar())))
                .evaluate(a, Timeline.of(List.of()), EFFECTIVE)
                .instance("duty#1")
                .orElseThrow()
                .dueDate()
                .orElseThrow();
    }

    @Test
    void businessDaysBefore_landOnABusinessDayWithExactlyNBusinessDaysUpToTheTarget() {
        Coverage coverage = Coverage.forCaller()
                .atLeast("target not a business day", 0.1)
                .atLeast("holiday skipped", 0.1)
                .atLeast("n = 0", 0.005);
        qt(1000).forAll(samples()).checkAssert(s -> {
            BusinessCalendar c = s.calendar();
            LocalDate result = due(s, DeadlineRule.beforeMilestone(Span.ofBusinessDays(s.n()), TARGET));
            coverage.count("target not a business day", !c.isBusinessDay(s.target()));
            coverage.count(
                    "holiday skipped",
                    c.holidays().stream().anyMatch(h -> !h.isBefore(result) && h.isBefore(s.target())));
            coverage.count("n = 0", s.n() == 0);
            assertThat(c.isBusinessDay(result)).as("a business day").isTrue();
            if (s.n() == 0) {
                // The target if it is a business day, else the business day before it.
                assertThat(result).isBeforeOrEqualTo(s.target());
                assertThat(c.businessDaysBetween(result.plusDays(1), s.target().plusDays(1)))
                        .isZero();
            } else {
                assertThat(result).isBefore(s.target());
                assertThat(c.businessDaysBetween(result, s.target())).isEqualTo(s.n());
            }
        });
        coverage.check();
    }

    @Test
    void calendarDaysBefore_precedingByDefault_theLastBusinessDayOnOrBeforeTheDateCounted() {
        Coverage coverage = Coverage.forCaller().atLeast("moved back", 0.1);
        qt(200).forAll(samples()).checkAssert(s -> {
            BusinessCalendar c = s.calendar();
            LocalDate counted = s.target().minusDays(s.n());
            LocalDate result = due(s, DeadlineRule.beforeMilestone(Span.ofCalendarDays(s.n()), TARGET));
            coverage.count("moved back", !result.equals(counted));
            assertThat(c.isBusinessDay(result)).isTrue();
            assertThat(result).isBeforeOrEqualTo(counted);
            assertThat(c.businessDaysBetween(result.plusDays(1), counted.plusDays(1)))
                    .isZero();
        });
        coverage.check();
    }
}
