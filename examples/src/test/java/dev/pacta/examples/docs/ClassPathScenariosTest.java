package dev.pacta.examples.docs;

import dev.pacta.testing.PactaTests;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every scenario file of a class-path folder as a JUnit 5 test, with pacta-testing. */
class ClassPathScenariosTest {
    @TestFactory
    Stream<DynamicTest> scenarios() {
        // or PactaTests.scenarios(Path.of("src/test/scenarios")) for a folder on disk
        return PactaTests.scenarios("templates/web-development/");
    }
}
