package dev.pacta.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.arbitraries.AgreementWithTimeline;
import dev.pacta.core.arbitraries.ModelArbitraries;
import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.scenario.Check;
import dev.pacta.core.scenario.FindingExpectation;
import dev.pacta.core.scenario.Scenario;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * {@code readScenario(writeScenario(s)).equals(s)} for scenarios with generated agreements and timelines, checked by
 * expectations copied from the engine's reports (as of the end of a day and at an exact instant), and writing is a
 * function of the value.
 */
class ScenarioProperties {
    @Property(tries = 150)
    void scenario_roundTrips(@ForAll("scenarios") Scenario scenario) throws IOException {
        scenario.checks()
                .forEach(c -> Statistics.label("check")
                        .collect(
                                c.instances().isEmpty() ? "no instances" : "instances",
                                c.milestones().isEmpty() ? "no milestones" : "milestones",
                                c.findings().isEmpty() ? "no findings" : "findings"));
        String json = PactaJson.writeScenario(scenario);
        Scenario read = PactaJson.readScenario(new StringReader(json));
        assertThat(read).isEqualTo(scenario);
        assertThat(PactaJson.readScenario(json)).isEqualTo(scenario);
        assertThat(PactaJson.writeScenario(read)).isEqualTo(json);
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<AgreementWithTimeline> samples = ModelArbitraries.agreementsWithTimelines();
        Arbitrary<Integer> days = Arbitraries.integers().between(-5, 200);
        Arbitrary<Integer> seconds = Arbitraries.integers().between(0, 86_399);
        Arbitrary<String> names = Arbitraries.strings()
                .withCharRange(' ', '~')
                .withChars("äé€\"\\\n")
                .ofMinLength(1)
                .ofMaxLength(30)
                .filter(s -> !s.isBlank());
        Arbitrary<String> descriptions = Arbitraries.oneOf(Arbitraries.just(""), names);
        Arbitrary<List<String>> absent = Arbitraries.of("BREACH", "LATE", "NEVER_SEEN")
                .list()
                .ofMaxSize(2)
                .uniqueElements();
        return Combinators.combine(samples, days, seconds, names, descriptions, absent)
                .as((s, d, sec, name, description, codes) -> {
                    ComplianceEngine engine = ComplianceEngine.builder().build();
                    LocalDate date = s.agreement().effectiveDate().plusDays(d);
                    ComplianceReport endOfDay = engine.evaluate(s.agreement(), s.timeline(), date);
                    ComplianceReport instant = engine.evaluate(
                            s.agreement(),
                            s.timeline(),
                            Instant.from(date.atStartOfDay(s.agreement().zone()))
                                    .plusSeconds(sec));
                    Check.Builder last = Check.builder().from(Check.copyOf(instant));
                    codes.forEach(c -> last.addFindings(FindingExpectation.absent(c)));
                    return Scenario.builder()
                            .name(name)
                            .description(description)
                            .agreement(s.agreement())
                            .events(s.timeline().events())
                            .addChecks(Check.copyOf(endOfDay), last.build())
                            .build();
                });
    }
}
