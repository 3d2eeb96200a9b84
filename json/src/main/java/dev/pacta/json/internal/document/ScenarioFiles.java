package dev.pacta.json.internal.document;

import dev.pacta.core.scenario.NamedTest;
import dev.pacta.core.scenario.Scenario;
import dev.pacta.core.scenario.ScenarioRunner;
import dev.pacta.json.PactaJsonException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Scenario files: one read with its template files, every one under a folder, and a folder of them as tests, each
 * file its own result.
 */
public final class ScenarioFiles {
    private ScenarioFiles() {}

    /**
     * Reads a scenario file, its template reference relative to the file's folder.
     *
     * @param file the file
     * @param templates the template files, with their root and cache
     * @return the scenario
     * @throws IOException if the file or its template cannot be read
     */
    public static Scenario read(Path file, FileTemplates templates) throws IOException {
        return DocumentFiles.fromFile(file, text -> Scenarios.read(text, templates.in(DocumentFiles.parentOf(file))));
    }

    /**
     * Reads one scenario file, or every scenario file under a folder, in the order of their relative paths; a
     * template used by several is read once.
     *
     * @param fileOrFolder a scenario file or a folder
     * @param root the folder templates must be in
     * @return the scenarios
     * @throws IOException if a file cannot be read
     */
    public static List<Scenario> readAll(Path fileOrFolder, Path root) throws IOException {
        FileTemplates templates = new FileTemplates(DocumentFiles.parentOf(fileOrFolder), root);
        List<Scenario> scenarios = new ArrayList<>();
        for (Path file : DocumentFiles.scenarioFiles(fileOrFolder)) {
            scenarios.add(read(file, templates));
        }
        return scenarios;
    }

    /**
     * One test per scenario under a folder (or in one file), as {@code PactaJson.SCENARIO.tests} documents: a file that
     * cannot be read, and a folder without scenario files, become failing tests, never an exception.
     *
     * @param fileOrFolder a folder of scenario files (searched recursively), or one file
     * @param root the folder templates must be in
     * @param runner the runner
     * @return the tests, in the order of the files
     */
    public static List<NamedTest> tests(Path fileOrFolder, Path root, ScenarioRunner runner) {
        List<Path> files;
        try {
            files = DocumentFiles.scenarioFiles(fileOrFolder);
        } catch (IOException | RuntimeException e) {
            return List.of(
                    failing(fileOrFolder.toString(), "cannot list scenario files in " + fileOrFolder + ": " + e));
        }
        if (files.isEmpty()) {
            return List.of(failing(
                    fileOrFolder.toString(),
                    "no *.scenario.json file in " + fileOrFolder
                            + (Files.exists(fileOrFolder) ? "" : " (it does not exist)")));
        }
        FileTemplates templates = new FileTemplates(DocumentFiles.parentOf(fileOrFolder), root);
        List<NamedTest> tests = new ArrayList<>();
        for (Path file : files) {
            String relative = Files.isDirectory(fileOrFolder)
                    ? fileOrFolder.relativize(file).toString().replace('\\', '/')
                    : String.valueOf(file.getFileName());
            Scenario scenario;
            try {
                scenario = read(file, templates);
            } catch (PactaJsonException e) {
                tests.add(failing(relative, e.getMessage()));
                continue;
            } catch (IOException | RuntimeException e) {
                tests.add(failing(relative, file + ": cannot be read: " + e));
                continue;
            }
            for (NamedTest test : dev.pacta.core.scenario.Scenarios.dynamicTests(List.of(scenario), runner)) {
                Runnable run = test.test();
                tests.add(new NamedTest(test.name() + " [" + relative + "]", () -> {
                    try {
                        run.run();
                    } catch (AssertionError e) {
                        throw new AssertionError(file + ": " + e.getMessage(), e);
                    }
                }));
            }
        }
        return tests;
    }

    private static NamedTest failing(String name, String message) {
        return new NamedTest(name, () -> {
            throw new AssertionError(message);
        });
    }
}
