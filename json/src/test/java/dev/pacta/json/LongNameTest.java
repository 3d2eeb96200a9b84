package dev.pacta.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.pacta.json.internal.Limits;
import org.junit.jupiter.api.Test;

/**
 * A property name longer than {@link Limits#MAX_NAME_LENGTH} is rejected ({@code LIMIT_EXCEEDED}) at the name's opening
 * quote, whatever comes before it on its line: escaped quotes, long values, other names.
 */
class LongNameTest {
    static final String LONG = "k".repeat(Limits.MAX_NAME_LENGTH + 1);

    static String timeline(String eventLine) {
        return "{\n  \"pacta\": \"timeline/1\",\n  \"events\": [\n" + eventLine + "\n  ]\n}\n";
    }

    static PactaJsonException error(String json) {
        return catchThrowableOfType(PactaJsonException.class, () -> PactaJson.readTimeline(json));
    }

    /** Asserts the problem is the name-length limit, on line 4, at the column of {@code "<LONG>}. */
    static void assertAtTheName(String eventLine) {
        PactaJsonException e = error(timeline(eventLine));
        assertThat(e).as(eventLine).isNotNull();
        assertThat(e.code()).as(e.getMessage()).isEqualTo("LIMIT_EXCEEDED");
        assertThat(e.getMessage()).contains("name length");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).as(e.getMessage()).isEqualTo(eventLine.indexOf("\"" + LONG) + 1);
    }

    @Test
    void aTooLongName_isReportedAtItsOpeningQuote() {
        assertAtTheName("    {\"id\": \"e1\", \"" + LONG + "\": 1}");
    }

    @Test
    void aTooLongName_afterAnEscapedQuoteAndALongValueOnItsLine() {
        String value = "v".repeat(Limits.MAX_NAME_LENGTH + 40);
        assertAtTheName(
                "    {\"id\": \"e\\\"1\", \"note\": \"" + value + "\", \"kind\": \"a\\\\\", \"" + LONG + "\": 1}");
    }

    @Test
    void aTooLongName_withSpaceBeforeItsColon() {
        assertAtTheName("    {\"id\": \"e1\", \"" + LONG + "\"   : 1}");
    }

    @Test
    void aTooLongName_atTheStartOfItsLine() {
        PactaJsonException e = error(timeline("    {\"id\": \"e1\",\n\"" + LONG + "\": 1}"));
        assertThat(e.code()).as(e.getMessage()).isEqualTo("LIMIT_EXCEEDED");
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.column()).isEqualTo(1);
    }

    @Test
    void aNameOfTheLimitsLength_isNotTooLong() {
        String name = "k".repeat(Limits.MAX_NAME_LENGTH);
        PactaJsonException e = error(timeline("    {\"id\": \"e1\", \"" + name + "\": 1}"));
        assertThat(e.code()).as(e.getMessage()).isNotEqualTo("LIMIT_EXCEEDED");
    }
}
