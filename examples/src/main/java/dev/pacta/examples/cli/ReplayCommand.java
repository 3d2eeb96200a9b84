package dev.pacta.examples.cli;

import dev.pacta.core.engine.Evaluation;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Event;
import dev.pacta.core.report.ComplianceChanges;
import dev.pacta.core.report.InstanceChange;
import dev.pacta.examples.Engines;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
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
                    + " (deadlines passing, instances coming into force); then the event and what it changed."
                    + " The first change list names every instance as new. Events after --as-of are not replayed;"
                    + " the clock is moved to --as-of at the end.%n"
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
        EvaluationInput.Loaded in = input.load(parent.clock());
        Agreement agreement = in.agreement();
        ZoneId zone = agreement.zone();
        StringBuilder out = new StringBuilder();
        out.append("Replaying '")
                .append(agreement.id())
                .append("' (")
                .append(zone)
                .append(") through ")
                .append(WHEN.format(in.asOf().atZone(zone)))
                .append('\n');
        try {
            Evaluation live = Engines.standard().start(agreement);
            int replayed = 0;
            for (Event e : in.timeline().ordered(zone)) {
                Instant at = e.at().toInstant(zone);
                if (at.isAfter(in.asOf())) {
                    break;
                }
                if (replayed > 0) {
                    live.advanceTo(at);
                    changes(out, "by " + WHEN.format(at.atZone(zone)) + ", time alone", live.pollChanges());
                }
                live.append(e);
                replayed++;
                changes(
                        out,
                        WHEN.format(at.atZone(zone)) + "  " + e.id() + " " + e.kind() + " by " + e.actor()
                                + e.ref().map(r -> " (ref " + r + ")").orElse(""),
                        live.pollChanges());
            }
            live.advanceTo(in.asOf());
            changes(out, "by " + WHEN.format(in.asOf().atZone(zone)) + ", time alone", live.pollChanges());
            out.append('\n')
                    .append(replayed)
                    .append(replayed == 1 ? " event" : " events")
                    .append(" replayed\n");
        } catch (RuntimeException e) {
            throw input.cannotEvaluate(e);
        }
        Output.write(spec.commandLine().getOut(), null, out.toString());
        return ExitCodes.OK;
    }

    /** A heading and its changes, one per line, then the row's explanation; nothing for an empty list after time. */
    private static void changes(StringBuilder out, String heading, ComplianceChanges changes) {
        boolean event = !heading.startsWith("by ");
        if (changes.isEmpty() && !event) {
            return;
        }
        out.append('\n').append(heading).append('\n');
        if (changes.isEmpty()) {
            out.append("  (no change)\n");
        }
        for (InstanceChange c : changes.instances()) {
            out.append("  ")
                    .append(c.instance())
                    .append(": ")
                    .append(c.before().map(Enum::name).orElse("new"))
                    .append(" -> ")
                    .append(c.after().map(Enum::name).orElse("gone"));
            String also = c.aspects().stream()
                    .filter(a -> a != InstanceChange.Aspect.STATE)
                    .map(a -> a.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
            if (!also.isEmpty()) {
                out.append(" (").append(also).append(')'); // what changed besides the state, e.g. "(due)"
            }
            out.append('\n');
            c.report()
                    .ifPresent(r -> out.append("      ").append(r.explanation()).append('\n'));
        }
    }
}
