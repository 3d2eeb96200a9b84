package dev.pacta.json.internal.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.pacta.json.JsonCodes;
import dev.pacta.json.internal.ReadError;
import dev.pacta.json.internal.WireUnion;
import java.io.IOException;
import java.util.List;

/**
 * Reads an object of a {@link WireUnion} by its description: only the union's properties, each at most once and never
 * {@code null}, each read by its field's reader, a bad value kept back with the document's others (see
 * {@link Deferred}); then the kind required, the properties checked against the kind's variant (none it does not
 * take, every one it requires, at least one where it says so), and the kind's subtype built.
 *
 * @param <T> the value type
 * @param <K> the kind enum
 */
public final class UnionDeserializer<T, K extends Enum<K>> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;

    private final transient WireUnion<T, K> union;
    private final transient List<WireUnion.Field<?>> fields;
    private final String[] names;

    /**
     * A reader of a union.
     *
     * @param valueType the value's class
     * @param union the description
     */
    public UnionDeserializer(Class<T> valueType, WireUnion<T, K> union) {
        super(valueType);
        this.union = union;
        this.fields = union.fields();
        this.names = union.names();
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        ObjectCursor o = ObjectCursor.open(p, ctxt, union.what(), names);
        K kind = null;
        Object[] values = new Object[fields.size()];
        for (int i = o.nextIndex(); i >= 0; i = o.nextIndex()) {
            try {
                if (i == 0) {
                    kind = union.kind().reader().read(p, ctxt);
                } else {
                    values[i - 1] = fields.get(i - 1).reader().read(p, ctxt);
                }
            } catch (ReadError e) {
                o.keepOrThrow(ctxt, e);
            }
        }
        if (Deferred.any(ctxt)) {
            // A value was kept back to report with the document's others: this one cannot be built.
            return null;
        }
        o.require(names[0]);
        WireUnion.Variant<T, K, ? extends T> variant = union.variant(kind);
        List<String> takes = variant.names();
        for (int i = 1; i < names.length; i++) {
            if (o.has(i) && !takes.contains(names[i])) {
                throw o.fail(
                        names[i],
                        JsonCodes.UNEXPECTED_PROPERTY,
                        union.messages().unexpected(kind, names[i], takes));
            }
        }
        List<String> required = variant.required();
        for (String name : required) {
            if (!o.has(name)) {
                throw o.fail(name, JsonCodes.MISSING_PROPERTY, union.messages().missing(kind, name, required));
            }
        }
        List<String> atLeastOne = variant.atLeastOne();
        if (!atLeastOne.isEmpty() && atLeastOne.stream().noneMatch(o::has)) {
            throw o.fail(null, JsonCodes.MISSING_PROPERTY, union.messages().noneOf(kind, atLeastOne));
        }
        WireUnion.Values read = new WireUnion.Values(fields, values);
        return Builds.build(o, () -> variant.build().apply(read));
    }
}
