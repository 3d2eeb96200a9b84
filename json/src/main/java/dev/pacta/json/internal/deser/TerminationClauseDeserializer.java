package dev.pacta.json.internal.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.model.TerminationClause;
import dev.pacta.json.internal.ReadError;
import java.io.IOException;

/** Reads a {@link TerminationClause}: {@code {"party"?: "client", "notice": {"days": 30}}}. */
public final class TerminationClauseDeserializer extends StdDeserializer<TerminationClause> {
    private static final long serialVersionUID = 1L;

    /** The instance. */
    public static final TerminationClauseDeserializer INSTANCE = new TerminationClauseDeserializer();

    private TerminationClauseDeserializer() {
        super(TerminationClause.class);
    }

    @Override
    public TerminationClause deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        ObjectCursor o = ObjectCursor.open(p, ctxt, "a termination clause", "party", "notice");
        TerminationClause.Builder b = TerminationClause.builder();
        for (String name = o.next(); name != null; name = o.next()) {
            try {
                switch (name) {
                    case "party" -> b.party(Scalars.id(p, PartyId::of, "a party id"));
                    default -> Deferred.ifBuilt(SpanDeserializer.INSTANCE.deserialize(p, ctxt), b::notice);
                }
            } catch (ReadError e) {
                o.keepOrThrow(ctxt, e);
            }
        }
        if (Deferred.any(ctxt)) {
            // A value was kept back to report with the agreement's others: this one cannot be built.
            return null;
        }
        o.require("notice");
        return Builds.build(o, b::build);
    }
}
