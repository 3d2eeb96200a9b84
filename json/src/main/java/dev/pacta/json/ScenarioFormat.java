package dev.pacta.json;

import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.scenario.NamedTest;
import dev.pacta.core.scenario.Scenario;
import dev.pacta.core.scenario.ScenarioRunner;
import dev.pacta.json.internal.document.DocumentFiles;
import dev.pacta.json.internal.document.DocumentText;
import dev.pacta.json.internal.document.FileTemplates;
import dev.pacta.json.internal.document.ScenarioFiles;
import dev.pacta.json.internal.document.ScenarioWriter;
import dev.pacta.json.internal.document.Scenarios;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * {@code scenario/1} documents ({@link PactaJson#SCENARIO}): an agreement, or a template file with parameter values,
 * then events and checks. A scenario that refers to a template needs a folder to find it in: a scenario read with
 * {@link #read(String)} (or from a reader or stream) must hold its agreement, one read from a file finds its template
 * relative to the file's folder, and the methods here take the folder, and the root folder it must stay inside.
 * This format also reads every scenario file under a folder, and makes them tests.
 *
 * <p>A scenario is written back as it was read: a template reference as it was written
 * ({@code "template": "../templates/web.template.json"}), to be read from the same folder; the agreement (without its
 * marker) otherwise; the events in order and the checks with every expectation. Equal scenarios give
 * byte-identical documents, and {@code read(write(s)).equals(s)} for a scenario read from JSON or one with an
 * agreement and checks built in Java (findings round-trip when the present ones and the absent ones are each
 * together). Writing fails with {@code UNWRITABLE} if the scenario's template has no reference to write (it was not
 * read for a scenario file: {@code scenario/1} has no inline templates) or a body written in Java, a parameter value
 * is not of its parameter's type, or a check expects the same instance, milestone or party twice.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScenarioFormat extends DocumentFormat<Scenario> {
    ScenarioFormat() {
        super(
                DocumentKind.SCENARIO,
                ScenarioFormat::withoutTemplates,
                null,
                file -> ScenarioFiles.read(
                        file, new FileTemplates(DocumentFiles.parentOf(file), DocumentFiles.parentOf(file))),
                ScenarioWriter::of);
    }

    private static Scenario withoutTemplates(String json) {
        try {
            return Scenarios.read(json, null);
        } catch (IOException e) {
            // Without a resolver nothing is read from a file.
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a {@code scenario/1} document whose template reference is relative to a folder, and must stay inside it
     * (see {@link #read(String, Path, Path)}).
     *
     * @param json the document
     * @param directory the folder the template reference is relative to, and the only one it may lead into
     * @return the scenario
     * @throws IOException if the template file exists but cannot be read
     * @throws PactaJsonException if the scenario cannot be read, or its template (then the exception's
     *     {@link PactaJsonException#source()} is the template file)
     */
    public Scenario read(String json, Path directory) throws IOException {
        return read(json, directory, directory);
    }

    /**
     * Reads a {@code scenario/1} document whose template reference is relative to a folder, and may lead anywhere
     * inside a root folder. A reference that is absolute or leads outside the root (through {@code ..} or a symbolic
     * link) is {@code TEMPLATE_OUTSIDE_ROOT}, and no file outside the root is opened; a file that is not a
     * {@code template/1} document is {@code NOT_A_TEMPLATE}, and none of its content is shown. So a scenario file from
     * an untrusted source can reach only the templates under the root.
     *
     * @param json the document
     * @param directory the folder the template reference is relative to
     * @param root the folder the template must be in, e.g. {@code directory}'s parent for
     *     {@code "../templates/web.template.json"}
     * @return the scenario
     * @throws IOException if the template file exists but cannot be read
     * @throws PactaJsonException if the scenario cannot be read, or its template (then the exception's
     *     {@link PactaJsonException#source()} is the template file)
     */
    public Scenario read(String json, Path directory, Path root) throws IOException {
        return Scenarios.read(Objects.requireNonNull(json, "json"), new FileTemplates(directory, root));
    }

    /**
     * Reads a {@code scenario/1} document from a UTF-8 stream, which is read to its end and not closed, as
     * {@link #read(String, Path, Path)}: bytes that are not UTF-8 are {@code INVALID_ENCODING}, with the line and
     * column where they start.
     *
     * @param in the stream
     * @param directory the folder the template reference is relative to
     * @param root the folder the template must be in
     * @return the scenario
     * @throws IOException if the stream fails, or the template file exists but cannot be read
     * @throws PactaJsonException if the scenario cannot be read, or its template
     */
    public Scenario read(InputStream in, Path directory, Path root) throws IOException {
        return read(DocumentText.slurp(Objects.requireNonNull(in, "in")), directory, root);
    }

    /**
     * Reads a {@code scenario/1} file whose {@code "template"} reference, relative to the file's folder, may lead
     * anywhere inside a root folder (see {@link #read(String, Path, Path)}).
     *
     * @param file the file
     * @param root the folder the template must be in
     * @return the scenario
     * @throws IOException if the file or its template cannot be read
     * @throws PactaJsonException if the scenario or its template cannot be read; {@link PactaJsonException#source()}
     *     names the file the problem is in
     */
    public Scenario read(Path file, Path root) throws IOException {
        return ScenarioFiles.read(file, new FileTemplates(DocumentFiles.parentOf(file), root));
    }

    /**
     * Reads one scenario file, or every {@code *.scenario.json} file under a folder and its subfolders, in the order
     * of their paths relative to the folder. A template used by several scenarios is read once. Templates must be
     * inside the folder (for one file, inside its folder); see {@link #readAll(Path, Path)}.
     *
     * @param fileOrFolder a scenario file or a folder
     * @return the scenarios
     * @throws IOException if a file cannot be read
     * @throws PactaJsonException at the first file that cannot be read; its {@link PactaJsonException#source()} names
     *     the file
     */
    public List<Scenario> readAll(Path fileOrFolder) throws IOException {
        return readAll(fileOrFolder, DocumentFiles.rootOf(fileOrFolder));
    }

    /**
     * As {@link #readAll(Path)}, with templates anywhere inside a root folder (see {@link #read(String, Path, Path)}).
     *
     * @param fileOrFolder a scenario file or a folder
     * @param root the folder templates must be in
     * @return the scenarios
     * @throws IOException if a file cannot be read
     * @throws PactaJsonException at the first file that cannot be read; its {@link PactaJsonException#source()} names
     *     the file
     */
    public List<Scenario> readAll(Path fileOrFolder, Path root) throws IOException {
        return ScenarioFiles.readAll(fileOrFolder, root);
    }

    /**
     * One test per scenario under a folder (or in one file), for JUnit 5 dynamic tests without this library
     * depending on JUnit:
     *
     * <pre>{@code
     * @TestFactory
     * Stream<DynamicTest> scenarios() {
     *     return PactaJson.SCENARIO.tests(Path.of("src/test/scenarios"), ComplianceEngine.of(calendars)).stream()
     *             .map(t -> DynamicTest.dynamicTest(t.name(), t.test()::run));
     * }
     * }</pre>
     *
     * Each test is named {@code <scenario name> [<file relative to the folder>]} and throws an
     * {@link AssertionError} listing every mismatch (see {@link dev.pacta.core.scenario.ScenarioResult}). Nothing
     * throws here: a file that cannot be read becomes a test that fails with the file, the JSON path, the line and
     * the column; a folder that does not exist or holds no {@code *.scenario.json} file becomes one failing test, so
     * that a mistyped folder never passes silently.
     *
     * @param fileOrFolder a folder of scenario files (searched recursively), or one file
     * @param engine the engine to run the scenarios with
     * @return the tests, in the order of the files
     */
    public List<NamedTest> tests(Path fileOrFolder, ComplianceEngine engine) {
        return tests(fileOrFolder, ScenarioRunner.of(Objects.requireNonNull(engine, "engine")));
    }

    /**
     * As {@link #tests(Path, ComplianceEngine)}, with a runner of one's own (e.g. with custom
     * {@link dev.pacta.core.scenario.ActualValues}).
     *
     * @param fileOrFolder a folder of scenario files (searched recursively), or one file
     * @param runner the runner
     * @return the tests, in the order of the files
     */
    public List<NamedTest> tests(Path fileOrFolder, ScenarioRunner runner) {
        return tests(fileOrFolder, DocumentFiles.rootOf(Objects.requireNonNull(fileOrFolder, "fileOrFolder")), runner);
    }

    /**
     * As {@link #tests(Path, ScenarioRunner)}, with templates anywhere inside a root folder rather than only inside
     * {@code fileOrFolder} (see {@link #read(String, Path, Path)}).
     *
     * @param fileOrFolder a folder of scenario files (searched recursively), or one file
     * @param root the folder templates must be in
     * @param runner the runner
     * @return the tests, in the order of the files
     */
    public List<NamedTest> tests(Path fileOrFolder, Path root, ScenarioRunner runner) {
        Objects.requireNonNull(fileOrFolder, "fileOrFolder");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(runner, "runner");
        return ScenarioFiles.tests(fileOrFolder, root, runner);
    }
}
