package dev.pacta.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.pacta.json.internal.Limits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the reader says about input past its limits and about odd values: a property name longer than
 * {@link Limits#MAX_NAME_LENGTH} is rejected ({@code LIMIT_EXCEEDED}) at the name's opening quote, whatever comes before
 * it on its line; a limit's message names it in words; values and names in messages and paths are cut at 64
 * characters; a lone surrogate is named by its position; a wrong format marker is told even when an earlier property
 * fails too; brackets that close nothing, or the wrong thing, are named; a string that is not valid JSON is a syntax
 * problem wherever it is.
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

    /** The problem of a document read from a String, a Reader and an InputStream: the same each time. */
    static JsonProblem problemOfEachSource(String json) throws IOException {
        JsonProblem fromString = error(json).problems().get(0);
        JsonProblem fromReader = catchThrowableOfType(
                        PactaJsonException.class, () -> PactaJson.TIMELINE.read(new StringReader(json)))
                .problems()
                .get(0);
        JsonProblem fromStream = catchThrowableOfType(
                        PactaJsonException.class,
                        () -> PactaJson.TIMELINE.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .problems()
                .get(0);
        assertThat(List.of(fromReader, fromStream)).as(json).containsOnly(fromString);
        return fromString;
    }

    @Test
    void aStringThatIsNotValidJson_isASyntaxProblemAtItsFault_whateverWasExpectedThere() throws IOException {
        String escape = "invalid JSON: unrecognized character escape 'q' (code 113)";
        String[][] cases = {
            // where the string is, its path, the column of the fault
            {"{\"pacta\": \"timeline/1\", \"events\": \"a\\qb\"}", "$.events", "38"},
            {"{\"pacta\": \"timeline/1\", \"events\": [\"a\\qb\"]}", "$.events[0]", "39"},
            {"\"a\\qb\"", "$", "4"},
            {"{\"pacta\": \"a\\qb\", \"events\": []}", "$.pacta", "14"},
            {"{\"pacta\": \"timeline/1\", \"events\": [{\"id\": \"e\", \"at\": \"a\\qb\"}]}", "$.events[0].at", "57"},
        };
        for (String[] c : cases) {
            JsonProblem problem = problemOfEachSource(c[0]);
            assertThat(List.of(problem.code(), problem.path(), problem.message(), problem.line(), problem.column()))
                    .as(c[0])
                    .containsExactly("SYNTAX", c[1], escape, 1, Integer.parseInt(c[2]));
        }
        JsonProblem tab = problemOfEachSource("{\"pacta\": \"timeline/1\", \"events\": \"a\tb\"}");
        assertThat(List.of(tab.code(), tab.path(), tab.column())).containsExactly("SYNTAX", "$.events", 37);
        assertThat(tab.message())
                .startsWith("invalid JSON: illegal unquoted character")
                .doesNotContain("VALUE_");
    }

    @Test
    void aStringThatIsNotValidJson_afterTheDocument_isNamedAsAString() throws IOException {
        JsonProblem problem = problemOfEachSource("{\"pacta\": \"timeline/1\", \"events\": []} \"a\\qb\"");
        assertThat(List.of(problem.code(), problem.message(), problem.column()))
                .containsExactly(
                        "TRAILING_TOKENS", "unexpected content after the end of the document: found a string", 39);
    }
}
