package dev.pacta.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evaluation is bounded (issue 18, defect 3): the two inputs that ran a 512 MB JVM out of memory now stop at the
 * engine's instance limit, and the tool prints that as a normal error and exits with 1. Each runs {@code pacta} in a
 * JVM of its own with {@code -Xmx512m}, on the test class path.
 */
class BoundedEvaluationCliTest {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {}

    /** Runs {@code pacta} with the arguments in a new JVM limited to 512 MB of heap. */
    static Run pactaIn512m(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-XX:+ExitOnOutOfMemoryError",
                "-cp",
                System.getProperty("java.class.path"),
                PactaCli.class.getName()));
        command.addAll(List.of(args));
        File out = dir.resolve("out.txt").toFile();
        File err = dir.resolve("err.txt").toFile();
        Process p = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectOutput(out)
                .redirectError(err)
                .start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("pacta " + String.join(" ", args) + " did not finish in 120 s");
        }
        return new Run(
                p.exitValue(),
                Files.readString(out.toPath(), StandardCharsets.UTF_8),
                Files.readString(err.toPath(), StandardCharsets.UTF_8));
    }

    static void assertStoppedAtTheLimit(Run r, String file) {
        assertThat(r.err())
                .as("standard error")
                .startsWith("pacta: " + file + ": cannot evaluate as of ")
                .contains("the evaluation stopped materialising instances at the engine's limit of 100000")
                .contains("the report is incomplete")
                .doesNotContain("OutOfMemoryError")
                .doesNotContain("\tat ");
        assertThat(r.out()).as("standard output").isEmpty();
        assertThat(r.code()).as("exit code").isEqualTo(1);
    }

    @Test
    void dailyDutyWithoutEnd_asOf9999_isAnErrorNotOutOfMemory() throws Exception {
        Files.writeString(tmp.resolve("daily.agreement.json"), """
                {
                  "pacta": "agreement/1",
                  "id": "daily",
                  "title": "Daily check without end",
                  "zone": "UTC",
                  "effectiveDate": "2024-01-01",
                  "parties": [
                    {"id": "c", "name": "C", "role": "CLIENT", "contact": "c"},
                    {"id": "p", "name": "P", "role": "PROVIDER", "contact": "p"}
                  ],
                  "obligations": [
                    {
                      "id": "check",
                      "title": "Daily check",
                      "category": "COMPLIANCE",
                      "obligor": "p",
                      "beneficiary": "c",
                      "trigger": {"kind": "RECURRING", "recurrence": {"frequency": "DAILY"}},
                      "deadline": {"days": 1},
                      "fulfilledBy": ["check.done"]
                    }
                  ]
                }
                """);
        assertStoppedAtTheLimit(
                pactaIn512m(tmp, "evaluate", "daily.agreement.json", "--as-of", "9999-12-31"), "daily.agreement.json");
    }

    @Test
    void webDevelopmentSampleEndingIn9999_asOf4026_isAnErrorNotOutOfMemory() throws Exception {
        String sample = Files.readString(Path.of(PactaCliTest.WEB_AGREEMENT));
        assertThat(sample).contains("\"endDate\": \"2026-06-30\"");
        Files.writeString(
                tmp.resolve("web.agreement.json"),
                sample.replace("\"endDate\": \"2026-06-30\"", "\"endDate\": \"9999-12-31\""));
        // HTML is the format that ran out of memory writing the report.
        assertStoppedAtTheLimit(
                pactaIn512m(
                        tmp,
                        "evaluate",
                        "web.agreement.json",
                        "--events",
                        Path.of(PactaCliTest.WEB_TIMELINE).toAbsolutePath().toString(),
                        "--as-of",
                        "4026-01-01",
                        "--format",
                        "html"),
                "web.agreement.json");
    }
}
