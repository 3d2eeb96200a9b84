package dev.pacta.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pacta.core.ValidationException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 4);

    private static Event on(String id, LocalDate date) {
        return Event.of(id, date, "note.sent", "client");
    }

    private static Event at(String id, String timestamp) {
        return Event.builder()
                .id(EventId.of(id))
                .at(EventTime.of(OffsetDateTime.parse(timestamp)))
                .kind("note.sent")
                .actor(PartyId.of("client"))
                .build();
    }

    private static Event ref(String id, LocalDate date, String ref) {
        return Event.builder().from(on(id, date)).ref(ref).build();
    }

    private static List<String> ids(List<Event> events) {
        return events.stream().map(e -> e.id().value()).toList();
    }

    @Test
    void ordered_sameInstant_keepsInputOrder() {
        Timeline timeline = Timeline.of(List.of(
                on("c", DAY), on("late", DAY.plusDays(1)), on("a", DAY), on("early", DAY.minusDays(1)), on("b", DAY)));

        assertThat(ids(timeline.ordered(MADRID))).containsExactly("early", "c", "a", "b", "late");
    }

    @Test
    void ordered_refToSameInstantEventListedLater_comesAfterIt() {
        Timeline timeline = Timeline.of(List.of(ref("answer", DAY, "question"), on("other", DAY), on("question", DAY)));

        assertThat(ids(timeline.ordered(MADRID))).containsExactly("other", "question", "answer");
    }

    @Test
    void ordered_chainOfRefsListedBackwards_isUnwound() {
        Timeline timeline = Timeline.of(List.of(ref("e3", DAY, "e2"), ref("e2", DAY, "e1"), on("e1", DAY)));

        assertThat(ids(timeline.ordered(MADRID))).containsExactly("e1", "e2", "e3");
    }

    @Test
    void ordered_refToEarlierInstantOrToInstance_keepsInputOrder() {
        // The ref names an event of the previous day, and an obligation instance: neither reorders the tie.
        Timeline timeline = Timeline.of(List.of(
                ref("x", DAY, "prev"), ref("y", DAY, "approve-pages#1"), on("z", DAY), on("prev", DAY.minusDays(1))));

        assertThat(ids(timeline.ordered(MADRID))).containsExactly("prev", "x", "y", "z");
    }

    @Test
    void ordered_dateOnlyOnDstDay_isMidnightInTheAgreementZone() {
        // 2026-03-29: Madrid moves from +01:00 to +02:00 at 02:00; the day starts at 00:00+01:00 = 23:00Z the day
        // before. A date-only event on the 29th is therefore after 22:59Z and before 23:30Z on the 28th (UTC).
        LocalDate dstDay = LocalDate.of(2026, 3, 29);
        Timeline timeline = Timeline.of(List.of(
                at("half-past-midnight", "2026-03-28T23:30:00Z"),
                on("date-only", dstDay),
                at("just-before", "2026-03-28T23:59:00+01:00"),
                at("after-the-jump", "2026-03-29T03:00:00+02:00")));

        assertThat(ids(timeline.ordered(MADRID)))
                .containsExactly("just-before", "date-only", "half-past-midnight", "after-the-jump");
        // In UTC the same date-only event is at 00:00Z on the 29th: after the 23:30Z timestamp.
        assertThat(ids(timeline.ordered(ZoneId.of("UTC"))))
                .containsExactly("just-before", "half-past-midnight", "date-only", "after-the-jump");
    }

    @Test
    void ordered_timestampAtStartOfDay_tiesWithDateOnlyAndKeepsInputOrder() {
        LocalDate dstDay = LocalDate.of(2026, 3, 29);
        Timeline timeline = Timeline.of(List.of(at("stamp", "2026-03-29T00:00:00+01:00"), on("date-only", dstDay)));

        assertThat(ids(timeline.ordered(MADRID))).containsExactly("stamp", "date-only");
        assertThat(ids(Timeline.of(List.of(on("date-only", dstDay), at("stamp", "2026-03-28T23:00:00Z")))
                        .ordered(MADRID)))
                .containsExactly("date-only", "stamp");
    }

    @Test
    void build_duplicateEventId_reportsPath() {
        assertThatThrownBy(() -> Timeline.of(List.of(on("e1", DAY), on("e2", DAY), on("e1", DAY))))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems())
                        .singleElement()
                        .satisfies(p -> {
                            assertThat(p.code()).isEqualTo("DUPLICATE_ID");
                            assertThat(p.path()).isEqualTo("events[2].id");
                        }));
    }
}
