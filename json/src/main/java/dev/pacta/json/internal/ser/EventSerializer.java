package dev.pacta.json.internal.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.pacta.core.model.Amendment;
import dev.pacta.core.model.Event;
import java.io.IOException;

/** Writes an {@link Event}: id, at, kind, actor, then the optional properties that are set, in a fixed order. */
public final class EventSerializer extends StdSerializer<Event> {
    private static final long serialVersionUID = 1L;

    /** The instance. */
    public static final EventSerializer INSTANCE = new EventSerializer();

    private EventSerializer() {
        super(Event.class);
    }

    @Override
    public void serialize(Event v, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", v.id().value());
        g.writeStringField("at", Write.eventTime(v.at()));
        g.writeStringField("kind", v.kind());
        g.writeStringField("actor", v.actor().value());
        Write.text(g, "ref", v.ref());
        Write.money(g, "amount", v.amount());
        Write.id(g, "payee", v.payee());
        Write.date(g, "until", v.until());
        Write.span(g, "by", v.by());
        Write.text(g, "note", v.note());
        if (v.amendment().isPresent()) {
            g.writeFieldName("amendment");
            // The amendment is written by its table (internal.wire), found in the provider's registry.
            provider.findValueSerializer(Amendment.class)
                    .serialize(v.amendment().get(), g, provider);
        }
        g.writeEndObject();
    }
}
