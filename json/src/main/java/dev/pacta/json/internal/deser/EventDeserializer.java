package dev.pacta.json.internal.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.pacta.core.model.ControlKind;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.EventId;
import dev.pacta.core.model.PartyId;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Reads an {@link Event}: {@code {"id", "at", "kind", "actor", "ref"?, "amount"?, "payee"?, "until"?, "by"?,
 * "note"?, "amendment"?}}. {@code payee} belongs to payments, {@code until} or
 * {@code by} (exactly one) to extensions, {@code amendment} to amendments (which need it).
 */
public final class EventDeserializer extends StdDeserializer<Event> {
    private static final long serialVersionUID = 1L;

    /** The instance. */
    public static final EventDeserializer INSTANCE = new EventDeserializer();

    /** A reference: an id, optionally with an instance number ({@code approve-mockup#2}). */
    private static final Pattern REF = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}(#[1-9][0-9]{0,8})?");

    private EventDeserializer() {
        super(Event.class);
    }

    @Override
    public Event deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        ObjectCursor o = ObjectCursor.open(
                p,
                ctxt,
                "an event",
                "id",
                "at",
                "kind",
                "actor",
                "ref",
                "amount",
                "payee",
                "until",
                "by",
                "note",
                "amendment");
        Event.Builder b = Event.builder();
        String kind = null;
        for (String name = o.next(); name != null; name = o.next()) {
            switch (name) {
                case "id" -> b.id(Scalars.id(p, EventId::of, "an event id"));
                case "at" -> b.at(Scalars.eventTime(p));
                case "kind" -> {
                    kind = Scalars.eventKind(p);
                    b.kind(kind);
                }
                case "actor" -> b.actor(Scalars.id(p, PartyId::of, "a party id"));
                case "ref" -> b.ref(ref(p));
                case "amount" -> b.amount(Scalars.money(p));
                case "payee" -> b.payee(Scalars.id(p, PartyId::of, "a party id"));
                case "until" -> b.until(Scalars.date(p));
                case "by" -> b.by(SpanDeserializer.INSTANCE.deserialize(p, ctxt));
                case "note" -> b.note(Scalars.text(p, "a note"));
                default -> b.amendment(AmendmentDeserializer.INSTANCE.deserialize(p, ctxt));
            }
        }
        o.require("id", "at", "kind", "actor");
        // A payment without an amount is read: it is a fact the engine reports (INVALID_PAYMENT), and the model
        // allows it, so that every timeline written can be read back.
        ControlKind control = ControlKind.of(kind).orElse(null);
        only(o, "payee", control == ControlKind.PAYMENT, "payment");
        only(o, "until", control == ControlKind.EXTENSION, "extension");
        only(o, "by", control == ControlKind.EXTENSION, "extension");
        only(o, "amendment", control == ControlKind.AMENDMENT, "amendment");
        if (control == ControlKind.EXTENSION && o.has("until") == o.has("by")) {
            throw o.fail(
                    o.has("by") ? "by" : "until",
                    o.has("by") ? "CONFLICTING_PROPERTIES" : "MISSING_PROPERTY",
                    "an extension event has exactly one of 'until' (a new due date) or 'by' (more time)");
        }
        if (control == ControlKind.AMENDMENT && !o.has("amendment")) {
            throw o.fail("amendment", "MISSING_PROPERTY", "an amendment event needs an 'amendment' object");
        }
        return Builds.build(o, b::build);
    }

    private static void only(ObjectCursor o, String property, boolean allowed, String kind) throws IOException {
        if (o.has(property) && !allowed) {
            throw o.fail(
                    property, "UNEXPECTED_PROPERTY", "property '" + property + "' applies to " + kind + " events only");
        }
    }

    private static String ref(JsonParser p) throws IOException {
        String expected = "a reference: an instance id such as approve-mockup#2, an obligation id or an event id";
        String text = Scalars.text(p, expected);
        if (!REF.matcher(text).matches()) {
            throw Scalars.invalid(p, expected);
        }
        return text;
    }
}
