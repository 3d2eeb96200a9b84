package dev.pacta.core.engine;

import static dev.pacta.core.gen.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.gen.Coverage;
import dev.pacta.core.gen.ModelGen;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.InstanceState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Evaluation}'s compact event storage gives back the events appended, and its {@link Evaluation#nextChange()}
 * is the report's.
 */
class EvaluationProperties {
    @Test
    void timeline_equalsTheEventsAppended() {
        Coverage coverage = Coverage.forCaller()
                .atLeast("a timestamp", 0.5)
                .atLeast("a ref", 0.5)
                .atLeast("a payload", 0.2);
        qt(300).forAll(ModelGen.agreementsWithTimelines()).checkAssert(c -> {
            Evaluation live = ComplianceEngineProperties.ENGINE.start(c.agreement());
            c.timeline().events().forEach(live::append);
            assertThat(live.timeline().events())
                    .containsExactlyElementsOf(c.timeline().events());
            coverage.count(
                    "a timestamp",
                    c.timeline().events().stream()
                            .anyMatch(e -> e.at().timestamp().isPresent()));
            coverage.count(
                    "a ref",
                    c.timeline().events().stream().anyMatch(e -> e.ref().isPresent()));
            coverage.count("a payload", c.timeline().events().stream().anyMatch(EvaluationProperties::hasPayload));
        });
        coverage.check();
    }

    private static boolean hasPayload(Event e) {
        return e.amount().isPresent()
                || e.by().isPresent()
                || e.until().isPresent()
                || e.note().isPresent()
                || e.amendment().isPresent()
                || e.payee().isPresent();
    }

    /**
     * {@link Evaluation#nextChange()} is what a report as of the evaluation's clock names: before any event, after
     * events appended (in the input's order, so some appends rebuild the evaluation), with or without live reports
     * taken before (whose rows the evaluation keeps and reuses), and after advancing to the case's instant. Each is
     * checked against a full evaluation of the events so far, and the last one against the live report too.
     */
    @Test
    void nextChange_equalsTheReportsNextChange() {
        Coverage coverage = ComplianceEngineProperties.hardCaseFloors(
                        Coverage.forCaller(), 0.3, 0.1, 0.005, 0.02, 0.0001, 0.01, 0.1, 0.14, 0.0001)
                .atLeast("next change", "present", 0.75)
                .atLeast("next change", "empty", 0.09)
                .atLeast("asked with live reports taken before", 0.6)
                .atLeast("asked with no live report taken before", 0.12)
                .atLeast("advanced past the latest event", 0.85)
                .atLeast("an instance UPCOMING or OVERDUE", 0.45);
        qt(150).forAll(ComplianceEngineProperties.cases()).checkAssert(c -> {
            c.hardCases().countIn(coverage);
            Random random = new Random(c.seed());
            Evaluation live = ComplianceEngineProperties.ENGINE.start(c.agreement());
            List<Event> sofar = new ArrayList<>();
            Instant clock = c.agreement()
                    .effectiveDate()
                    .atStartOfDay(c.agreement().zone())
                    .toInstant()
                    .minusNanos(1);
            check(coverage, c, live, sofar, clock);
            boolean reported = false;
            for (Event e : c.timeline().events()) {
                Instant at = e.at().toInstant(c.agreement().zone());
                if (at.isAfter(c.asOf())) {
                    break;
                }
                live.append(e);
                sofar.add(e);
                clock = at.isAfter(clock) ? at : clock;
                if (random.nextInt(3) == 0) {
                    live.report(clock).instances();
                    reported = true;
                }
                if (random.nextBoolean()) {
                    coverage.count("asked with live reports taken before", reported);
                    coverage.count("asked with no live report taken before", !reported);
                    check(coverage, c, live, sofar, clock);
                }
            }
            coverage.count("advanced past the latest event", c.asOf().isAfter(clock));
            if (c.asOf().isAfter(clock)) {
                live.advanceTo(c.asOf());
                clock = c.asOf();
            }
            Optional<Instant> last = check(coverage, c, live, sofar, clock);
            assertThat(last).isEqualTo(live.report(clock).nextChange());
        });
        coverage.check();
    }

    /** Checks the live evaluation's next change against a full evaluation of the events so far; returns it. */
    private static Optional<Instant> check(
            Coverage coverage, ComplianceEngineProperties.Case c, Evaluation live, List<Event> sofar, Instant clock) {
        Optional<Instant> next = live.nextChange();
        Timeline prefix = Timeline.builder()
                .agreement(c.timeline().agreement())
                .events(sofar)
                .build();
        ComplianceReport full = ComplianceEngineProperties.ENGINE.evaluate(c.agreement(), prefix, clock);
        assertThat(next)
                .as("nextChange as of %s after %s events", clock, sofar.size())
                .isEqualTo(full.nextChange());
        coverage.collect("next change", next.isPresent() ? "present" : "empty");
        coverage.count(
                "an instance UPCOMING or OVERDUE",
                full.instances().stream()
                        .anyMatch(r -> r.state() == InstanceState.UPCOMING || r.state() == InstanceState.OVERDUE));
        return next;
    }
}
