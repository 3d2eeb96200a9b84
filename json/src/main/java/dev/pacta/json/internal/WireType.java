package dev.pacta.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.pacta.json.DocumentKind;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One description of a JSON object type of the format: its properties in their written order, each with its name,
 * whether it is required, when it is left out, how it is read into the value's builder and how it is written from the
 * value. The same table drives the reader ({@code internal.deser.TableDeserializer}), the writer
 * ({@code internal.ser.TableSerializer}), and the test that holds it equal to the JSON Schema and to
 * {@code docs/json-format.md}.
 *
 * <p>The tables themselves are in {@code internal.wire}, above the readers and writers whose primitives they use.
 *
 * @param name the type's name in the schema's {@code $defs} and the docs' heading, e.g. {@code "party"}
 * @param document the kind of document whose schema defines the type under that name (a report's {@code milestone}
 *     is another type)
 * @param what the type in words with an article, for messages, e.g. {@code "a party"}
 * @param builder a new builder
 * @param build builds the value from a builder whose properties were all read
 * @param properties the properties, in their written order
 * @param exclusive the pairs of properties that an object may not both have, checked once the required ones are
 * @param <T> the value type
 * @param <B> the builder type
 */
public record WireType<T, B>(
        String name,
        DocumentKind document,
        String what,
        Supplier<B> builder,
        Function<B, T> build,
        List<Property<T, B>> properties,
        List<Exclusive> exclusive) {
    /** At most this many properties: the reader's cursor marks the properties seen in a {@code long}. */
    private static final int MAX_PROPERTIES = 64;

    /**
     * Checks the table.
     *
     * @param name the type's name
     * @param document the kind of document whose schema defines it
     * @param what the type in words
     * @param builder a new builder
     * @param build builds the value
     * @param properties the properties
     * @param exclusive the pairs of properties an object may not both have
     */
    public WireType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(builder, "builder");
        Objects.requireNonNull(build, "build");
        properties = List.copyOf(properties);
        exclusive = List.copyOf(exclusive);
        if (properties.isEmpty() || properties.size() > MAX_PROPERTIES) {
            throw new IllegalArgumentException(name + ": 1 to " + MAX_PROPERTIES + " properties");
        }
        if (properties.stream().map(Property::name).distinct().count() != properties.size()) {
            throw new IllegalArgumentException(name + ": a property name appears twice");
        }
        List<String> names = properties.stream().map(Property::name).toList();
        for (Exclusive pair : exclusive) {
            if (!names.contains(pair.first()) || !names.contains(pair.second())) {
                throw new IllegalArgumentException(name + ": " + pair + " names a property the type does not have");
            }
        }
    }

    /**
     * A table whose properties may all appear together.
     *
     * @param name the type's name
     * @param document the kind of document whose schema defines it
     * @param what the type in words
     * @param builder a new builder
     * @param build builds the value
     * @param properties the properties
     */
    public WireType(
            String name,
            DocumentKind document,
            String what,
            Supplier<B> builder,
            Function<B, T> build,
            List<Property<T, B>> properties) {
        this(name, document, what, builder, build, properties, List.of());
    }

    /**
     * The property names, in their written order: the names the reader accepts.
     *
     * @return the names
     */
    public String[] names() {
        return properties.stream().map(Property::name).toArray(String[]::new);
    }

    /**
     * The names of the required properties, in their written order.
     *
     * @return the names
     */
    public String[] required() {
        return properties.stream()
                .filter(p -> p.omitted() == Omitted.NEVER)
                .map(Property::name)
                .toArray(String[]::new);
    }

    /** When a property is left out of a document: what its absence means. */
    public enum Omitted {
        /** Never: the property is required. */
        NEVER,
        /** When the value has none: an optional value. */
        ABSENT,
        /** When the list or map is empty; reading its absence gives an empty one. */
        EMPTY,
        /**
         * When the number or amount is zero; reading its absence gives zero (an amount in the currency of the
         * value's others).
         */
        ZERO,
        /**
         * When the value is the property's {@linkplain Property#defaultValue() default}; reading its absence gives
         * the default.
         */
        DEFAULT
    }

    /**
     * Two properties an object may not both have ({@code "not": {"required": [first, second]}} in the schema): the
     * reader reports the second as {@code CONFLICTING_PROPERTIES}, at the object's start.
     *
     * @param first the first property
     * @param second the second property, where the problem is reported
     * @param message the problem's message
     */
    public record Exclusive(String first, String second, String message) {
        /**
         * Checks the pair.
         *
         * @param first the first property
         * @param second the second property
         * @param message the message
         */
        public Exclusive {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * Reads a property's value into a builder.
     *
     * @param <B> the builder type
     */
    @FunctionalInterface
    public interface Reader<B> {
        /**
         * Reads the value at the parser's current token into the builder.
         *
         * @param p the parser, at the property's value
         * @param ctxt the context
         * @param builder the builder
         * @throws IOException if the value cannot be read ({@link ReadError} for a bad value)
         */
        void read(JsonParser p, DeserializationContext ctxt, B builder) throws IOException;
    }

    /**
     * Writes a property of a value, or nothing when it is left out.
     *
     * @param <T> the value type
     */
    @FunctionalInterface
    public interface Writer<T> {
        /**
         * Writes the property, name and value, unless it is left out.
         *
         * @param g the generator, inside the object
         * @param provider the provider, for a value written by a serializer of its own
         * @param name the property's name
         * @param value the value whose property it is
         * @throws IOException if the generator fails
         */
        void write(JsonGenerator g, SerializerProvider provider, String name, T value) throws IOException;
    }

    /**
     * One property of a wire type.
     *
     * @param name the property's name
     * @param omitted when it is left out of a document
     * @param defaultValue the value its absence means (an enum constant, a boolean or a number), exactly when it is
     *     left out when {@link Omitted#DEFAULT}; null otherwise
     * @param reader reads it into the builder
     * @param writer writes it from the value
     * @param <T> the value type
     * @param <B> the builder type
     */
    public record Property<T, B>(
            String name, Omitted omitted, Object defaultValue, Reader<B> reader, Writer<T> writer) {
        /**
         * Checks the property.
         *
         * @param name the property's name
         * @param omitted when it is left out
         * @param defaultValue its default, or null
         * @param reader reads it
         * @param writer writes it
         */
        public Property {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(omitted, "omitted");
            Objects.requireNonNull(reader, "reader");
            Objects.requireNonNull(writer, "writer");
            if ((omitted == Omitted.DEFAULT) != (defaultValue != null)) {
                throw new IllegalArgumentException(name + ": a default exactly when left out when default");
            }
        }

        /**
         * A property without a default.
         *
         * @param name the property's name
         * @param omitted when it is left out, not {@link Omitted#DEFAULT}
         * @param reader reads it
         * @param writer writes it
         */
        public Property(String name, Omitted omitted, Reader<B> reader, Writer<T> writer) {
            this(name, omitted, null, reader, writer);
        }

        /**
         * A property left out when it has its default, which its writer then leaves out: the table's default is the
         * only place that says what the default is, for the writer, the schema and the docs.
         *
         * @param name the property's name
         * @param defaultValue its default: an enum constant or a boolean
         * @param reader reads it
         * @param get the property's value
         * @param <T> the value type
         * @param <B> the builder type
         * @return the property
         */
        public static <T, B> Property<T, B> withDefault(
                String name, Object defaultValue, Reader<B> reader, Function<T, Object> get) {
            return new Property<>(name, Omitted.DEFAULT, defaultValue, reader, unlessDefault(name, defaultValue, get));
        }
    }

    /**
     * The writer of a property left out when it has its default: an enum constant's name, or a boolean.
     *
     * @param name the property's name, for an error in the table
     * @param defaultValue the default: an enum constant or a boolean
     * @param get the property's value
     * @param <T> the value type
     * @return the writer
     */
    public static <T> Writer<T> unlessDefault(String name, Object defaultValue, Function<T, Object> get) {
        if (!(defaultValue instanceof Enum<?>) && !(defaultValue instanceof Boolean)) {
            throw new IllegalArgumentException(name + ": a default is an enum constant or a boolean");
        }
        return (g, provider, n, v) -> {
            Object value = get.apply(v);
            if (!value.equals(defaultValue)) {
                if (value instanceof Boolean b) {
                    g.writeBooleanField(n, b);
                } else {
                    g.writeStringField(n, ((Enum<?>) value).name());
                }
            }
        };
    }
}
