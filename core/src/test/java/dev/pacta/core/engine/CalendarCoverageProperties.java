package dev.pacta.core.engine;

import static dev.pacta.core.gen.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.pacta.core.gen.AgreementWithTimeline;
import dev.pacta.core.gen.Coverage;
import dev.pacta.core.gen.ModelGen;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.DeadlineRule;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.Remedy;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.FindingCodes;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.Lateness;
import dev.pacta.core.report.MilestoneReport;
import dev.pacta.core.time.BusinessCalendar;
import dev.pacta.core.time.CalendarId;
import dev.pacta.core.time.CalendarSource;
import dev.pacta.core.time.LocalDateRange;
import dev.pacta.core.time.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Evaluating well past the end of a calendar's data (issue 16): nothing throws, a live evaluation agrees with a full
 * one, and units are honest — a count of business days the calendar cannot make is in calendar days, says so, and
 * carries a {@code CALENDAR_NOT_COVERED} finding.
 */
class CalendarCoverageProperties {
    static final CalendarId SHORT = CalendarId.of("short");
    static final Pattern CALENDAR_DAYS_LATE = Pattern.compile("\\(\\d+ days? late\\)");

    /**
     * A generated agreement on a calendar (the generated holidays) whose data ends 0 to 150 days after the effective
     * date, evaluated 0 to 1,500 days after it.
     */
    record Case(AgreementWithTimeline awt, BusinessCalendar calendar, LocalDate asOf) {
        Agreement agreement() {
            return Agreement.builder().from(awt.agreement()).calendar(SHORT).build();
        }

        LocalDate coveredThrough() {
            return calendar.coveredRange().endInclusive();
        }

        @Override
        public String toString() {
            return "calendar covering " + calendar.coveredRange() + ", as of " + asOf + ", " + awt;
        }
    }

    static Gen<Case> cases() {
        return ModelGen.agreementsWithTimelines()
                .zip(integers().between(0, 150), integers().between(0, 1500), (awt, end, asOf) -> {
                    LocalDate effective = awt.agreement().effectiveDate();
                    BusinessCalendar calendar = ModelGen.HOLIDAY_CALENDAR.toBuilder()
                            .covering(LocalDateRange.of(effective.minusYears(1), effective.plusDays(end + 1)))
                            .build();
                    return new Case(awt, calendar, effective.plusDays(asOf));
                });
    }

    static Span.Unit declaredUnit(Obligation o, InstanceReport r) {
        if (r.dueAt().isPresent()) {
            return Span.Unit.HOURS;
        }
        Span.Unit u = o.deadline().latenessUnit();
        return u == Span.Unit.HOURS ? Span.Unit.CALENDAR_DAYS : u;
    }

    @Test
    void pastCoverage_nothingThrows_andUnitsAreHonest() {
        Coverage coverage = Coverage.forCaller()
                .atLeast("evaluated past the calendar's data", 0.5)
                .atLeast("a business-day lateness fell back to calendar days", 0.03)
                .atLeast("a business-day lateness within the calendar's data", 0.012)
                .atLeast("a milestone's lateness fell back to calendar days", 0.005)
                .atLeast("a penalty per business day fell back", 0.002)
                .atLeast("deadline unit of a late instance", Span.Unit.BUSINESS_DAYS, 0.01)
                .atLeast("deadline unit of a late instance", Span.Unit.CALENDAR_DAYS, 0.01)
                .atLeast("deadline unit of a late instance", Span.Unit.HOURS, 0.005)
                .atLeast("deadline unit of a late instance", Span.Unit.WEEKS, 0.002)
                .atLeast("deadline unit of a late instance", Span.Unit.MONTHS, 0.002)
                .atLeast("remedy of a late instance past the data", Remedy.Kind.LATE_FEE, 0.005)
                .atLeast("remedy of a late instance past the data", Remedy.Kind.INTEREST, 0.005)
                .atLeast("remedy of a late instance past the data", Remedy.Kind.PENALTY, 0.005)
                .atLeast("remedy of a late instance past the data", Remedy.Kind.RIGHT, 0.005)
                .atLeast("remedy of a late instance past the data", Remedy.Kind.OBLIGATION, 0.005);
        qt(400).forAll(cases()).checkAssert(c -> {
            Agreement agreement = c.agreement();
            ComplianceEngine engine = ComplianceEngine.of(CalendarSource.of(Map.of(SHORT, c.calendar())));
            ComplianceReport report = engine.evaluate(agreement, c.awt().timeline(), c.asOf()); // never throws
            // The live evaluation, event by event, gives the same report past the calendar's data.
            Evaluation live = engine.start(agreement);
            c.awt().timeline().events().forEach(live::append);
            assertThat(live.report(c.asOf())).isEqualTo(report);
            Set<String> flagged = report.findings().stream()
                    .filter(f -> f.code().equals(FindingCodes.CALENDAR_NOT_COVERED))
                    .flatMap(f -> f.instance().stream())
                    .map(Object::toString)
                    .collect(Collectors.toSet());
            long milestoneFindings = report.findings().stream()
                    .filter(f -> f.code().equals(FindingCodes.CALENDAR_NOT_COVERED)
                            && f.message().contains("milestone"))
                    .count();
            boolean past = c.asOf().isAfter(c.coveredThrough());
            coverage.count("evaluated past the calendar's data", past);
            boolean fellBack = false;
            boolean businessWithin = false;
            boolean penaltyFellBack = false;
            for (InstanceReport r : report.instances()) {
                Obligation o = agreement.obligation(r.obligation()).orElse(null);
                if (o == null || r.lateness().isEmpty()) { // added by an amendment, or not late
                    continue;
                }
                Lateness l = r.lateness().get();
                Span.Unit declared = declaredUnit(o, r);
                coverage.collect(
                        "deadline unit of a late instance",
                        o.deadline() instanceof DeadlineRule.Offset offset
                                ? offset.offset().unit()
                                : Span.Unit.CALENDAR_DAYS);
                assertThat(r.explanation()).contains(l.toString());
                if (declared == Span.Unit.BUSINESS_DAYS && l.unit() == Span.Unit.CALENDAR_DAYS) {
                    fellBack = true;
                    assertThat(flagged)
                            .as("a finding for %s counted in calendar days", r.id())
                            .contains(r.id().toString());
                } else {
                    assertThat(l.unit()).as("the unit of %s", r.id()).isEqualTo(declared);
                }
                if (l.unit() == Span.Unit.BUSINESS_DAYS) {
                    businessWithin = true;
                    LocalDate counted = r.fulfilledAt().isPresent()
                                    && r.fulfilledAt().get().isBefore(report.asOf())
                            ? r.fulfilledAt().get().atZone(agreement.zone()).toLocalDate()
                            : c.asOf();
                    assertThat(counted)
                            .as("business days of %s counted through", r.id())
                            .isBeforeOrEqualTo(c.coveredThrough());
                }
                if (past) {
                    for (Remedy remedy : o.remedies()) {
                        coverage.collect("remedy of a late instance past the data", remedy.kind());
                    }
                }
                for (String computation : r.payment().map(p -> p.computations()).orElse(List.of())) {
                    // "penalty: 6.62 % × 2.4 periods of 5 business days (12 business days late) ..."
                    if (!computation.startsWith("penalty: ")
                            || !computation.contains(" business days (") && !computation.contains(" business day (")) {
                        continue;
                    }
                    if (CALENDAR_DAYS_LATE.matcher(computation).find()) {
                        penaltyFellBack = true;
                        assertThat(flagged)
                                .as("a finding for the penalty of %s", r.id())
                                .contains(r.id().toString());
                    } else {
                        assertThat(computation).containsPattern("\\(\\d+ business days? late\\)");
                        LocalDate until = r.fulfilledAt()
                                .map(t -> t.atZone(agreement.zone()).toLocalDate())
                                .orElse(c.asOf());
                        assertThat(until)
                                .as("penalty days of %s counted through", r.id())
                                .isBeforeOrEqualTo(c.coveredThrough());
                    }
                }
            }
            boolean milestoneFellBack = false;
            for (MilestoneReport m : report.milestones()) {
                if (m.daysLate().isPresent() && !m.explanation().contains("business day")) {
                    milestoneFellBack = true;
                }
            }
            if (milestoneFellBack) {
                assertThat(milestoneFindings).isPositive();
            }
            coverage.count("a business-day lateness fell back to calendar days", fellBack);
            coverage.count("a business-day lateness within the calendar's data", businessWithin);
            coverage.count("a milestone's lateness fell back to calendar days", milestoneFellBack);
            coverage.count("a penalty per business day fell back", penaltyFellBack);
        });
        coverage.check();
    }
}
