package dev.pacta.core.engine;

import static dev.pacta.core.gen.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.gen.Coverage;
import dev.pacta.core.gen.ModelGen;
import dev.pacta.core.model.Event;
import org.junit.jupiter.api.Test;

/** {@link Evaluation}'s compact event storage gives back the events appended. */
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
}
