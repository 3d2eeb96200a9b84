package dev.pacta.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.money.Money;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.InstanceState;
import dev.pacta.core.report.Scorecard;
import dev.pacta.core.scenario.ActualValues;
import dev.pacta.core.scenario.ScenarioRunner;
import dev.pacta.core.template.AgreementTemplate;
import dev.pacta.core.template.Parameter;
import dev.pacta.json.PactaJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The template library ({@code src/main/resources/templates}): every scenario file runs as a test through the same
 * public API a template author uses, {@link PactaJson#scenarioTests}.
 */
class TemplateLibraryTest {
    /** The library: one folder per template, holding the template and its scenarios. */
    static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /** Scenarios whose expectations disagree with the engine; see their descriptions and the folder's README. */
    static final Path QUESTIONED = Path.of("src/test/resources/questioned-engine-behaviour");

    static final ComplianceEngine ENGINE = ComplianceEngine.builder().build();

    /** Every {@code *.scenario.json} under the library, one dynamic test each. */
    @TestFactory
    Stream<DynamicTest> templateLibrary() {
        return PactaJson.scenarioTests(TEMPLATES, runner()).stream()
                .map(t -> DynamicTest.dynamicTest(t.name(), t.test()::run));
    }

    /**
     * Expectations the lead was asked to rule on: each states what DESIGN.md says and the engine does not do. Enable
     * when the engine is changed (or delete the file if the engine is ruled right).
     */
    @Disabled(
            "engine behaviour questioned in the template-library report; see src/test/resources/questioned-engine-behaviour")
    @TestFactory
    Stream<DynamicTest> questionedEngineBehaviour() {
        return PactaJson.scenarioTests(QUESTIONED, runner()).stream()
                .map(t -> DynamicTest.dynamicTest(t.name(), t.test()::run));
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
                AgreementTemplate template = PactaJson.readTemplate(file);
                assertThat(template.parameters()).as(file.toString()).isNotEmpty();
                for (Parameter p : template.parameters()) {
                    assertThat(p.description()).as(file + ": " + p.name()).isNotBlank();
                }
            }
        }
    }

    static ScenarioRunner runner() {
        return ScenarioRunner.of(ENGINE).withActualValues(ReportFigures.INSTANCE);
    }

    /**
     * Payment amounts and scorecard figures read from the report. {@code ActualValues.builtIn()} still returns nothing
     * (it predates {@link InstanceReport#payment()} and {@link ComplianceReport#scorecards()}), so without this
     * lookup every expected amount or figure is "not available". Figure names are those {@code scenario/1} accepts:
     * the scorecard's numeric accessors, {@code count.<STATE>} and {@code owed.<CURRENCY>}.
     */
    enum ReportFigures implements ActualValues {
        INSTANCE;

        @Override
        public Optional<Money> amount(ComplianceReport report, InstanceReport instance, Amount amount) {
            // As docs/json-format.md says: a payment instance without a late fee or interest has zero of it.
            return instance.payment().map(p -> switch (amount) {
                case OUTSTANDING -> p.outstanding();
                case PAID -> p.paid();
                case LATE_FEE -> p.lateFee().orElse(Money.zero(p.due().currency()));
                case INTEREST -> p.interest().orElse(Money.zero(p.due().currency()));
            });
        }

        @Override
        public Optional<BigDecimal> scorecardFigure(ComplianceReport report, PartyId party, String figure) {
            Optional<Scorecard> card = report.scorecard(party);
            if (card.isEmpty()) {
                return Optional.empty();
            }
            Scorecard s = card.get();
            if (figure.startsWith("count.")) {
                String state = figure.substring("count.".length());
                return Stream.of(InstanceState.values())
                        .filter(v -> v.name().equals(state))
                        .findFirst()
                        .map(v -> BigDecimal.valueOf(s.counts().getOrDefault(v, 0)));
            }
            if (figure.startsWith("owed.")) {
                String currency = figure.substring("owed.".length());
                return Optional.of(s.owed().stream()
                        .filter(m -> m.currency().getCurrencyCode().equals(currency))
                        .map(Money::amount)
                        .findFirst()
                        .orElse(BigDecimal.ZERO));
            }
            return switch (figure) {
                case "instances" -> whole(s.instances());
                case "decided" -> whole(s.decided());
                case "onTime" -> whole(s.onTime());
                case "onTimeRate" -> s.onTimeRate();
                case "responses" -> whole(s.responses());
                case "responsesWithinWindow" -> whole(s.responsesWithinWindow());
                case "medianResponseDays" -> s.medianResponseDays();
                case "p90ResponseDays" -> s.p90ResponseDays().map(BigDecimal::valueOf);
                case "worstResponseDays" -> s.worstResponseDays().map(BigDecimal::valueOf);
                case "medianWindowDays" -> s.medianWindowDays();
                case "delayCausedToOthers" -> whole(s.delayCausedToOthers());
                case "lateWithNotice" -> whole(s.lateWithNotice());
                case "lateWithoutNotice" -> whole(s.lateWithoutNotice());
                default -> Optional.empty();
            };
        }

        private static Optional<BigDecimal> whole(long value) {
            return Optional.of(BigDecimal.valueOf(value));
        }
    }
}
