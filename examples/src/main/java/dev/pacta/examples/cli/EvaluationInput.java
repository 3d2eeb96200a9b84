package dev.pacta.examples.cli;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.Finding;
import dev.pacta.core.report.FindingCodes;
import dev.pacta.core.scenario.AsOf;
import dev.pacta.core.time.CalendarSource;
import dev.pacta.examples.Engines;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The inputs of an evaluation: an agreement, its timeline, the as-of and the calendars. Shared by {@code evaluate}, {@code upcoming}
 * and {@code replay}.
 */
final class EvaluationInput {
    @Parameters(
            index = "0",
            paramLabel = "AGREEMENT.json",
            description = "The agreement (an agreement/1 document); - reads it from standard input.")
    Path agreementFile;

    @Option(
            names = {"-e", "--events"},
            paramLabel = "TIMELINE.json",
            description = "What happened (a timeline/1 document); - reads it from standard input. Without it, nothing"
                    + " has happened yet.")
    Path eventsFile;

    @Option(
            names = "--as-of",
            paramLabel = "DATE|INSTANT",
            converter = Converters.AsOfConverter.class,
            description = {
                "When to look: a date such as 2026-03-10 (the end of that day in the agreement's zone) or an instant"
                        + " such as 2026-03-10T09:00:00Z. Events after it are ignored.",
                "Default: today, from the system clock, in the agreement's zone. Pass it for reproducible output."
            })
    AsOf asOf;

    @Mixin
    CalendarOptions calendars;

    /** An agreement and its report. */
    record Evaluated(Agreement agreement, Timeline timeline, ComplianceReport report) {}

    /** The inputs read: an agreement, its timeline, the instant to look at, and the calendars. */
    record Loaded(Agreement agreement, Timeline timeline, Instant asOf, CalendarSource calendars) {}

    /**
     * Reads the files (or standard input) and resolves the as-of.
     *
     * @param tool the tool: its clock for the default as-of, its standard input
     */
    Loaded load(PactaCli tool) {
        StandardInput.atMostOnce(Arrays.asList(agreementFile, eventsFile));
        Agreement agreement = Inputs.agreement(agreementFile, tool.stdin());
        Timeline timeline = eventsFile == null ? Timeline.of(List.of()) : Inputs.timeline(eventsFile, tool.stdin());
        if (timeline.agreement().isPresent() && !timeline.agreement().get().equals(agreement.id())) {
            throw new CliException(
                    ExitCodes.FAILED,
                    "pacta: " + StandardInput.name(eventsFile) + ": the timeline is for agreement '"
                            + timeline.agreement().get() + "', not '" + agreement.id() + "' of "
                            + StandardInput.name(agreementFile));
        }
        Clock clock = tool.clock();
        AsOf when = asOf != null ? asOf : AsOf.endOf(LocalDate.now(clock.withZone(agreement.zone())));
        return new Loaded(agreement, timeline, when.resolve(agreement), calendars.source());
    }

    /** The error for an agreement the engine cannot evaluate (one that names a calendar this tool lacks, say). */
    CliException cannotEvaluate(RuntimeException e) {
        return new CliException(
                ExitCodes.FAILED,
                "pacta: " + StandardInput.name(agreementFile) + ": cannot evaluate: " + e.getMessage());
    }

    /**
     * Reads the files (or standard input) and evaluates.
     *
     * @param horizon the reporting horizon (reminders, {@code AT_RISK})
     * @param tool the tool: its clock for the default as-of, its standard input
     */
    Evaluated evaluate(Period horizon, PactaCli tool) {
        Loaded in = load(tool);
        ComplianceReport report;
        try {
            report = Engines.standard(horizon, in.calendars()).evaluate(in.agreement(), in.timeline(), in.asOf());
        } catch (RuntimeException e) {
            throw cannotEvaluate(e);
        }
        // An incomplete report is not written: the engine stopped at its instance limit (a duty without end
        // evaluated far ahead, say), and its size would say nothing useful.
        for (Finding f : report.findings()) {
            if (f.code().equals(FindingCodes.INSTANCE_LIMIT_EXCEEDED)) {
                throw new CliException(
                        ExitCodes.FAILED,
                        "pacta: " + StandardInput.name(agreementFile) + ": cannot evaluate as of " + in.asOf() + ": "
                                + f.message());
            }
        }
        return new Evaluated(in.agreement(), in.timeline(), report);
    }
}
