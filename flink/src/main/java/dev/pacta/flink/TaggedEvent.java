package dev.pacta.flink;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.AgreementId;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.Timeline;
import dev.pacta.json.PactaJson;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * An event on its way to the evaluation of its agreement: the agreement id it is tagged with, its event-time
 * timestamp and the event itself as a {@code timeline/1} document of one event.
 *
 * <p>The event travels and is kept in state as Pacta's versioned JSON document, never as a Java-serialized object,
 * so that a savepoint survives an upgrade of Pacta. The timestamp is the event's instant: for an event dated by a
 * day only, the start of that day in a zone the producer chose (the agreement's, when it knows the agreement).
 * Flink serializes this record as a POJO. This class is immutable and thread-safe.
 *
 * @param agreement the agreement id
 * @param timestamp the event time, in epoch milliseconds
 * @param document a {@code timeline/1} document holding exactly this event
 */
public record TaggedEvent(String agreement, long timestamp, String document) {
    /**
     * Checks the parts.
     *
     * @param agreement the agreement id
     * @param timestamp the event time, in epoch milliseconds
     * @param document a {@code timeline/1} document holding exactly this event
     */
    public TaggedEvent {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(document, "document");
    }

    /**
     * Tags an event of a known agreement, timestamped in the agreement's zone.
     *
     * @param agreement the agreement
     * @param event the event
     * @return the tagged event
     */
    public static TaggedEvent of(Agreement agreement, Event event) {
        return of(agreement.id(), event, agreement.zone());
    }

    /**
     * Tags an event, timestamping an event dated by a day only at the start of that day in {@code zone}.
     *
     * @param agreement the agreement id
     * @param event the event
     * @param zone the zone of day-only event times
     * @return the tagged event
     */
    public static TaggedEvent of(AgreementId agreement, Event event, ZoneId zone) {
        Timeline one = Timeline.builder().agreement(agreement).addEvents(event).build();
        return new TaggedEvent(
                agreement.value(), event.at().toInstant(zone).toEpochMilli(), PactaJson.TIMELINE.write(one));
    }

    /**
     * Tags each event of a {@code timeline/1} document (one JSON line of an events file, or a Kafka record).
     *
     * @param json the timeline document; it must name its agreement
     * @param zone the zone of day-only event times
     * @return the tagged events, in the document's order
     * @throws dev.pacta.json.PactaJsonException if the document is not a valid timeline
     * @throws IllegalArgumentException if the document names no agreement
     */
    public static List<TaggedEvent> fromTimeline(String json, ZoneId zone) {
        Timeline timeline = PactaJson.TIMELINE.read(json);
        AgreementId agreement = timeline.agreement()
                .orElseThrow(() -> new IllegalArgumentException(
                        "a timeline of the event stream must name its agreement: " + abbreviate(json)));
        return timeline.events().stream().map(e -> of(agreement, e, zone)).toList();
    }

    /**
     * Reads the event back.
     *
     * @return the event
     */
    public Event event() {
        return PactaJson.TIMELINE.read(document).events().get(0);
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
