package dev.pacta.core;

import static dev.pacta.core.gen.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.pacta.core.gen.Coverage;
import dev.pacta.core.gen.Gens;
import dev.pacta.core.model.Event;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The hand-written lexical checks agree with the documented regular expressions.
 *
 * <p>Coverage floors sit about five standard deviations below the shares seen with the fixed seeds (run with {@code
 * -Dpacta.stats=true} to see them).
 */
class LexicalFormProperties {
    /** Every character the texts use: letters of both cases, digits, the allowed punctuation and a few others. */
    static final String ALL = "aZz09._-#/ Aé";

    /** The characters an identifier may hold. */
    static final String IDENTIFIER = "aZz09._-A";

    /** The characters an event kind may hold. */
    static final String KIND = "az09._-";

    static Gen<String> strings(String chars, int minLength, int maxLength) {
        List<Character> alphabet = chars.chars().mapToObj(c -> (char) c).toList();
        return lists().of(Generate.pick(alphabet))
                .ofSizeBetween(minLength, maxLength)
                .map(cs -> cs.stream().map(String::valueOf).collect(Collectors.joining()));
    }

    /** Texts of 63 to 65 characters, the first a letter or digit of the alphabet, the rest from it. */
    static Gen<String> nearTheLimit(String chars) {
        String alphanumeric = chars.replaceAll("[^A-Za-z0-9]", "");
        return strings(alphanumeric, 1, 1).zip(strings(chars, 62, 64), String::concat);
    }

    /**
     * Texts of up to 70 characters. Random characters alone almost never form a valid identifier beyond a few
     * characters, so more than half the texts draw from an identifier's or a kind's characters only, some of them
     * around the 64-character limit.
     */
    static Gen<String> texts() {
        return Gens.weighted(
                Pair.of(3, strings(ALL, 0, 8)),
                Pair.of(2, strings(ALL, 0, 70)),
                Pair.of(2, strings(IDENTIFIER, 0, 70)),
                Pair.of(2, strings(KIND, 0, 70)),
                Pair.of(1, nearTheLimit(IDENTIFIER)),
                Pair.of(1, nearTheLimit(KIND)));
    }

    @Test
    void identifier_isValid_agreesWithTheRegex() {
        Coverage coverage = Coverage.forCaller()
                .atLeast("valid", true, 0.31)
                .atLeast("valid", false, 0.58)
                .atLeast("64 characters, valid", 0.035)
                .atLeast("65 characters of an identifier's", 0.03);
        qt(2000).forAll(texts()).checkAssert(text -> {
            boolean valid = Identifier.LEXICAL_FORM.matcher(text).matches();
            assertThat(Identifier.isValid(text)).isEqualTo(valid);
            coverage.collect("valid", valid);
            coverage.count("64 characters, valid", text.length() == 64 && valid);
            coverage.count(
                    "65 characters of an identifier's",
                    text.length() == 65 && text.chars().allMatch(c -> IDENTIFIER.indexOf(c) >= 0));
        });
        coverage.check();
    }

    @Test
    void event_isKind_agreesWithTheRegex() {
        Coverage coverage = Coverage.forCaller()
                .atLeast("kind", true, 0.12)
                .atLeast("kind", false, 0.79)
                .atLeast("64 characters, a kind", 0.01)
                .atLeast("65 characters of a kind's", 0.015);
        qt(2000).forAll(texts()).checkAssert(text -> {
            boolean kind = Event.KIND_FORM.matcher(text).matches();
            assertThat(Event.isKind(text)).isEqualTo(kind);
            coverage.collect("kind", kind);
            coverage.count("64 characters, a kind", text.length() == 64 && kind);
            coverage.count(
                    "65 characters of a kind's",
                    text.length() == 65 && text.chars().allMatch(c -> KIND.indexOf(c) >= 0));
        });
        coverage.check();
    }
}
