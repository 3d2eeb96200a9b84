package dev.pacta.examples.cli;

import dev.pacta.examples.report.TextReport;
import java.time.Period;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pacta upcoming}: the reminders. */
@Command(
        name = "upcoming",
        mixinStandardHelpOptions = true,
        description = {
            "Lists what each party must do next, soonest first.",
            "%nPer party: the obligations due within the horizon, and anything late that is still owed or that"
                    + " waits on the other party (BLOCKED).%n"
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the list was printed (whatever it says)",
            "1:a document is invalid",
            "2:usage error: unknown option, bad value, missing or unreadable file",
            "3:internal error (a bug in Pacta)"
        })
final class UpcomingCommand implements Callable<Integer> {
    @ParentCommand
    PactaCli parent;

    @Spec
    CommandSpec spec;

    @Mixin
    EvaluationInput input;

    @Option(
            names = "--within",
            paramLabel = "DAYS",
            defaultValue = "14d",
            converter = Converters.WithinConverter.class,
            description = "How far ahead to look: 14d (default), 2w, P10D.")
    Period within;

    @Override
    public Integer call() {
        EvaluationInput.Evaluated e = input.evaluate(within, parent);
        Output.write(spec.commandLine().getOut(), null, TextReport.renderUpcoming(e.agreement(), e.report(), within));
        return ExitCodes.OK;
    }
}
