package dev.pacta.json.internal.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.pacta.core.time.Span;
import dev.pacta.json.JsonCodes;
import dev.pacta.json.internal.ReadError;
import dev.pacta.json.internal.SpanUnits;
import java.io.IOException;

/** Reads a {@link Span}: exactly one of {@code {"days": n}}, {@code businessDays}, {@code hours}, {@code weeks}, {@code months}. */
public final class SpanDeserializer extends StdDeserializer<Span> {
    private static final long serialVersionUID = 1L;

    /** The instance. */
    public static final SpanDeserializer INSTANCE = new SpanDeserializer();

    private static final String UNITS = String.join(", ", SpanUnits.names());

    private SpanDeserializer() {
        super(Span.class);
    }

    @Override
    public Span deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        ObjectCursor o = ObjectCursor.open(p, ctxt, "a span of time", SpanUnits.names());
        Span span = null;
        for (String name = o.next(); name != null; name = o.next()) {
            Span read;
            try {
                read = amount(p, name);
            } catch (ReadError e) {
                o.keepOrThrow(ctxt, e);
                continue;
            }
            if (span != null) {
                throw o.fail(
                        name,
                        JsonCodes.CONFLICTING_PROPERTIES,
                        "a span of time has exactly one of " + UNITS + "; found " + SpanUnits.name(span.unit())
                                + " and " + name);
            }
            span = read;
        }
        if (Deferred.any(ctxt)) {
            // A value was kept back to report with the document's others: this one cannot be built.
            return null;
        }
        if (span == null) {
            throw o.fail(
                    null, JsonCodes.MISSING_PROPERTY, "a span of time needs one of " + UNITS + ", e.g. {\"days\": 2}");
        }
        return span;
    }

    /**
     * Reads the amount of a span at a unit property such as {@code businessDays}.
     *
     * @param p the parser, at the value
     * @param name the unit's property name
     * @return the span
     */
    static Span amount(JsonParser p, String name) throws IOException {
        Span.Unit unit = SpanUnits.unit(name);
        long amount = Scalars.whole(p, unit.label(2), 0, SpanUnits.max(unit));
        return new Span(amount, unit);
    }
}
