package dev.pacta.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.engine.Evaluation;
import dev.pacta.core.model.AgreementId;
import dev.pacta.core.model.Event;
import dev.pacta.core.report.ComplianceChanges;
import dev.pacta.core.report.InstanceChange;
import dev.pacta.core.report.InstanceState;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code changes/1} format by example: the looks of a live evaluation of {@link RejectionTest#BASE} (an approval
 * due two business days after each draft), what they write, and what the strict reader rejects with a location.
 */
class ChangesTest {
    /**
     * The events: a draft on Wed 4 March (its approval is breached by Monday's look), a second one on Tue 10 March,
     * then a termination on Fri 6 March recorded late, which cancels the first approval and undoes the second.
     */
    private static final String EVENTS = """
            {
              "pacta": "timeline/1",
              "events": [
                {"id": "e1", "at": "2026-03-04", "kind": "draft.submitted", "actor": "p"},
                {"id": "e2", "at": "2026-03-10", "kind": "draft.submitted", "actor": "p"},
                {"id": "e3", "at": "2026-03-06", "kind": "termination", "actor": "c"}
              ]
            }
            """;

    /**
     * The four looks: after e1, on Monday 9 March at noon, after e2, and after the late-recorded e3, the last with a
     * state change and a row that is gone.
     */
    static List<ComplianceChanges> looks() {
        List<Event> events = PactaJson.TIMELINE.read(EVENTS).events();
        // The client may terminate for convenience with immediate effect (a termination needs a ground).
        dev.pacta.core.model.Agreement agreement = dev.pacta.core.model.Agreement.builder()
                .from(PactaJson.AGREEMENT.read(RejectionTest.BASE))
                .addTerminationClauses(dev.pacta.core.model.TerminationClause.of(
                        java.util.Optional.of(dev.pacta.core.model.PartyId.of("c")),
                        dev.pacta.core.time.Span.ofHours(0)))
                .build();
        Evaluation live = ComplianceEngine.builder().build().start(agreement);
        List<ComplianceChanges> looks = new ArrayList<>();
        looks.add(live.append(events.get(0)).pollChanges());
        looks.add(live.advanceTo(Instant.parse("2026-03-09T12:00:00Z")).pollChanges());
        looks.add(live.append(events.get(1)).pollChanges());
        looks.add(live.append(events.get(2)).pollChanges());
        return looks;
    }

    /**
     * The last look's document. Its lines: 9 the first change's {@code before}, 11 its {@code report}, 16 the
     * report's state, 23 the second change, 25 its {@code before}.
     */
    static final String DOCUMENT = PactaJson.CHANGES.write(looks().get(3));

    private static final ObjectMapper MAPPER =
            JsonMapper.builder().addModule(new PactaModule()).build();

    private static PactaJsonException error(String json) {
        return catchThrowableOfType(PactaJsonException.class, () -> PactaJson.CHANGES.read(json));
    }

    private static String replace(String from, String to) {
        assertThat(DOCUMENT).contains(from);
        return DOCUMENT.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    private static void assertProblem(PactaJsonException e, String code, String path, int line, int column) {
        assertThat(e).as("expected a PactaJsonException").isNotNull();
        assertThat(List.of(e.code(), e.path(), e.line(), e.column()))
                .as(e.getMessage())
                .containsExactly(code, path, line, column);
    }

    // ------------------------------------------------------------------------------------------------- writing

    @Test
    void aLateRecordedTermination_writesTheStateChangeAndTheRowThatIsGone() {
        ComplianceChanges changes = looks().get(3);
        InstanceChange cancelled = changes.instances().get(0);
        assertThat(cancelled.before()).contains(InstanceState.BREACHED);
        assertThat(cancelled.after()).contains(InstanceState.CANCELLED);
        // The explanation is the engine's wording, not the format's: taken from the value.
        String explanation = cancelled.report().orElseThrow().explanation();
        assertThat(DOCUMENT).isEqualTo("""
                {
                  "pacta": "changes/1",
                  "agreement": "a1",
                  "since": "2026-03-10T00:00:00Z",
                  "asOf": "2026-03-10T00:00:00Z",
                  "instances": [
                    {
                      "instance": "o1#1",
                      "before": "BREACHED",
                      "after": "CANCELLED",
                      "aspects": [
                        "STATE"
                      ],
                      "report": {
                        "id": "o1#1",
                        "category": "APPROVAL",
                        "obligor": "c",
                        "beneficiary": "p",
                        "state": "CANCELLED",
                        "inForceFrom": "2026-03-04T00:00:00Z",
                        "triggeredBy": "e1",
                        "dueDate": "2026-03-06",
                        "explanation": "%s"
                      }
                    },
                    {
                      "instance": "o1#2",
                      "before": "UPCOMING",
                      "aspects": [
                        "STATE"
                      ]
                    }
                  ]
                }
                """.formatted(explanation));
        assertThat(PactaJson.CHANGES.read(DOCUMENT)).isEqualTo(changes);
    }

    @Test
    void everyLook_roundTripsByteForByte() {
        List<ComplianceChanges> looks = looks();
        for (ComplianceChanges changes : looks) {
            String json = PactaJson.CHANGES.write(changes);
            ComplianceChanges read = PactaJson.CHANGES.read(json);
            assertThat(read).isEqualTo(changes);
            assertThat(PactaJson.CHANGES.write(read)).isEqualTo(json);
        }
        // The first look has no previous one, and every row is new: no "since", no "before".
        String first = PactaJson.CHANGES.write(looks.get(0));
        assertThat(first)
                .startsWith("{\n  \"pacta\": \"changes/1\",\n  \"agreement\": \"a1\",\n  \"asOf\": ")
                .contains("\"after\": \"UPCOMING\"")
                .doesNotContain("\"since\"")
                .doesNotContain("\"before\"");
        // Monday's look: time alone breached the approval; the report row carries the lateness.
        assertThat(PactaJson.CHANGES.write(looks.get(1)))
                .contains("\"since\": \"2026-03-04T00:00:00Z\",\n  \"asOf\": \"2026-03-09T12:00:00Z\"")
                .contains(
                        "\"before\": \"UPCOMING\",\n      \"after\": \"BREACHED\",\n      \"aspects\": [\n        \"STATE\"\n      ],\n      \"report\": {")
                .contains("\"lateness\": {");
    }

    @Test
    void nothingChanged_writesTheEmptyListAndReadsBack() {
        ComplianceChanges empty = ComplianceChanges.builder()
                .agreement(AgreementId.of("a1"))
                .since(Instant.parse("2026-03-02T10:00:00Z"))
                .asOf(Instant.parse("2026-03-02T10:00:00.5Z"))
                .build();
        String json = PactaJson.CHANGES.write(empty);
        assertThat(json).isEqualTo("""
                {
                  "pacta": "changes/1",
                  "agreement": "a1",
                  "since": "2026-03-02T10:00:00Z",
                  "asOf": "2026-03-02T10:00:00.5Z",
                  "instances": []
                }
                """);
        assertThat(PactaJson.CHANGES.read(json)).isEqualTo(empty);
        assertThat(PactaJson.CHANGES.read("{\"pacta\": \"changes/1\", \"agreement\": \"a1\", \"since\": "
                        + "\"2026-03-02T10:00:00Z\", \"asOf\": \"2026-03-02T10:00:00.5Z\"}"))
                .isEqualTo(empty);
    }

    @Test
    void anyOffset_readsAsTheSameInstant() {
        ComplianceChanges madrid = PactaJson.CHANGES.read(
                replace("\"asOf\": \"2026-03-10T00:00:00Z\"", "\"asOf\": \"2026-03-10T01:00:00+01:00\""));
        assertThat(madrid).isEqualTo(looks().get(3));
    }

    @Test
    void everySinkAndSource(@TempDir Path dir) throws IOException {
        ComplianceChanges changes = looks().get(3);
        StringWriter writer = new StringWriter();
        PactaJson.CHANGES.write(changes, writer);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PactaJson.CHANGES.write(changes, out);
        Path file = dir.resolve("a1.changes.json");
        PactaJson.CHANGES.write(changes, file);
        assertThat(writer.toString()).isEqualTo(DOCUMENT);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(DOCUMENT);
        assertThat(Files.readString(file)).isEqualTo(DOCUMENT);
        assertThat(PactaJson.CHANGES.read(file)).isEqualTo(changes);
        assertThat(PactaJson.CHANGES.read(new StringReader(DOCUMENT))).isEqualTo(changes);
        assertThat(PactaJson.CHANGES.read(new ByteArrayInputStream(DOCUMENT.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(changes);
        assertThat(PactaJson.detectKind(file)).isEqualTo(DocumentKind.CHANGES);
        assertThat(DocumentKind.ofMarker("changes/1")).contains(DocumentKind.CHANGES);
    }

    @Test
    void aFileThatCannotBeRead_namesTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("a1.changes.json");
        Files.writeString(file, replace("\"before\": \"UPCOMING\"", "\"before\": \"LATE\""));
        PactaJsonException e = catchThrowableOfType(PactaJsonException.class, () -> PactaJson.CHANGES.read(file));
        assertProblem(e, "UNKNOWN_KIND", "$.instances[1].before", 28, 17);
        assertThat(e.source()).contains(file.toString());
    }

    @Test
    void embedded_withTheModule_mayOmitTheMarker() throws Exception {
        ComplianceChanges changes = looks().get(3);
        String withoutMarker = DOCUMENT.replace("\"pacta\": \"changes/1\",", "");
        assertThat(MAPPER.readValue(withoutMarker, ComplianceChanges.class)).isEqualTo(changes);
        for (InstanceChange change : changes.instances()) {
            assertThat(MAPPER.readValue(MAPPER.writeValueAsString(change), InstanceChange.class))
                    .isEqualTo(change);
        }
        // A change the model would refuse is the module's strict error on any mapper, not an IllegalStateException.
        assertThatThrownBy(() ->
                        MAPPER.readValue("{\"instance\": \"o1#1\", \"aspects\": [\"STATE\"]}", InstanceChange.class))
                .isInstanceOf(DatabindException.class)
                .hasMessageContaining("$: a change needs 'before'");
    }

    // ------------------------------------------------------------------------------------------------- reading

    @Test
    void aChangeWithNeitherBeforeNorAfter_rejectedAtTheChange() {
        PactaJsonException e = error(replace(",\n      \"before\": \"UPCOMING\"", ""));
        assertProblem(e, "MISSING_PROPERTY", "$.instances[1]", 26, 5);
        assertThat(e.getMessage())
                .contains("a change needs 'before' (the state at the previous look), 'after' (the state now) or both");
    }

    @Test
    void aReportWithoutAnAfterState_rejectedAtAfter() {
        PactaJsonException e = error(replace("\n      \"after\": \"CANCELLED\",", ""));
        assertProblem(e, "MISSING_PROPERTY", "$.instances[0].after", 7, 5);
        assertThat(e.getMessage()).contains("a change with a 'report' needs its 'after' state");
    }

    @Test
    void anAfterStateWithoutAReport_rejectedAtReport() {
        PactaJsonException e =
                error(replace("\"before\": \"UPCOMING\"", "\"before\": \"UPCOMING\", \"after\": \"WAIVED\""));
        assertProblem(e, "MISSING_PROPERTY", "$.instances[1].report", 26, 5);
        assertThat(e.getMessage()).contains("a change with an 'after' state needs the instance's 'report'");
    }

    @Test
    void aspects_requiredKnownAndConsistentWithTheStates() {
        PactaJsonException e = error(replace(",\n      \"aspects\": [\n        \"STATE\"\n      ]\n    }", "\n    }"));
        assertProblem(e, "MISSING_PROPERTY", "$.instances[1].aspects", 26, 5);
        assertThat(e.getMessage()).contains("missing required property 'aspects' in a change");
        e = error(replace(
                "\"before\": \"UPCOMING\",\n      \"aspects\": [\n        \"STATE\"",
                "\"before\": \"UPCOMING\",\n      \"aspects\": [\n        \"COLOUR\""));
        assertProblem(e, "UNKNOWN_KIND", "$.instances[1].aspects[0]", 30, 9);
        // STATE goes with a change of state: a row that is gone changed its state.
        e = error(replace(
                "\"before\": \"UPCOMING\",\n      \"aspects\": [\n        \"STATE\"",
                "\"before\": \"UPCOMING\",\n      \"aspects\": [\n        \"DUE\""));
        assertProblem(e, "INVALID_VALUE", "$.instances[1]", 26, 5);
        assertThat(e.getMessage()).contains("lists the aspect STATE exactly when its state changed");
    }

    @Test
    void missingRequiredProperties_rejected() {
        assertProblem(
                error(replace("\n  \"asOf\": \"2026-03-10T00:00:00Z\",", "")), "MISSING_PROPERTY", "$.asOf", 1, 1);
        assertProblem(error(replace("\n  \"agreement\": \"a1\",", "")), "MISSING_PROPERTY", "$.agreement", 1, 1);
        PactaJsonException e = error(replace("\"instance\": \"o1#2\",", ""));
        assertProblem(e, "MISSING_PROPERTY", "$.instances[1].instance", 26, 5);
        assertThat(e.getMessage()).contains("missing required property 'instance' in a change");
        // The report is read as report/1 reads it: its own required properties included.
        assertProblem(
                error(replace("\n        \"category\": \"APPROVAL\",", "")),
                "MISSING_PROPERTY",
                "$.instances[0].report.category",
                14,
                17);
    }

    @Test
    void unknownProperties_rejected() {
        PactaJsonException e = error(replace("\"before\": \"UPCOMING\"", "\"before\": \"UPCOMING\", \"colour\": 1"));
        assertProblem(e, "UNKNOWN_PROPERTY", "$.instances[1].colour", 28, 29);
        assertThat(e.getMessage()).contains("unknown property 'colour' in a change; expected one of instance, before");
        e = error(replace("\"agreement\": \"a1\",", "\"agreement\": \"a1\", \"zone\": \"UTC\","));
        assertProblem(e, "UNKNOWN_PROPERTY", "$.zone", 3, 22);
        assertThat(e.getMessage()).contains("in a change list; expected one of agreement, since, asOf, instances");
        e = error(replace("\"state\": \"CANCELLED\",", "\"state\": \"CANCELLED\", \"after\": \"CANCELLED\","));
        assertProblem(e, "UNKNOWN_PROPERTY", "$.instances[0].report.after", 19, 31);
    }

    @Test
    void wrongTypes_rejected() {
        assertProblem(
                error(replace("\"before\": \"UPCOMING\"", "\"before\": 3")),
                "WRONG_TYPE",
                "$.instances[1].before",
                28,
                17);
        assertProblem(
                error(replace("\"since\": \"2026-03-10T00:00:00Z\"", "\"since\": 1773100800")),
                "WRONG_TYPE",
                "$.since",
                4,
                12);
        assertProblem(
                error(replace("\"report\": {", "\"report\": [{")
                        .replace("\n      }\n    },\n    {", "\n      }]\n    },\n    {")),
                "WRONG_TYPE",
                "$.instances[0].report",
                14,
                17);
        assertProblem(
                error("{\"pacta\": \"changes/1\", \"agreement\": \"a1\", \"asOf\": \"2026-03-10T00:00:00Z\", "
                        + "\"instances\": {}}"),
                "WRONG_TYPE",
                "$.instances",
                1,
                88);
        assertProblem(
                error(replace("\"before\": \"UPCOMING\"", "\"before\": null")),
                "NULL_VALUE",
                "$.instances[1].before",
                28,
                17);
    }

    @Test
    void badValues_rejected() {
        PactaJsonException e = error(replace("\"before\": \"UPCOMING\"", "\"before\": \"upcoming\""));
        assertProblem(e, "UNKNOWN_KIND", "$.instances[1].before", 28, 17);
        assertThat(e.getMessage()).contains("expected an instance state, one of NOT_TRIGGERED, UPCOMING");
        assertProblem(
                error(replace("\"instance\": \"o1#2\"", "\"instance\": \"o1\"")),
                "INVALID_VALUE",
                "$.instances[1].instance",
                27,
                19);
        assertProblem(
                error(replace("\"asOf\": \"2026-03-10T00:00:00Z\"", "\"asOf\": \"2026-03-10\"")),
                "INVALID_VALUE",
                "$.asOf",
                5,
                11);
    }

    @Test
    void otherKindsOfDocument_rejected() {
        PactaJsonException e = error(Golden.text(Golden.REPORT_FILE));
        assertProblem(e, "WRONG_DOCUMENT", "$.pacta", 2, 12);
        assertThat(e.getMessage()).contains("this is a report/1 document, expected changes/1");
        e = catchThrowableOfType(PactaJsonException.class, () -> PactaJson.REPORT.read(DOCUMENT));
        assertProblem(e, "WRONG_DOCUMENT", "$.pacta", 2, 12);
        assertThat(e.getMessage()).contains("this is a changes/1 document, expected report/1");
        assertProblem(error(replace("changes/1", "changes/2")), "UNKNOWN_MARKER", "$.pacta", 2, 12);
        assertProblem(error(replace("\n  \"pacta\": \"changes/1\",", "")), "MISSING_MARKER", "$", 1, 1);
        assertThat(PactaJson.detectKind(DOCUMENT)).isEqualTo(DocumentKind.CHANGES);
    }
}
