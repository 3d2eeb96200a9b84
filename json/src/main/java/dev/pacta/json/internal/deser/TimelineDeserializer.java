package dev.pacta.json.internal.deser;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.pacta.core.model.AgreementId;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.EventId;
import dev.pacta.core.model.Timeline;
import dev.pacta.json.DocumentKind;
import dev.pacta.json.JsonProblem;
import dev.pacta.json.internal.JsonPaths;
import dev.pacta.json.internal.ReadError;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code timeline/1} document into a {@link Timeline}: {@code {"pacta": "timeline/1", "agreement"?,
 * "events"?}}. Duplicate event ids are all reported at once, each at its event.
 */
public final class TimelineDeserializer extends StdDeserializer<Timeline> {
    private static final long serialVersionUID = 1L;

    /** The instance. */
    public static final TimelineDeserializer INSTANCE = new TimelineDeserializer();

    private TimelineDeserializer() {
        super(Timeline.class);
    }

    @Override
    public Timeline deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        ObjectCursor o = ObjectCursor.openDocument(p, ctxt, DocumentKind.TIMELINE, "a timeline", "agreement", "events")
                .allowMarker(DocumentKind.TIMELINE);
        Timeline.Builder b = Timeline.builder();
        for (String name = o.next(); name != null; name = o.next()) {
            if (name.equals("agreement")) {
                b.agreement(Scalars.id(p, AgreementId::of, "an agreement id"));
            } else {
                b.events(events(p, ctxt));
            }
        }
        return Builds.build(o, b::build);
    }

    static List<Event> events(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw Scalars.wrongType(p, "an array of events");
        }
        List<Event> events = new ArrayList<>();
        Map<EventId, Integer> first = new HashMap<>();
        List<JsonProblem> duplicates = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                throw ReadError.at(p, "NULL_VALUE", "an event must not be null");
            }
            JsonLocation start = p.currentTokenLocation();
            String path = null;
            Event event = EventDeserializer.INSTANCE.deserialize(p, ctxt);
            Integer earlier = first.putIfAbsent(event.id(), events.size());
            if (earlier != null) {
                // At the event's END_OBJECT the context is the array's, whose index is this event's.
                path = JsonPaths.of(p) + ".id";
                duplicates.add(new JsonProblem(
                        "DUPLICATE_ID",
                        path,
                        ReadError.line(start),
                        ReadError.column(start),
                        "event id '" + event.id() + "' is used twice, first at events[" + earlier + "]"));
            }
            events.add(event);
        }
        if (!duplicates.isEmpty()) {
            throw ReadError.of(p, "timeline", duplicates);
        }
        return events;
    }
}
