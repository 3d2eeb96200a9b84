package dev.pacta.examples.cli;

import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.engine.Evaluation;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Event;
import dev.pacta.examples.Engines;
import dev.pacta.examples.report.TextReport;
import dev.pacta.examples.report.Words;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code pacta replay}: the timeline event by event through a live evaluation, printing what each event changed, and
 * what time alone changed between events ({@link Evaluation#pollChanges()}).
 */
@Command(
        name = "replay",
        mixinStandardHelpOptions = true,
        description = {
            "Replays the timeline event by event and prints what each one changed.",
            "%nBefore each event, the clock is moved to it and what time alone brought about by then is printed"
                    + " (deadlines passing, instances coming into force; the first list names every instance as new);"
                    + " then the event and what it changed. Events after --as-of are not replayed; the clock is moved"
                    + " to --as-of at the end. Times are shown to the minute in the agreement's zone.%n"
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the replay was printed (whatever it says)",
            "1:a document is invalid",
            "2:usage error: unknown option, bad value, missing or unreadable file",
            "3:internal error (a bug in Pacta)"
        })
final class ReplayCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE uuuu-MM-dd HH:mm", Locale.ROOT);

    @ParentCommand
    PactaCli parent;

    @Spec
    CommandSpec spec;

    @Mixin
    EvaluationInput input;

    @Override
    public Integer call() {
        EvaluationInput.Loaded in = input.load(parent);
        Agreement agreement = in.agreement();
        ZoneId zone = agreement.zone();
        Evaluation live;
        try {
            live = Engines.standard(ComplianceEngine.DEFAULT_HORIZON, in.calendars())
                    .start(agreement);
        } catch (RuntimeException e) {
            // An agreement that names a calendar this tool does not have, for example; anything later is a bug.
            throw input.cannotEvaluate(e);
        }
        StringBuilder out = new StringBuilder();
        out.append("Replaying '")
                .append(agreement.id())
                .append("' (")
                .append(zone)
                .append(") through ")
                .append(WHEN.format(in.asOf().atZone(zone)))
                .append('\n');
        int replayed = 0;
        for (Event e : in.timeline().ordered(zone)) {
            Instant at = e.at().toInstant(zone);
            if (at.isAfter(in.asOf())) {
                break;
            }
            live.advanceTo(at); // a no-op for a second event at the same instant
            out.append(TextReport.renderChanges(
                    "by " + WHEN.format(at.atZone(zone)) + ", time alone", live.pollChanges(), false));
            live.append(e);
            replayed++;
            out.append(TextReport.renderChanges(
                    WHEN.format(at.atZone(zone)) + "  " + e.id() + " " + e.kind() + " by " + e.actor()
                            + e.ref().map(r -> " (ref " + r + ")").orElse(""),
                    live.pollChanges(),
                    true));
        }
        live.advanceTo(in.asOf());
        out.append(TextReport.renderChanges(
                "by " + WHEN.format(in.asOf().atZone(zone)) + ", time alone", live.pollChanges(), false));
        out.append('\n').append(Words.count(replayed, "event", "events")).append(" replayed\n");
        Output.write(spec.commandLine().getOut(), null, out.toString());
        return ExitCodes.OK;
    }
}
