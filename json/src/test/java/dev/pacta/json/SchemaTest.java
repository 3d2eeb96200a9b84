package dev.pacta.json;

import static dev.pacta.core.gen.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.gen.Coverage;
import dev.pacta.core.gen.ModelGen;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.ControlKind;
import dev.pacta.core.model.DeadlineRule;
import dev.pacta.core.model.Trigger;
import dev.pacta.core.report.ComplianceChanges;
import dev.pacta.core.report.ComplianceReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped JSON Schemas (draft 2020-12) accept the golden documents and every document the writer produces, and
 * reject what the reader rejects for its shape.
 */
class SchemaTest {
    private static final String BASE = "https://pacta-dev.github.io/pacta/schema/";
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaIdResolvers(r -> r.mapPrefix(BASE, "classpath:dev/pacta/json/schema/")));
    private static final Schema AGREEMENT = REGISTRY.getSchema(SchemaLocation.of(BASE + "agreement-1.schema.json"));
    private static final Schema TIMELINE = REGISTRY.getSchema(SchemaLocation.of(BASE + "timeline-1.schema.json"));
    private static final Schema REPORT = REGISTRY.getSchema(SchemaLocation.of(BASE + "report-1.schema.json"));
    private static final Schema TEMPLATE = REGISTRY.getSchema(SchemaLocation.of(BASE + "template-1.schema.json"));
    private static final Schema SCENARIO = REGISTRY.getSchema(SchemaLocation.of(BASE + "scenario-1.schema.json"));
    private static final Schema CHANGES = REGISTRY.getSchema(SchemaLocation.of(BASE + "changes-1.schema.json"));
    private static final Schema CALENDAR = REGISTRY.getSchema(SchemaLocation.of(BASE + "calendar-1.schema.json"));

    private static List<Error> errors(Schema schema, String json) {
        return schema.validate(json, InputFormat.JSON);
    }

    @Test
    void calendars_seedsAndWrittenOnesAreValid_shapeErrorsAreNot() {
        for (String seed : List.of("es-md-2026", "combined", "every-day", "friday-saturday")) {
            String json =
                    Golden.text("dev/pacta/json/fuzz/CalendarFuzzTestInputs/fuzz/seed-" + seed + ".calendar.json");
            assertThat(errors(CALENDAR, json)).as(seed).isEmpty();
        }
        qt(200).forAll(dev.pacta.core.gen.CalendarGen.calendars())
                .checkAssert(c -> assertThat(errors(
                                CALENDAR,
                                PactaJson.CALENDAR.write(c.toBuilder().name("X").build())))
                        .isEmpty());
        String base = CalendarJsonTest.GOLDEN;
        assertThat(errors(CALENDAR, base.replace("\"id\": \"ES-MD\",", ""))).isNotEmpty();
        assertThat(errors(CALENDAR, base.replace("\"through\"", "\"until\""))).isNotEmpty();
        assertThat(errors(CALENDAR, base.replace("\"2026-01-06\"", "\"2026-1-6\"")))
                .isNotEmpty();
        assertThat(errors(CALENDAR, base.replace("\"id\": \"ES-MD\",", "\"id\": \"ES-MD\", \"and\": [\"A\", \"B\"],")))
                .isNotEmpty();
        assertThat(errors(CALENDAR, "{\"pacta\": \"calendar/1\", \"id\": \"x\", \"or\": [\"A\"]}"))
                .isNotEmpty();
        assertThat(errors(
                        CALENDAR,
                        "{\"pacta\": \"calendar/1\", \"id\": \"x\", \"or\": [\"A\", {\"weekendDays\": [\"SUN\"]}]}"))
                .isNotEmpty();
        assertThat(errors(
                        CALENDAR,
                        "{\"pacta\": \"calendar/1\", \"id\": \"x\", \"or\": [\"A\", {\"weekendDays\": [\"SUNDAY\"]}]}"))
                .isEmpty();
    }

    @Test
    void goldenAgreement_isValid() {
        assertThat(errors(AGREEMENT, Golden.text(Golden.AGREEMENT_FILE))).isEmpty();
    }

    @Test
    void goldenTimeline_isValid() {
        assertThat(errors(TIMELINE, Golden.text(Golden.TIMELINE_FILE))).isEmpty();
    }

    @Test
    void goldenReport_isValid() {
        assertThat(errors(REPORT, Golden.text(Golden.REPORT_FILE))).isEmpty();
        String report = Golden.text(Golden.REPORT_FILE);
        assertThat(errors(REPORT, report.replace("\"horizon\": \"P14D\"", "\"horizon\": \"14 days\"")))
                .isNotEmpty();
        assertThat(errors(REPORT, report.replace("\"unit\": \"days\"", "\"unit\": \"DAYS\"")))
                .isNotEmpty();
        assertThat(errors(REPORT, report.replace("\"id\": \"deposit#1\"", "\"id\": \"deposit\"")))
                .isNotEmpty();
    }

    @Test
    void writtenReports_areValid() {
        // 500 examples (50 before): the rarer hard cases need them for floors above zero.
        Coverage coverage =
                JsonGen.hardCaseFloors(Coverage.forCaller(), 0.4, 0.13, 0.01, 0.05, 0.02, 0.015, 0.17, 0.19, 0.03);
        // Generated agreements may name the generated holiday calendar.
        ComplianceEngine engine = ComplianceEngine.of(ModelGen.CALENDARS);
        qt(500).forAll(ModelGen.agreementsWithTimelines()).checkAssert(sample -> {
            sample.hardCases().countIn(coverage);
            ComplianceReport report = engine.evaluate(
                    sample.agreement(),
                    sample.timeline(),
                    sample.agreement().effectiveDate().plusDays(60));
            assertThat(errors(REPORT, PactaJson.REPORT.write(report))).isEmpty();
        });
        coverage.check();
    }

    @Test
    void exampleChanges_isValid() {
        String changes = ChangesTest.DOCUMENT;
        assertThat(errors(CHANGES, changes)).isEmpty();
        // What the reader rejects: no state at all, a report without a state after, a state after without a report.
        assertThat(errors(CHANGES, changes.replace(",\n      \"before\": \"UPCOMING\"", "")))
                .isNotEmpty();
        assertThat(errors(CHANGES, changes.replace("\n      \"after\": \"CANCELLED\",", "")))
                .isNotEmpty();
        assertThat(errors(CHANGES, changes.replace("\"before\": \"UPCOMING\"", "\"after\": \"UPCOMING\"")))
                .isNotEmpty();
        assertThat(errors(CHANGES, changes.replace("\"before\": \"UPCOMING\"", "\"before\": \"LATE\"")))
                .isNotEmpty();
        assertThat(errors(CHANGES, changes.replace("\"instance\": \"o1#2\"", "\"instance\": \"o1\"")))
                .isNotEmpty();
        assertThat(errors(CHANGES, changes.replace("\"since\": \"2026-03-10T00:00:00Z\"", "\"since\": \"2026-03-10\"")))
                .isNotEmpty();
        assertThat(errors(CHANGES, changes.replace("\"category\": \"APPROVAL\"", "\"category\": \"APPROVALS\"")))
                .isNotEmpty();
        assertThat(errors(CHANGES, changes.replace("changes/1", "report/1"))).isNotEmpty();
    }

    @Test
    void writtenChanges_areValid() {
        // 250 examples (50 before): the rarer hard cases need them for floors above zero.
        Coverage coverage = JsonGen.hardCaseFloors(
                        Coverage.forCaller(), 0.395, 0.13, 0.01, 0.05, 0.02, 0.015, 0.16, 0.19, 0.03)
                .atLeast("look with changes", 0.55);
        qt(250).forAll(ChangesProperties.feeds()).checkAssert(feed -> {
            feed.generated().hardCases().countIn(coverage);
            for (ComplianceChanges changes : ChangesProperties.live(feed).looks()) {
                coverage.count("look with changes", !changes.isEmpty());
                assertThat(errors(CHANGES, PactaJson.CHANGES.write(changes))).isEmpty();
            }
        });
        coverage.check();
    }

    @Test
    void goldenTemplate_isValid() {
        String template = Golden.text(TemplateTest.TEMPLATE_FILE);
        assertThat(errors(TEMPLATE, template)).isEmpty();
        // Placeholders where the reader rejects them, and defaults of the wrong type.
        assertThat(errors(
                        TEMPLATE,
                        template.replace(
                                "\"id\": \"web-development\",\n    \"title\"", "\"id\": \"${x}\",\n    \"title\"")))
                .isNotEmpty();
        assertThat(errors(
                        TEMPLATE,
                        template.replace(
                                "\"deadline\": {\n          \"days\": 7\n        }",
                                "\"deadline\": {\"weeks\": \"${x}\"}")))
                .isNotEmpty();
        assertThat(errors(TEMPLATE, template.replace("\"default\": \"EUR 150.00\"", "\"default\": 150")))
                .isNotEmpty();
        assertThat(errors(TEMPLATE, TemplateTest.INVALID)).isNotEmpty();
    }

    @Test
    void goldenScenarios_areValid() throws java.io.IOException {
        List<java.nio.file.Path> files;
        try (var walk = java.nio.file.Files.walk(ScenarioJsonTest.SCENARIOS)) {
            files = walk.filter(f -> f.toString().endsWith(".scenario.json")).toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(3);
        for (java.nio.file.Path file : files) {
            assertThat(errors(SCENARIO, java.nio.file.Files.readString(file)))
                    .as(file.toString())
                    .isEmpty();
        }
        String scenario = java.nio.file.Files.readString(ScenarioJsonTest.SCENARIOS.resolve("approvals.scenario.json"));
        assertThat(errors(SCENARIO, scenario.replace("\"lateness\": 0", "\"lateness\": -1")))
                .isNotEmpty();
        assertThat(errors(SCENARIO, scenario.replace("\"approve-mockup#1\": {", "\"approve-mockup\": {")))
                .isNotEmpty();
        assertThat(errors(SCENARIO, scenario.replace("\"agreement\": {", "\"template\": \"t.json\", \"agreement\": {")))
                .isNotEmpty();
        assertThat(
                        errors(
                                SCENARIO,
                                scenario.replace(
                                        "\"findings\": {\n        \"absent\": [\n          \"BREACH\"\n        ]\n      }",
                                        "\"scorecards\": {\"client\": {\"count.BREACHED\": 0, \"owed.EUR\": 0, \"onTime\": 1}}")))
                .isEmpty();
        assertThat(errors(
                        SCENARIO,
                        scenario.replace(
                                "\"findings\": {\n        \"absent\": [\n          \"BREACH\"\n        ]\n      }",
                                "\"scorecards\": {\"client\": {\"healthScore\": 3}}")))
                .isNotEmpty();
    }

    @Test
    void writtenAgreements_areValidTemplateBodies() {
        Coverage coverage = Coverage.forCaller();
        kindFloors(coverage, 0.01, 0.03);
        qt(50).forAll(JsonGen.agreement()).checkAssert(agreement -> {
            countKinds(coverage, agreement);
            // The template schema's copy of the agreement's definitions accepts every agreement: they stay in step.
            String template = "{\"pacta\": \"template/1\", \"id\": \"t\", \"title\": \"T\", \"agreement\": "
                    + PactaJson.AGREEMENT.write(agreement) + "}";
            assertThat(errors(TEMPLATE, template)).isEmpty();
            String scenario = "{\"pacta\": \"scenario/1\", \"name\": \"s\", \"agreement\": "
                    + PactaJson.AGREEMENT.write(agreement).replace("\"pacta\": \"agreement/1\",", "") + "}";
            assertThat(errors(SCENARIO, scenario)).isEmpty();
        });
        coverage.check();
    }

    @Test
    void rejectionExamples_areInvalidForTheSchemaToo() {
        String base = RejectionTest.BASE;
        assertThat(errors(AGREEMENT, base)).isEmpty();
        assertThat(errors(AGREEMENT, base.replace("\"title\": \"O\",", "\"title\": \"O\", \"colour\": \"red\",")))
                .isNotEmpty();
        assertThat(errors(AGREEMENT, base.replace("\"businessDays\": 2}", "\"businessDays\": 2.5}")))
                .isNotEmpty();
        assertThat(errors(AGREEMENT, base.replace("\"ON_EVENT\"", "\"ON_EMAIL\"")))
                .isNotEmpty();
        assertThat(errors(AGREEMENT, base.replace("agreement/1", "agreement/2")))
                .isNotEmpty();
        assertThat(errors(AGREEMENT, base.replace("\"2026-03-02\"", "\"2026-03-02T00:00:00Z\"")))
                .isNotEmpty();
        assertThat(errors(AGREEMENT, base.replace("\"event\": \"draft.submitted\"", "\"milestone\": \"m1\"")))
                .isNotEmpty();
        assertThat(errors(TIMELINE, RejectionTest.TIMELINE)).isEmpty();
        assertThat(errors(TIMELINE, RejectionTest.TIMELINE.replace("\"2026-03-04\"", "\"2026-03-04T15:30+01:00\"")))
                .isNotEmpty();
        assertThat(errors(
                        TIMELINE,
                        RejectionTest.TIMELINE.replace("\"actor\": \"p\"", "\"actor\": \"p\", \"payee\": \"c\"")))
                .isNotEmpty();
    }

    @Test
    void schemas_areShippedInTheJar() {
        assertThat(PactaJson.AGREEMENT.schema()).contains("\"$id\": \"" + BASE + "agreement-1.schema.json\"");
        for (DocumentKind kind : DocumentKind.values()) {
            String name = kind.marker().replace('/', '-') + ".schema.json";
            assertThat(PactaJson.format(kind).schema()).contains("\"$id\": \"" + BASE + name + "\"");
        }
    }

    @Test
    void writtenAgreements_areValid() {
        Coverage coverage = Coverage.forCaller();
        kindFloors(coverage, 0.05, 0.065);
        qt(100).forAll(JsonGen.agreement()).checkAssert(agreement -> {
            countKinds(coverage, agreement);
            assertThat(errors(AGREEMENT, PactaJson.AGREEMENT.write(agreement))).isEmpty();
        });
        coverage.check();
    }

    /** Floors for every kind of trigger and deadline, counted by {@link #countKinds}. */
    private static void kindFloors(Coverage coverage, double trigger, double deadline) {
        for (Trigger.Kind kind : Trigger.Kind.values()) {
            coverage.atLeast("trigger", kind, trigger);
        }
        for (DeadlineRule.Kind kind : DeadlineRule.Kind.values()) {
            // The model's generator draws no backward deadlines; BackwardDeadlineJsonTest reads and writes them.
            if (kind != DeadlineRule.Kind.BEFORE) {
                coverage.atLeast("deadline", kind, deadline);
            }
        }
    }

    /** Counts the kinds of trigger and deadline an agreement holds. */
    private static void countKinds(Coverage coverage, Agreement agreement) {
        agreement.obligations().forEach(o -> {
            coverage.collect("trigger", o.trigger().kind());
            coverage.collect("deadline", o.deadline().kind());
        });
    }

    @Test
    void writtenTimelines_areValid() {
        // 300 examples (100 before): eight control kinds need them for floors above zero.
        Coverage coverage = Coverage.forCaller().atLeast("kind", "fact", 0.40);
        for (ControlKind kind : ControlKind.values()) {
            coverage.atLeast("kind", kind.name(), 0.01);
        }
        qt(300).forAll(JsonGen.timeline()).checkAssert(timeline -> {
            timeline.events()
                    .forEach(e ->
                            coverage.collect("kind", e.control().map(Enum::name).orElse("fact")));
            assertThat(errors(TIMELINE, PactaJson.TIMELINE.write(timeline))).isEmpty();
        });
        coverage.check();
    }

    @Test
    void writtenModelTimelines_areValid() {
        // 500 examples (50 before): the rarer hard cases need them for floors above zero.
        Coverage coverage =
                JsonGen.hardCaseFloors(Coverage.forCaller(), 0.4, 0.13, 0.01, 0.05, 0.02, 0.015, 0.17, 0.19, 0.03);
        qt(500).forAll(ModelGen.agreementsWithTimelines()).checkAssert(sample -> {
            sample.hardCases().countIn(coverage);
            assertThat(errors(TIMELINE, PactaJson.TIMELINE.write(sample.timeline())))
                    .isEmpty();
        });
        coverage.check();
    }
}
