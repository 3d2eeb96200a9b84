package dev.pacta.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.pacta.json.DocumentKind;
import dev.pacta.json.internal.WireType.Exclusive;
import dev.pacta.json.internal.WireType.Omitted;
import dev.pacta.json.internal.WireType.Property;
import dev.pacta.json.internal.WireUnion.Field;
import dev.pacta.json.internal.WireUnion.Member;
import dev.pacta.json.internal.WireUnion.Messages;
import dev.pacta.json.internal.WireUnion.Values;
import dev.pacta.json.internal.WireUnion.Variant;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The rules a description of the format's types keeps, checked when it is built rather than when a document meets
 * it: a table has 1 to 64 properties (the reader marks those seen in a {@code long}), each named once, and its
 * exclusive pairs name its own properties; a default is an enum constant or a boolean, which the writer leaves out;
 * a union's kind and fields are at most 64 names, every kind has exactly one variant, which takes only the union's
 * fields. The wire tables are built once, when the module's classes load, so these are stated on tables of their own.
 */
class WireDescriptionsTest {
    static Property<Object, Object> property(String name) {
        return new Property<>(name, Omitted.ABSENT, (p, c, b) -> {}, (g, provider, n, v) -> {});
    }

    static WireType<Object, Object> table(List<Property<Object, Object>> properties, List<Exclusive> exclusive) {
        return new WireType<>("thing", DocumentKind.AGREEMENT, "a thing", Object::new, b -> b, properties, exclusive);
    }

    static List<Property<Object, Object>> properties(int n) {
        return IntStream.range(0, n).mapToObj(i -> property("p" + i)).toList();
    }

    @Test
    void aTable_hasOneTo64Properties() {
        assertThat(table(properties(64), List.of()).names()).hasSize(64).startsWith("p0", "p1");
        assertThat(table(properties(1), List.of()).names()).containsExactly("p0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> table(properties(65), List.of()))
                .withMessage("thing: 1 to 64 properties");
        assertThatIllegalArgumentException().isThrownBy(() -> table(properties(0), List.of()));
    }

    @Test
    void aTable_namesEachPropertyOnce_andPairsOnlyItsOwn() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> table(List.of(property("a"), property("b"), property("a")), List.of()))
                .withMessage("thing: a property name appears twice");
        List<Property<Object, Object>> ab = List.of(property("a"), property("b"));
        assertThat(table(ab, List.of(new Exclusive("a", "b", "not both"))).exclusive())
                .hasSize(1);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> table(ab, List.of(new Exclusive("a", "c", "not both"))))
                .withMessageContaining("names a property the type does not have");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> table(ab, List.of(new Exclusive("c", "b", "not both"))))
                .withMessageContaining("names a property the type does not have");
    }

    @Test
    void theRequiredProperties_areThoseNeverLeftOut_inTheirOrder() {
        WireType<Object, Object> t = table(
                List.of(
                        property("a"),
                        new Property<>("b", Omitted.NEVER, (p, c, x) -> {}, (g, provider, n, v) -> {}),
                        property("c"),
                        new Property<>("d", Omitted.NEVER, (p, c, x) -> {}, (g, provider, n, v) -> {})),
                List.of());
        assertThat(t.required()).containsExactly("b", "d");
    }

    static String written(WireType.Writer<Object> writer, Object value) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.writeStartObject();
            writer.write(g, null, "x", value);
            g.writeEndObject();
        }
        return out.toString();
    }

    @Test
    void aDefault_isAnEnumConstantOrABoolean_andIsLeftOut() throws IOException {
        Property<Object, Object> flag = Property.withDefault("x", Boolean.FALSE, (p, c, b) -> {}, v -> v);
        assertThat(written(flag.writer(), false)).isEqualTo("{}");
        assertThat(written(flag.writer(), true)).isEqualTo("{\"x\":true}");
        Property<Object, Object> kind = Property.withDefault("x", Omitted.NEVER, (p, c, b) -> {}, v -> v);
        assertThat(written(kind.writer(), Omitted.NEVER)).isEqualTo("{}");
        assertThat(written(kind.writer(), Omitted.ZERO)).isEqualTo("{\"x\":\"ZERO\"}");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Property.withDefault("x", 0, (p, c, b) -> {}, v -> v))
                .withMessage("x: a default is an enum constant or a boolean");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Member.withDefault("x", "none", v -> v))
                .withMessage("x: a default is an enum constant or a boolean");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Property<>("x", Omitted.DEFAULT, (p, c, b) -> {}, (g, provider, n, v) -> {}));
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> new Property<>("x", Omitted.ABSENT, true, (p, c, b) -> {}, (g, provider, n, v) -> {}));
    }

    enum Shape {
        CIRCLE,
        SQUARE
    }

    static final Field<Shape> KIND = new Field<>("kind", Shape.class, (p, c) -> null);

    static final Messages<Shape> WORDS = new Messages<>() {
        @Override
        public String unexpected(Shape kind, String property, List<String> takes) {
            return "unexpected";
        }

        @Override
        public String missing(Shape kind, String property, List<String> required) {
            return "missing";
        }

        @Override
        public String noneOf(Shape kind, List<String> names) {
            return "none of";
        }
    };

    static Field<String> field(String name) {
        return new Field<>(name, String.class, (p, c) -> name);
    }

    static Variant<CharSequence, Shape, String> variant(Shape kind, List<String> takes, List<String> atLeastOne) {
        List<Member<String>> members = takes.stream()
                .map(n -> new Member<String>(n, Omitted.ABSENT, (g, provider, x, v) -> {}))
                .toList();
        return new Variant<>(kind, String.class, members, atLeastOne, values -> kind.name());
    }

    static WireUnion<CharSequence, Shape> union(
            List<Field<?>> fields, List<Variant<CharSequence, Shape, ? extends CharSequence>> variants) {
        return new WireUnion<>(
                "shape", DocumentKind.AGREEMENT, "a shape", KIND, s -> Shape.CIRCLE, fields, variants, WORDS);
    }

    static final List<Variant<CharSequence, Shape, ? extends CharSequence>> BOTH = List.of(
            variant(Shape.CIRCLE, List.of("radius"), List.of()), variant(Shape.SQUARE, List.of("side"), List.of()));

    @Test
    void aUnionsNames_areItsKindThenItsFields_inOrder() {
        WireUnion<CharSequence, Shape> u = union(List.of(field("radius"), field("side")), BOTH);
        assertThat(u.names()).containsExactly("kind", "radius", "side");
        assertThat(u.variant(Shape.SQUARE).names()).containsExactly("side");
        assertThat(u.variant(Shape.CIRCLE).kind()).isEqualTo(Shape.CIRCLE);
    }

    @Test
    void aUnion_hasAtMost64Names_eachOnce() {
        List<Field<?>> fields = new ArrayList<>(List.of(field("radius"), field("side")));
        IntStream.range(0, 61).forEach(i -> fields.add(field("f" + i)));
        assertThat(union(fields, BOTH).names()).hasSize(64).startsWith("kind", "radius", "side", "f0");
        fields.add(field("f61"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> union(fields, BOTH))
                .withMessage("shape: a property name appears twice, or more than 64");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> union(List.of(field("radius"), field("side"), field("radius")), BOTH));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> union(List.of(field("kind"), field("radius"), field("side")), BOTH));
    }

    @Test
    void everyKind_hasOneVariant_takingOnlyTheUnionsFields() {
        List<Field<?>> fields = List.of(field("radius"), field("side"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> union(fields, List.of(variant(Shape.CIRCLE, List.of("radius"), List.of()))))
                .withMessage("shape: not every kind has a variant");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> union(
                        fields,
                        List.of(
                                variant(Shape.CIRCLE, List.of("radius"), List.of()),
                                variant(Shape.CIRCLE, List.of("radius"), List.of()),
                                variant(Shape.SQUARE, List.of("side"), List.of()))))
                .withMessage("shape: two variants of CIRCLE");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> union(
                        fields,
                        List.of(
                                variant(Shape.CIRCLE, List.of("diameter"), List.of()),
                                variant(Shape.SQUARE, List.of("side"), List.of()))))
                .withMessage("shape: CIRCLE takes diameter, no field");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> union(
                        fields,
                        List.of(
                                variant(Shape.CIRCLE, List.of("kind"), List.of()),
                                variant(Shape.SQUARE, List.of("side"), List.of()))))
                .withMessage("shape: CIRCLE takes kind, no field");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> union(
                        fields,
                        List.of(
                                variant(Shape.CIRCLE, List.of("radius"), List.of("side")),
                                variant(Shape.SQUARE, List.of("side"), List.of()))))
                .withMessage("shape: CIRCLE needs one of properties it lacks");
        assertThat(union(
                                fields,
                                List.of(
                                        variant(Shape.CIRCLE, List.of("radius", "side"), List.of("radius", "side")),
                                        variant(Shape.SQUARE, List.of("side"), List.of())))
                        .variant(Shape.CIRCLE)
                        .atLeastOne())
                .containsExactly("radius", "side");
    }

    @Test
    void theValuesReadFromAnObject_answerOnlyTheUnionsFields() {
        Field<String> radius = field("radius");
        Field<String> side = field("side");
        Values values = new Values(List.of(radius, side), new Object[] {"2", null});
        assertThat(values.get(radius)).isEqualTo("2");
        assertThat(values.get(side)).isNull();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> values.get(field("radius")))
                .withMessage("no field radius");
    }
}
