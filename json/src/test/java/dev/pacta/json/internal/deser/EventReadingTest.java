package dev.pacta.json.internal.deser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The hand-written checks and caches of the event reader agree with what they replace. */
class EventReadingTest {

    @Property(tries = 3000)
    void isRef_agreesWithThePattern(@ForAll("refLike") String text) {
        assertThat(EventDeserializer.isRef(text))
                .as(text)
                .isEqualTo(EventDeserializer.REF_FORM.matcher(text).matches());
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

    @Provide
    Arbitrary<String> refLike() {
        return Arbitraries.strings().withChars("aZ09._-#1é ").ofMinLength(0).ofMaxLength(80);
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
