package dev.pacta.json.internal.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.pacta.core.model.Party;
import java.io.IOException;

/** Writes a {@link Party}: id, name, role, contact. */
public final class PartySerializer extends StdSerializer<Party> {
    private static final long serialVersionUID = 1L;

    /** The instance. */
    public static final PartySerializer INSTANCE = new PartySerializer();

    private PartySerializer() {
        super(Party.class);
    }

    @Override
    public void serialize(Party v, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", v.id().value());
        g.writeStringField("name", v.name());
        g.writeStringField("role", v.role().name());
        Write.text(g, "contact", v.contact());
        g.writeEndObject();
    }
}
