package dev.pacta.json.internal.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.pacta.core.model.Remedy;
import dev.pacta.core.money.DayCount;
import java.io.IOException;
import java.util.Optional;

/** Writes a {@link Remedy}: kind, then the properties of its subtype that are set, in a fixed order. */
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
        switch (v.kind()) {
            case LATE_FEE -> {
                Remedy.LateFee fee = (Remedy.LateFee) v;
                Write.money(g, "flat", fee.flat());
                Write.decimal(g, "percent", fee.percent());
            }
            case INTEREST -> {
                Remedy.Interest interest = (Remedy.Interest) v;
                Write.decimal(g, "annualRatePercent", Optional.of(interest.annualRatePercent()));
                if (interest.dayCount() != DayCount.ACT_365F) {
                    g.writeStringField("dayCount", interest.dayCount().name());
                }
            }
            case PENALTY -> {
                Remedy.Penalty penalty = (Remedy.Penalty) v;
                Write.decimal(g, "percent", Optional.of(penalty.percent()));
                Write.span(g, "per", Optional.of(penalty.per()));
                Write.decimal(g, "capPercent", penalty.capPercent());
                Write.money(g, "base", penalty.base());
                if (penalty.proRata()) {
                    g.writeBooleanField("proRata", true);
                }
            }
            case OBLIGATION ->
                g.writeStringField(
                        "obligation", ((Remedy.RemedyObligation) v).obligation().value());
            case RIGHT -> {
                Remedy.Right right = (Remedy.Right) v;
                g.writeStringField("right", right.right());
                if (right.untilCured()) {
                    g.writeBooleanField("untilCured", true);
                }
            }
        }
        g.writeEndObject();
    }
}
