package dev.pacta.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged tool as a Unix user meets it: {@code --version} from the jar's manifest, {@code bin/pacta} finding the
 * jar without knowing the version, and {@code -} reading a real process's standard input.
 *
 * <p>Bound to Maven's integration-test phase (failsafe), after {@code package}; the jar, the project's version and
 * the repository's root come from system properties set in {@code examples/pom.xml}.
 */
class UnixToolsIT {
    static Path jar;
    static String version;
    static Path root;

    @TempDir
    Path tmp;

    /** What a process gave. */
    record Run(int code, String out, String err) {}

    @BeforeAll
    static void findTheJar() {
        jar = Path.of(System.getProperty("pacta.jar", "missing"));
        assertThat(jar).as("the shaded jar; run 'mvn -pl examples -am verify'").exists();
        version = System.getProperty("pacta.version");
        assertThat(version).as("system property pacta.version").isNotBlank();
        root = Path.of(System.getProperty("pacta.root", "..")).toAbsolutePath().normalize();
    }

    static Run run(Path dir, Path stdin, List<String> command) throws IOException, InterruptedException {
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        ProcessBuilder pb =
                new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        if (stdin != null) {
            pb.redirectInput(stdin.toFile());
        }
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished within 120 s").isTrue();
        return new Run(
                p.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    static List<String> java(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        return command;
    }

    @Test
    void version_isTheProjectsVersion_fromTheManifest() throws Exception {
        Run r = run(tmp, null, java("--version"));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("pacta " + version + System.lineSeparator());
    }

    @Test
    void binPacta_hardCodesNoVersion() throws IOException {
        String script = Files.readString(root.resolve("bin/pacta"));
        assertThat(script).doesNotContain(version).doesNotContain("version=");
    }

    @Test
    void binPacta_findsTheNewestJar_whateverItsVersion_withoutBuilding() throws Exception {
        // A copy of the repository with only bin/pacta and two jars: no sources, so nothing is stale and no build
        // may start. The older jar is not a jar at all: running it would fail.
        Path copy = tmp.resolve("repo");
        Files.createDirectories(copy.resolve("bin"));
        Files.copy(root.resolve("bin/pacta"), copy.resolve("bin/pacta"));
        Path target = Files.createDirectories(copy.resolve("examples/target"));
        Path old = Files.writeString(target.resolve("pacta-examples-0.0.1-all.jar"), "not a jar");
        Files.setLastModifiedTime(old, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        Files.copy(jar, target.resolve("pacta-examples-9.9.9-SNAPSHOT-all.jar"));

        Run r = run(tmp, null, List.of("bash", copy.resolve("bin/pacta").toString(), "--version"));
        assertThat(r.err()).as("no build, no error").isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out())
                .as("the version is the manifest's, not the file name's")
                .isEqualTo("pacta " + version + System.lineSeparator());
    }

    @Test
    void dash_readsTheProcesssStandardInput() throws Exception {
        Path agreement =
                Golden.SAMPLES.resolve("web-development.agreement.json").toAbsolutePath();
        Path timeline = Golden.SAMPLES.resolve("web-development.timeline.json").toAbsolutePath();
        Run r = run(tmp, timeline, java("evaluate", agreement.toString(), "--events", "-", "--as-of", "2026-04-03"));
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).isEqualTo(Golden.read(Golden.REPORTS.resolve("web-development.txt")));
        r = run(tmp, agreement, java("validate", "-"));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("<stdin>: valid agreement/1 'bakery-web-2026'");
    }
}
