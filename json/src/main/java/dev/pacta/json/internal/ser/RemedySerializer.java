package dev.pacta.json.internal.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.pacta.core.model.Remedy;
import dev.pacta.core.money.DayCount;
import java.io.IOException;

/** Writes a {@link Remedy}: kind, then the properties that are set, in a fixed order. */
public final class RemedySerializer extends StdSerializer<Remedy> {
    private static final long serialVersionUID = 1L;

    /** The instance. */
    public static final RemedySerializer INSTANCE = new RemedySerializer();

    private RemedySerializer() {
        super(Remedy.class);
    }

    @Override
    public void serialize(Remedy v, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", v.kind().name());
        Write.money(g, "flat", v.flat());
        Write.decimal(g, "percent", v.percent());
        Write.decimal(g, "annualRatePercent", v.annualRatePercent());
        if (v.dayCount() != DayCount.ACT_365F) {
            g.writeStringField("dayCount", v.dayCount().name());
        }
        Write.span(g, "per", v.per());
        Write.decimal(g, "capPercent", v.capPercent());
        Write.money(g, "base", v.base());
        if (v.proRata()) {
            g.writeBooleanField("proRata", true);
        }
        Write.id(g, "obligation", v.obligation());
        Write.text(g, "right", v.right());
        if (v.untilCured()) {
            g.writeBooleanField("untilCured", true);
        }
        g.writeEndObject();
    }
}
