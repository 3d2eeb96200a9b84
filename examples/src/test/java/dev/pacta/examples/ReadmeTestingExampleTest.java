package dev.pacta.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's "Testing your agreements" example is {@link WebDevelopmentTemplateTest}, verbatim (all but its package
 * line), so the documented way is the one this build runs.
 */
class ReadmeTestingExampleTest {
    @Test
    void readme_testingYourAgreements_isTheWebDevelopmentTemplateTest() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        String section = readme.substring(readme.indexOf("## Testing your agreements"));
        int start = section.indexOf("```java\n") + "```java\n".length();
        String example = section.substring(start, section.indexOf("\n```", start) + 1);

        String test = Files.readString(Path.of("src/test/java/dev/pacta/examples/WebDevelopmentTemplateTest.java"));
        String withoutPackage = test.substring(test.indexOf("\n\n") + 2);

        assertThat(example).isEqualTo(withoutPackage);
    }
}
