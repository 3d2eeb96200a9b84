package dev.pacta.json;

import static dev.pacta.core.gen.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.gen.AgreementWithTimeline;
import dev.pacta.core.gen.Coverage;
import dev.pacta.core.gen.Gens;
import dev.pacta.core.gen.ModelGen;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.scenario.Check;
import dev.pacta.core.scenario.FindingExpectation;
import dev.pacta.core.scenario.Scenario;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@code SCENARIO.read(SCENARIO.write(s)).equals(s)} for scenarios with generated agreements and timelines, checked by
 * expectations copied from the engine's reports (as of the end of a day and at an exact instant), and writing is a
 * function of the value.
 */
class ScenarioProperties {
    /** Generated agreements may name the generated holiday calendar. */
    private static final ComplianceEngine ENGINE = ComplianceEngine.of(ModelGen.CALENDARS);

    /**
     * What a generated scenario is made of.
     *
     * @param generated the agreement and timeline
     * @param days the checks' date, in days after the effective date
     * @param seconds the second of that day of the second check
     * @param names the scenario's name and description (empty or not)
     * @param absent the finding codes the second check expects absent
     */
    record Parts(
            AgreementWithTimeline generated, int days, int seconds, Pair<String, String> names, List<String> absent) {
        /** The scenario: the agreement, its events, and checks copied from the engine's reports. */
        Scenario scenario() {
            LocalDate date = generated.agreement().effectiveDate().plusDays(days);
            ComplianceReport endOfDay = ENGINE.evaluate(generated.agreement(), generated.timeline(), date);
            ComplianceReport instant = ENGINE.evaluate(
                    generated.agreement(),
                    generated.timeline(),
                    Instant.from(date.atStartOfDay(generated.agreement().zone()))
                            .plusSeconds(seconds));
            Check.Builder last = Check.builder().from(Check.copyOf(instant));
            absent.forEach(c -> last.addFindings(FindingExpectation.absent(c)));
            return Scenario.builder()
                    .name(names._1)
                    .description(names._2)
                    .agreement(generated.agreement())
                    .events(generated.timeline().events())
                    .addChecks(Check.copyOf(endOfDay), last.build())
                    .build();
        }
    }

    /**
     * The parts of scenarios: a generated agreement and timeline, checks 5 days before to 200 days after the effective
     * date, names with quotes, backslashes, line breaks and non-ASCII characters, half the time a description, and
     * up to two findings expected absent.
     */
    static Gen<Parts> parts() {
        List<String> chars = IntStream.rangeClosed(' ', '~')
                .mapToObj(c -> String.valueOf((char) c))
                .collect(Collectors.toCollection(ArrayList::new));
        chars.addAll(List.of("ä", "é", "€", "\"", "\\", "\n"));
        // Names are not blank: a blank draw gets a visible first character instead of being discarded.
        Gen<String> names = lists().of(Generate.pick(chars))
                .ofSizeBetween(1, 30)
                .map(cs -> String.join("", cs))
                .map(s -> s.isBlank() ? "s" + s : s);
        Gen<String> descriptions = Gens.frequency(1, Generate.constant(""), 1, names);
        // Up to two distinct codes, in the order drawn.
        Gen<List<String>> absent = lists().of(Gens.of("BREACH", "LATE", "NEVER_SEEN"))
                .ofSizeBetween(0, 2)
                .map(codes -> codes.stream().distinct().toList());
        Gen<AgreementWithTimeline> generated = ModelGen.agreementsWithTimelines();
        return generated.zip(
                integers().between(-5, 200),
                integers().between(0, 86_399),
                names.zip(descriptions, Pair::of),
                absent,
                Parts::new);
    }

    @Test
    void scenario_roundTrips() {
        // 200 examples (150 before): the rarer hard cases need them for floors above zero.
        Coverage coverage = JsonGen.hardCaseFloors(
                        Coverage.forCaller(), 0.335, 0.1, 0.01, 0.05, 0.02, 0.005, 0.11, 0.16, 0.015)
                .atLeast("check with instances", 0.95)
                .atLeast("check with milestones", 0.65)
                .atLeast("check with findings", 0.85)
                .atLeast("description", 0.31);
        qt(200).forAll(parts()).checkAssert(parts -> {
            parts.generated().hardCases().countIn(coverage);
            Scenario scenario = parts.scenario();
            scenario.checks().forEach(c -> {
                coverage.count("check with instances", !c.instances().isEmpty());
                coverage.count("check with milestones", !c.milestones().isEmpty());
                coverage.count("check with findings", !c.findings().isEmpty());
            });
            coverage.count("description", !scenario.description().isEmpty());
            String json = PactaJson.SCENARIO.write(scenario);
            Scenario read;
            try {
                read = PactaJson.SCENARIO.read(new StringReader(json));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertThat(read).isEqualTo(scenario);
            assertThat(PactaJson.SCENARIO.read(json)).isEqualTo(scenario);
            assertThat(PactaJson.SCENARIO.write(read)).isEqualTo(json);
        });
        coverage.check();
    }
}
