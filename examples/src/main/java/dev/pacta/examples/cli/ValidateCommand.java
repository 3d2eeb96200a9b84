package dev.pacta.examples.cli;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Timeline;
import dev.pacta.json.DocumentKind;
import dev.pacta.json.PactaJson;
import dev.pacta.json.PactaJsonException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pacta validate}: every problem of each document. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Reports every problem of each document.",
            "%nEach FILE is an agreement/1, timeline/1, scenario/1 or report/1 document, told apart by its \"pacta\""
                    + " marker. Problems go"
                    + " to standard error, one a line: FILE:LINE:COLUMN: JSON-PATH: message [CODE]. Valid documents"
                    + " are listed on standard output.%n"
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every document is valid",
            "1:a document is invalid",
            "2:usage error, or a file is missing or unreadable (the others are still checked)",
            "3:internal error (a bug in Pacta)"
        })
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The documents to check.")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int code = ExitCodes.OK;
        for (Path file : files) {
            code = Math.max(code, validate(file, out, err));
        }
        out.flush();
        err.flush();
        return code;
    }

    private static int validate(Path file, PrintWriter out, PrintWriter err) {
        try {
            Inputs.requireReadable(file);
            String json = Files.readString(file);
            DocumentKind kind = PactaJson.detectKind(json);
            switch (kind) {
                case AGREEMENT -> {
                    Agreement a = PactaJson.readAgreement(json);
                    out.println(file + ": valid agreement/1 '" + a.id() + "': "
                            + a.parties().size() + " parties, "
                            + a.obligations().size() + " obligations, "
                            + a.milestones().size() + " milestones");
                }
                case TIMELINE -> {
                    Timeline t = PactaJson.readTimeline(json);
                    out.println(file + ": valid timeline/1"
                            + t.agreement().map(id -> " for '" + id + "'").orElse("") + ": "
                            + t.events().size() + " events");
                }
                default -> {
                    if (kind.marker().startsWith("scenario/")) {
                        int n = PactaJson.readScenarios(file).size();
                        out.println(
                                file + ": valid " + kind.marker() + ": " + n + (n == 1 ? " scenario" : " scenarios"));
                    } else if (kind.marker().startsWith("report/")) {
                        PactaJson.readReport(json);
                        out.println(file + ": valid " + kind.marker());
                    } else if (kind == DocumentKind.CHANGES) {
                        int n = PactaJson.readChanges(json).instances().size();
                        out.println(file + ": valid " + kind.marker() + ": " + n + (n == 1 ? " change" : " changes"));
                    } else {
                        out.println(file + ": " + kind.marker() + " document: not checked by validate");
                    }
                }
            }
            return ExitCodes.OK;
        } catch (PactaJsonException e) {
            Inputs.problemLines(file, e).forEach(err::println);
            err.println(
                    file + ": invalid, " + e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems"));
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
