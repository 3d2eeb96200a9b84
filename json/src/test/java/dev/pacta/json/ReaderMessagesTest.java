package dev.pacta.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.pacta.json.internal.Limits;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the reader says about input past its limits and about odd values: a property name longer than
 * {@link Limits#MAX_NAME_LENGTH} is rejected ({@code LIMIT_EXCEEDED}) at the name's opening quote, whatever comes before
 * it on its line; a limit's message names it in words; values and names in messages and paths are cut at 64
 * characters; a lone surrogate is named by its position; a wrong format marker is told even when an earlier property
 * fails too; brackets that close nothing, or the wrong thing, are named.
 */
class ReaderMessagesTest {
    static final String LONG = "k".repeat(Limits.MAX_NAME_LENGTH + 1);

    static String timeline(String eventLine) {
        return "{\n  \"pacta\": \"timeline/1\",\n  \"events\": [\n" + eventLine + "\n  ]\n}\n";
    }

    static PactaJsonException error(String json) {
        return catchThrowableOfType(PactaJsonException.class, () -> PactaJson.TIMELINE.read(json));
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

    /** 10,000 characters of note before the name on its line: past the parser's first buffer, so its column is off. */
    static final String FAR = "\"note\": \"" + "v".repeat(10_000) + "\", ";

    @Test
    void aTooLongName_isReportedAtItsOpeningQuote() {
        assertAtTheName("    {\"id\": \"e1\", \"" + LONG + "\": 1}");
        assertAtTheName("    {\"id\": \"e1\", " + FAR + "\"" + LONG + "\": 1}");
    }

    @Test
    void aTooLongName_afterAnEscapedQuoteAndALongValueOnItsLine() {
        assertAtTheName("    {\"id\": \"e\\\"1\", " + FAR + "\"kind\": \"a\\\\\", \"" + LONG + "\": 1}");
    }

    @Test
    void aTooLongName_withSpaceBeforeItsColon() {
        assertAtTheName("    {\"id\": \"e1\", " + FAR + "\"" + LONG + "\"   : 1}");
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

    static String message(String json) {
        return error(json).problems().get(0).message();
    }

    @Test
    void aLimitsMessage_namesTheLimitInWords_withoutTheReadersInternals() {
        String json = timeline("    {\"id\": \"e1\", \"note\": \"" + "x".repeat(70_000) + "\"}");
        assertThat(message(json))
                .isEqualTo("the document exceeds a limit of the reader: string value length (70000) exceeds the"
                        + " maximum allowed (65536)");
    }

    @Test
    void aValueInAMessage_isShownWholeUpTo64Characters_elseCut() {
        String whole = "w".repeat(64);
        assertThat(message(timeline("    \"" + whole + "\"")))
                .isEqualTo("expected an object (an event), was '" + whole + "'");
        String longer = "w".repeat(65);
        assertThat(message(timeline("    \"" + longer + "\"")))
                .isEqualTo("expected an object (an event), was '" + "w".repeat(61) + "...'");
    }

    @Test
    void aPropertyNameInAPath_isShownWholeUpTo64Characters_elseCut() {
        String whole = "a b" + "c".repeat(61);
        assertThat(error(timeline("    {\"id\": \"e1\", \"" + whole + "\": 1}")).path())
                .isEqualTo("$.events[0]['" + whole + "']");
        String longer = whole + "c";
        assertThat(error(timeline("    {\"id\": \"e1\", \"" + longer + "\": 1}"))
                        .path())
                .isEqualTo("$.events[0]['" + longer.substring(0, 61) + "...']");
    }

    @Test
    void aLoneSurrogate_isNamedByItsPosition() {
        String json = timeline("    {\"id\": \"e1\", \"at\": \"2026-03-04\", \"kind\": \"a\", \"actor\": \"p\","
                + " \"note\": \"ab\\uD800cd\"}");
        assertThat(message(json))
                .isEqualTo("expected a note: character 3 is a lone surrogate \\uD800, which I-JSON (RFC 7493, section"
                        + " 2.1) forbids: it is half of a character and no UTF-8 text can hold it");
    }

    @Test
    void aMarkerThatIsNotAString_isAskedForByItsForm() {
        assertThat(message("{\"pacta\": 1, \"events\": []}")).contains("a format marker such as \"timeline/1\"");
    }

    static void assertProblem(String json, String code, String path, String message) {
        PactaJsonException e = error(json);
        assertThat(List.of(e.code(), e.path(), e.problems().get(0).message()))
                .as(e.getMessage())
                .containsExactly(code, path, message);
    }

    @Test
    void aWrongMarkerAfterAFailingProperty_isWhatIsReported() {
        // Keys sorted (jq -S) put "events" before "pacta": the marker still decides what is said.
        assertProblem(
                "{\"events\": 5, \"pacta\": 1}",
                "WRONG_TYPE",
                "$.pacta",
                "expected a format marker such as \"timeline/1\", was 1");
        assertProblem(
                "{\"events\": 5, \"pacta\": \"agreement/1\"}",
                "WRONG_DOCUMENT",
                "$.pacta",
                "this is an agreement/1 document, expected timeline/1");
    }

    @Test
    void aDocumentThatIsNotAnObject_isAskedForItsStart() {
        assertProblem(
                "[]",
                "WRONG_TYPE",
                "$",
                "expected an object starting with {\"pacta\": \"timeline/1\", ...}, was an array");
    }

    @Test
    void closingBrackets_thatCloseNothingOrTheWrongThing_areNamed() {
        assertProblem("]", "SYNTAX", "$", "invalid JSON: unexpected ']': there is no array to close");
        assertProblem(
                "{\"pacta\": \"timeline/1\", \"events\": []}}",
                "SYNTAX",
                "$",
                "invalid JSON: unexpected '}': there is no object to close");
        assertProblem(
                "{\"pacta\": \"timeline/1\", \"events\": [}",
                "SYNTAX",
                "$.events",
                "invalid JSON: unexpected '}': expected ']' to close the array that starts at line 1, column 35");
        assertProblem(
                "{\"pacta\": \"timeline/1\", \"events\": []]",
                "SYNTAX",
                "$.events",
                "invalid JSON: unexpected ']': expected '}' to close the object that starts at line 1, column 1");
    }
}
