package dev.pacta.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.pacta.core.arbitraries.AgreementWithTimeline;
import dev.pacta.core.arbitraries.ModelArbitraries;
import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.report.ComplianceChanges;
import dev.pacta.core.report.ComplianceReport;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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

    private static List<Error> errors(Schema schema, String json) {
        return schema.validate(json, InputFormat.JSON);
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

    @Property(tries = 50)
    void writtenReports_areValid(@ForAll("agreementsWithTimelines") AgreementWithTimeline sample) {
        ComplianceReport report = ComplianceEngine.builder()
                .build()
                .evaluate(
                        sample.agreement(),
                        sample.timeline(),
                        sample.agreement().effectiveDate().plusDays(60));
        assertThat(errors(REPORT, PactaJson.writeReport(report))).isEmpty();
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

    @Property(tries = 50)
    void writtenChanges_areValid(@ForAll("looks") ChangesProperties.Looks sample) {
        for (ComplianceChanges changes : sample.looks()) {
            assertThat(errors(CHANGES, PactaJson.writeChanges(changes))).isEmpty();
        }
    }

    @Provide
    Arbitrary<ChangesProperties.Looks> looks() {
        return ChangesProperties.arbitraryLooks();
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

    @Property(tries = 50)
    void writtenAgreements_areValidTemplateBodies(@ForAll("agreements") Agreement agreement) {
        // The template schema's copy of the agreement's definitions accepts every agreement: they stay in step.
        String template = "{\"pacta\": \"template/1\", \"id\": \"t\", \"title\": \"T\", \"agreement\": "
                + PactaJson.writeAgreement(agreement) + "}";
        assertThat(errors(TEMPLATE, template)).isEmpty();
        String scenario = "{\"pacta\": \"scenario/1\", \"name\": \"s\", \"agreement\": "
                + PactaJson.writeAgreement(agreement).replace("\"pacta\": \"agreement/1\",", "") + "}";
        assertThat(errors(SCENARIO, scenario)).isEmpty();
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
        assertThat(PactaJson.schema(DocumentKind.AGREEMENT))
                .contains("\"$id\": \"" + BASE + "agreement-1.schema.json\"");
        for (DocumentKind kind : DocumentKind.values()) {
            String name = kind.marker().replace('/', '-') + ".schema.json";
            assertThat(PactaJson.schema(kind)).contains("\"$id\": \"" + BASE + name + "\"");
        }
    }

    @Property(tries = 100)
    void writtenAgreements_areValid(@ForAll("agreements") Agreement agreement) {
        assertThat(errors(AGREEMENT, PactaJson.writeAgreement(agreement))).isEmpty();
    }

    @Property(tries = 100)
    void writtenTimelines_areValid(@ForAll("timelines") Timeline timeline) {
        assertThat(errors(TIMELINE, PactaJson.writeTimeline(timeline))).isEmpty();
    }

    @Property(tries = 50)
    void writtenModelTimelines_areValid(@ForAll("agreementsWithTimelines") AgreementWithTimeline sample) {
        assertThat(errors(TIMELINE, PactaJson.writeTimeline(sample.timeline()))).isEmpty();
    }

    @Provide
    Arbitrary<AgreementWithTimeline> agreementsWithTimelines() {
        return ModelArbitraries.agreementsWithTimelines();
    }

    @Provide
    Arbitrary<Agreement> agreements() {
        return JsonArbitraries.agreement();
    }

    @Provide
    Arbitrary<Timeline> timelines() {
        return JsonArbitraries.timeline();
    }
}
