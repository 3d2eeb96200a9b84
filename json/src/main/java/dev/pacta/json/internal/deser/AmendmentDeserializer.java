package dev.pacta.json.internal.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.pacta.core.Identifier;
import dev.pacta.core.model.Amendment;
import dev.pacta.core.model.MilestoneId;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.ObligationId;
import dev.pacta.core.model.PartyId;
import dev.pacta.json.JsonCodes;
import dev.pacta.json.internal.ReadError;
import java.io.IOException;

/**
 * Reads an {@link Amendment}: {@code {"milestoneTargets"?: {"launch": "2026-07-15"}, "addObligations"?: [...],
 * "removeObligations"?: ["id"], "signedBy"?: ["party"]}}.
 */
public final class AmendmentDeserializer extends StdDeserializer<Amendment> {
    private static final long serialVersionUID = 1L;

    /** The instance. */
    public static final AmendmentDeserializer INSTANCE = new AmendmentDeserializer();

    private AmendmentDeserializer() {
        super(Amendment.class);
    }

    @Override
    public Amendment deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        ObjectCursor o = ObjectCursor.open(
                p, ctxt, "an amendment", "milestoneTargets", "addObligations", "removeObligations", "signedBy");
        Amendment.Builder b = Amendment.builder();
        for (String name = o.next(); name != null; name = o.next()) {
            switch (name) {
                case "milestoneTargets" -> targets(p, ctxt, b);
                case "addObligations" ->
                    b.addObligations(Scalars.array(
                            p, ctxt, "obligations", TableDeserializer.registered(ctxt, Obligation.class)::deserialize));
                case "removeObligations" ->
                    b.removeObligations(Scalars.array(
                            p, ctxt, "obligation ids", (q, c) -> Scalars.id(q, ObligationId::of, "an obligation id")));
                default ->
                    b.signedBy(Scalars.array(p, ctxt, "party ids", (q, c) -> Scalars.id(q, PartyId::of, "a party id")));
            }
        }
        if (Deferred.any(ctxt)) {
            // A value was kept back to report with the document's others: this one cannot be built.
            return null;
        }
        return Builds.build(o, b::build);
    }

    private static void targets(JsonParser p, DeserializationContext ctxt, Amendment.Builder b) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw Scalars.wrongType(p, "an object of milestone ids to dates");
        }
        JsonStreamContext object = p.getParsingContext();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            String key = p.currentName();
            if (!Identifier.isValid(key)) {
                throw ReadError.at(
                        p,
                        JsonCodes.INVALID_VALUE,
                        "expected a milestone id as the key (1 to 64 characters from A-Z a-z 0-9 . _ -), was '"
                                + ObjectCursor.abbreviate(key) + "'");
            }
            if (!seen.add(key)) {
                throw ReadError.at(p, JsonCodes.DUPLICATE_PROPERTY, "milestone '" + key + "' appears twice");
            }
            p.nextToken();
            try {
                b.putMilestoneTargets(MilestoneId.of(key), Scalars.date(p));
            } catch (ReadError e) {
                Deferred.keepOrThrow(p, ctxt, object, e);
            }
        }
    }
}
