package dev.pacta.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, "hostile input and clear errors": one test per defect found by trying the reader as a new user would,
 * with hostile documents and broken templates. Each test failed before its fix.
 */
class HostileInputTest {
    /** A scenario of the web template whose template reference is {@code reference}. */
    private static String scenario(String reference) {
        return """
                {
                  "pacta": "scenario/1",
                  "name": "hostile",
                  "template": "%s",
                  "parameters": {"clientName": "Acme"}
                }
                """.formatted(reference);
    }

    private static PactaJsonException scenarioError(Path file) {
        return catchThrowableOfType(PactaJsonException.class, () -> PactaJson.SCENARIO.read(file));
    }

    // ---------------------------------------------------------------- 1. a scenario's template stays in its root

    @Test
    void templateReference_dotDotOutOfTheScenariosFolder_isRefusedBeforeAnyFileIsOpened(@TempDir Path dir)
            throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.template.json"), "root:x:0:0:root:/root:/bin/bash\n");
        Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
        Path file = Files.writeString(scenarios.resolve("s.scenario.json"), scenario("../secret.template.json"));

        PactaJsonException e = scenarioError(file);

        assertThat(e.problems())
                .extracting(JsonProblem::code, JsonProblem::path, JsonProblem::line, JsonProblem::column)
                .containsExactly(tuple("TEMPLATE_OUTSIDE_ROOT", "$.template", 4, 15));
        assertThat(e.getMessage()).doesNotContain("root:x").doesNotContain("'root'");
        assertThat(secret).exists();
    }

    @Test
    void templateReference_deepDotDotAndAbsolute_areOutsideTheRoot(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("s.scenario.json");
        Files.writeString(file, scenario("../../../../../../../../etc/passwd"));
        assertThat(scenarioError(file).code()).isEqualTo("TEMPLATE_OUTSIDE_ROOT");
        Files.writeString(file, scenario("/etc/passwd"));
        assertThat(scenarioError(file).code()).isEqualTo("TEMPLATE_OUTSIDE_ROOT");
        Files.writeString(file, scenario("C:/Windows/win.ini"));
        assertThat(scenarioError(file).code()).isEqualTo("TEMPLATE_OUTSIDE_ROOT");
        // Inside the folder, then out and back in, is inside.
        Files.writeString(file, scenario("sub/../missing.template.json"));
        assertThat(scenarioError(file).code()).isEqualTo("TEMPLATE_NOT_FOUND");
    }

    @Test
    void templateReference_toAFileThatIsNoTemplate_neverQuotesItsContent(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n");
        Files.writeString(dir.resolve("other.json"), "{\"pacta\": \"agreement/1\", \"id\": \"secret-id\"}");
        Files.writeString(dir.resolve("object.json"), "{\"password\": \"hunter2\"}");
        Path file = dir.resolve("s.scenario.json");
        for (String reference : new String[] {"passwd", "other.json", "object.json"}) {
            Files.writeString(file, scenario(reference));

            PactaJsonException e = scenarioError(file);

            assertThat(e.problems())
                    .as(reference)
                    .extracting(JsonProblem::code, JsonProblem::path, JsonProblem::line, JsonProblem::column)
                    .containsExactly(tuple("NOT_A_TEMPLATE", "$.template", 4, 15));
            assertThat(e.getMessage())
                    .as(reference)
                    .doesNotContain("root")
                    .doesNotContain("secret-id")
                    .doesNotContain("password")
                    .doesNotContain("hunter2");
        }
    }

    @Test
    void templateReference_throughASymbolicLinkOutOfTheRoot_isNotFollowed(@TempDir Path dir) throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.copy(
                Path.of("src/test/resources/golden/templates/web-development.template.json"),
                outside.resolve("web.template.json"));
        Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
        try {
            Files.createSymbolicLink(scenarios.resolve("link"), outside);
        } catch (UnsupportedOperationException | IOException e) {
            return; // no symbolic links on this file system
        }
        Path file = Files.writeString(scenarios.resolve("s.scenario.json"), scenario("link/web.template.json"));

        assertThat(scenarioError(file).code()).isEqualTo("TEMPLATE_NOT_FOUND");
        // With a root that holds the target, the same reference is read.
        assertThat(PactaJson.SCENARIO.read(file, dir).name()).isEqualTo("hostile");
    }

    @Test
    void templateReference_upToAGivenRoot_isRead(@TempDir Path dir) throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.copy(
                Path.of("src/test/resources/golden/templates/web-development.template.json"),
                templates.resolve("web.template.json"));
        Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
        Path file = Files.writeString(scenarios.resolve("s.scenario.json"), scenario("../templates/web.template.json"));

        assertThat(scenarioError(file).code()).isEqualTo("TEMPLATE_OUTSIDE_ROOT");
        assertThat(PactaJson.SCENARIO.read(file, dir).name()).isEqualTo("hostile");
        assertThat(PactaJson.SCENARIO.readAll(scenarios, dir)).hasSize(1);
        assertThat(PactaJson.SCENARIO
                        .read(Files.readString(file), scenarios, dir)
                        .name())
                .isEqualTo("hostile");
    }

    /**
     * Found by fuzzing (stop 27): a NUL character (the JSON escape backslash-u0000) in a file reference made the reader throw
     * {@code InvalidPathException} while checking the root, before the reference could be reported. Templates and
     * calendars share the check.
     */
    @Test
    void fileReference_withANulCharacter_isAnInvalidValueAtTheReference(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("s.scenario.json");
        Files.writeString(file, scenario("web\\u0000.template.json"));

        assertThat(scenarioError(file).problems())
                .extracting(JsonProblem::code, JsonProblem::path, JsonProblem::line, JsonProblem::column)
                .containsExactly(tuple("INVALID_VALUE", "$.template", 4, 15));
        assertThat(scenarioError(file).getMessage()).contains("is not a file path on this system");

        Files.writeString(file, """
                {
                  "pacta": "scenario/1",
                  "name": "hostile",
                  "template": "web.template.json",
                  "calendars": ["es\\u0000md.calendar.json"],
                  "parameters": {"clientName": "Acme"}
                }
                """);
        assertThat(scenarioError(file).problems())
                .filteredOn(p -> p.path().startsWith("$.calendars"))
                .extracting(JsonProblem::code, JsonProblem::path)
                .containsExactly(tuple("INVALID_VALUE", "$.calendars[0]"));
    }

    // ---------------------------------------------------------------- 3. lone surrogates (I-JSON, RFC 7493 2.1)

    private static void assertProblem(PactaJsonException e, String code, String path, int line, int column) {
        assertThat(e).isNotNull();
        assertThat(java.util.List.of(e.code(), e.path(), e.line(), e.column()))
                .as(e.getMessage())
                .containsExactly(code, path, line, column);
    }

    private static PactaJsonException agreementError(String json) {
        return catchThrowableOfType(PactaJsonException.class, () -> PactaJson.AGREEMENT.read(json));
    }

    @Test
    void loneSurrogateEscape_inFreeText_isRefusedAtTheString() {
        String base = RejectionTest.BASE;
        // "title": "T" is on line 4, its value at column 12.
        for (String lone : new String[] {"\\ud800", "a\\udfff", "\\ud83d x", "\\ude00\\ud83d"}) {
            PactaJsonException e = agreementError(base.replace("\"title\": \"T\"", "\"title\": \"" + lone + "\""));
            assertProblem(e, "INVALID_VALUE", "$.title", 4, 12);
            assertThat(e.getMessage()).contains("lone surrogate").contains("RFC 7493");
        }
        PactaJsonException key = agreementError(
                base.replace("\"title\": \"T\",", "\"title\": \"T\", \"metadata\": {\"k\\ud800\": \"v\"},"));
        // Jackson's parser refuses a lone surrogate in a property name itself.
        assertThat(key.code()).as(key.getMessage()).isEqualTo("SYNTAX");
        assertThat(key.getMessage()).contains("surrogate");
        // A pair is one character, and reads.
        assertThat(PactaJson.AGREEMENT
                        .read(base.replace("\"title\": \"T\"", "\"title\": \"\\ud83d\\ude00\""))
                        .title())
                .isEqualTo("\ud83d\ude00");
    }

    @Test
    void loneSurrogateEscape_inATimelineOrAScenarioValue_isRefused() {
        PactaJsonException timeline = catchThrowableOfType(
                PactaJsonException.class,
                () -> PactaJson.TIMELINE.read(
                        RejectionTest.TIMELINE.replace("\"actor\": \"p\"", "\"actor\": \"p\", \"note\": \"\\ud800\"")));
        assertThat(timeline.code()).isEqualTo("INVALID_VALUE");
        assertThat(timeline.path()).isEqualTo("$.events[0].note");
        PactaJsonException scenario = catchThrowableOfType(
                PactaJsonException.class,
                () -> PactaJson.SCENARIO.read(
                        ScenarioJsonTest.webScenario("{\"clientName\": \"\\udbff\"}", "[]"),
                        ScenarioJsonTest.SCENARIOS,
                        ScenarioJsonTest.GOLDEN));
        assertProblem(scenario, "INVALID_VALUE", "$.parameters.clientName", 5, 32);
    }

    // ---------------------------------------------------------------- 4. every value problem in one pass

    @Test
    void threeBadValues_inOneAgreement_areThreeProblems() {
        String json = RejectionTest.BASE
                .replace("\"zone\": \"UTC\"", "\"zone\": \"EST\", \"value\": \"XAU 100\"")
                .replace("\"effectiveDate\": \"2026-03-02\"", "\"effectiveDate\": \"2026-02-30\"");

        PactaJsonException e = agreementError(json);

        assertThat(e.problems())
                .extracting(JsonProblem::code, JsonProblem::path, JsonProblem::line, JsonProblem::column)
                .containsExactly(
                        tuple("INVALID_VALUE", "$.zone", 5, 11),
                        tuple("INVALID_VALUE", "$.value", 5, 27),
                        tuple("INVALID_VALUE", "$.effectiveDate", 6, 20));
        assertThat(e.getMessage()).startsWith("agreement 'a1' is invalid (3 problems):");
    }

    @Test
    void badValues_inPartiesAndObligations_areReportedWithTheAgreements() {
        String json = RejectionTest.BASE
                .replace("\"zone\": \"UTC\"", "\"zone\": \"EST\"")
                .replace("\"role\": \"CLIENT\"", "\"role\": \"client\"")
                .replace("\"category\": \"APPROVAL\"", "\"category\": \"APPROVAL\", \"amount\": \"XAU 5\"");

        PactaJsonException e = agreementError(json);

        assertThat(e.problems())
                .extracting(JsonProblem::path)
                .containsExactly("$.zone", "$.parties[0].role", "$.obligations[0].amount");
    }

    @Test
    void aStructuralProblem_afterABadValue_stillStopsTheReading() {
        String json = RejectionTest.BASE
                .replace("\"zone\": \"UTC\"", "\"zone\": \"EST\"")
                .replace("\"title\": \"O\"", "\"title\": 1");

        PactaJsonException e = agreementError(json);

        assertThat(e.problems()).extracting(JsonProblem::code).containsExactly("WRONG_TYPE");
    }

    // ---------------------------------------------------------------- 5. positions

    @Test
    void numberOverTheLengthLimit_isReportedAtItsStart() {
        // "deadline": {"businessDays": 2} is on line 19, its value at column 36 (see RejectionTest).
        PactaJsonException e = agreementError(
                RejectionTest.BASE.replace("\"businessDays\": 2", "\"businessDays\": " + "1".repeat(41)));

        assertProblem(e, "LIMIT_EXCEEDED", "$.obligations[0].deadline.businessDays", 19, 36);
    }

    @Test
    void duplicateEventId_isReportedAtTheDuplicatesId() {
        String timeline = """
                {
                  "pacta": "timeline/1",
                  "events": [
                    {
                      "id": "e1",
                      "at": "2026-03-04",
                      "kind": "a",
                      "actor": "p"
                    },
                    {
                      "at": "2026-03-01",
                      "kind": "a",
                      "id": "e1",
                      "actor": "p"
                    }
                  ]
                }
                """;

        PactaJsonException e = catchThrowableOfType(PactaJsonException.class, () -> PactaJson.TIMELINE.read(timeline));

        assertProblem(e, "DUPLICATE_ID", "$.events[1].id", 13, 13);
    }

    @Test
    void hugePropertyName_isReportedOnItsLine_atItsQuote_inItsObject() {
        for (int length : new int[] {300, 5_000, 1_000_000}) {
            String name = "x".repeat(length);
            // On line 5, after two spaces; and in an obligation, after its id on line 13.
            PactaJsonException top = agreementError(
                    RejectionTest.BASE.replace("\"title\": \"T\",", "\"title\": \"T\",\n  \"" + name + "\": 1,"));
            PactaJsonException nested = agreementError(
                    RejectionTest.BASE.replace("\"id\": \"o1\",", "\"id\": \"o1\", \"" + name + "\": 1,"));

            assertProblem(top, "LIMIT_EXCEEDED", "$", 5, 3);
            assertProblem(nested, "LIMIT_EXCEEDED", "$.obligations[0]", 13, 19);
        }
    }

    // ---------------------------------------------------------------- 7, 8. template parameter problems

    private static PactaJsonException webScenarioError(String parameters) {
        return catchThrowableOfType(
                PactaJsonException.class,
                () -> PactaJson.SCENARIO.read(
                        ScenarioJsonTest.webScenario(parameters, "[]"),
                        ScenarioJsonTest.SCENARIOS,
                        ScenarioJsonTest.GOLDEN));
    }

    @Test
    void unknownParameter_doesNotHideOutOfBoundsValues() {
        PactaJsonException e = webScenarioError("{\"clientName\": \"A\", \"colour\": \"red\", \"approvalDays\": 11}");

        assertThat(e.problems())
                .extracting(JsonProblem::code, JsonProblem::path)
                .containsExactly(
                        tuple("UNKNOWN_PARAMETER", "$.parameters.colour"),
                        tuple("OUT_OF_BOUNDS", "$.parameters.approvalDays"));
    }

    @Test
    void wrongType_doesNotHideAMissingValue() {
        PactaJsonException e = webScenarioError("{\"approvalDays\": \"2\"}");

        assertThat(e.problems())
                .extracting(JsonProblem::code, JsonProblem::path)
                .containsExactly(
                        tuple("MISSING_VALUE", "$.parameters.clientName"),
                        tuple("WRONG_TYPE", "$.parameters.approvalDays"));
    }

    @Test
    void valueOutsideTheDeclaredBounds_namesThem_asOutOfBounds() {
        // depositPercent is declared 10 to 90; contentDays at most 60.
        PactaJsonException e = webScenarioError(
                "{\"clientName\": \"A\", \"depositPercent\": 150, \"contentDays\": 5000, \"approvalDays\": 0}");

        assertThat(e.problems())
                .extracting(JsonProblem::code, JsonProblem::path, JsonProblem::message)
                .containsExactly(
                        tuple(
                                "OUT_OF_BOUNDS",
                                "$.parameters.depositPercent",
                                "parameter 'depositPercent': expected from 10 % to 90 %, was 150"),
                        tuple(
                                "OUT_OF_BOUNDS",
                                "$.parameters.contentDays",
                                "parameter 'contentDays': expected at most 60 days, was 5000"),
                        tuple(
                                "OUT_OF_BOUNDS",
                                "$.parameters.approvalDays",
                                "parameter 'approvalDays': expected from 1 business day to 10 business days, was 0"
                                        + " business days"));
    }

    @Test
    void valueOutsideTheTypesDomain_withinTheDeclaredBounds_isOutOfRange() {
        // contentDays has only a maximum (60): -1 is within it, and outside the days' own domain.
        PactaJsonException json = webScenarioError("{\"clientName\": \"A\", \"contentDays\": -1}");
        assertThat(json.problems())
                .extracting(JsonProblem::code, JsonProblem::path)
                .containsExactly(tuple("OUT_OF_RANGE", "$.parameters.contentDays"));

        dev.pacta.core.template.AgreementTemplate template = PactaJson.TEMPLATE.read(TemplateTest.TEMPLATE);
        java.util.List<dev.pacta.core.Problem> fromJava = template.instantiate(java.util.Map.of(
                        "clientName", "A", "contentDays", -1, "depositPercent", new java.math.BigDecimal("150")))
                .problems();
        assertThat(fromJava)
                .extracting(dev.pacta.core.Problem::code, dev.pacta.core.Problem::message)
                .containsExactly(
                        tuple("OUT_OF_BOUNDS", "parameter 'depositPercent': expected from 10 % to 90 %, was 150"),
                        tuple("OUT_OF_RANGE", "parameter 'contentDays': expected from 0 to 3650 days, was Integer -1"));
    }

    // ---------------------------------------------------------------- 9. a template's expansion budget

    /** A template of RejectionTest's agreement whose title and metadata values are filled in from a TEXT parameter. */
    private static String textTemplate(String defaultText, String title, int metadataEntries) {
        StringBuilder metadata = new StringBuilder();
        for (int i = 0; i < metadataEntries; i++) {
            metadata.append(i == 0 ? "" : ", ").append("\"k").append(i).append("\": \"${t}\"");
        }
        String agreement = RejectionTest.BASE
                .replace("\"pacta\": \"agreement/1\",", "")
                .replace("\"title\": \"T\",", "\"title\": \"" + title + "\", \"metadata\": {" + metadata + "},");
        return "{\"pacta\": \"template/1\", \"id\": \"t\", \"title\": \"T\", \"parameters\": [{\"name\": \"t\","
                + " \"type\": \"TEXT\", \"default\": \"" + defaultText + "\"}],\n\"agreement\": " + agreement + "}";
    }

    @Test
    void templateExpandingBeyondTheBudget_failsWithItsOwnCode_beforeAllocating() {
        // 300 placeholders of a 60,000-character default: 18 million characters, over 16 MiB.
        String template = textTemplate("x".repeat(60_000), "${t}", 300);
        assertThat(template.length()).isLessThan(70_000);

        PactaJsonException e = catchThrowableOfType(PactaJsonException.class, () -> PactaJson.TEMPLATE.read(template));

        assertThat(e).isNotNull();
        assertThat(e.code()).as(e.getMessage()).isEqualTo("EXPANSION_LIMIT_EXCEEDED");
        assertThat(e.path()).startsWith("$.agreement.metadata.k");
        assertThat(e.getMessage()).contains("16 MiB");
    }

    @Test
    void templateExpansion_withValuesFromJava_isBudgetedToo() {
        dev.pacta.core.template.AgreementTemplate template = PactaJson.TEMPLATE.read(textTemplate("x", "${t}", 300));

        dev.pacta.core.template.TemplateResult result = template.instantiate(java.util.Map.of("t", "y".repeat(60_000)));

        assertThat(result.problems())
                .extracting(dev.pacta.core.Problem::code)
                .containsExactly("EXPANSION_LIMIT_EXCEEDED");
    }

    // ---------------------------------------------------------------- 10. what the writer writes, the reader reads

    @Test
    void textFilledInBeyondTheStringLimit_isRefused_soNoAgreementHasATextTheReaderRejects() {
        dev.pacta.core.template.AgreementTemplate template = PactaJson.TEMPLATE.read(textTemplate("x", "${t} ${t}", 1));

        dev.pacta.core.template.TemplateResult result = template.instantiate(java.util.Map.of("t", "y".repeat(40_000)));

        assertThat(result.problems())
                .extracting(dev.pacta.core.Problem::code, dev.pacta.core.Problem::path)
                .containsExactly(tuple("LIMIT_EXCEEDED", "$.agreement.title"));
        assertThat(template.instantiate(java.util.Map.of("t", "y".repeat(30_000)))
                        .isValid())
                .isTrue();
    }

    /** An agreement whose texts are as long as the reader takes, with a duty that is breached by 2026-04-01. */
    static String longTextsAgreement() {
        String longest = "T".repeat(65_536);
        return RejectionTest.BASE
                .replace("\"title\": \"T\"", "\"title\": \"" + longest + "\"")
                .replace("\"title\": \"O\"", "\"title\": \"" + longest.replace('T', 'O') + "\"")
                .replace(
                        "{\"id\": \"c\", \"name\": \"C\"",
                        "{\"id\": \"c\", \"name\": \"" + longest.replace('T', 'C') + "\"")
                .replace(
                        "\"trigger\": {\"kind\": \"ON_EVENT\", \"event\": \"draft.submitted\"}",
                        "\"trigger\": {\"kind\": \"ON_EFFECTIVE_DATE\"}");
    }

    @Test
    void report_quotingTextsAsLongAsTheReaderTakes_isWrittenAndReadBack() {
        dev.pacta.core.model.Agreement agreement = PactaJson.AGREEMENT.read(longTextsAgreement());
        dev.pacta.core.report.ComplianceReport report = dev.pacta.core.engine.ComplianceEngine.builder()
                .build()
                .evaluate(
                        agreement,
                        dev.pacta.core.model.Timeline.of(java.util.List.of()),
                        java.time.LocalDate.of(2026, 4, 1));

        String json = PactaJson.REPORT.write(report);

        int longest = json.lines().mapToInt(String::length).max().orElse(0);
        // A line of the report holds a string longer than any text read: a message quoting a 65,536-character title.
        assertThat(longest).isGreaterThan(65_536 + 100);
        assertThat(PactaJson.REPORT.read(json)).isEqualTo(report);
    }

    @Test
    void valuesBuiltInJava_thatTheReaderWouldRefuse_areUnwritable() {
        dev.pacta.core.model.Agreement agreement = PactaJson.AGREEMENT.read(RejectionTest.BASE);
        for (String title : new String[] {"T".repeat(65_537), "half \ud800 a character"}) {
            dev.pacta.core.model.Agreement built = dev.pacta.core.model.Agreement.builder()
                    .from(agreement)
                    .title(title)
                    .build();

            PactaJsonException e =
                    catchThrowableOfType(PactaJsonException.class, () -> PactaJson.AGREEMENT.write(built));

            assertThat(e).isNotNull();
            assertThat(e.code()).isEqualTo("UNWRITABLE");
        }
    }
}
