package dev.pacta.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.model.EventId;
import dev.pacta.core.model.MilestoneId;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.report.InstanceState;
import dev.pacta.core.report.MilestoneState;
import dev.pacta.core.scenario.AsOf;
import dev.pacta.core.scenario.Check;
import dev.pacta.core.scenario.FindingExpectation;
import dev.pacta.core.scenario.InstanceExpectation;
import dev.pacta.core.scenario.MilestoneExpectation;
import dev.pacta.core.scenario.NamedTest;
import dev.pacta.core.scenario.Scenario;
import dev.pacta.core.scenario.ScenarioRunner;
import dev.pacta.core.scenario.ScorecardExpectation;
import dev.pacta.core.template.ParameterValue;
import dev.pacta.core.time.Span;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code scenario/1} format by example: what it reads as, where its problems are, and how it runs as tests. */
class ScenarioJsonTest {
    static final Path SCENARIOS = Path.of("src/test/resources/golden/scenarios");
    static final Path TEMPLATES = Path.of("src/test/resources/golden/templates");
    static final ComplianceEngine ENGINE = ComplianceEngine.builder().build();
    /** The folder that holds both the golden scenarios and the templates they refer to. */
    static final Path GOLDEN = Path.of("src/test/resources/golden");

    static String text(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** A scenario of the web template, in a folder beside the templates, with the given checks. */
    static String webScenario(String parameters, String checks) {
        return """
                {
                  "pacta": "scenario/1",
                  "name": "web",
                  "template": "../templates/web-development.template.json",
                  "parameters": %s,
                  "events": [
                    {"id": "e1", "at": "2026-03-05", "kind": "payment", "actor": "client", "amount": "EUR 6000.00"}
                  ],
                  "checks": %s
                }
                """.formatted(parameters, checks);
    }

    private static PactaJsonException error(String json) {
        return catchThrowableOfType(PactaJsonException.class, () -> PactaJson.SCENARIO.read(json, SCENARIOS, GOLDEN));
    }

    @Test
    void read_embeddedAgreement_asBuiltInJava() throws IOException {
        Scenario scenario = PactaJson.SCENARIO.read(SCENARIOS.resolve("approvals.scenario.json"));
        assertThat(scenario.name()).isEqualTo("approvals: the second approval is late");
        assertThat(scenario.agreement().orElseThrow().id().value()).isEqualTo("approvals");
        assertThat(scenario.events()).extracting(e -> e.id().value()).containsExactly("e1", "e2", "e3", "e9");
        assertThat(scenario.checks())
                .containsExactly(
                        Check.builder()
                                .asOf(LocalDate.of(2026, 3, 4))
                                .addInstances(InstanceExpectation.forInstance("approve-mockup#2")
                                        .state(InstanceState.UPCOMING)
                                        .dueDate(LocalDate.of(2026, 3, 5))
                                        .lateness(0L)
                                        .build())
                                .build(),
                        Check.builder()
                                .asOf(LocalDate.of(2026, 3, 10))
                                .addInstances(InstanceExpectation.forInstance("approve-mockup#1")
                                        .state(InstanceState.FULFILLED)
                                        .fulfilledBy(EventId.of("e3"))
                                        .build())
                                .addInstances(InstanceExpectation.forInstance("approve-mockup#2")
                                        .state(InstanceState.FULFILLED_LATE)
                                        .dueDate(LocalDate.of(2026, 3, 5))
                                        .lateness(2L)
                                        .latenessUnit(Span.Unit.BUSINESS_DAYS)
                                        .withinGrace(false)
                                        .fulfilledBy(EventId.of("e9"))
                                        .build())
                                .addFindings(FindingExpectation.absent("BREACH"))
                                .build());
        assertThat(scenario.run(ENGINE).passed()).isTrue();
    }

    @Test
    void read_templateReference_resolvedBesideTheFile_withTypedParameters() throws IOException {
        Scenario scenario =
                PactaJson.SCENARIO.read(SCENARIOS.resolve("web/client-approves-late.scenario.json"), GOLDEN);
        assertThat(scenario.template().orElseThrow().id().value()).isEqualTo("web-development");
        assertThat(scenario.parameters())
                .isEqualTo(Map.of(
                        "clientName",
                        ParameterValue.ofPartyName("Acme Bakery S.L."),
                        "approvalDays",
                        ParameterValue.ofBusinessDays(3)));
        assertThat(scenario.run(ENGINE).passed()).isTrue();
    }

    @Test
    void read_everyKindOfExpectation() throws IOException {
        Scenario scenario = PactaJson.SCENARIO.read(webScenario("{\"clientName\": \"Acme\"}", """
                [{
                  "asOf": "2026-03-10T09:00:00+01:00",
                  "instances": {"deposit#1": {"state": "FULFILLED", "dueAt": "2026-03-09T23:00:00Z", "paid": "EUR 6000.00",
                    "outstanding": "EUR 0.00", "lateFee": "EUR 0.00", "interest": "EUR 0.00"}},
                  "milestones": {"launch": {"state": "PENDING", "daysLate": 0, "attribution": {"client": 0}}},
                  "findings": {"present": ["NOTICE", {"code": "BREACH", "party": "studio"}], "absent": [{"code": "OVERDUE", "instance": "deposit#1"}]},
                  "scorecards": {"client": {"onTime": 1, "onTimeRate": 100.0, "count.FULFILLED": 1, "owed.EUR": 0}}
                }]"""), SCENARIOS, GOLDEN);
        Check check = scenario.checks().get(0);
        assertThat(check.asOf()).isEqualTo(AsOf.at(Instant.parse("2026-03-10T08:00:00Z")));
        assertThat(check.instances().get(0))
                .isEqualTo(InstanceExpectation.forInstance("deposit#1")
                        .state(InstanceState.FULFILLED)
                        .dueAt(Instant.parse("2026-03-09T23:00:00Z"))
                        .paid(dev.pacta.core.money.Money.of("6000", "EUR"))
                        .outstanding(dev.pacta.core.money.Money.of("0", "EUR"))
                        .lateFee(dev.pacta.core.money.Money.of("0", "EUR"))
                        .interest(dev.pacta.core.money.Money.of("0", "EUR"))
                        .build());
        assertThat(check.milestones())
                .containsExactly(MilestoneExpectation.builder()
                        .id(MilestoneId.of("launch"))
                        .state(MilestoneState.PENDING)
                        .daysLate(0L)
                        .putAttribution(PartyId.of("client"), 0L)
                        .build());
        assertThat(check.findings())
                .containsExactly(
                        FindingExpectation.present("NOTICE"),
                        FindingExpectation.builder()
                                .code("BREACH")
                                .party(PartyId.of("studio"))
                                .build(),
                        FindingExpectation.builder()
                                .code("OVERDUE")
                                .present(false)
                                .instance(dev.pacta.core.report.InstanceId.parse("deposit#1")
                                        .orElseThrow())
                                .build());
        assertThat(check.scorecards())
                .containsExactly(ScorecardExpectation.builder()
                        .party(PartyId.of("client"))
                        .putFigures("onTime", BigDecimal.ONE)
                        .putFigures("onTimeRate", new BigDecimal("100.0"))
                        .putFigures("count.FULFILLED", BigDecimal.ONE)
                        .putFigures("owed.EUR", BigDecimal.ZERO)
                        .build());
    }

    @Test
    void parameterProblems_allReportedInTheScenario() {
        PactaJsonException e = error(webScenario("""
                {"approvalDays": 11, "depositPercent": "50", "colour": "red", "launchDate": "2026-02-30"}""", "[]"));
        assertThat(e.problems())
                .extracting(JsonProblem::code, JsonProblem::path, JsonProblem::line, JsonProblem::column)
                .containsExactly(
                        tuple("MISSING_VALUE", "$.parameters.clientName", 5, 17),
                        tuple("OUT_OF_BOUNDS", "$.parameters.approvalDays", 5, 34),
                        tuple("WRONG_TYPE", "$.parameters.depositPercent", 5, 56),
                        tuple("UNKNOWN_PARAMETER", "$.parameters.colour", 5, 72),
                        tuple("INVALID_VALUE", "$.parameters.launchDate", 5, 93));
        PactaJsonException bounds = error(webScenario("{\"approvalDays\": 11}", "[]"));
        assertThat(bounds.problems())
                .extracting(JsonProblem::code, JsonProblem::path, JsonProblem::line, JsonProblem::column)
                .containsExactly(
                        tuple("MISSING_VALUE", "$.parameters.clientName", 5, 17),
                        tuple("OUT_OF_BOUNDS", "$.parameters.approvalDays", 5, 34));
        assertThat(bounds.getMessage())
                .contains("$.parameters.approvalDays: parameter 'approvalDays': expected from 1 business day to 10"
                        + " business days, was 11 business days (line 5, column 34) [OUT_OF_BOUNDS]");
    }

    @Test
    void duplicateEventIds_reportedAtEachEvent() {
        String scenario = webScenario("{\"clientName\": \"Acme\"}", "[]")
                .replace(
                        "\"amount\": \"EUR 6000.00\"}",
                        "\"amount\": \"EUR 6000.00\"},\n    {\"id\": \"e1\", \"at\": \"2026-03-06\", \"kind\": \"x\","
                                + " \"actor\": \"client\"}");
        PactaJsonException e = error(scenario);
        assertThat(e.problems())
                .extracting(JsonProblem::code, JsonProblem::path, JsonProblem::line, JsonProblem::column)
                .containsExactly(tuple("DUPLICATE_ID", "$.events[1].id", 8, 12));
        assertThat(e.getMessage())
                .isEqualTo("$.events[1].id: event id 'e1' is used twice, first at events[0] (line 8, column 12)");
    }

    @Test
    void templateReference_problems() throws IOException {
        String scenario = webScenario("{\"clientName\": \"Acme\"}", "[]");
        PactaJsonException fromText =
                catchThrowableOfType(PactaJsonException.class, () -> PactaJson.SCENARIO.read(scenario));
        assertThat(List.of(fromText.code(), fromText.path(), fromText.line(), fromText.column()))
                .containsExactly("NO_TEMPLATE_FOLDER", "$.template", 4, 15);
        PactaJsonException missing = error(scenario.replace("web-development.template", "web.template"));
        assertThat(List.of(missing.code(), missing.path())).containsExactly("TEMPLATE_NOT_FOUND", "$.template");
        assertThat(missing.getMessage()).contains("template file '../templates/web.template.json' does not exist");
        PactaJsonException absolute = error(scenario.replace("../templates/", "/templates/"));
        assertThat(List.of(absolute.code(), absolute.path())).containsExactly("TEMPLATE_OUTSIDE_ROOT", "$.template");
    }

    @Test
    void brokenTemplate_reportedInTheTemplatesFile(@TempDir Path dir) throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
        Files.writeString(
                templates.resolve("web-development.template.json"),
                Golden.text(TemplateTest.TEMPLATE_FILE).replace("\"${approvalDays}\"", "\"${approvalDay}\""));
        Path file = scenarios.resolve("s.scenario.json");
        Files.writeString(file, webScenario("{\"clientName\": \"Acme\"}", "[]"));
        PactaJsonException e = catchThrowableOfType(PactaJsonException.class, () -> PactaJson.SCENARIO.read(file, dir));
        assertThat(e.source())
                .contains(templates.resolve("web-development.template.json").toString());
        assertThat(e.getMessage())
                .startsWith(
                        templates.resolve("web-development.template.json") + ": template 'web-development' is invalid")
                .contains("$.agreement.obligations[3].deadline.businessDays: placeholder ${approvalDay} names no"
                        + " parameter")
                .contains("[UNUSED_PARAMETER]");
    }

    @Test
    void checkProblems_locatedInTheScenario() {
        assertProblem(
                error(webScenario("{\"clientName\": \"A\"}", "[{\"asOf\": \"10/03/2026\"}]")),
                "INVALID_VALUE",
                "$.checks[0].asOf");
        assertProblem(
                error(webScenario(
                        "{\"clientName\": \"A\"}", "[{\"asOf\": \"2026-03-10\", \"instances\": {\"deposit\": {}}}]")),
                "INVALID_VALUE",
                "$.checks[0].instances.deposit");
        assertProblem(
                error(webScenario(
                        "{\"clientName\": \"A\"}",
                        "[{\"asOf\": \"2026-03-10\", \"instances\": {\"deposit#1\": {\"state\": \"LATE\"}}}]")),
                "UNKNOWN_KIND",
                "$.checks[0].instances['deposit#1'].state");
        PactaJsonException figure = error(webScenario(
                "{\"clientName\": \"A\"}",
                "[{\"asOf\": \"2026-03-10\", \"scorecards\": {\"client\": {\"healthScore\": 3}}}]"));
        assertProblem(figure, "UNKNOWN_FIGURE", "$.checks[0].scorecards.client.healthScore");
        assertThat(figure.getMessage()).contains("figures are instances, decided, onTime, onTimeRate");
        assertProblem(
                error(webScenario(
                        "{\"clientName\": \"A\"}",
                        "[{\"asOf\": \"2026-03-10\", \"instances\": {\"deposit#1\": {\"lateness\": -1}}}]")),
                "OUT_OF_RANGE",
                "$.checks[0].instances['deposit#1'].lateness");
        assertProblem(
                error(webScenario(
                        "{\"clientName\": \"A\"}",
                        "[{\"asOf\": \"2026-03-10\", \"findings\": {\"present\": [\"\"]}}]")),
                "INVALID_VALUE",
                "$.checks[0].findings.present[0]");
    }

    @Test
    void agreementAndTemplate_exactlyOne() throws IOException {
        String both = text(SCENARIOS.resolve("approvals.scenario.json"))
                .replace("\"agreement\": {", "\"template\": \"x.template.json\",\n  \"agreement\": {");
        assertProblem(
                catchThrowableOfType(PactaJsonException.class, () -> PactaJson.SCENARIO.read(both)),
                "CONFLICTING_PROPERTIES",
                "$.template");
        String parameters = text(SCENARIOS.resolve("approvals.scenario.json"))
                .replace("\"agreement\": {", "\"parameters\": {},\n  \"agreement\": {");
        assertProblem(
                catchThrowableOfType(PactaJsonException.class, () -> PactaJson.SCENARIO.read(parameters)),
                "UNEXPECTED_PROPERTY",
                "$.parameters");
    }

    private static void assertProblem(PactaJsonException e, String code, String path) {
        assertThat(e).as("no exception").isNotNull();
        assertThat(List.of(e.code(), e.path())).as(e.getMessage()).containsExactly(code, path);
        assertThat(e.line()).isPositive();
    }

    @Test
    void readScenarios_everyFileUnderAFolder_sortedByPath() throws IOException {
        assertThat(PactaJson.SCENARIO.readAll(SCENARIOS, GOLDEN))
                .extracting(Scenario::name)
                .containsExactly(
                        "approvals: the second approval is late",
                        "web: everyone on time",
                        "web: the balance is paid in part, after its deadline",
                        "web: the client approves the mock-up late");
        assertThat(PactaJson.SCENARIO.readAll(SCENARIOS.resolve("approvals.scenario.json")))
                .extracting(Scenario::name)
                .containsExactly("approvals: the second approval is late");
    }

    @Test
    void scenarioTests_failures_nameTheFileAndEveryMismatch(@TempDir Path dir) throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.copy(
                TEMPLATES.resolve("web-development.template.json"), templates.resolve("web-development.template.json"));
        Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
        Files.writeString(
                scenarios.resolve("a-wrong.scenario.json"),
                webScenario(
                        "{\"clientName\": \"Acme\"}",
                        "[{\"asOf\": \"2026-03-10\", \"instances\": {\"deposit#1\": {\"state\": \"BREACHED\","
                                + " \"dueDate\": \"2026-03-10\"}}}]"));
        Files.writeString(
                scenarios.resolve("b-broken.scenario.json"),
                webScenario("{\"clientName\": \"Acme\"}", "[{\"asOf\": 1}]"));
        Files.writeString(
                scenarios.resolve("c-right.scenario.json"),
                webScenario(
                        "{\"clientName\": \"Acme\"}",
                        "[{\"asOf\": \"2026-03-10\", \"instances\": {\"deposit#1\": {\"state\": \"FULFILLED\"}}}]"));
        List<NamedTest> tests = PactaJson.SCENARIO.tests(scenarios, dir, ScenarioRunner.of(ENGINE));
        assertThat(tests)
                .extracting(NamedTest::name)
                .containsExactly(
                        "web [a-wrong.scenario.json]", "b-broken.scenario.json", "web [c-right.scenario.json]");
        assertThatThrownBy(() -> tests.get(0).test().run())
                .isInstanceOf(AssertionError.class)
                .hasMessage(scenarios.resolve("a-wrong.scenario.json") + ": scenario 'web' failed with 2 mismatches:\n"
                        + "  checks[0]: as of 2026-03-10, deposit#1: expected BREACHED, was FULFILLED (due Mon"
                        + " 2026-03-09: 7 days after the effective date (Mon 2026-03-02); payment by e1 on Thu"
                        + " 2026-03-05, on time)\n"
                        + "  checks[0]: as of 2026-03-10, deposit#1: expected due date 2026-03-10, was 2026-03-09 (due"
                        + " Mon 2026-03-09: 7 days after the effective date (Mon 2026-03-02); payment by e1 on Thu"
                        + " 2026-03-05, on time)");
        assertThatThrownBy(() -> tests.get(1).test().run())
                .isInstanceOf(AssertionError.class)
                .hasMessage(scenarios.resolve("b-broken.scenario.json") + ": $.checks[0].asOf: expected a date"
                        + " yyyy-MM-dd (the end of that day in the agreement's zone) or a timestamp"
                        + " yyyy-MM-ddTHH:mm:ss[.fraction] with Z or an offset ±HH:MM, was 1 (line 9, column 23)");
        tests.get(2).test().run();
    }

    @Test
    void scenarioTests_noFiles_failRatherThanPassSilently(@TempDir Path dir) {
        List<NamedTest> empty = PactaJson.SCENARIO.tests(dir, ENGINE);
        assertThat(empty).hasSize(1);
        assertThatThrownBy(() -> empty.get(0).test().run()).hasMessageStartingWith("no *.scenario.json file in ");
        List<NamedTest> missing = PactaJson.SCENARIO.tests(dir.resolve("nope"), ENGINE);
        assertThatThrownBy(() -> missing.get(0).test().run()).hasMessageEndingWith("(it does not exist)");
    }
}
