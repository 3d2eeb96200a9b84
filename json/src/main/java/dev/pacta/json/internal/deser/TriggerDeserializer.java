package dev.pacta.json.internal.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.pacta.core.model.MilestoneId;
import dev.pacta.core.model.ObligationId;
import dev.pacta.core.model.Trigger;
import dev.pacta.core.time.Recurrence;
import dev.pacta.json.JsonCodes;
import dev.pacta.json.internal.ReadError;
import java.io.IOException;

/**
 * Reads a {@link Trigger}: {@code {"kind": "ON_EVENT", "event": "draft.submitted"}}; each kind takes exactly its own
 * property ({@code event}, {@code milestone}, {@code obligation} or {@code recurrence}).
 */
public final class TriggerDeserializer extends StdDeserializer<Trigger> {
    private static final long serialVersionUID = 1L;

    /** The instance. */
    public static final TriggerDeserializer INSTANCE = new TriggerDeserializer();

    private TriggerDeserializer() {
        super(Trigger.class);
    }

    @Override
    public Trigger deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        ObjectCursor o =
                ObjectCursor.open(p, ctxt, "a trigger", "kind", "event", "milestone", "obligation", "recurrence");
        Trigger.Kind kind = null;
        String event = null;
        MilestoneId milestone = null;
        ObligationId obligation = null;
        Recurrence recurrence = null;
        for (String name = o.next(); name != null; name = o.next()) {
            try {
                switch (name) {
                    case "kind" -> kind = Scalars.enumValue(p, Trigger.Kind.class, "a trigger kind");
                    case "event" -> event = Scalars.eventKind(p);
                    case "milestone" -> milestone = Scalars.id(p, MilestoneId::of, "a milestone id");
                    case "obligation" -> obligation = Scalars.id(p, ObligationId::of, "an obligation id");
                    default -> recurrence = RecurrenceDeserializer.INSTANCE.deserialize(p, ctxt);
                }
            } catch (ReadError e) {
                o.keepOrThrow(ctxt, e);
            }
        }
        if (Deferred.any(ctxt)) {
            // A value was kept back to report with the document's others: this one cannot be built.
            return null;
        }
        o.require("kind");
        String own = property(kind);
        for (String other : new String[] {"event", "milestone", "obligation", "recurrence"}) {
            if (o.has(other) && !other.equals(own)) {
                throw o.fail(
                        other,
                        JsonCodes.UNEXPECTED_PROPERTY,
                        "property '" + other + "' does not apply to a " + kind + " trigger"
                                + (own == null ? ", which takes no other property" : "; it takes '" + own + "'"));
            }
        }
        if (own != null) {
            o.require("kind", own);
        }
        // Each kind's own property is present (required above): build its subtype.
        Trigger.Kind k = kind;
        String e = event;
        MilestoneId m = milestone;
        ObligationId other = obligation;
        Recurrence r = recurrence;
        return Builds.build(o, () -> switch (k) {
            case ON_EFFECTIVE_DATE -> Trigger.onEffectiveDate();
            case ON_EVENT -> Trigger.onEvent(e);
            case ON_MILESTONE -> Trigger.onMilestone(m);
            case ON_FULFILMENT -> Trigger.onFulfilment(other);
            case ON_BREACH -> Trigger.onBreach(other);
            case RECURRING -> Trigger.recurring(r);
        });
    }

    /** The property a kind of trigger takes, or null. */
    private static String property(Trigger.Kind kind) {
        return switch (kind) {
            case ON_EFFECTIVE_DATE -> null;
            case ON_EVENT -> "event";
            case ON_MILESTONE -> "milestone";
            case ON_FULFILMENT, ON_BREACH -> "obligation";
            case RECURRING -> "recurrence";
        };
    }
}
