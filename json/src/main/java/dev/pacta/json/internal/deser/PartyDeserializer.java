package dev.pacta.json.internal.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.pacta.core.model.Party;
import dev.pacta.core.model.PartyId;
import dev.pacta.json.internal.ReadError;
import java.io.IOException;

/** Reads a {@link Party}: {@code {"id", "name", "role", "contact"?}}. */
public final class PartyDeserializer extends StdDeserializer<Party> {
    private static final long serialVersionUID = 1L;

    /** The instance. */
    public static final PartyDeserializer INSTANCE = new PartyDeserializer();

    private PartyDeserializer() {
        super(Party.class);
    }

    @Override
    public Party deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        ObjectCursor o = ObjectCursor.open(p, ctxt, "a party", "id", "name", "role", "contact");
        Party.Builder b = Party.builder();
        for (String name = o.next(); name != null; name = o.next()) {
            try {
                switch (name) {
                    case "id" -> b.id(Scalars.id(p, PartyId::of, "a party id"));
                    case "name" -> b.name(Scalars.text(p, "the party's name"));
                    case "role" -> b.role(Scalars.role(p));
                    default -> b.contact(Scalars.text(p, "the point of contact"));
                }
            } catch (ReadError e) {
                o.keepOrThrow(ctxt, e);
            }
        }
        if (Deferred.any(ctxt)) {
            // A value was kept back to report with the agreement's others: this one cannot be built.
            return null;
        }
        o.require("id", "name", "role");
        return Builds.build(o, b::build);
    }
}
