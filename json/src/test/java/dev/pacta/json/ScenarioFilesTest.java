package dev.pacta.json;

import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.scenario.ScenarioRunner;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The golden scenario files run as JUnit 5 dynamic tests, through the recipe a user copies. */
class ScenarioFilesTest {
    @TestFactory
    Stream<DynamicTest> goldenScenarios() {
        // The scenarios refer to ../../templates: the root is the folder that holds both.
        return PactaJson.SCENARIO
                .tests(
                        Path.of("src/test/resources/golden/scenarios"),
                        Path.of("src/test/resources/golden"),
                        ScenarioRunner.of(ComplianceEngine.builder().build()))
                .stream()
                .map(t -> DynamicTest.dynamicTest(t.name(), t.test()::run));
    }
}
