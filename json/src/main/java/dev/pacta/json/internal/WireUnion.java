package dev.pacta.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.pacta.json.DocumentKind;
import dev.pacta.json.internal.WireType.Omitted;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One description of a JSON object type of the format that is a union chosen by a {@code kind} property (a trigger,
 * a remedy): the properties any kind may have, each with its reader, and per kind (a <em>variant</em>) the properties
 * it takes in their written order, which of them it requires, when the others are left out and how each is written.
 * The same description drives the reader ({@code internal.deser.UnionDeserializer}), the writer
 * ({@code internal.ser.UnionSerializer}), and the test that holds it equal to the schema's {@code oneOf} and to the
 * type's table in {@code docs/json-format.md}.
 *
 * <p>A property is read once whatever the kind (its reader is the union's), so that two kinds sharing a name share
 * its form; the kind is known only at the object's end, since it may come after the others. Then, in this order: the
 * kind is required; a property the kind does not take is {@code UNEXPECTED_PROPERTY}; a property it requires and
 * lacks is {@code MISSING_PROPERTY}; so is a kind that needs at least one of some properties and has none. The words
 * of these messages are the union's own ({@link Messages}).
 *
 * @param name the type's name in the schema's {@code $defs} and the docs' heading, e.g. {@code "trigger"}
 * @param document the kind of document whose schema defines the type under that name
 * @param what the type in words with an article, for messages, e.g. {@code "a trigger"}
 * @param kind the property that chooses the variant, with its reader
 * @param kindOf the kind of a value
 * @param fields the other properties any variant may have, in the order they are checked, each with its reader
 * @param variants one per kind
 * @param messages the words of the problems
 * @param <T> the value type
 * @param <K> the kind enum
 */
public record WireUnion<T, K extends Enum<K>>(
        String name,
        DocumentKind document,
        String what,
        Field<K> kind,
        Function<T, K> kindOf,
        List<Field<?>> fields,
        List<Variant<T, K, ? extends T>> variants,
        Messages<K> messages) {
    /**
     * Checks the description: every kind has one variant, whose properties are fields of the union.
     *
     * @param name the type's name
     * @param document the kind of document whose schema defines it
     * @param what the type in words
     * @param kind the property that chooses the variant
     * @param kindOf the kind of a value
     * @param fields the other properties
     * @param variants one per kind
     * @param messages the words of the problems
     */
    public WireUnion {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(kindOf, "kindOf");
        Objects.requireNonNull(messages, "messages");
        fields = List.copyOf(fields);
        variants = List.copyOf(variants);
        List<String> names = new ArrayList<>(List.of(kind.name()));
        fields.forEach(f -> names.add(f.name()));
        if (names.stream().distinct().count() != names.size() || names.size() > 64) {
            throw new IllegalArgumentException(name + ": a property name appears twice, or more than 64");
        }
        Class<K> kinds = kind.type();
        Map<K, Variant<T, K, ? extends T>> byKind = new EnumMap<>(kinds);
        for (Variant<T, K, ? extends T> v : variants) {
            if (byKind.put(v.kind(), v) != null) {
                throw new IllegalArgumentException(name + ": two variants of " + v.kind());
            }
            for (Member<?> m : v.members()) {
                if (!names.subList(1, names.size()).contains(m.name())) {
                    throw new IllegalArgumentException(name + ": " + v.kind() + " takes " + m.name() + ", no field");
                }
            }
            if (!v.names().containsAll(v.atLeastOne())) {
                throw new IllegalArgumentException(name + ": " + v.kind() + " needs one of properties it lacks");
            }
        }
        if (byKind.size() != kinds.getEnumConstants().length) {
            throw new IllegalArgumentException(name + ": not every kind has a variant");
        }
    }

    /**
     * The property names, the kind first: the names the reader accepts.
     *
     * @return the names
     */
    public String[] names() {
        String[] names = new String[fields.size() + 1];
        names[0] = kind.name();
        for (int i = 0; i < fields.size(); i++) {
            names[i + 1] = fields.get(i).name();
        }
        return names;
    }

    /**
     * The variant of a kind.
     *
     * @param k the kind
     * @return its variant
     */
    public Variant<T, K, ? extends T> variant(K k) {
        for (Variant<T, K, ? extends T> v : variants) {
            if (v.kind() == k) {
                return v;
            }
        }
        throw new IllegalArgumentException("no variant of " + k);
    }

    /**
     * Reads a property's value.
     *
     * @param <V> the value's type
     */
    @FunctionalInterface
    public interface ValueReader<V> {
        /**
         * Reads the value at the parser's current token.
         *
         * @param p the parser, at the value
         * @param ctxt the context
         * @return the value; null if it could not be built because a value inside it was kept back
         * @throws IOException if the value cannot be read ({@link ReadError} for a bad value)
         */
        V read(JsonParser p, DeserializationContext ctxt) throws IOException;
    }

    /**
     * A property of the union, as any variant reads it.
     *
     * @param name the property's name
     * @param type the value's class
     * @param reader reads the value
     * @param <V> the value's type
     */
    public record Field<V>(String name, Class<V> type, ValueReader<V> reader) {
        /**
         * Checks the field.
         *
         * @param name the property's name
         * @param type the value's class
         * @param reader reads the value
         */
        public Field {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(reader, "reader");
        }
    }

    /**
     * The values read from one object, by field; null for a field that was absent.
     *
     * @param union the fields, in the union's order
     * @param values the values, at the fields' positions
     */
    public record Values(List<Field<?>> union, Object[] values) {
        /**
         * A field's value.
         *
         * @param field the field
         * @param <V> its type
         * @return the value, or null if absent
         */
        public <V> V get(Field<V> field) {
            for (int i = 0; i < union.size(); i++) {
                if (union.get(i) == field) {
                    return field.type().cast(values[i]);
                }
            }
            throw new IllegalArgumentException("no field " + field.name());
        }
    }

    /**
     * The properties a kind takes, in their written order, and how its value is built and written.
     *
     * @param kind the kind
     * @param type the subtype's class
     * @param members the properties it takes, besides the kind
     * @param atLeastOne properties of which it needs at least one (none: no such rule)
     * @param build builds the value from the values read, once they are known to fit the kind
     * @param <T> the union's type
     * @param <K> the kind enum
     * @param <S> the subtype
     */
    public record Variant<T, K extends Enum<K>, S extends T>(
            K kind, Class<S> type, List<Member<S>> members, List<String> atLeastOne, Function<Values, S> build) {
        /**
         * Checks the variant.
         *
         * @param kind the kind
         * @param type the subtype's class
         * @param members the properties it takes
         * @param atLeastOne properties of which it needs at least one
         * @param build builds the value
         */
        public Variant {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(build, "build");
            members = List.copyOf(members);
            atLeastOne = List.copyOf(atLeastOne);
        }

        /**
         * A variant with no rule of at least one.
         *
         * @param kind the kind
         * @param type the subtype's class
         * @param members the properties it takes
         * @param build builds the value
         */
        public Variant(K kind, Class<S> type, List<Member<S>> members, Function<Values, S> build) {
            this(kind, type, members, List.of(), build);
        }

        /**
         * The names of the properties it takes, in their written order.
         *
         * @return the names
         */
        public List<String> names() {
            return members.stream().map(Member::name).toList();
        }

        /**
         * The names of the properties it requires, in their written order.
         *
         * @return the names
         */
        public List<String> required() {
            return members.stream()
                    .filter(m -> m.omitted() == Omitted.NEVER)
                    .map(Member::name)
                    .toList();
        }
    }

    /**
     * A property a variant takes: when it is left out and how it is written.
     *
     * @param name the property's name, one of the union's fields
     * @param omitted when it is left out
     * @param defaultValue its default, exactly when left out when {@link Omitted#DEFAULT}; null otherwise
     * @param writer writes it from the value
     * @param <S> the subtype
     */
    public record Member<S>(String name, Omitted omitted, Object defaultValue, WireType.Writer<S> writer) {
        /**
         * Checks the member.
         *
         * @param name the property's name
         * @param omitted when it is left out
         * @param defaultValue its default, or null
         * @param writer writes it
         */
        public Member {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(omitted, "omitted");
            Objects.requireNonNull(writer, "writer");
            if ((omitted == Omitted.DEFAULT) != (defaultValue != null)) {
                throw new IllegalArgumentException(name + ": a default exactly when left out when default");
            }
        }

        /**
         * A member without a default.
         *
         * @param name the property's name
         * @param omitted when it is left out, not {@link Omitted#DEFAULT}
         * @param writer writes it
         */
        public Member(String name, Omitted omitted, WireType.Writer<S> writer) {
            this(name, omitted, null, writer);
        }

        /**
         * A member left out when it has its default, which its writer then leaves out.
         *
         * @param name the property's name
         * @param defaultValue its default: an enum constant or a boolean
         * @param get the property's value
         * @param <S> the subtype
         * @return the member
         */
        public static <S> Member<S> withDefault(String name, Object defaultValue, Function<S, Object> get) {
            return new Member<>(name, Omitted.DEFAULT, defaultValue, WireType.unlessDefault(name, defaultValue, get));
        }
    }

    /**
     * The words of a union's problems; the codes, paths and positions are the reader's.
     *
     * @param <K> the kind enum
     */
    public interface Messages<K> {
        /**
         * A property the kind does not take.
         *
         * @param kind the kind
         * @param property the property
         * @param takes the properties the kind takes
         * @return the message
         */
        String unexpected(K kind, String property, List<String> takes);

        /**
         * A property the kind requires, missing.
         *
         * @param kind the kind
         * @param property the property
         * @param required the properties the kind requires
         * @return the message
         */
        String missing(K kind, String property, List<String> required);

        /**
         * None of the properties of which the kind needs at least one.
         *
         * @param kind the kind
         * @param names the properties
         * @return the message
         */
        String noneOf(K kind, List<String> names);
    }
}
