package dev.pacta.examples.cli;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.time.BusinessCalendar;
import dev.pacta.examples.report.Words;
import dev.pacta.json.DocumentKind;
import dev.pacta.json.PactaJson;
import dev.pacta.json.PactaJsonException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pacta validate}: every problem of each document. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Reports every problem of each document.",
            "%nEach FILE is an agreement/1, timeline/1, scenario/1, report/1 or changes/1 document, told apart by"
                    + " its \"pacta\" marker; - reads one from standard input (named <stdin> in messages; a scenario's"
                    + " template path is then relative to the current folder, and it must be inside the scenario's"
                    + " folder or --root). Problems go to standard error, one a"
                    + " line: FILE:LINE:COLUMN: JSON-PATH: message [CODE]. Valid documents are listed on standard"
                    + " output.%n"
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every document is valid",
            "1:a document is invalid",
            "2:usage error, or a file is missing or unreadable (the others are still checked)",
            "3:internal error (a bug in Pacta)"
        })
final class ValidateCommand implements Callable<Integer> {
    @ParentCommand
    PactaCli parent;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The documents to check; - for standard input.")
    List<Path> files;

    @Option(
            names = "--root",
            paramLabel = "DIR",
            description = "The folder scenarios' templates may be read from (default: each scenario's folder; for -,"
                    + " the current folder).")
    Path root;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StandardInput.atMostOnce(files);
        int code = ExitCodes.OK;
        for (Path file : files) {
            code = Math.max(code, validate(file, root, parent.stdin(), out, err));
        }
        out.flush();
        err.flush();
        return code;
    }

    private static int validate(Path file, Path root, StandardInput stdin, PrintWriter out, PrintWriter err) {
        String name = StandardInput.name(file);
        try {
            byte[] bytes = Inputs.bytes(file, stdin);
            // detectKind decodes the bytes strictly: a document that is not UTF-8 is an invalid one, with its place.
            DocumentKind kind = PactaJson.detectKind(new ByteArrayInputStream(bytes));
            String json = new String(bytes, StandardCharsets.UTF_8);
            switch (kind) {
                case AGREEMENT -> {
                    Agreement a = PactaJson.AGREEMENT.read(json);
                    out.println(name + ": valid agreement/1 '" + a.id() + "': "
                            + Words.count(a.parties().size(), "party", "parties") + ", "
                            + Words.count(a.obligations().size(), "obligation", "obligations") + ", "
                            + Words.count(a.milestones().size(), "milestone", "milestones"));
                }
                case TIMELINE -> {
                    Timeline t = PactaJson.TIMELINE.read(json);
                    out.println(name + ": valid timeline/1"
                            + t.agreement().map(id -> " for '" + id + "'").orElse("") + ": "
                            + Words.count(t.events().size(), "event", "events"));
                }
                case SCENARIO -> {
                    // From a file, templates are found relative to its folder; from standard input, to the current one.
                    int n = 1;
                    if (StandardInput.is(file)) {
                        Path here = Path.of("").toAbsolutePath();
                        PactaJson.SCENARIO.read(json, here, root != null ? root : here);
                    } else {
                        n = (root != null ? PactaJson.SCENARIO.readAll(file, root) : PactaJson.SCENARIO.readAll(file))
                                .size();
                    }
                    out.println(name + ": valid " + kind.marker() + ": " + Words.count(n, "scenario", "scenarios"));
                }
                case REPORT -> {
                    PactaJson.REPORT.read(json);
                    out.println(name + ": valid " + kind.marker());
                }
                case CHANGES -> {
                    int n = PactaJson.CHANGES.read(json).instances().size();
                    out.println(name + ": valid " + kind.marker() + ": " + Words.count(n, "change", "changes"));
                }
                case CALENDAR -> {
                    // A combination may name only the built-in calendars here; evaluate with --calendar for others.
                    BusinessCalendar c = PactaJson.CALENDAR.read(json);
                    out.println(name + ": valid calendar/1 '" + c.name().orElse("") + "': "
                            + Words.count(c.holidays().size(), "holiday", "holidays") + ", covering "
                            + c.coveredRange());
                }
                default -> out.println(name + ": " + kind.marker() + " document: not checked by validate");
            }
            return ExitCodes.OK;
        } catch (PactaJsonException e) {
            Inputs.problemLines(file, e).forEach(err::println);
            err.println(name + ": invalid, " + Words.count(e.problems().size(), "problem", "problems"));
            return ExitCodes.FAILED;
        } catch (CliException e) {
            err.println(e.getMessage());
            return e.exitCode();
        } catch (IOException e) {
            err.println(Inputs.cannotRead(file, e));
            return ExitCodes.USAGE;
        }
    }
}
