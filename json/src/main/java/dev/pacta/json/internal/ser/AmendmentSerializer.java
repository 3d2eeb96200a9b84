package dev.pacta.json.internal.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.pacta.core.model.Amendment;
import dev.pacta.core.model.MilestoneId;
import dev.pacta.core.model.Obligation;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes an {@link Amendment}: milestoneTargets (sorted by milestone id), addObligations, removeObligations, signedBy.
 */
public final class AmendmentSerializer extends StdSerializer<Amendment> {
    private static final long serialVersionUID = 1L;

    /** The instance. */
    public static final AmendmentSerializer INSTANCE = new AmendmentSerializer();

    private AmendmentSerializer() {
        super(Amendment.class);
    }

    @Override
    public void serialize(Amendment v, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        if (!v.milestoneTargets().isEmpty()) {
            g.writeObjectFieldStart("milestoneTargets");
            for (Map.Entry<MilestoneId, LocalDate> e : new TreeMap<>(v.milestoneTargets()).entrySet()) {
                Write.date(g, e.getKey().value(), e.getValue());
            }
            g.writeEndObject();
        }
        if (!v.addObligations().isEmpty()) {
            g.writeArrayFieldStart("addObligations");
            // Obligations are written by their table (internal.wire), found in the provider's registry.
            JsonSerializer<Object> obligations = provider.findValueSerializer(Obligation.class);
            for (Obligation obligation : v.addObligations()) {
                obligations.serialize(obligation, g, provider);
            }
            g.writeEndArray();
        }
        Write.ids(g, "removeObligations", v.removeObligations());
        Write.ids(g, "signedBy", v.signedBy());
        g.writeEndObject();
    }
}
