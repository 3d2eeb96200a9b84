package dev.pacta.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PactaTestsTest {
    /** The kit's own scenario files: two pass, one has two wrong expectations, two cannot be read. */
    static final String MIXED = "kit/mixed/";

    static final Path MIXED_DIR = Path.of("src/test/resources/kit/mixed");

    @Test
    void scenarios_classpathFolder_oneTestPerFile_namedAfterTheScenario_inPathOrder() {
        List<DynamicTest> tests = PactaTests.scenarios(MIXED).toList();

        assertThat(tests)
                .extracting(DynamicTest::getDisplayName)
                .containsExactly(
                        "the second approval is late",
                        "a wrong expectation in each check",
                        "kit/mixed/c-broken.scenario.json (unreadable)",
                        "kit/mixed/nested/d-missing-template.scenario.json (unreadable)",
                        "nothing is due before the first submission");
    }

    @Test
    void scenarios_classpathFolder_testSourceIsTheFileUri_theOneInTheSourceTree() {
        Map<String, DynamicTest> tests = byName(PactaTests.scenarios(MIXED));

        URI source = tests.get("the second approval is late").getTestSourceUri().orElseThrow();
        assertThat(source.getScheme()).isEqualTo("file");
        assertThat(Path.of(source))
                .isEqualTo(MIXED_DIR.resolve("a-passes.scenario.json").toAbsolutePath());
        URI broken = tests.get("kit/mixed/c-broken.scenario.json (unreadable)")
                .getTestSourceUri()
                .orElseThrow();
        assertThat(broken)
                .isEqualTo(URI.create(MIXED_DIR
                                .resolve("c-broken.scenario.json")
                                .toAbsolutePath()
                                .toUri() + "?line=4&column=3"));
    }

    @Test
    void scenarios_classpathFolder_aCopyThatDiffersFromItsSource_isTheTestSource(@TempDir Path module)
            throws IOException {
        Path copies = module.resolve("target/test-classes/agreements");
        Path sources = module.resolve("src/test/resources/agreements");
        Files.createDirectories(copies);
        Files.createDirectories(sources);
        for (String file : List.of("a-passes.scenario.json", "nested/e-passes.scenario.json")) {
            Files.createDirectories(copies.resolve(file).getParent());
            Files.createDirectories(sources.resolve(file).getParent());
            Files.copy(MIXED_DIR.resolve(file), copies.resolve(file));
            Files.copy(MIXED_DIR.resolve(file), sources.resolve(file));
        }
        Files.writeString(sources.resolve("nested/e-passes.scenario.json"), "edited since the build\n");

        List<DynamicTest> tests = withClassPath(
                module.resolve("target/test-classes"),
                () -> PactaTests.scenarios("agreements").toList());

        assertThat(tests)
                .extracting(t -> Path.of(t.getTestSourceUri().orElseThrow()))
                .containsExactly(
                        sources.resolve("a-passes.scenario.json"), copies.resolve("nested/e-passes.scenario.json"));
    }

    @Test
    void scenarios_failingScenario_failsListingEveryMismatchWithExplanations() {
        DynamicTest failing = byName(PactaTests.scenarios(MIXED)).get("a wrong expectation in each check");

        Throwable failure = run(failing);

        assertThat(failure)
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("kit/mixed/b-fails.scenario.json: scenario 'a wrong expectation in each check'"
                        + " failed with 2 mismatches:")
                .hasMessageContaining(
                        "checks[0]: as of 2026-03-04, approve-mockup#2: expected BREACHED, was UPCOMING (due")
                .hasMessageContaining("checks[1]: as of 2026-03-10, approve-mockup#2: expected FULFILLED, was"
                        + " FULFILLED_LATE (due Thu 2026-03-05")
                .hasMessageContaining("2 business days late");
        assertThat(failure.getMessage().lines().filter(l -> l.startsWith("  checks[")))
                .hasSize(2);
    }

    @Test
    void scenarios_unreadableScenario_isAFailingTestWithLineAndColumn_andTheOthersStillRun() {
        List<DynamicTest> tests = PactaTests.scenarios(MIXED).toList();
        Map<String, DynamicTest> byName = byName(tests.stream());

        DynamicTest broken = byName.get("kit/mixed/c-broken.scenario.json (unreadable)");
        Throwable failure = run(broken);
        assertThat(failure)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("c-broken.scenario.json")
                .hasMessageContaining("nmae")
                .hasMessageContaining("(line 4, column 3)");
        URI source = broken.getTestSourceUri().orElseThrow();
        assertThat(source.getQuery()).isEqualTo("line=4&column=3");
        assertThat(source.getPath()).endsWith("kit/mixed/c-broken.scenario.json");

        assertThat(run(byName.get("kit/mixed/nested/d-missing-template.scenario.json (unreadable)")))
                .hasMessageContaining("no-such.template.json")
                .hasMessageContaining("does not exist");

        assertThat(run(byName.get("the second approval is late"))).isNull();
        assertThat(run(byName.get("nothing is due before the first submission")))
                .isNull();
    }

    @Test
    void scenarios_fileSystemFolder_sameTests_namesInMessagesStartWithTheFolder() {
        List<DynamicTest> tests = PactaTests.scenarios(MIXED_DIR).toList();

        assertThat(tests)
                .extracting(DynamicTest::getDisplayName)
                .contains(
                        "the second approval is late",
                        "src/test/resources/kit/mixed/c-broken.scenario.json (unreadable)");
        assertThat(run(byName(tests.stream()).get("a wrong expectation in each check")))
                .hasMessageStartingWith("src/test/resources/kit/mixed/b-fails.scenario.json: scenario");
    }

    @Test
    void scenarios_oneFile_oneTest() {
        List<DynamicTest> tests = PactaTests.scenarios(MIXED_DIR.resolve("a-passes.scenario.json"))
                .toList();

        assertThat(tests).extracting(DynamicTest::getDisplayName).containsExactly("the second approval is late");
        assertThat(run(tests.get(0))).isNull();
    }

    @Test
    void scenarios_noScenarioFiles_oneFailingTest_neverASilentPass() {
        List<DynamicTest> empty = PactaTests.scenarios("kit/empty").toList();
        List<DynamicTest> missing = PactaTests.scenarios("kit/no-such-folder/").toList();
        List<DynamicTest> missingDir =
                PactaTests.scenarios(Path.of("src/test/no-such-folder")).toList();

        assertThat(empty).hasSize(1);
        assertThat(run(empty.get(0))).hasMessage("no *.scenario.json file in class-path folder 'kit/empty'");
        assertThat(missing).hasSize(1);
        assertThat(run(missing.get(0)))
                .hasMessage("no *.scenario.json file in class-path folder 'kit/no-such-folder'"
                        + " (there is no such resource on the class path)");
        assertThat(run(missingDir.get(0))).hasMessageContaining("(it does not exist)");
    }

    @Test
    void scenarios_inAJar_testSourceIsAClasspathUri_andTemplatesResolveInsideTheJar(@TempDir Path dir)
            throws IOException {
        Path jar = dir.resolve("agreements.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("agreements/"));
            add(out, "agreements/a-passes.scenario.json", MIXED_DIR.resolve("a-passes.scenario.json"));
            add(out, "agreements/c-broken.scenario.json", MIXED_DIR.resolve("c-broken.scenario.json"));
        }
        List<DynamicTest> tests =
                withClassPath(jar, () -> PactaTests.scenarios("agreements/").toList());

        assertThat(tests)
                .extracting(DynamicTest::getDisplayName)
                .containsExactly("the second approval is late", "agreements/c-broken.scenario.json (unreadable)");
        assertThat(tests.get(0).getTestSourceUri())
                .contains(URI.create("classpath:/agreements/a-passes.scenario.json"));
        assertThat(tests.get(1).getTestSourceUri())
                .contains(URI.create("classpath:/agreements/c-broken.scenario.json?line=4&column=3"));
        assertThat(run(tests.get(0))).isNull();
        assertThat(run(tests.get(1))).hasMessageContaining("(line 4, column 3)");
    }

    @Test
    void scenarios_javaScenarios_namedAfterThem() {
        List<DynamicTest> tests = PactaTests.scenarios(
                        List.of(dev.pacta.json.PactaJson.SCENARIO.read(read("a-passes.scenario.json"))),
                        dev.pacta.core.engine.ComplianceEngine.builder().build())
                .toList();

        assertThat(tests).extracting(DynamicTest::getDisplayName).containsExactly("the second approval is late");
        assertThat(run(tests.get(0))).isNull();
    }

    // ---------------------------------------------------------------------------------------------- helpers

    /** Runs a dynamic test as JUnit would; returns what it threw, or null if it passed. */
    static Throwable run(DynamicTest test) {
        return catchThrowable(() -> test.getExecutable().execute());
    }

    static Map<String, DynamicTest> byName(Stream<DynamicTest> tests) {
        return tests.collect(Collectors.toMap(DynamicTest::getDisplayName, Function.identity()));
    }

    private static String read(String file) {
        try {
            return Files.readString(MIXED_DIR.resolve(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void add(JarOutputStream out, String name, Path file) throws IOException {
        out.putNextEntry(new JarEntry(name));
        Files.copy(file, (OutputStream) out);
        out.closeEntry();
    }

    private static <T> T withClassPath(Path root, java.util.function.Supplier<T> body) throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            thread.setContextClassLoader(loader);
            return body.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
