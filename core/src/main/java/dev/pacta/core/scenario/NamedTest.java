package dev.pacta.core.scenario;

import java.util.Objects;

/**
 * A test without a test framework: a name and a {@link Runnable} that throws {@link AssertionError} on failure.
 *
 * <p>Map it to a JUnit 5 dynamic test with {@code DynamicTest.dynamicTest(t.name(), t.test()::run)}; see
 * {@link Scenarios#dynamicTests(java.util.List, dev.pacta.core.engine.ComplianceEngine)}.
 *
 * @param name the test's display name
 * @param test runs the test; throws {@link AssertionError} if it fails
 */
public record NamedTest(String name, Runnable test) {
    /**
     * Checks that no component is null.
     *
     * @param name the test's display name
     * @param test runs the test
     */
    public NamedTest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(test, "test");
    }
}
