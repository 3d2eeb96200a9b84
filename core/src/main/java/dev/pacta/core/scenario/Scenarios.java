package dev.pacta.core.scenario;

import dev.pacta.core.engine.ComplianceEngine;
import java.util.List;
import java.util.Objects;

/**
 * Scenarios as tests, without {@code pacta-core} depending on a test framework.
 *
 * <p>The three-line JUnit 5 recipe:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> scenarios() {
 *     return Scenarios.dynamicTests(myScenarios, engine).stream()
 *             .map(t -> DynamicTest.dynamicTest(t.name(), t.test()::run));
 * }
 * }</pre>
 */
public final class Scenarios {
    private Scenarios() {}

    /**
     * One named test per scenario, which runs it with the built-in {@link ActualValues} and asserts that it passed.
     *
     * @param scenarios the scenarios
     * @param engine the engine to evaluate with
     * @return the tests, in the order of the scenarios, named after them
     */
    public static List<NamedTest> dynamicTests(List<Scenario> scenarios, ComplianceEngine engine) {
        return dynamicTests(scenarios, ScenarioRunner.of(engine));
    }

    /**
     * One named test per scenario, which runs it with the runner and asserts that it passed.
     *
     * @param scenarios the scenarios
     * @param runner the runner
     * @return the tests, in the order of the scenarios, named after them
     */
    public static List<NamedTest> dynamicTests(List<Scenario> scenarios, ScenarioRunner runner) {
        Objects.requireNonNull(runner, "runner");
        return scenarios.stream()
                .map(s -> new NamedTest(s.name(), () -> runner.run(s).assertPassed()))
                .toList();
    }
}
