package dev.pacta.json;

import static dev.pacta.core.gen.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.gen.AgreementWithTimeline;
import dev.pacta.core.gen.Coverage;
import dev.pacta.core.gen.Gens;
import dev.pacta.core.gen.ModelGen;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Event;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.InstanceState;
import dev.pacta.core.report.Scorecard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;

/**
 * {@code read(write(r)).equals(r)} for reports the engine produces from generated agreements and timelines, as of
 * the end of a day or an exact instant, and writing is a function of the value (equal reports, equal bytes).
 */
class ReportProperties {
    private static final ObjectMapper MAPPER =
            JsonMapper.builder().addModule(new PactaModule()).build();

    /**
     * A generated agreement and timeline and the moment its report is taken.
     *
     * @param generated the agreement and timeline
     * @param anchor 0 to count {@code days} from the effective date, else the number (from 1, modulo the number of
     *     events) of the event on whose day {@code days} are counted from
     * @param days the report's date, in days after the anchor's
     * @param seconds the second of that day, or -1 for the end of the day
     * @param horizon the engine's horizon in days, 31 for one month
     */
    record Sample(AgreementWithTimeline generated, int anchor, int days, int seconds, int horizon) {
        /** The report's date. */
        LocalDate date() {
            Agreement agreement = generated.agreement();
            List<Event> events = generated.timeline().events();
            LocalDate from = anchor == 0 || events.isEmpty()
                    ? agreement.effectiveDate()
                    : events.get((anchor - 1) % events.size()).at().toLocalDate(agreement.zone());
            return from.plusDays(days);
        }

        /** Evaluates the agreement with an engine that knows the generated calendars. */
        ComplianceReport report() {
            ComplianceEngine engine = ComplianceEngine.builder()
                    .calendars(ModelGen.CALENDARS)
                    .horizon(horizon == 31 ? Period.ofMonths(1) : Period.ofDays(horizon))
                    .build();
            LocalDate date = date();
            return seconds < 0
                    ? engine.evaluate(generated.agreement(), generated.timeline(), date)
                    : engine.evaluate(
                            generated.agreement(),
                            generated.timeline(),
                            Instant.from(date.atStartOfDay(generated.agreement().zone()))
                                    .plusSeconds(seconds));
        }
    }

    /**
     * Samples whose moment is, half the time, any day from 5 days before the effective date to 200 days after it,
     * and otherwise a day from one day before to three days after an event's: there suspensions are still running,
     * delays are excused and instances are due, which a report must write.
     */
    static Gen<Sample> samples() {
        Gen<Pair<Integer, Integer>> anywhere = integers().between(-5, 200).map(d -> Pair.of(0, d));
        Gen<Pair<Integer, Integer>> nearEvent =
                integers().between(1, 1000).zip(integers().between(-1, 3), Pair::of);
        Gen<Pair<Integer, Integer>> moments = Gens.frequency(1, anywhere, 1, nearEvent);
        Gen<Integer> seconds = integers().between(-1, 86_399);
        Gen<Integer> horizon = Gens.of(0, 7, 14, 31);
        return ModelGen.agreementsWithTimelines()
                .zip(moments, seconds, horizon, (g, m, sec, h) -> new Sample(g, m._1, m._2, sec, h));
    }

    @Test
    void report_roundTrips() {
        // 300 examples (200 before). Excused delays (in under 2 % of the reports) are counted but not floored: no floor
        // that chance cannot miss holds for them at any count this suite can afford; their round trip is pinned by the
        // committed seed reports (it-consulting, marketing-campaign, web-development), which the fuzz tests' regression
        // run reads, writes and reads back in every build.
        Coverage coverage = JsonGen.hardCaseFloors(
                        Coverage.forCaller(), 0.37, 0.125, 0.01, 0.05, 0.02, 0.015, 0.135, 0.19, 0.025)
                .atLeast("state", InstanceState.UPCOMING, 0.17)
                .atLeast("state", InstanceState.NOT_TRIGGERED, 0.09)
                .atLeast("state", InstanceState.BREACHED, 0.36)
                .atLeast("state", InstanceState.FULFILLED, 0.065)
                .atLeast("state", InstanceState.FULFILLED_LATE, 0.016)
                .atLeast("state", InstanceState.WAIVED, 0.008)
                .atLeast("state", InstanceState.CANCELLED, 0.01)
                .atLeast("state", InstanceState.OVERDUE, 0.009)
                .atLeast("state", InstanceState.BLOCKED, 0.002)
                .atLeast("state", InstanceState.SUSPENDED, 0.0015)
                .atLeast("payment", 0.13)
                .atLeast("payment charges", 0.04)
                .atLeast("lateness", 0.40)
                .atLeast("blocked by", 0.002)
                .atLeast("dueAt", 0.085)
                .atLeast("anchored on an event", 0.335)
                .atLeast("report with a suspended instance", 0.003)
                .atLeast("rights", 0.095)
                .atLeast("balances", 0.465)
                .atLeast("charge lines", 0.04)
                .atLeast("payment cancelled", 0.0016)
                .atLeast("next change", 0.57);
        qt(300).forAll(samples()).checkAssert(sample -> {
            sample.generated().hardCases().countIn(coverage);
            ComplianceReport report = sample.report();
            report.instances().forEach(i -> coverage.collect("state", i.state()));
            report.instances().forEach(i -> features(coverage, i));
            coverage.count("anchored on an event", sample.anchor() > 0);
            coverage.count(
                    "report with a suspended instance",
                    report.instances().stream().anyMatch(i -> i.state() == InstanceState.SUSPENDED));
            coverage.count(
                    "report with an excused delay", report.instances().stream().anyMatch(i -> i.excusedDelay() > 0));
            coverage.count("rights", !report.rights().isEmpty());
            coverage.count("balances", !report.balances().isEmpty());
            coverage.count("next change", report.nextChange().isPresent());
            String json = PactaJson.REPORT.write(report);
            ComplianceReport read = PactaJson.REPORT.read(json);
            assertThat(read).isEqualTo(report);
            assertThat(PactaJson.REPORT.write(read)).isEqualTo(json);
            for (InstanceReport instance : report.instances()) {
                assertThat(viaModule(instance, InstanceReport.class)).isEqualTo(instance);
            }
            for (Scorecard card : report.scorecards()) {
                assertThat(viaModule(card, Scorecard.class)).isEqualTo(card);
            }
        });
        coverage.check();
    }

    private static <T> T viaModule(T value, Class<T> type) {
        try {
            return MAPPER.readValue(MAPPER.writeValueAsString(value), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts, per instance, the optional parts of its report. */
    private static void features(Coverage coverage, InstanceReport i) {
        coverage.count("payment", i.payment().isPresent());
        coverage.count(
                "payment charges",
                i.payment().isPresent()
                        && (i.payment().get().lateFee().isPresent()
                                || i.payment().get().interest().isPresent()
                                || i.payment().get().penalty().isPresent()));
        coverage.count(
                "charge lines", i.payment().map(p -> !p.charges().isEmpty()).orElse(false));
        coverage.count(
                "payment cancelled",
                i.payment().map(p -> p.cancelled().isPositive()).orElse(false));
        coverage.count("lateness", i.lateness().isPresent());
        coverage.count("blocked by", !i.blockedBy().isEmpty());
        coverage.count("excused delay", i.excusedDelay() > 0);
        coverage.count("dueAt", i.dueAt().isPresent());
    }
}
