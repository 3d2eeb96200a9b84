package dev.pacta.json.internal.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.pacta.json.internal.WireUnion;
import java.io.IOException;

/**
 * Writes an object of a {@link WireUnion} by its description: the kind, then the properties its variant takes in
 * their order, each by its member's writer, which leaves out what the description says is left out.
 *
 * @param <T> the value type
 * @param <K> the kind enum
 */
public final class UnionSerializer<T, K extends Enum<K>> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;

    private final transient WireUnion<T, K> union;

    /**
     * A writer of a union.
     *
     * @param valueType the value's class
     * @param union the description
     */
    public UnionSerializer(Class<T> valueType, WireUnion<T, K> union) {
        super(valueType);
        this.union = union;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
        K kind = union.kindOf().apply(value);
        g.writeStartObject();
        g.writeStringField(union.kind().name(), kind.name());
        write(union.variant(kind), value, g, provider);
        g.writeEndObject();
    }

    private static <S extends T, T, K extends Enum<K>> void write(
            WireUnion.Variant<T, K, S> variant, T value, JsonGenerator g, SerializerProvider provider)
            throws IOException {
        S subtype = variant.type().cast(value);
        for (WireUnion.Member<S> member : variant.members()) {
            member.writer().write(g, provider, member.name(), subtype);
        }
    }
}
