package dev.pacta.json.internal.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.Timeline;
import dev.pacta.json.DocumentKind;
import java.io.IOException;

/** Writes a {@link Timeline} as a {@code timeline/1} document, its marker first, events in input order. */
public final class TimelineSerializer extends StdSerializer<Timeline> {
    private static final long serialVersionUID = 1L;

    /** The instance. */
    public static final TimelineSerializer INSTANCE = new TimelineSerializer();

    private TimelineSerializer() {
        super(Timeline.class);
    }

    @Override
    public void serialize(Timeline v, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeStringField(DocumentKind.MARKER_PROPERTY, DocumentKind.TIMELINE.marker());
        Write.id(g, "agreement", v.agreement());
        if (!v.events().isEmpty()) {
            g.writeArrayFieldStart("events");
            for (Event event : v.events()) {
                EventSerializer.INSTANCE.serialize(event, g, provider);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }
}
