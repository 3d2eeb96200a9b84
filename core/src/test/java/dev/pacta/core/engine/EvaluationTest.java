package dev.pacta.core.engine;

import static dev.pacta.core.engine.ComplianceEngineTest.ENGINE;
import static dev.pacta.core.engine.ComplianceEngineTest.agreement;
import static dev.pacta.core.engine.ComplianceEngineTest.approveMockup;
import static dev.pacta.core.engine.ComplianceEngineTest.control;
import static dev.pacta.core.engine.ComplianceEngineTest.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.Timeline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Evaluation}: the tie rule when appending, and what it retains. */
class EvaluationTest {
    private final Agreement web = agreement(approveMockup()).build();

    /**
     * Two same-instant events that name each other keep their input order at the end of their instant, so a third
     * event of that instant appended after them goes before them: the evaluation is replayed (it used to be applied
     * after them, so that its submission became approve-mockup#2 instead of #1).
     */
    @Test
    void append_afterAReferenceCycleAtTheSameInstant_equalsFullEvaluation() {
        List<Event> events = List.of(
                control("a", "2026-03-04", "mockup.approved", "client", "b"),
                control("b", "2026-03-04", "mockup.submitted", "studio", "a"),
                event("y", "2026-03-04", "mockup.submitted", "studio"));
        Evaluation live = ENGINE.start(web);
        List<Event> sofar = new ArrayList<>();
        for (Event e : events) {
            live.append(e);
            sofar.add(e);
            assertThat(live.report(LocalDate.of(2026, 3, 10)))
                    .as("after %s", e.id())
                    .isEqualTo(ENGINE.evaluate(web, Timeline.of(sofar), LocalDate.of(2026, 3, 10)));
        }
        assertThat(Timeline.of(events).ordered(web.zone()))
                .extracting(e -> e.id().value())
                .containsExactly("y", "a", "b");
        assertThat(ComplianceEngineTest.instance(live.report(LocalDate.of(2026, 3, 10)), "approve-mockup#1")
                        .explanation())
                .contains("(y, Wed 2026-03-04)");
    }
}
