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
        switch (v.kind()) {
            case ON_EFFECTIVE_DATE -> {
                // No other property.
            }
            case ON_EVENT -> g.writeStringField("event", ((Trigger.OnEvent) v).eventKind());
            case ON_MILESTONE ->
                g.writeStringField(
                        "milestone", ((Trigger.OnMilestone) v).milestone().value());
            case ON_FULFILMENT ->
                g.writeStringField(
                        "obligation", ((Trigger.OnFulfilment) v).obligation().value());
            case ON_BREACH ->
                g.writeStringField(
                        "obligation", ((Trigger.OnBreach) v).obligation().value());
            case RECURRING -> {
                g.writeFieldName("recurrence");
                RecurrenceSerializer.INSTANCE.serialize(((Trigger.Recurring) v).recurrence(), g, provider);
            }
        }
        g.writeEndObject();
    }
}
