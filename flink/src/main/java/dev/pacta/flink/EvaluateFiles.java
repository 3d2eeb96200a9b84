package dev.pacta.flink;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * A runnable job: evaluates a folder of agreements and a JSON-lines file of events, and prints each change as a line.
 * Run from a terminal it starts a local MiniCluster; submitted with {@code flink run} it runs on that cluster.
 *
 * <pre>
 * EvaluateFiles [--until INSTANT] [--parallelism N] AGREEMENTS_FOLDER EVENTS_FILE
 * </pre>
 *
 * <p>Deadlines are followed up to {@code --until} (an ISO instant, by default now): a deadline that passes after the
 * last event but before then still emits its change. Events later than the allowed lateness are printed to the
 * standard error.
 */
public final class EvaluateFiles {
    private EvaluateFiles() {}

    /**
     * Runs the job.
     *
     * @param args the options and the two paths
     * @throws Exception if the job fails
     */
    public static void main(String[] args) throws Exception {
        Instant until = null;
        Integer parallelism = null;
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--until" -> until = Instant.parse(value(args, ++i, "--until"));
                case "--parallelism" -> parallelism = Integer.valueOf(value(args, ++i, "--parallelism"));
                default -> paths.add(args[i]);
            }
        }
        if (paths.size() != 2) {
            System.err.println(
                    "usage: EvaluateFiles [--until INSTANT] [--parallelism N] AGREEMENTS_FOLDER EVENTS_FILE");
            System.exit(2);
            return;
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        if (parallelism != null) {
            env.setParallelism(parallelism);
        }
        // The clock is read here, in the example's entry point, never by the evaluation.
        PactaFlinkOptions options = PactaFlinkOptions.defaults().until(until != null ? until : Instant.now());
        SingleOutputStreamOperator<AgreementChange> changes = PactaFlink.evaluate(
                PactaFiles.agreements(env, paths.get(0)), PactaFiles.events(env, paths.get(1), options), options);
        changes.map(EvaluateFiles::line).name("pacta-format").print();
        changes.getSideOutput(PactaFlink.LATE_EVENTS)
                .map(e -> "late event of " + e.agreement() + " at " + Instant.ofEpochMilli(e.timestamp()))
                .printToErr();
        env.execute("pacta-evaluate-files");
    }

    /**
     * A change as one line: instant, agreement, instance, transition, explanation.
     *
     * @param c the change
     * @return the line
     */
    public static String line(AgreementChange c) {
        return c.instant() + " " + c.agreement() + " " + c.instance() + " " + c.from() + " -> " + c.to()
                + (c.correction() ? " (correction)" : "") + ": " + c.explanation();
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
