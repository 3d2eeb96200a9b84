package dev.pacta.examples.docs;

import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.time.CalendarSource;
import dev.pacta.json.PactaJson;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every scenario file of a folder as a JUnit 5 test, with pacta-json alone. */
class ScenarioFolderTest {
    @TestFactory
    Stream<DynamicTest> scenarios() {
        Path folder = Path.of("src/main/resources/templates/web-development");
        ComplianceEngine engine = ComplianceEngine.of(CalendarSource.builtIns());
        return PactaJson.SCENARIO.tests(folder, engine).stream()
                .map(t -> DynamicTest.dynamicTest(t.name(), t.test()::run));
    }
}
