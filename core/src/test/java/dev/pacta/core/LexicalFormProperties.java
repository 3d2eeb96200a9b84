package dev.pacta.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.model.Event;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written lexical checks agree with the documented regular expressions. */
class LexicalFormProperties {
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("aZz09._-#/ Aé").ofMinLength(0).ofMaxLength(70);
    }

    @Property(tries = 2000)
    void identifier_isValid_agreesWithTheRegex(@ForAll("texts") String text) {
        assertThat(Identifier.isValid(text))
                .isEqualTo(Identifier.LEXICAL_FORM.matcher(text).matches());
    }

    @Property(tries = 2000)
    void event_isKind_agreesWithTheRegex(@ForAll("texts") String text) {
        assertThat(Event.isKind(text)).isEqualTo(Event.KIND_FORM.matcher(text).matches());
    }
}
