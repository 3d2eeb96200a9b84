package dev.pacta.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.scenario.ScenarioRunner;
import dev.pacta.core.template.AgreementTemplate;
import dev.pacta.core.template.Parameter;
import dev.pacta.json.PactaJson;
import dev.pacta.testing.PactaTests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The template library ({@code src/main/resources/templates}, on the class path as {@code templates/}): every scenario
 * file runs as a test through the test kit a template author uses, {@link PactaTests#scenarios(String)}.
 */
class TemplateLibraryTest {
    /** The library: one folder per template, holding the template and its scenarios. */
    static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /** Scenarios that pin two engine rulings the template library asked for; see the folder's README. */
    static final Path RULINGS = Path.of("src/test/resources/engine-rulings");

    /** Every {@code *.scenario.json} under the library, one dynamic test each, named after its scenario. */
    @TestFactory
    Stream<DynamicTest> templateLibrary() {
        return PactaTests.scenarios("templates/");
    }

    /**
     * Two rulings on the engine, written while building the library: cancelled work does not reach a milestone, and a
     * milestone's delay is attributed along the fulfilment that started its critical instance. They name their
     * template by its path in the source tree, so they run from that folder rather than from the class path, with
     * {@code src} as the root their templates may be read from.
     */
    @TestFactory
    Stream<DynamicTest> engineRulings() {
        return PactaTests.scenarios(
                RULINGS,
                Path.of("src"),
                ScenarioRunner.of(ComplianceEngine.builder().build()));
    }

    /** Each template folder holds the template and, at least, the four stories of issue 7. */
    @Test
    void everyTemplateHasTheFourRequiredScenarios() throws IOException {
        List<Path> folders;
        try (Stream<Path> list = Files.list(TEMPLATES)) {
            folders = list.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(folders).hasSizeGreaterThanOrEqualTo(5);
        for (Path folder : folders) {
            String name = folder.getFileName().toString();
            assertThat(folder.resolve(name + ".template.json")).as(name).isRegularFile();
            for (String story : List.of("all-on-time", "client-late", "provider-late", "payment-missed")) {
                assertThat(folder.resolve(story + ".scenario.json")).as(name).isRegularFile();
            }
        }
    }

    /** Each template reads, and every parameter tells the person filling it in what it means. */
    @Test
    void everyTemplateReadsAndDescribesItsParameters() throws IOException {
        try (Stream<Path> walk = Files.walk(TEMPLATES)) {
            List<Path> files = walk.filter(f -> f.toString().endsWith(".template.json"))
                    .sorted()
                    .toList();
            assertThat(files).hasSizeGreaterThanOrEqualTo(5);
            for (Path file : files) {
                AgreementTemplate template = PactaJson.TEMPLATE.read(file);
                assertThat(template.parameters()).as(file.toString()).isNotEmpty();
                for (Parameter p : template.parameters()) {
                    assertThat(p.description()).as(file + ": " + p.name()).isNotBlank();
                }
            }
        }
    }
}
