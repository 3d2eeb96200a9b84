package dev.pacta.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.pacta.core.arbitraries.AgreementWithTimeline;
import dev.pacta.core.arbitraries.ModelArbitraries;
import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.Scorecard;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * {@code read(write(r)).equals(r)} for reports the engine produces from generated agreements and timelines, as of
 * the end of a day or an exact instant, and writing is a function of the value (equal reports, equal bytes).
 */
class ReportProperties {
    private static final ObjectMapper MAPPER =
            JsonMapper.builder().addModule(new PactaModule()).build();

    /** A report and the agreement it is of. */
    record Sample(Agreement agreement, ComplianceReport report) {}

    @Property(tries = 200)
    void report_roundTrips(@ForAll("reports") Sample sample) throws Exception {
        ComplianceReport report = sample.report();
        report.instances().forEach(i -> Statistics.label("state").collect(i.state()));
        report.instances().forEach(i -> Statistics.label("has").collect(features(i)));
        Statistics.label("report")
                .collect(
                        report.rights().isEmpty() ? "no rights" : "rights",
                        report.balances().isEmpty() ? "no balances" : "balances",
                        report.nextChange().isPresent() ? "next change" : "no next change");
        String json = PactaJson.writeReport(report);
        ComplianceReport read = PactaJson.readReport(json);
        assertThat(read).isEqualTo(report);
        assertThat(PactaJson.writeReport(read)).isEqualTo(json);
        for (InstanceReport instance : report.instances()) {
            assertThat(MAPPER.readValue(MAPPER.writeValueAsString(instance), InstanceReport.class))
                    .isEqualTo(instance);
        }
        for (Scorecard card : report.scorecards()) {
            assertThat(MAPPER.readValue(MAPPER.writeValueAsString(card), Scorecard.class))
                    .isEqualTo(card);
        }
    }

    private static String features(InstanceReport i) {
        StringBuilder s = new StringBuilder();
        if (i.payment().isPresent()) {
            s.append("payment ");
            if (i.payment().get().lateFee().isPresent()
                    || i.payment().get().interest().isPresent()
                    || i.payment().get().penalty().isPresent()) {
                s.append("charges ");
            }
        }
        if (i.lateness().isPresent()) {
            s.append("late ");
        }
        if (!i.blockedBy().isEmpty()) {
            s.append("blocked ");
        }
        if (i.excusedDelay() > 0) {
            s.append("excused ");
        }
        if (i.dueAt().isPresent()) {
            s.append("dueAt ");
        }
        return s.toString().trim();
    }

    @Provide
    Arbitrary<Sample> reports() {
        Arbitrary<AgreementWithTimeline> samples = ModelArbitraries.agreementsWithTimelines();
        Arbitrary<Integer> days = Arbitraries.integers().between(-5, 200);
        Arbitrary<Integer> seconds = Arbitraries.integers().between(-1, 86_399);
        Arbitrary<Integer> horizon = Arbitraries.of(0, 7, 14, 31);
        return Combinators.combine(samples, days, seconds, horizon).as((s, d, sec, h) -> {
            ComplianceEngine engine = ComplianceEngine.builder()
                    .horizon(h == 31 ? Period.ofMonths(1) : Period.ofDays(h))
                    .build();
            LocalDate date = s.agreement().effectiveDate().plusDays(d);
            ComplianceReport report = sec < 0
                    ? engine.evaluate(s.agreement(), s.timeline(), date)
                    : engine.evaluate(
                            s.agreement(),
                            s.timeline(),
                            Instant.from(date.atStartOfDay(s.agreement().zone()))
                                    .plusSeconds(sec));
            return new Sample(s.agreement(), report);
        });
    }
}
