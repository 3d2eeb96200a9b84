package dev.pacta.json.internal.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.pacta.core.model.Modality;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.Remedy;
import java.io.IOException;

/** Writes an {@link Obligation} in a fixed property order, omitting defaults ({@code MUST}, false flags) and empty lists. */
public final class ObligationSerializer extends StdSerializer<Obligation> {
    private static final long serialVersionUID = 1L;

    /** The instance. */
    public static final ObligationSerializer INSTANCE = new ObligationSerializer();

    private ObligationSerializer() {
        super(Obligation.class);
    }

    @Override
    public void serialize(Obligation v, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", v.id().value());
        g.writeStringField("title", v.title());
        g.writeStringField("category", v.category().name());
        g.writeStringField("obligor", v.obligor().value());
        g.writeStringField("beneficiary", v.beneficiary().value());
        if (v.modality() != Modality.MUST) {
            g.writeStringField("modality", v.modality().name());
        }
        g.writeFieldName("trigger");
        TriggerSerializer.INSTANCE.serialize(v.trigger(), g, provider);
        g.writeFieldName("deadline");
        DeadlineRuleSerializer.INSTANCE.serialize(v.deadline(), g, provider);
        if (!v.fulfilledBy().isEmpty()) {
            g.writeArrayFieldStart("fulfilledBy");
            for (String kind : v.fulfilledBy()) {
                g.writeString(kind);
            }
            g.writeEndArray();
        }
        Write.span(g, "grace", v.grace());
        Write.ids(g, "prerequisites", v.prerequisites());
        Write.money(g, "amount", v.amount());
        Write.decimal(g, "percentOfValue", v.percentOfValue());
        if (!v.remedies().isEmpty()) {
            g.writeArrayFieldStart("remedies");
            for (Remedy remedy : v.remedies()) {
                RemedySerializer.INSTANCE.serialize(remedy, g, provider);
            }
            g.writeEndArray();
        }
        if (v.survivesTermination()) {
            g.writeBooleanField("survivesTermination", true);
        }
        if (v.timeBound()) {
            g.writeBooleanField("timeBound", true);
        }
        g.writeEndObject();
    }
}
