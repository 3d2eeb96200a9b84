package dev.pacta.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged tool as a user would: {@code java -jar pacta-examples-VERSION-all.jar ...} in a new process.
 *
 * <p>Bound to Maven's integration-test phase (failsafe), after {@code package} has built the shaded jar; its path
 * comes from the {@code pacta.jar} system property set in {@code examples/pom.xml}.
 */
class PactaJarIT {
    static Path jar;

    @TempDir
    Path tmp;

    /** What a process gave. */
    record Run(int code, String out, String err) {}

    @BeforeAll
    static void findTheJar() {
        String property = System.getProperty("pacta.jar");
        assertThat(property)
                .as("system property pacta.jar (set by failsafe in examples/pom.xml)")
                .isNotNull();
        jar = Path.of(property);
        assertThat(jar).as("the shaded jar; run 'mvn -pl examples -am verify'").exists();
    }

    static Run java(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS))
                .as("pacta finished within 60 s")
                .isTrue();
        return new Run(
                p.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void evaluate_sampleFiles_printsTheGoldenReport_exit1() throws Exception {
        Run r = java(
                tmp,
                "evaluate",
                Golden.SAMPLES
                        .resolve("web-development.agreement.json")
                        .toAbsolutePath()
                        .toString(),
                "--events",
                Golden.SAMPLES
                        .resolve("web-development.timeline.json")
                        .toAbsolutePath()
                        .toString(),
                "--as-of",
                "2026-04-03");
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).isEqualTo(Golden.read(Golden.REPORTS.resolve("web-development.txt")));
        assertThat(r.err()).isEmpty();
    }

    @Test
    void demo_readmeRunCommand_exit0() throws Exception {
        Run r = java(tmp, "demo");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out())
                .startsWith("Acme Bakery website (bakery-web-2026)")
                .contains("launch: REACHED_LATE, 4 business days late: 3 bakery, 1 studio");
    }

    @Test
    void evaluate_html_writesTheFile() throws Exception {
        Path html = tmp.resolve("late-paying-client.html");
        Run r = java(
                tmp,
                "evaluate",
                Golden.SAMPLES
                        .resolve("late-paying-client.agreement.json")
                        .toAbsolutePath()
                        .toString(),
                "-e",
                Golden.SAMPLES
                        .resolve("late-paying-client.timeline.json")
                        .toAbsolutePath()
                        .toString(),
                "--as-of",
                "2026-03-31",
                "--format",
                "html",
                "--out",
                html.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(Xml.count(Xml.parse(Files.readString(html)), "//*[local-name()='g'][@class='row']"))
                .isEqualTo(3);
    }

    @Test
    void validate_brokenFile_exit1_lineAndColumnOnStderr() throws Exception {
        Path bad = tmp.resolve("broken.json");
        Files.writeString(bad, "{\"pacta\": \"timeline/1\", \"events\": [}\n");
        Run r = java(tmp, "validate", bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith(bad + ":1:");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void usageError_exit2() throws Exception {
        Run r = java(tmp, "evaluate", "--frobnicate");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("pacta: ").contains("Try 'pacta evaluate --help'");
    }
}
