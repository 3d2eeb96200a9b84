package dev.pacta.json.internal.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.pacta.core.model.Milestone;
import java.io.IOException;

/** Writes a {@link Milestone}: id, title, target, requires, dependsOn. */
public final class MilestoneSerializer extends StdSerializer<Milestone> {
    private static final long serialVersionUID = 1L;

    /** The instance. */
    public static final MilestoneSerializer INSTANCE = new MilestoneSerializer();

    private MilestoneSerializer() {
        super(Milestone.class);
    }

    @Override
    public void serialize(Milestone v, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", v.id().value());
        g.writeStringField("title", v.title());
        Write.date(g, "target", v.target());
        Write.ids(g, "requires", v.requires());
        Write.ids(g, "dependsOn", v.dependsOn());
        g.writeEndObject();
    }
}
