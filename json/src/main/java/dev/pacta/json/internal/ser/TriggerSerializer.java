package dev.pacta.json.internal.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.pacta.core.model.Trigger;
import java.io.IOException;

/** Writes a {@link Trigger}: {@code {"kind": "ON_EVENT", "event": "draft.submitted"}}. */
public final class TriggerSerializer extends StdSerializer<Trigger> {
    private static final long serialVersionUID = 1L;

    /** The instance. */
    public static final TriggerSerializer INSTANCE = new TriggerSerializer();

    private TriggerSerializer() {
        super(Trigger.class);
    }

    @Override
    public void serialize(Trigger v, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", v.kind().name());
        Write.text(g, "event", v.eventKind());
        Write.id(g, "milestone", v.milestone());
        Write.id(g, "obligation", v.obligation());
        if (v.recurrence().isPresent()) {
            g.writeFieldName("recurrence");
            RecurrenceSerializer.INSTANCE.serialize(v.recurrence().get(), g, provider);
        }
        g.writeEndObject();
    }
}
