package dev.pacta.json.internal.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.pacta.core.model.Milestone;
import dev.pacta.core.model.MilestoneId;
import dev.pacta.core.model.ObligationId;
import dev.pacta.json.internal.ReadError;
import java.io.IOException;

/** Reads a {@link Milestone}: {@code {"id", "title", "target", "requires"?, "dependsOn"?}}. */
public final class MilestoneDeserializer extends StdDeserializer<Milestone> {
    private static final long serialVersionUID = 1L;

    /** The instance. */
    public static final MilestoneDeserializer INSTANCE = new MilestoneDeserializer();

    private MilestoneDeserializer() {
        super(Milestone.class);
    }

    @Override
    public Milestone deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        ObjectCursor o = ObjectCursor.open(p, ctxt, "a milestone", "id", "title", "target", "requires", "dependsOn");
        Milestone.Builder b = Milestone.builder();
        for (String name = o.next(); name != null; name = o.next()) {
            try {
                switch (name) {
                    case "id" -> b.id(Scalars.id(p, MilestoneId::of, "a milestone id"));
                    case "title" -> b.title(Scalars.text(p, "the milestone's title"));
                    case "target" -> b.target(Scalars.date(p));
                    case "requires" ->
                        b.requires(Scalars.array(
                                p,
                                ctxt,
                                "obligation ids",
                                (q, c) -> Scalars.id(q, ObligationId::of, "an obligation id")));
                    default ->
                        b.dependsOn(Scalars.array(
                                p, ctxt, "milestone ids", (q, c) -> Scalars.id(q, MilestoneId::of, "a milestone id")));
                }
            } catch (ReadError e) {
                o.keepOrThrow(ctxt, e);
            }
        }
        if (Deferred.any(ctxt)) {
            // A value was kept back to report with the agreement's others: this one cannot be built.
            return null;
        }
        o.require("id", "title", "target");
        return Builds.build(o, b::build);
    }
}
