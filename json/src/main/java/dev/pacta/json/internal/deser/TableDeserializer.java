package dev.pacta.json.internal.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.pacta.json.JsonCodes;
import dev.pacta.json.internal.ReadError;
import dev.pacta.json.internal.WireType;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads an object of a {@link WireType} by its table: only its properties, each at most once and never {@code null},
 * each read by its property's reader, a bad value kept back with the document's others (see {@link Deferred}), then
 * the required ones checked, then the pairs that exclude each other, and the value built.
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
    private final transient List<WireType.Exclusive> exclusive;

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
        this.exclusive = type.exclusive();
    }

    /**
     * The reader of a type read by its table (internal.wire), from the context's registry: this package names no
     * table, which sits above it.
     *
     * @param ctxt the context
     * @param type the type
     * @param <V> the type
     * @return its reader
     * @throws IOException if the registry has none
     */
    public static <V> JsonDeserializer<V> registered(DeserializationContext ctxt, Class<V> type) throws IOException {
        @SuppressWarnings("unchecked")
        JsonDeserializer<V> reader = (JsonDeserializer<V>) ctxt.findRootValueDeserializer(ctxt.constructType(type));
        return reader;
    }

    /**
     * Reads a nested value with its own reader and gives it to the builder, unless it could not be built because a
     * value inside it was kept back (the owner is then not built either).
     *
     * @param reader the nested value's reader
     * @param p the parser, at the value
     * @param ctxt the context
     * @param setter the builder's setter
     * @param <V> the nested value's type
     * @throws IOException if the value cannot be read
     */
    public static <V> void nested(
            JsonDeserializer<V> reader, JsonParser p, DeserializationContext ctxt, Consumer<V> setter)
            throws IOException {
        Deferred.ifBuilt(reader.deserialize(p, ctxt), setter);
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
        for (WireType.Exclusive pair : exclusive) {
            if (o.has(pair.first()) && o.has(pair.second())) {
                throw o.fail(pair.second(), JsonCodes.CONFLICTING_PROPERTIES, pair.message());
            }
        }
        return Builds.build(o, () -> type.build().apply(b));
    }
}
