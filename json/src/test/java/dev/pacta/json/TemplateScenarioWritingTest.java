package dev.pacta.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.scenario.Check;
import dev.pacta.core.scenario.Scenario;
import dev.pacta.core.template.AgreementTemplate;
import dev.pacta.core.template.Parameter;
import dev.pacta.core.template.ParameterType;
import dev.pacta.core.template.TemplateId;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Templates and scenarios write back as read: the golden files write as their own bytes, and what is written reads
 * back as an equal value. Run with {@code -Dpacta.golden.regenerate=true} to rewrite the golden files.
 */
class TemplateScenarioWritingTest {
    private static final boolean REGENERATE = Boolean.getBoolean("pacta.golden.regenerate");
    private static final Path TEMPLATE = ScenarioJsonTest.TEMPLATES.resolve("web-development.template.json");

    static Stream<String> scenarioFiles() {
        return Stream.of(
                "approvals.scenario.json",
                "web/all-on-time.scenario.json",
                "web/balance-paid-in-part.scenario.json",
                "web/client-approves-late.scenario.json");
    }

    @Test
    void template_writesGoldenBytes_andReadsBack() throws IOException {
        AgreementTemplate template = PactaJson.TEMPLATE.read(TEMPLATE);
        String written = PactaJson.TEMPLATE.write(template);
        if (REGENERATE) {
            Files.writeString(TEMPLATE, written, StandardCharsets.UTF_8);
        }
        assertThat(written).isEqualTo(Files.readString(TEMPLATE, StandardCharsets.UTF_8));
        AgreementTemplate read = PactaJson.TEMPLATE.read(written);
        assertThat(read).isEqualTo(template).hasSameHashCodeAs(template);
        assertThat(PactaJson.TEMPLATE.write(read)).isEqualTo(written);
        // Placeholders and escapes are kept, and the template still instantiates.
        assertThat(written)
                .contains("\"value\": \"${price}\"")
                .contains("write $${price} in invoices")
                .contains("\"annualRatePercent\": 12.25");
        Agreement agreement = read.instantiateOrThrow(Map.of("clientName", "Acme"));
        assertThat(agreement).isEqualTo(template.instantiateOrThrow(Map.of("clientName", "Acme")));
    }

    @Test
    void template_everySink(@TempDir Path dir) throws IOException {
        AgreementTemplate template = PactaJson.TEMPLATE.read(TEMPLATE);
        String expected = PactaJson.TEMPLATE.write(template);
        StringWriter writer = new StringWriter();
        PactaJson.TEMPLATE.write(template, writer);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PactaJson.TEMPLATE.write(template, out);
        Path file = dir.resolve("t.template.json");
        PactaJson.TEMPLATE.write(template, file);
        assertThat(writer.toString()).isEqualTo(expected);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(Files.readString(file)).isEqualTo(expected);
        assertThat(PactaJson.TEMPLATE.read(file)).isEqualTo(template);
        assertThat(PactaJson.TEMPLATE.read(new StringReader(expected))).isEqualTo(template);
    }

    @Test
    void template_readTwice_isEqual_andDifferentAgreementsAreNot() {
        String text = Golden.text(TemplateTest.TEMPLATE_FILE);
        assertThat(PactaJson.TEMPLATE.read(text)).isEqualTo(PactaJson.TEMPLATE.read(text));
        assertThat(PactaJson.TEMPLATE.read(text.replace("\"days\": 30", "\"days\": 31")))
                .isNotEqualTo(PactaJson.TEMPLATE.read(text));
    }

    @Test
    void template_writtenInJava_cannotBeWritten() {
        AgreementTemplate java = AgreementTemplate.builder()
                .id(TemplateId.of("java"))
                .title("Java")
                .addParameters(
                        Parameter.builder().name("n").type(ParameterType.TEXT).build())
                .body(values -> Golden.agreement())
                .build();
        PactaJsonException e = catchThrowableOfType(PactaJsonException.class, () -> PactaJson.TEMPLATE.write(java));
        assertThat(e).isNotNull();
        assertThat(e.code()).isEqualTo("UNWRITABLE");
        assertThat(e.getMessage()).contains("template 'java'").contains("written in Java");
        Scenario scenario = Scenario.builder().name("s").template(java).build();
        assertThat(catchThrowableOfType(PactaJsonException.class, () -> PactaJson.SCENARIO.write(scenario)))
                .isNotNull()
                .hasMessageContaining("written in Java");
    }

    @Test
    void scenario_withATemplateReadWithoutAScenario_cannotBeWritten() throws IOException {
        Scenario scenario = Scenario.builder()
                .name("s")
                .template(PactaJson.TEMPLATE.read(TEMPLATE))
                .putParameters("clientName", "Acme")
                .build();
        PactaJsonException e = catchThrowableOfType(PactaJsonException.class, () -> PactaJson.SCENARIO.write(scenario));
        assertThat(e).isNotNull();
        assertThat(List.of(e.code(), e.path())).containsExactly("UNWRITABLE", "$.template");
        assertThat(e.getMessage()).contains("no inline templates");
    }

    @ParameterizedTest
    @MethodSource("scenarioFiles")
    void scenario_writesGoldenBytes_andReadsBack(String name) throws IOException {
        Path file = ScenarioJsonTest.SCENARIOS.resolve(name);
        Scenario scenario = PactaJson.SCENARIO.read(file, ScenarioJsonTest.GOLDEN);
        String written = PactaJson.SCENARIO.write(scenario);
        if (REGENERATE) {
            Files.writeString(file, written, StandardCharsets.UTF_8);
        }
        assertThat(written).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        Scenario read = PactaJson.SCENARIO.read(written, file.toAbsolutePath().getParent(), ScenarioJsonTest.GOLDEN);
        assertThat(read).isEqualTo(scenario).hasSameHashCodeAs(scenario);
        assertThat(PactaJson.SCENARIO.write(read)).isEqualTo(written);
        assertThat(read.run(Golden.engine()).passed())
                .isEqualTo(scenario.run(Golden.engine()).passed());
    }

    @Test
    void scenario_referringToATemplate_roundTripsInAnotherFolder(@TempDir Path dir) throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
        Files.copy(TEMPLATE, templates.resolve("web.template.json"));
        String text = Files.readString(ScenarioJsonTest.SCENARIOS.resolve("web/balance-paid-in-part.scenario.json"))
                .replace("../../templates/web-development.template.json", "../templates/web.template.json");
        Scenario scenario = PactaJson.SCENARIO.read(text, scenarios, dir);
        String written = PactaJson.SCENARIO.write(scenario);
        assertThat(written).contains("\"template\": \"../templates/web.template.json\"");
        assertThat(PactaJson.SCENARIO.read(written, scenarios, dir)).isEqualTo(scenario);
        Path file = scenarios.resolve("s.scenario.json");
        PactaJson.SCENARIO.write(scenario, file);
        assertThat(PactaJson.SCENARIO.read(file, dir)).isEqualTo(scenario);
        StringWriter writer = new StringWriter();
        PactaJson.SCENARIO.write(scenario, writer);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PactaJson.SCENARIO.write(scenario, out);
        assertThat(writer.toString()).isEqualTo(written);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(written);
    }

    @Test
    void scenario_withAnInlineAgreement_roundTripsFromText() throws IOException {
        Scenario scenario = Scenario.builder()
                .name("golden")
                .description("the golden agreement and timeline, checked as of the report date")
                .agreement(Golden.agreement())
                .events(Golden.timeline().events())
                .addChecks(Check.copyOf(Golden.report()))
                .build();
        String written = PactaJson.SCENARIO.write(scenario);
        assertThat(PactaJson.SCENARIO.read(written)).isEqualTo(scenario);
        assertThat(PactaJson.SCENARIO.read(new StringReader(written))).isEqualTo(scenario);
        assertThat(scenario.run(Golden.engine()).passed()).isTrue();
    }
}
