package dev.pacta.examples.cli;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.scenario.AsOf;
import dev.pacta.examples.Engines;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The inputs of an evaluation: an agreement, its timeline, and the as-of. Shared by {@code evaluate}, {@code upcoming}
 * and {@code replay}.
 */
final class EvaluationInput {
    @Parameters(index = "0", paramLabel = "AGREEMENT.json", description = "The agreement (an agreement/1 document).")
    Path agreementFile;

    @Option(
            names = {"-e", "--events"},
            paramLabel = "TIMELINE.json",
            description = "What happened (a timeline/1 document). Without it, nothing has happened yet.")
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

    /** An agreement and its report. */
    record Evaluated(Agreement agreement, Timeline timeline, ComplianceReport report) {}

    /** The inputs read: an agreement, its timeline, and the instant to look at. */
    record Loaded(Agreement agreement, Timeline timeline, Instant asOf) {}

    /**
     * Reads the files and resolves the as-of.
     *
     * @param clock the clock for the default as-of
     */
    Loaded load(Clock clock) {
        Agreement agreement = Inputs.agreement(agreementFile);
        Timeline timeline = eventsFile == null ? Timeline.of(List.of()) : Inputs.timeline(eventsFile);
        if (timeline.agreement().isPresent() && !timeline.agreement().get().equals(agreement.id())) {
            throw new CliException(
                    ExitCodes.FAILED,
                    "pacta: " + eventsFile + ": the timeline is for agreement '"
                            + timeline.agreement().get() + "', not '" + agreement.id() + "' of " + agreementFile);
        }
        AsOf when = asOf != null ? asOf : AsOf.endOf(LocalDate.now(clock.withZone(agreement.zone())));
        return new Loaded(agreement, timeline, when.resolve(agreement));
    }

    /** The error for an agreement the engine cannot evaluate (one that names a calendar this tool lacks, say). */
    CliException cannotEvaluate(RuntimeException e) {
        return new CliException(ExitCodes.FAILED, "pacta: " + agreementFile + ": cannot evaluate: " + e.getMessage());
    }

    /**
     * Reads the files and evaluates.
     *
     * @param horizon the reporting horizon (reminders, {@code AT_RISK})
     * @param clock the clock for the default as-of
     */
    Evaluated evaluate(Period horizon, Clock clock) {
        Loaded in = load(clock);
        try {
            return new Evaluated(
                    in.agreement(),
                    in.timeline(),
                    Engines.standard(horizon).evaluate(in.agreement(), in.timeline(), in.asOf()));
        } catch (RuntimeException e) {
            throw cannotEvaluate(e);
        }
    }
}
