package dev.pacta.json.internal.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.pacta.json.internal.ReadError;
import dev.pacta.json.internal.WireType;
import java.io.IOException;
import java.util.List;

/**
 * Reads an object of a {@link WireType} by its table: only its properties, each at most once and never {@code null},
 * each read by its property's reader, a bad value kept back with the document's others (see {@link Deferred}), then
 * the required ones checked and the value built.
 *
 * @param <T> the value type
 * @param <B> the builder type
 */
public final class TableDeserializer<T, B> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;

    private final transient WireType<T, B> type;
    private final transient List<WireType.Property<T, B>> properties;
    private final String[] names;
    private final String[] required;

    /**
     * A reader of a wire type.
     *
     * @param valueType the value's class
     * @param type the table
     */
    public TableDeserializer(Class<T> valueType, WireType<T, B> type) {
        super(valueType);
        this.type = type;
        this.properties = type.properties();
        this.names = type.names();
        this.required = type.required();
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        ObjectCursor o = ObjectCursor.open(p, ctxt, type.what(), names);
        B b = type.builder().get();
        for (int i = o.nextIndex(); i >= 0; i = o.nextIndex()) {
            try {
                properties.get(i).reader().read(p, ctxt, b);
            } catch (ReadError e) {
                o.keepOrThrow(ctxt, e);
            }
        }
        if (Deferred.any(ctxt)) {
            // A value was kept back to report with the agreement's others: this one cannot be built.
            return null;
        }
        o.require(required);
        return Builds.build(o, () -> type.build().apply(b));
    }
}
