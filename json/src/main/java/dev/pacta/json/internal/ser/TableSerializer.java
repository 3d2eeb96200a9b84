package dev.pacta.json.internal.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.pacta.json.internal.WireType;
import java.io.IOException;
import java.util.List;

/**
 * Writes an object of a {@link WireType} by its table: its properties in their order, each by its property's writer,
 * which leaves out what the table says is left out.
 *
 * @param <T> the value type
 */
public final class TableSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;

    private final transient List<? extends WireType.Property<T, ?>> properties;

    /**
     * A writer of a wire type.
     *
     * @param valueType the value's class
     * @param type the table
     */
    public TableSerializer(Class<T> valueType, WireType<T, ?> type) {
        super(valueType);
        this.properties = type.properties();
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        for (WireType.Property<T, ?> property : properties) {
            property.writer().write(g, provider, property.name(), value);
        }
        g.writeEndObject();
    }
}
