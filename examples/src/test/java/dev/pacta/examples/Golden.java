package dev.pacta.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden copies: files committed under {@code examples/} that a test's output must equal.
 *
 * <p>To regenerate them after an intended change, run the tests with {@code -Dpacta.updateGolden=true}
 * ({@code ./mvnw -pl examples -am verify -Dpacta.updateGolden=true}), then review the diff with {@code git diff}.
 * Tests run with the module's folder as working directory, so paths are relative to {@code examples/}.
 */
public final class Golden {
    /** The system property that makes {@link #assertMatches} write the files instead of comparing. */
    public static final String UPDATE = "pacta.updateGolden";

    /** The golden text reports. */
    public static final Path REPORTS = Path.of("src/test/resources/golden");

    /** The sample JSON documents of the case studies, also used by the README and the CLI tests. */
    public static final Path SAMPLES = Path.of("samples");

    private Golden() {}

    /** Whether goldens are being regenerated. */
    public static boolean updating() {
        return Boolean.getBoolean(UPDATE);
    }

    /**
     * Asserts that the file's content equals {@code actual}, or writes it when regenerating.
     *
     * @param file the golden file
     * @param actual the output
     */
    public static void assertMatches(Path file, String actual) {
        try {
            if (updating()) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            assertThat(file)
                    .as("golden file %s is missing; run with -D%s=true to create it", file, UPDATE)
                    .exists();
            assertThat(actual)
                    .as("output differs from %s; if the change is intended, run with -D%s=true", file, UPDATE)
                    .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a golden file.
     *
     * @param file the file
     * @return its content
     */
    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
