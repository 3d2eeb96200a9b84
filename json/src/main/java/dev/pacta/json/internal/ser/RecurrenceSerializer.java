package dev.pacta.json.internal.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.pacta.core.time.Recurrence;
import java.io.IOException;

/** Writes a {@link Recurrence}: frequency, interval (unless 1), start, dayOfWeek, dayOfMonth, lastBusinessDay (if true), count, until. */
public final class RecurrenceSerializer extends StdSerializer<Recurrence> {
    private static final long serialVersionUID = 1L;

    /** The instance. */
    public static final RecurrenceSerializer INSTANCE = new RecurrenceSerializer();

    private RecurrenceSerializer() {
        super(Recurrence.class);
    }

    @Override
    public void serialize(Recurrence v, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeStringField("frequency", v.frequency().name());
        if (v.interval() != 1) {
            g.writeNumberField("interval", v.interval());
        }
        Write.date(g, "start", v.start());
        if (v.dayOfWeek().isPresent()) {
            g.writeStringField("dayOfWeek", v.dayOfWeek().get().name());
        }
        if (v.dayOfMonth().isPresent()) {
            g.writeNumberField("dayOfMonth", v.dayOfMonth().get());
        }
        if (v.lastBusinessDay()) {
            g.writeBooleanField("lastBusinessDay", true);
        }
        if (v.count().isPresent()) {
            g.writeNumberField("count", v.count().get());
        }
        Write.date(g, "until", v.until());
        g.writeEndObject();
    }
}
