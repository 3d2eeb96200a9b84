package dev.pacta.json.internal.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.pacta.core.ValidationException;
import dev.pacta.core.model.AgreementId;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.EventId;
import dev.pacta.core.model.Timeline;
import dev.pacta.json.DocumentKind;
import dev.pacta.json.JsonCodes;
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
        // The timeline as built when its events were read, while nothing has been added to the builder since: the
        // model's check of unique ids then runs only once (it costs a hash set of every id).
        Timeline built = null;
        // A scope for the bad values of every event (see Deferred), reported together when the timeline ends.
        Deferred scope = Deferred.open(ctxt);
        for (String name = o.next(); name != null; name = o.next()) {
            if (name.equals("agreement")) {
                try {
                    b.agreement(Scalars.id(p, AgreementId::of, "an agreement id"));
                } catch (ReadError e) {
                    o.keepOrThrow(ctxt, e);
                }
                built = null;
            } else {
                built = events(p, ctxt, b, new ArrayList<>());
            }
        }
        Deferred.close(p, ctxt, scope, "timeline");
        if (Deferred.any(ctxt)) {
            return null;
        }
        return built != null ? built : Builds.build(o, b::build);
    }

    /**
     * Reads an array of events whose ids must be unique.
     *
     * @param p the parser, at the array
     * @param ctxt the context
     * @return the events
     * @throws ReadError with every duplicate id, each at its event, once the array is read
     */
    static List<Event> events(JsonParser p, DeserializationContext ctxt) throws IOException {
        List<Event> events = new ArrayList<>();
        events(p, ctxt, Timeline.builder(), events);
        return events;
    }

    /**
     * Reads an array of events into a list and a timeline builder, and builds the timeline at the array's end: the
     * model checks that the ids are unique, and when it refuses, the duplicates are reported here, each at its event.
     *
     * @param events receives the events read
     * @return the timeline built, or null if the model refused it for a reason other than a duplicate id (left for
     *     the caller's own build to report)
     * @throws ReadError with every duplicate id, each at its event, once the array is read
     */
    private static Timeline events(JsonParser p, DeserializationContext ctxt, Timeline.Builder b, List<Event> events)
            throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw Scalars.wrongType(p, "an array of events");
        }
        EventDeserializer.Repeats repeats = new EventDeserializer.Repeats();
        repeats.deferred = Deferred.current(ctxt);
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                throw ReadError.at(p, JsonCodes.NULL_VALUE, "an event must not be null");
            }
            Event event = EventDeserializer.read(p, ctxt, repeats);
            // Null for an event with a value kept back (see Deferred): the document reports it at its end.
            if (event != null) {
                events.add(event);
            }
        }
        if (repeats.deferred != null && repeats.deferred.kept()) {
            return null;
        }
        b.events(events);
        try {
            return b.build();
        } catch (ValidationException e) {
            // At END_ARRAY the parser's context is the parent's, whose current entry is the array.
            List<JsonProblem> duplicates = duplicates(JsonPaths.of(p), events, repeats);
            if (!duplicates.isEmpty()) {
                throw ReadError.of(p, "timeline", duplicates);
            }
            return null;
        }
    }

    /**
     * Every event whose id an earlier event already has, at the event.
     *
     * @param arrayPath the path of the events array, e.g. {@code $.events}
     */
    private static List<JsonProblem> duplicates(
            String arrayPath, List<Event> events, EventDeserializer.Repeats repeats) {
        Map<EventId, Integer> first = new HashMap<>();
        List<JsonProblem> duplicates = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Event event = events.get(i);
            Integer earlier = first.putIfAbsent(event.id(), i);
            if (earlier != null) {
                duplicates.add(new JsonProblem(
                        JsonCodes.DUPLICATE_ID,
                        arrayPath + "[" + i + "].id",
                        ReadError.line(repeats.start(i)),
                        ReadError.column(repeats.start(i)),
                        "event id '" + event.id() + "' is used twice, first at events[" + earlier + "]"));
            }
        }
        return duplicates;
    }
}
