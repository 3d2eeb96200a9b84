package dev.pacta.examples.cli;

import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.scenario.Scenario;
import dev.pacta.core.scenario.ScenarioResult;
import dev.pacta.examples.Engines;
import dev.pacta.examples.report.Words;
import dev.pacta.json.PactaJson;
import dev.pacta.json.PactaJsonException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pacta check}: runs scenario files. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Runs scenario files and reports every failure.",
            "%nEach PATH is a scenario/1 file or a folder of them. A scenario's template is referenced by a path"
                    + " relative to the scenario's file, and must be inside the PATH folder (for a file, its folder;"
                    + " see --root): a scenario cannot make pacta read any other file."
                    + " Each failing scenario is printed with every mismatch: the check, the expected and actual"
                    + " values and the instance's explanation. The last line is 'N passed, M failed'; a file that"
                    + " cannot be read counts as one failure. Scenarios are evaluated with the engine of"
                    + " 'evaluate': the built-in calendars and those given with --calendar, and the point-of-contact and"
                    + " missed-in-a-row rules.%n"
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every scenario passed",
            "1:a scenario failed, or a scenario file is invalid",
            "2:usage error: unknown option, a missing PATH, no scenario found",
            "3:internal error (a bug in Pacta)"
        })
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    PactaCli parent;

    @Spec
    CommandSpec spec;

    @Parameters(
            arity = "1..*",
            paramLabel = "PATH",
            description = "Scenario files or folders; - reads one scenario from standard input, whose template path is"
                    + " then relative to the current folder.")
    List<Path> paths;

    @Option(
            names = "--root",
            paramLabel = "DIR",
            description = "The folder templates may be read from, when scenarios refer to a template outside their"
                    + " PATH, e.g. ../templates/web.template.json (default: each PATH folder, or a file's folder; for"
                    + " -, the current folder).")
    Path root;

    @Mixin
    CalendarOptions calendars;

    @Option(
            names = {"-v", "--verbose"},
            description = "Also list the scenarios that pass.")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Scenario> scenarios = new ArrayList<>();
        int unreadable = 0;
        StandardInput.atMostOnce(paths);
        for (Path path : paths) {
            boolean stdin = StandardInput.is(path);
            if (!stdin && !Files.exists(path)) {
                throw new CliException(ExitCodes.USAGE, "pacta: " + path + ": no such file or folder");
            }
            if (stdin) {
                Path here = Path.of("").toAbsolutePath();
                Path from = root != null ? root : here;
                // Read by the library from bytes: text that is not UTF-8 is an invalid document, with its place.
                Optional<Scenario> scenario = read(
                        path,
                        () -> PactaJson.SCENARIO.read(
                                new ByteArrayInputStream(parent.stdin().bytes()), here, from));
                scenario.ifPresent(scenarios::add);
                unreadable += scenario.isPresent() ? 0 : 1;
                continue;
            }
            // Each file is its own result: one that cannot be read fails alone, and the others still run.
            Path from = root != null ? root : Files.isDirectory(path) ? path : parentOf(path);
            for (Path file : scenarioFiles(path)) {
                Optional<Scenario> scenario = read(file, () -> PactaJson.SCENARIO.read(file, from));
                scenario.ifPresent(scenarios::add);
                unreadable += scenario.isPresent() ? 0 : 1;
            }
        }
        if (scenarios.isEmpty() && unreadable == 0) {
            throw new CliException(ExitCodes.USAGE, "pacta: no scenario found in " + paths);
        }
        ComplianceEngine engine = Engines.standard(ComplianceEngine.DEFAULT_HORIZON, calendars.source());
        int failed = run(scenarios, engine, verbose, out) + unreadable;
        out.println((scenarios.size() + unreadable - failed) + " passed, " + failed + " failed");
        out.flush();
        err.flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }

    /** Reads one scenario. */
    @FunctionalInterface
    private interface ScenarioReader {
        Scenario read() throws IOException;
    }

    /**
     * Reads one scenario file (or standard input), printing why it cannot be read: its problems, each with the file
     * it is in (the scenario, or the template it names), on standard error, and a FAIL line on standard output.
     *
     * @return the scenario, or empty if it cannot be read
     */
    private Optional<Scenario> read(Path file, ScenarioReader reader) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return Optional.of(reader.read());
        } catch (PactaJsonException e) {
            err.println(Inputs.problems(e.source().map(Path::of).orElse(file), e));
            out.println("FAIL " + StandardInput.name(file) + ": cannot be read ("
                    + Words.count(e.problems().size(), "problem", "problems") + ", see standard error)");
        } catch (IOException | UncheckedIOException e) {
            IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            err.println(Inputs.cannotRead(file, io));
            out.println("FAIL " + StandardInput.name(file) + ": cannot be read (see standard error)");
        }
        return Optional.empty();
    }

    /** The scenario files of a file or folder, sorted by their path relative to the folder, with forward slashes. */
    private static List<Path> scenarioFiles(Path fileOrFolder) {
        if (!Files.isDirectory(fileOrFolder)) {
            return List.of(fileOrFolder);
        }
        try (Stream<Path> walk = Files.walk(fileOrFolder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".scenario.json"))
                    .sorted(Comparator.comparing(
                            (Path f) -> fileOrFolder.relativize(f).toString().replace('\\', '/')))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            throw new CliException(ExitCodes.USAGE, Inputs.cannotRead(fileOrFolder, io));
        }
    }

    private static Path parentOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent != null ? parent : file.toAbsolutePath();
    }

    /**
     * Runs the scenarios and prints each failure with all its mismatches.
     *
     * @return how many failed
     */
    static int run(List<Scenario> scenarios, ComplianceEngine engine, boolean verbose, PrintWriter out) {
        int failed = 0;
        for (Scenario s : scenarios) {
            ScenarioResult result = s.run(engine);
            if (result.passed()) {
                if (verbose) {
                    out.println("ok   " + s.name() + " (" + Words.count(result.checks(), "check", "checks") + ")");
                }
                continue;
            }
            failed++;
            out.println("FAIL " + result);
        }
        return failed;
    }
}
