package dev.pacta.core.engine;

import static dev.pacta.core.engine.ComplianceEngineTest.ENGINE;
import static dev.pacta.core.engine.ComplianceEngineTest.agreement;
import static dev.pacta.core.engine.ComplianceEngineTest.approveMockup;
import static dev.pacta.core.engine.ComplianceEngineTest.control;
import static dev.pacta.core.engine.ComplianceEngineTest.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pacta.core.ValidationException;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.EventTime;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.money.Money;
import dev.pacta.core.time.Span;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Evaluation}: the tie rule when appending, and what it retains. */
class EvaluationTest {
    private final Agreement web = agreement(approveMockup()).build();

    /**
     * The compact storage gives back the events appended, equal field by field: dates, timestamps with offsets and
     * fractions of a second, refs (empty, non-ASCII), and the events with payloads kept whole.
     */
    @Test
    void timeline_givesBackTheEventsAppended() {
        Event stamped = Event.builder()
                .from(event("t1", "2026-03-03", "mockup.submitted", "studio"))
                .at(EventTime.of(OffsetDateTime.parse("2026-03-03T09:30:00-05:00")))
                .build();
        Event fraction = Event.builder()
                .from(event("t2", "2026-03-03", "note.sent", "client"))
                .at(EventTime.of(OffsetDateTime.parse("2026-03-03T23:59:59.123456789+14:00")))
                .ref("Überprüfung #1 ✓")
                .build();
        Event emptyRef = control("r0", "2026-03-04", "note.sent", "client", "");
        Event paid = Event.builder()
                .from(control("p1", "2026-03-05", "payment", "client", "approve-mockup#1"))
                .amount(Money.of("120.50", "EUR"))
                .payee(PartyId.of("studio"))
                .note("first instalment")
                .build();
        Event extended = Event.builder()
                .from(control("x1", "2026-03-05", "extension", "studio", "approve-mockup#1"))
                .by(Span.ofBusinessDays(3))
                .build();
        List<Event> events = List.of(
                event("d1", "2026-03-02", "mockup.submitted", "studio"),
                stamped,
                fraction,
                emptyRef,
                paid,
                event("d2", "2026-03-01", "mockup.approved", "client"),
                extended,
                control("d3", "2026-03-06", "mockup.approved", "client", "d1"));
        Evaluation live = ENGINE.start(web);
        events.forEach(live::append);

        assertThat(live.timeline().events()).containsExactlyElementsOf(events);
        assertThat(live.timeline())
                .isEqualTo(Timeline.builder().agreement(web.id()).events(events).build());
    }

    /** The duplicate check looks at every id appended, across the index's growth, and rejects only duplicates. */
    @Test
    void append_duplicateId_isRejectedAndChangesNothing() {
        Evaluation live = ENGINE.start(web);
        for (int i = 0; i < 200; i++) {
            live.append(event("e" + i, "2026-03-02", "note.sent", "client"));
        }
        for (int i = 0; i < 200; i += 37) {
            String id = "e" + i;
            assertThatThrownBy(() -> live.append(event(id, "2026-03-03", "note.sent", "client")))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("event id '" + id + "' is used twice");
        }
        live.append(event("e200", "2026-03-03", "note.sent", "client"));
        assertThat(live.timeline().events()).hasSize(201);
    }

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
