package dev.pacta.examples.cli;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.examples.cases.CaseStudies;
import dev.pacta.examples.cases.CaseStudy;
import dev.pacta.examples.report.HtmlReport;
import dev.pacta.examples.report.TextReport;
import dev.pacta.json.PactaJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pacta demo}: a built-in case study's report. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Prints the report of a built-in case study.",
            "%nBy default the web-development project whose launch slips because the client's content is late;"
                    + " --list shows the others.%n"
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the report was written", "2:usage error: unknown case or option"})
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "CASE",
            defaultValue = "web-development",
            description = "The case study: web-development (default), marketing-campaign, social-media-retainer,"
                    + " software-prototype, wedding-planner, it-consulting, late-paying-client.")
    String name;

    @Option(names = "--list", description = "List the case studies and exit.")
    boolean list;

    @Option(
            names = {"-f", "--format"},
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text (default), html or json.")
    ReportFormat format;

    @Option(
            names = {"-o", "--out"},
            paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output.")
    Path out;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        if (list) {
            for (CaseStudy c : CaseStudies.all()) {
                stdout.printf("%-22s %s%n", c.name(), c.summary());
            }
            stdout.flush();
            return ExitCodes.OK;
        }
        CaseStudy study = CaseStudies.find(name)
                .orElseThrow(() -> new CliException(
                        ExitCodes.USAGE,
                        "pacta: unknown case study '" + name + "'; expected one of " + CaseStudies.names()));
        Agreement agreement = study.agreement().get();
        ComplianceReport report = study.evaluate();
        String rendered = switch (format) {
            case TEXT -> TextReport.render(agreement, report);
            case HTML -> HtmlReport.render(agreement, report);
            case JSON -> PactaJson.REPORT.write(report);
        };
        Output.write(stdout, out, rendered);
        return ExitCodes.OK;
    }
}
