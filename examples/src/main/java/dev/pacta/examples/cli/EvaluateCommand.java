package dev.pacta.examples.cli;

import dev.pacta.examples.report.HtmlReport;
import dev.pacta.examples.report.TextReport;
import dev.pacta.json.PactaJson;
import java.nio.file.Path;
import java.time.Period;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pacta evaluate}: the compliance report. */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = {
            "Evaluates an agreement against its timeline and writes the compliance report.",
            "%nThe report shows each party's obligations with state and lateness, milestones and who caused their"
                    + " slippage, findings, rights granted, money owed, the partnership summary and what each party"
                    + " must do next.",
            "%nThe exit code says whether the agreement is kept: 1 when an instance is BREACHED, in"
                    + " every format and also with --out, after the report is written, so that a script or CI job can"
                    + " act on it. Pass --fail-on never to exit 0 whenever the report is written.%n"
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the report was written, and no instance is BREACHED (see --fail-on)",
            "1:an instance is BREACHED (--fail-on never: exit 0), or a document is invalid",
            "2:usage error: unknown option, bad value, missing or unreadable file",
            "3:internal error (a bug in Pacta)"
        })
final class EvaluateCommand implements Callable<Integer> {
    @ParentCommand
    PactaCli parent;

    @Spec
    CommandSpec spec;

    @Mixin
    EvaluationInput input;

    @Option(
            names = {"-f", "--format"},
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text (default); html: one self-contained file with an SVG timeline; json: the report/1"
                    + " document of pacta-json.")
    ReportFormat format;

    @Option(
            names = {"-o", "--out"},
            paramLabel = "FILE",
            description = "Write the report to FILE (UTF-8) instead of standard output (- is standard output). The"
                    + " exit code still says whether an instance is BREACHED; see --fail-on.")
    Path out;

    @Option(
            names = "--within",
            paramLabel = "DAYS",
            defaultValue = "14d",
            converter = Converters.WithinConverter.class,
            description = "How far ahead 'what each party must do next' looks: 14d (default), 2w, P10D.")
    Period within;

    @Option(
            names = "--fail-on",
            paramLabel = "WHEN",
            defaultValue = "breach",
            description = "When to exit with 1: breach (default: an instance is BREACHED), overdue (BREACHED or"
                    + " OVERDUE), never (exit 0 whenever the report is written).")
    FailOn failOn;

    @Override
    public Integer call() {
        EvaluationInput.Evaluated e = input.evaluate(within, parent);
        String rendered = switch (format) {
            case TEXT -> TextReport.render(e.agreement(), e.report(), within);
            case HTML -> HtmlReport.render(e.agreement(), e.report(), within);
            case JSON -> PactaJson.REPORT.write(e.report());
        };
        Output.write(spec.commandLine().getOut(), out, rendered);
        return failOn.fails(e.report()) ? ExitCodes.FAILED : ExitCodes.OK;
    }
}
