package dev.pacta.json.internal.deser;

import static dev.pacta.core.gen.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.pacta.core.gen.Coverage;
import dev.pacta.core.gen.Gens;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The hand-written checks and caches of the event reader agree with what they replace. */
class EventReadingTest {

    @Test
    void isRef_agreesWithThePattern() {
        Coverage coverage = Coverage.forCaller()
                .atLeast("a ref", true, 0.20)
                .atLeast("a ref", false, 0.70)
                .atLeast("id part of 64 or 65 characters", 0.04)
                .atLeast("instance number of 9 or 10 digits", 0.025);
        qt(3000).forAll(refLike()).checkAssert(text -> {
            boolean matches = EventDeserializer.REF_FORM.matcher(text).matches();
            coverage.count("a ref", matches);
            int hash = text.indexOf('#');
            int idLength = hash < 0 ? text.length() : hash;
            coverage.count("id part of 64 or 65 characters", idLength == 64 || idLength == 65);
            coverage.count("instance number of 9 or 10 digits", hash >= 0 && text.matches(".*#[1-9][0-9]{8,9}"));
            assertThat(EventDeserializer.isRef(text)).as(text).isEqualTo(matches);
        });
        coverage.check();
    }

    @Test
    void isRef_edges() {
        assertThat(EventDeserializer.isRef("approve-mockup#2")).isTrue();
        assertThat(EventDeserializer.isRef("e12")).isTrue();
        assertThat(EventDeserializer.isRef("a".repeat(64) + "#123456789")).isTrue();
        assertThat(EventDeserializer.isRef("a".repeat(65))).isFalse();
        assertThat(EventDeserializer.isRef("a#0")).isFalse();
        assertThat(EventDeserializer.isRef("a#1234567890")).isFalse();
        assertThat(EventDeserializer.isRef("a#")).isFalse();
        assertThat(EventDeserializer.isRef("#1")).isFalse();
        assertThat(EventDeserializer.isRef("a#1#2")).isFalse();
        assertThat(EventDeserializer.isRef("")).isFalse();
        assertThat(EventDeserializer.isRef("-a")).isFalse();
    }

    /** Strings of the given characters, of 0 to {@code max} characters, short ones more often. */
    private static Gen<String> strings(String chars, int max) {
        Gen<String> piece = Generate.pick(
                chars.chars().mapToObj(c -> String.valueOf((char) c)).toList());
        Gen<Integer> sizes = Gens.weighted(
                Pair.of(1, Generate.constant(0)), Pair.of(3, Generate.range(0, 4)), Pair.of(6, Generate.range(0, max)));
        return lists().of(piece).ofSizes(sizes).map(cs -> String.join("", cs));
    }

    /**
     * Texts near the form of a ref: any string of {@code aZ09._-#1é } (as before), and as often a string built like a
     * ref whose id part is 0 to 66 characters long (the limit is 64) and whose instance part, if any, is 0 to 11
     * digits (the limit is 9), sometimes with a leading zero or a second {@code #}.
     */
    static Gen<String> refLike() {
        Gen<String> any = strings("aZ09._-#1é ", 80);
        Gen<Integer> idLengths = Gens.weighted(
                Pair.of(1, Generate.constant(0)),
                Pair.of(4, Generate.range(1, 12)),
                Pair.of(2, Generate.range(62, 66)));
        Gen<String> first = Gens.frequency(9, Gens.of("a", "Z", "0", "9"), 1, Gens.of(".", "_", "-"));
        Gen<String> rest = Generate.pick(List.of("a", "Z", "0", "9", ".", "_", "-"));
        Gen<String> id = idLengths.flatMap(n -> n == 0
                ? Generate.constant("")
                : first.zip(lists().of(rest).ofSize(n - 1), (f, r) -> f + String.join("", r)));
        Gen<String> digits = lists().of(Generate.pick(List.of("0", "1", "5", "9")))
                .ofSizeBetween(0, 11)
                .map(ds -> String.join("", ds));
        Gen<String> number = Gens.frequency(4, Gens.of("1", "5", "9"), 1, Generate.constant("0"))
                .zip(digits, (d, ds) -> d + ds);
        Gen<String> suffix = Gens.weighted(
                Pair.of(3, Generate.constant("")),
                Pair.of(5, number.map(n -> "#" + n)),
                Pair.of(1, Generate.constant("#")),
                Pair.of(1, number.zip(number, (a, b) -> "#" + a + "#" + b)));
        Gen<String> near = id.zip(suffix, (i, s) -> i + s);
        return Gens.frequency(1, any, 1, near);
    }

    @Test
    void textCache_findsWhatWasPutByTheParsersCharacters() throws IOException {
        TextCache<String> cache = new TextCache<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            texts.add("kind." + i);
        }
        String json =
                "[" + String.join(",", texts.stream().map(t -> "\"" + t + "\"").toList()) + ", \"other\", 5]";
        try (JsonParser p = new JsonFactory().createParser(json)) {
            p.nextToken();
            for (String text : texts) {
                p.nextToken();
                assertThat(cache.get(p)).isNull();
                cache.put(p.getText(), text.toUpperCase());
            }
        }
        try (JsonParser p = new JsonFactory().createParser(json.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            p.nextToken();
            for (String text : texts) {
                p.nextToken();
                assertThat(cache.get(p)).isEqualTo(text.toUpperCase());
            }
            assertThat(p.nextToken()).isEqualTo(JsonToken.VALUE_STRING);
            assertThat(cache.get(p)).isNull();
            assertThat(p.nextToken()).isEqualTo(JsonToken.VALUE_NUMBER_INT);
            assertThat(cache.get(p)).isNull();
        }
    }

    @Test
    void textCache_stopsGrowingAtItsLimit() throws IOException {
        TextCache<String> cache = new TextCache<>();
        for (int i = 0; i < TextCache.MAX_ENTRIES + 10; i++) {
            cache.put("t" + i, "v" + i);
        }
        try (JsonParser p = new JsonFactory().createParser("[\"t0\", \"t" + (TextCache.MAX_ENTRIES + 5) + "\"]")) {
            p.nextToken();
            p.nextToken();
            assertThat(cache.get(p)).isEqualTo("v0");
            p.nextToken();
            assertThat(cache.get(p)).isNull();
        }
    }
}
