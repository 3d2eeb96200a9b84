package dev.pacta.testing;

import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.scenario.Scenario;
import dev.pacta.core.scenario.ScenarioResult;
import dev.pacta.core.scenario.ScenarioRunner;
import dev.pacta.json.PactaJson;
import dev.pacta.json.PactaJsonException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.Executable;

/**
 * Scenario files as JUnit 5 tests, with no boilerplate.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> agreements() {
 *     return PactaTests.scenarios("agreements/");
 * }
 * }</pre>
 *
 * <p>Every {@code *.scenario.json} file under a folder of the class path ({@link #scenarios(String)}) or of the file
 * system ({@link #scenarios(Path)}), searched recursively, becomes one dynamic test:
 *
 * <ul>
 *   <li>named after the scenario (its {@code "name"}), so reports read "client approves late", not
 *       {@code scenarios()[3]};
 *   <li>whose test source is the file's URI ({@code file:} for a file on disk, {@code classpath:} for one inside a
 *       jar), so IDEs and Surefire reports link to the file;
 *   <li>that fails with an {@link AssertionError} listing <em>every</em> mismatch with the instance's explanation, as
 *       {@code pacta check} does, e.g. {@code as of 2026-03-23, approve-mockup#1: expected FULFILLED, was
 *       FULFILLED_LATE (due Fri 2026-03-20: ...)}.
 * </ul>
 *
 * <p>Nothing here throws for a bad file: a scenario that cannot be read (malformed JSON, an unknown property, a
 * template that does not exist, a parameter out of bounds) becomes a failing test named after its file, whose message
 * gives the JSON path, line and column, and whose test source points at that line and column; the other scenarios
 * still run. A folder that does not exist or holds no scenario file becomes one failing test, so a mistyped folder
 * never passes silently. Files are read when this method is called; each scenario is evaluated when its test runs.
 *
 * <p>Tests are in the order of the files' paths relative to the folder (forward slashes), class-path roots in class
 * path order. A scenario's {@code "template"} reference is resolved relative to its own file, inside a jar too (a jar
 * must hold the folder's own entry, as jars built by Maven do), and must stay inside the folder given (for one file,
 * its folder; {@link #scenarios(Path, Path, ScenarioRunner)} takes a wider root). A class-path folder is found where the build copied it
 * ({@code target/test-classes}, {@code build/resources/test}, ...); when the file it was copied from is in the usual
 * place ({@code src/test/resources}, ...) with the same content, the test source is that file, the one to edit.
 *
 * <p>This class is thread-safe; it holds no state.
 */
public final class PactaTests {
    /** The file name ending of scenario files. */
    public static final String SCENARIO_SUFFIX = ".scenario.json";

    private PactaTests() {}

    /**
     * One test per scenario file under a class-path folder, run by a default engine (the built-in calendars
     * {@code WEEKENDS} and {@code NONE}, no custom rules).
     *
     * @param classpathFolder a folder on the class path, e.g. {@code "agreements/"} for
     *     {@code src/test/resources/agreements}; a leading or trailing slash is ignored; a single scenario file also
     *     works
     * @return the tests
     */
    public static Stream<DynamicTest> scenarios(String classpathFolder) {
        return scenarios(classpathFolder, ComplianceEngine.builder().build());
    }

    /**
     * One test per scenario file under a class-path folder, run by an engine of one's own (calendars, custom rules,
     * horizon).
     *
     * @param classpathFolder a folder on the class path, e.g. {@code "agreements/"}
     * @param engine the engine to evaluate with
     * @return the tests
     */
    public static Stream<DynamicTest> scenarios(String classpathFolder, ComplianceEngine engine) {
        return scenarios(classpathFolder, ScenarioRunner.of(Objects.requireNonNull(engine, "engine")));
    }

    /**
     * One test per scenario file under a class-path folder, run by a runner of one's own (e.g. with custom
     * {@link dev.pacta.core.scenario.ActualValues}).
     *
     * @param classpathFolder a folder on the class path, e.g. {@code "agreements/"}
     * @param runner the runner
     * @return the tests
     */
    public static Stream<DynamicTest> scenarios(String classpathFolder, ScenarioRunner runner) {
        Objects.requireNonNull(classpathFolder, "classpathFolder");
        Objects.requireNonNull(runner, "runner");
        String name = trimSlashes(classpathFolder);
        String where = "class-path folder '" + name + "'";
        List<DynamicTest> tests = new ArrayList<>();
        List<URL> roots;
        try {
            roots = Collections.list(classLoader().getResources(name));
        } catch (IOException e) {
            return Stream.of(failing(where, null, "cannot list " + where + ": " + e));
        }
        for (URL root : roots) {
            try {
                tests.addAll(fromClasspathRoot(root, name, runner));
            } catch (IOException | URISyntaxException | RuntimeException e) {
                tests.add(failing(where, null, "cannot list scenario files in " + root + ": " + e));
            }
        }
        if (tests.isEmpty()) {
            return Stream.of(failing(
                    where,
                    null,
                    "no *.scenario.json file in " + where
                            + (roots.isEmpty() ? " (there is no such resource on the class path)" : "")));
        }
        return tests.stream();
    }

    /**
     * One test per scenario file under a folder of the file system (or for one file), run by a default engine.
     *
     * @param fileOrFolder a folder, searched recursively, e.g. {@code Path.of("src/test/agreements")}; or one file
     * @return the tests
     */
    public static Stream<DynamicTest> scenarios(Path fileOrFolder) {
        return scenarios(fileOrFolder, ComplianceEngine.builder().build());
    }

    /**
     * One test per scenario file under a folder of the file system (or for one file), run by an engine of one's own.
     *
     * @param fileOrFolder a folder, searched recursively, or one file
     * @param engine the engine to evaluate with
     * @return the tests
     */
    public static Stream<DynamicTest> scenarios(Path fileOrFolder, ComplianceEngine engine) {
        return scenarios(fileOrFolder, ScenarioRunner.of(Objects.requireNonNull(engine, "engine")));
    }

    /**
     * One test per scenario file under a folder of the file system (or for one file), run by a runner of one's own.
     *
     * @param fileOrFolder a folder, searched recursively, or one file
     * @param runner the runner
     * @return the tests
     */
    public static Stream<DynamicTest> scenarios(Path fileOrFolder, ScenarioRunner runner) {
        Objects.requireNonNull(fileOrFolder, "fileOrFolder");
        return scenarios(fileOrFolder, rootOf(fileOrFolder), runner);
    }

    /**
     * One test per scenario file under a folder of the file system (or for one file), whose templates may be anywhere
     * inside a root folder rather than only inside {@code fileOrFolder}: for scenarios that refer to
     * {@code "../templates/web.template.json"} (see {@code PactaJson.SCENARIO.read(Path, Path)}).
     *
     * @param fileOrFolder a folder, searched recursively, or one file
     * @param root the folder the scenarios' templates must be in
     * @param runner the runner
     * @return the tests
     */
    public static Stream<DynamicTest> scenarios(Path fileOrFolder, Path root, ScenarioRunner runner) {
        Objects.requireNonNull(fileOrFolder, "fileOrFolder");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(runner, "runner");
        String where = "folder " + fileOrFolder;
        List<DynamicTest> tests;
        try {
            tests = fromFolder(fileOrFolder, root, fileOrFolder.toString().replace('\\', '/'), runner, false);
        } catch (IOException | RuntimeException e) {
            return Stream.of(failing(where, null, "cannot list scenario files in " + fileOrFolder + ": " + e));
        }
        if (tests.isEmpty()) {
            return Stream.of(failing(
                    where,
                    null,
                    "no *.scenario.json file in " + fileOrFolder
                            + (Files.exists(fileOrFolder) ? "" : " (it does not exist)")));
        }
        return tests.stream();
    }

    /**
     * One test per scenario built in Java (or read elsewhere), named after it, run by an engine. The tests have no
     * test source.
     *
     * @param scenarios the scenarios
     * @param engine the engine to evaluate with
     * @return the tests, in the order of the scenarios
     */
    public static Stream<DynamicTest> scenarios(List<Scenario> scenarios, ComplianceEngine engine) {
        ScenarioRunner runner = ScenarioRunner.of(Objects.requireNonNull(engine, "engine"));
        return List.copyOf(scenarios).stream()
                .map(s -> DynamicTest.dynamicTest(s.name(), () -> runner.run(s).assertPassed()));
    }

    // ------------------------------------------------------------------------------------------------ reading

    private static List<DynamicTest> fromClasspathRoot(URL root, String name, ScenarioRunner runner)
            throws IOException, URISyntaxException {
        URI uri = root.toURI();
        if ("file".equals(uri.getScheme())) {
            Path folder = Path.of(uri);
            return fromFolder(folder, rootOf(folder), name, runner, false);
        }
        if (!"jar".equals(uri.getScheme())) {
            throw new IOException("unsupported class-path location " + uri);
        }
        // A jar: read its entries through a zip file system, closed again once every file is read.
        FileSystem fs;
        boolean opened;
        try {
            fs = FileSystems.newFileSystem(uri, Map.of());
            opened = true;
        } catch (FileSystemAlreadyExistsException e) {
            fs = FileSystems.getFileSystem(uri);
            opened = false;
        }
        try {
            Path folder = fs.getPath("/" + name);
            return fromFolder(folder, rootOf(folder), name, runner, true);
        } finally {
            if (opened) {
                fs.close();
            }
        }
    }

    /**
     * Reads every scenario file under a folder (or one file) into a test.
     *
     * @param root the folder templates must be in
     * @param label the folder as the user named it, the prefix of file names in messages
     * @param inJar whether the files are in a jar (their test source is then a {@code classpath:} URI)
     */
    private static List<DynamicTest> fromFolder(
            Path fileOrFolder, Path root, String label, ScenarioRunner runner, boolean inJar) throws IOException {
        List<Path> files = scenarioFiles(fileOrFolder);
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : files) {
            String relative = Files.isDirectory(fileOrFolder)
                    ? label + "/" + fileOrFolder.relativize(file).toString().replace('\\', '/')
                    : label;
            URI source = inJar
                    ? URI.create("classpath:/" + relative)
                    : sourceOf(file).toUri();
            tests.add(test(file, root, relative, source, runner, inJar));
        }
        return tests;
    }

    /** The folder templates must be in by default: the folder given, or the folder of the file given. */
    private static Path rootOf(Path fileOrFolder) {
        Path absolute = fileOrFolder.toAbsolutePath();
        return Files.isDirectory(absolute) || absolute.getParent() == null ? absolute : absolute.getParent();
    }

    private static DynamicTest test(
            Path file, Path root, String relative, URI source, ScenarioRunner runner, boolean inJar) {
        Scenario scenario;
        try {
            scenario = PactaJson.SCENARIO.read(file, root);
        } catch (PactaJsonException e) {
            return failing(
                    relative + " (unreadable)", at(file, source, e, inJar), "unreadable scenario: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            return failing(relative + " (unreadable)", source, "unreadable scenario " + relative + ": " + e);
        }
        Executable run = () -> {
            ScenarioResult result = runner.run(scenario);
            if (!result.passed()) {
                throw new AssertionError(relative + ": " + result);
            }
        };
        return DynamicTest.dynamicTest(scenario.name(), source, run);
    }

    /**
     * The source of an unreadable scenario: the file the problem is in (the scenario, or the template it names), at
     * the problem's line and column when it has them.
     */
    private static URI at(Path file, URI source, PactaJsonException e, boolean inJar) {
        URI where = source;
        if (e.source().isPresent() && !e.source().get().equals(file.toString())) {
            Path other = file.getFileSystem().getPath(e.source().get());
            where = inJar
                    ? URI.create("classpath:" + other.toString().replace('\\', '/'))
                    : sourceOf(other).toUri();
        }
        if (e.line() <= 0) {
            return where;
        }
        return URI.create(where + "?line=" + e.line() + "&column=" + e.column());
    }

    /** The scenario files of a file or folder, sorted by their path relative to the folder, with forward slashes. */
    private static List<Path> scenarioFiles(Path fileOrFolder) throws IOException {
        if (!Files.isDirectory(fileOrFolder)) {
            return Files.isRegularFile(fileOrFolder) ? List.of(fileOrFolder) : List.of();
        }
        try (Stream<Path> walk = Files.walk(fileOrFolder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(SCENARIO_SUFFIX))
                    .sorted(Comparator.comparing(
                            (Path f) -> fileOrFolder.relativize(f).toString().replace('\\', '/')))
                    .toList();
        }
    }

    /** Build output folders and the source folders their resources are copied from (Maven and Gradle layouts). */
    private static final List<List<String>> COPIED_FROM = List.of(
            List.of("target/test-classes", "src/test/resources"),
            List.of("target/classes", "src/main/resources"),
            List.of("build/resources/test", "src/test/resources"),
            List.of("build/resources/main", "src/main/resources"));

    /**
     * The file a build copied a class-path resource from, if it is in the usual place and has the same bytes (so that
     * a filtered or stale copy is never mistaken for it); else the file itself. IDEs then open the file one edits.
     */
    private static Path sourceOf(Path file) {
        String path = file.toAbsolutePath().toString().replace('\\', '/');
        for (List<String> pair : COPIED_FROM) {
            int at = path.lastIndexOf("/" + pair.get(0) + "/");
            if (at < 0) {
                continue;
            }
            Path candidate = Path.of(path.substring(0, at + 1)
                    + pair.get(1)
                    + path.substring(at + pair.get(0).length() + 1));
            try {
                if (Files.isRegularFile(candidate) && Files.mismatch(candidate, file) == -1) {
                    return candidate;
                }
            } catch (IOException | RuntimeException e) {
                return file;
            }
        }
        return file;
    }

    private static DynamicTest failing(String name, URI source, String message) {
        Executable fail = () -> {
            throw new AssertionError(message);
        };
        return DynamicTest.dynamicTest(name, source, fail);
    }

    private static String trimSlashes(String name) {
        String s = name.replace('\\', '/');
        while (s.startsWith("/")) {
            s = s.substring(1);
        }
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : PactaTests.class.getClassLoader();
    }
}
