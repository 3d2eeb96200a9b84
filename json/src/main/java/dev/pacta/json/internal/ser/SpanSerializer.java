package dev.pacta.json.internal.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.pacta.core.time.Span;
import java.io.IOException;

/** Writes a {@link Span}: {@code {"businessDays": 2}}. */
public final class SpanSerializer extends StdSerializer<Span> {
    private static final long serialVersionUID = 1L;

    /** The instance. */
    public static final SpanSerializer INSTANCE = new SpanSerializer();

    private SpanSerializer() {
        super(Span.class);
    }

    @Override
    public void serialize(Span v, JsonGenerator g, SerializerProvider provider) throws IOException {
        Write.span(g, v);
    }
}
