package dev.pacta.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One example per rejection of the strict reader, each asserting the code, JSON path, line and column.
 *
 * <p>The base document's lines: 13 {@code "id": "o1"}, 18 the trigger, 19 the deadline, 20 the fulfilling kinds.
 */
class RejectionTest {
    static final String BASE = """
            {
              "pacta": "agreement/1",
              "id": "a1",
              "title": "T",
              "zone": "UTC",
              "effectiveDate": "2026-03-02",
              "parties": [
                {"id": "c", "name": "C", "role": "CLIENT"},
                {"id": "p", "name": "P", "role": "PROVIDER"}
              ],
              "obligations": [
                {
                  "id": "o1",
                  "title": "O",
                  "category": "APPROVAL",
                  "obligor": "c",
                  "beneficiary": "p",
                  "trigger": {"kind": "ON_EVENT", "event": "draft.submitted"},
                  "deadline": {"businessDays": 2},
                  "fulfilledBy": ["draft.approved"]
                }
              ]
            }
            """;

    static final String TIMELINE = """
            {
              "pacta": "timeline/1",
              "events": [
                {"id": "e1", "at": "2026-03-04", "kind": "draft.submitted", "actor": "p"}
              ]
            }
            """;

    private static PactaJsonException agreementError(String json) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> PactaJson.AGREEMENT.read(json));
        assertThat(thrown).isInstanceOf(PactaJsonException.class);
        return (PactaJsonException) thrown;
    }

    private static PactaJsonException timelineError(String json) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> PactaJson.TIMELINE.read(json));
        assertThat(thrown).isInstanceOf(PactaJsonException.class);
        return (PactaJsonException) thrown;
    }

    private static String replace(String from, String to) {
        assertThat(BASE).contains(from);
        return BASE.replace(from, to);
    }

    private static void assertProblem(PactaJsonException e, String code, String path, int line, int column) {
        assertThat(List.of(e.code(), e.path(), e.line(), e.column()))
                .as(e.getMessage())
                .containsExactly(code, path, line, column);
    }

    @Test
    void base_isValid() {
        assertThat(PactaJson.AGREEMENT.read(BASE).obligations()).hasSize(1);
        assertThat(PactaJson.TIMELINE.read(TIMELINE).events()).hasSize(1);
    }

    @Test
    void unknownProperty_rejected() {
        PactaJsonException e = agreementError(replace("\"title\": \"O\",", "\"title\": \"O\", \"colour\": \"red\","));
        assertProblem(e, "UNKNOWN_PROPERTY", "$.obligations[0].colour", 14, 21);
        assertThat(e.getMessage()).contains("unknown property 'colour' in an obligation; expected one of id, title");
    }

    @Test
    void duplicateKey_rejected() {
        PactaJsonException e = agreementError(replace("\"title\": \"O\",", "\"title\": \"O\", \"title\": \"P\","));
        assertProblem(e, "DUPLICATE_PROPERTY", "$.obligations[0].title", 14, 21);
        assertThat(e.getMessage()).contains("property 'title' appears twice");
    }

    @Test
    void trailingTokens_rejected() {
        PactaJsonException e = agreementError(BASE + "{}");
        assertProblem(e, "TRAILING_TOKENS", "$", 24, 1);
        assertThat(e.getMessage()).contains("unexpected content after the end of the document: found an object");
    }

    @Test
    void nullForRequired_rejected() {
        PactaJsonException e = agreementError(replace("\"obligor\": \"c\"", "\"obligor\": null"));
        assertProblem(e, "NULL_VALUE", "$.obligations[0].obligor", 16, 18);
    }

    @Test
    void missingRequired_rejected() {
        PactaJsonException e = agreementError(replace("\"obligor\": \"c\",", ""));
        assertProblem(e, "MISSING_PROPERTY", "$.obligations[0].obligor", 12, 5);
        assertThat(e.getMessage()).contains("missing required property 'obligor' in an obligation");
    }

    @Test
    void floatForInteger_rejected() {
        PactaJsonException e = agreementError(replace("\"businessDays\": 2}", "\"businessDays\": 2.5}"));
        assertProblem(e, "WRONG_TYPE", "$.obligations[0].deadline.businessDays", 19, 36);
        assertThat(e.getMessage())
                .isEqualTo("$.obligations[0].deadline.businessDays: expected a whole number of business days from 0"
                        + " to 2610, was 2.5 (line 19, column 36)");
    }

    @Test
    void stringForInteger_rejected() {
        PactaJsonException e = agreementError(replace("\"businessDays\": 2}", "\"businessDays\": \"2\"}"));
        assertProblem(e, "WRONG_TYPE", "$.obligations[0].deadline.businessDays", 19, 36);
    }

    @Test
    void integerOutOfRange_rejected() {
        PactaJsonException e = agreementError(replace("\"businessDays\": 2}", "\"businessDays\": 3651}"));
        assertProblem(e, "OUT_OF_RANGE", "$.obligations[0].deadline.businessDays", 19, 36);
    }

    @Test
    void emptyDate_rejected() {
        PactaJsonException e = agreementError(replace("\"2026-03-02\"", "\"\""));
        assertProblem(e, "INVALID_VALUE", "$.effectiveDate", 6, 20);
        assertThat(e.getMessage()).contains("expected a date yyyy-MM-dd, was ''");
    }

    @Test
    void numericDate_rejected() {
        PactaJsonException e = agreementError(replace("\"2026-03-02\"", "20260302"));
        assertProblem(e, "WRONG_TYPE", "$.effectiveDate", 6, 20);
    }

    @Test
    void impossibleDate_rejected() {
        PactaJsonException e = agreementError(replace("\"2026-03-02\"", "\"2024-02-30\""));
        assertProblem(e, "INVALID_VALUE", "$.effectiveDate", 6, 20);
        assertThat(e.getMessage()).contains("was '2024-02-30'");
    }

    @Test
    void timestampForDate_rejected() {
        PactaJsonException e = agreementError(replace("\"2026-03-02\"", "\"2026-03-02T00:00:00Z\""));
        assertProblem(e, "INVALID_VALUE", "$.effectiveDate", 6, 20);
        assertThat(e.getMessage()).contains("expected a date yyyy-MM-dd without a time");
    }

    @Test
    void lenientTimes_rejected() {
        for (String lenient : List.of(
                "2026-03-04T15:30+01:00", // no seconds
                "2026-03-04T15:30:00", // no offset
                "2026-03-04 15:30:00+01:00", // space
                "2026-03-04T24:00:00Z", // hour 24
                "2026-03-04t15:30:00z", // lower case
                "2026-03-04T15:30:00+1:00", // short offset
                "2026-03-04T15:30:00+01:00[Europe/Paris]", // zone id
                "2026-3-4")) {
            PactaJsonException e = timelineError(TIMELINE.replace("\"2026-03-04\"", "\"" + lenient + "\""));
            assertProblem(e, "INVALID_VALUE", "$.events[0].at", 4, 24);
        }
    }

    @Test
    void unknownMarker_rejected() {
        PactaJsonException e = agreementError(replace("agreement/1", "agreement/2"));
        assertProblem(e, "UNKNOWN_MARKER", "$.pacta", 2, 12);
        assertThat(e.getMessage())
                .contains("unknown format marker 'agreement/2'; expected agreement/1")
                .contains("agreement/1, timeline/1");
    }

    @Test
    void otherKindOfDocument_rejected() {
        PactaJsonException e = agreementError(TIMELINE);
        assertProblem(e, "WRONG_DOCUMENT", "$.pacta", 2, 12);
        assertThat(e.getMessage()).contains("this is a timeline/1 document, expected agreement/1");
    }

    @Test
    void missingMarker_rejected() {
        PactaJsonException e = agreementError(replace("\"pacta\": \"agreement/1\",", ""));
        assertProblem(e, "MISSING_MARKER", "$", 1, 1);
        assertThat(e.getMessage())
                .contains("the document has no \"pacta\" property; expected \"pacta\": \"agreement/1\"");
    }

    @Test
    void markerNotFirst_read() {
        // Keys sorted by a tool (jq -S): the marker is found anywhere at the top level; see OrdinaryToolsTest.
        String sorted = replace(
                "\"pacta\": \"agreement/1\",\n  \"id\": \"a1\",", "\"id\": \"a1\",\n  \"pacta\": \"agreement/1\",");
        assertThat(PactaJson.AGREEMENT.read(sorted)).isEqualTo(PactaJson.AGREEMENT.read(BASE));
    }

    @Test
    void unknownEnumKind_rejected() {
        PactaJsonException e = agreementError(replace("\"ON_EVENT\"", "\"ON_EMAIL\""));
        assertProblem(e, "UNKNOWN_KIND", "$.obligations[0].trigger.kind", 18, 27);
        assertThat(e.getMessage()).contains("one of ON_EFFECTIVE_DATE, ON_EVENT");
    }

    @Test
    void lowerCaseEnum_rejected() {
        PactaJsonException e = agreementError(replace("\"APPROVAL\"", "\"approval\""));
        assertProblem(e, "UNKNOWN_KIND", "$.obligations[0].category", 15, 19);
    }

    @Test
    void tooDeep_rejectedWhereTheNestingStarts() {
        // Pacta's documents nest about 10 deep, so a deep structure is always out of place: it is rejected at its
        // first bracket, without descending into it (no recursion, whatever the depth).
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        PactaJsonException e = agreementError(replace("\"T\"", deep));
        assertProblem(e, "WRONG_TYPE", "$.title", 4, 12);
    }

    @Test
    void tooDeep_rejectedByTheParserLimit() {
        // Where nesting is allowed (here: before the document's own shape is checked), the parser's limit of 64 holds.
        String deep = "[".repeat(65) + "]".repeat(65);
        PactaJsonException e = (PactaJsonException) org.assertj.core.api.Assertions.catchThrowable(
                () -> dev.pacta.json.internal.document.Documents.skim(deep));
        assertProblem(e, "LIMIT_EXCEEDED", "$" + "[0]".repeat(64), 1, 65);
        assertThat(e.getMessage()).contains("nesting depth (65) exceeds the maximum allowed (64)");
    }

    @Test
    void tooLongString_rejected() {
        PactaJsonException e = agreementError(replace("\"T\"", "\"" + "x".repeat(70_000) + "\""));
        assertProblem(e, "LIMIT_EXCEEDED", "$.title", 4, 12);
        assertThat(e.getMessage()).contains("string value length").contains("65536");
    }

    @Test
    void tooLongNumber_rejected() {
        PactaJsonException e =
                agreementError(replace("\"businessDays\": 2}", "\"businessDays\": 1" + "0".repeat(60) + "}"));
        assertProblem(e, "LIMIT_EXCEEDED", "$.obligations[0].deadline.businessDays", 19, 36);
        assertThat(e.getMessage()).contains("number value length").contains("40");
    }

    @Test
    void hugeExponent_rejectedBeforeArithmetic() {
        String json = replace(
                        "\"deadline\": {\"businessDays\": 2}",
                        "\"deadline\": {\"businessDays\": 2}, \"category\": \"PAYMENT\"")
                .replace("\"category\": \"APPROVAL\",", "\"percentOfValue\": 1e999999999,");
        PactaJsonException e = agreementError(json);
        assertProblem(e, "OUT_OF_RANGE", "$.obligations[0].percentOfValue", 15, 25);
    }

    @Test
    void moneyWithTooManyDecimals_rejected() {
        PactaJsonException e =
                agreementError(replace("\"zone\": \"UTC\",", "\"zone\": \"UTC\", \"value\": \"JPY 100.5\","));
        assertProblem(e, "INVALID_VALUE", "$.value", 5, 27);
        assertThat(e.getMessage()).contains("amount 100.5 has more decimals than JPY allows (0)");
    }

    @Test
    void abbreviatedZone_rejected() {
        for (String zone : List.of("EST", "+01:00", "GMT+1", "Europe/Atlantis", "")) {
            PactaJsonException e = agreementError(replace("\"UTC\"", "\"" + zone + "\""));
            assertProblem(e, "INVALID_VALUE", "$.zone", 5, 11);
        }
    }

    @Test
    void triggerPropertyOfAnotherKind_rejected() {
        PactaJsonException e = agreementError(replace("\"event\": \"draft.submitted\"", "\"milestone\": \"m1\""));
        assertProblem(e, "UNEXPECTED_PROPERTY", "$.obligations[0].trigger.milestone", 18, 18);
        assertThat(e.getMessage()).contains("does not apply to a ON_EVENT trigger; it takes 'event'");
    }

    @Test
    void truncated_rejected() {
        PactaJsonException e = agreementError(BASE.substring(0, BASE.indexOf("\"deadline\"")));
        assertThat(e.code()).isEqualTo("TRUNCATED");
        assertThat(e.path()).isEqualTo("$.obligations[0].trigger");
        assertThat(e.line()).isEqualTo(19);
    }

    @Test
    void emptyDocument_rejected() {
        assertProblem(agreementError("  "), "EMPTY_DOCUMENT", "$", 1, 3);
        assertProblem(agreementError("[]"), "WRONG_TYPE", "$", 1, 1);
        assertProblem(agreementError("null"), "WRONG_TYPE", "$", 1, 1);
    }

    @Test
    void comments_andSingleQuotes_rejected() {
        assertThat(agreementError("// x\n" + BASE).code()).isEqualTo("SYNTAX");
        assertThat(agreementError(BASE.replace("\"T\"", "'T'")).code()).isEqualTo("SYNTAX");
    }

    @Test
    void duplicateEventIds_allReported() {
        String json = """
                {
                  "pacta": "timeline/1",
                  "events": [
                    {"id": "e1", "at": "2026-03-04", "kind": "a", "actor": "p"},
                    {"id": "e1", "at": "2026-03-05", "kind": "b", "actor": "p"},
                    {"id": "e2", "at": "2026-03-05", "kind": "b", "actor": "p"},
                    {"id": "e2", "at": "2026-03-06", "kind": "c", "actor": "p"}
                  ]
                }
                """;
        PactaJsonException e = timelineError(json);
        assertThat(e.problems())
                .extracting(JsonProblem::code, JsonProblem::path, JsonProblem::line, JsonProblem::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("DUPLICATE_ID", "$.events[1].id", 5, 12),
                        org.assertj.core.groups.Tuple.tuple("DUPLICATE_ID", "$.events[3].id", 7, 12));
    }

    @Test
    void domainProblems_allReportedWithPathsAndLocations() {
        String json = replace("\"obligor\": \"c\"", "\"obligor\": \"acme\"")
                .replace("{\"id\": \"p\", \"name\"", "{\"id\": \"c\", \"name\"");
        PactaJsonException e = agreementError(json);
        assertThat(e.problems())
                .extracting(JsonProblem::code, JsonProblem::path, JsonProblem::line, JsonProblem::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("DUPLICATE_ID", "$.parties[1].id", 9, 12),
                        org.assertj.core.groups.Tuple.tuple("UNKNOWN_PARTY", "$.obligations[0].obligor", 16, 18),
                        org.assertj.core.groups.Tuple.tuple("UNKNOWN_PARTY", "$.obligations[0].beneficiary", 17, 22));
        assertThat(e.getMessage())
                .startsWith("agreement 'a1' is invalid (3 problems):")
                .contains("$.obligations[0].obligor: obligation 'o1': obligor 'acme' is not a party of agreement 'a1';"
                        + " parties are [c, c] (line 16, column 18) [UNKNOWN_PARTY]");
    }

    @Test
    void detectKind_readsOnlyTheMarker() {
        assertThat(PactaJson.detectKind(BASE)).isEqualTo(DocumentKind.AGREEMENT);
        assertThat(PactaJson.detectKind(TIMELINE)).isEqualTo(DocumentKind.TIMELINE);
        assertThat(PactaJson.detectKind("{\"pacta\": \"timeline/1\", \"broken\": "))
                .isEqualTo(DocumentKind.TIMELINE);
        assertThatThrownBy(() -> PactaJson.detectKind("{\"pacta\": \"report/9\"}"))
                .isInstanceOf(PactaJsonException.class)
                .hasMessageContaining("unknown format marker 'report/9'; this version reads agreement/1, timeline/1");
        assertThatThrownBy(() -> PactaJson.detectKind("{\"id\": 1}"))
                .isInstanceOf(PactaJsonException.class)
                .hasMessageContaining("missing format marker");
    }

    @Test
    void invalidUtf8_rejected() {
        byte[] bytes = BASE.replace("\"T\"", "\"T?\"").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int at = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).indexOf("T?") + 1;
        bytes[at] = (byte) 0xC3; // a lead byte followed by '"': malformed
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> PactaJson.AGREEMENT.read(new java.io.ByteArrayInputStream(bytes)));
        assertThat(thrown).isInstanceOf(PactaJsonException.class);
        assertProblem((PactaJsonException) thrown, "INVALID_ENCODING", "$", 4, 14);
    }
}
