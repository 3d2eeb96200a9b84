package dev.pacta.flink;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.state.CheckpointListener;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** Runs a portfolio through {@link PactaFlink#evaluate} on the test's MiniCluster and collects what it emits. */
final class Jobs {
    private Jobs() {}

    /** What sinks received, by run: every record, duplicates from a replay included (an at-least-once sink). */
    private static final Map<Integer, Queue<Object>> RECEIVED = new ConcurrentHashMap<>();

    private static final AtomicInteger RUNS = new AtomicInteger();

    /** What a run emitted. */
    record Output(List<AgreementChange> changes, List<TaggedEvent> late) {
        /**
         * The changes deduplicated by key, in the order first received; fails if two changes with one key differ (a
         * replay must emit the same change under the same key).
         */
        Map<String, AgreementChange> byKey() {
            Map<String, AgreementChange> byKey = new LinkedHashMap<>();
            for (AgreementChange c : changes) {
                AgreementChange other = byKey.putIfAbsent(c.key(), c);
                if (other != null && !other.equals(c)) {
                    throw new AssertionError("two changes with the key " + c.key() + ": " + other + " and " + c);
                }
            }
            return byKey;
        }
    }

    /** Builds the job on {@code env}: sources from the portfolio, evaluate, the collecting sinks. */
    static int build(
            StreamExecutionEnvironment env,
            Portfolio p,
            java.util.function.UnaryOperator<DataStream<TaggedEvent>> eventsStage) {
        int run = RUNS.incrementAndGet();
        Queue<Object> received = new ConcurrentLinkedQueue<>();
        RECEIVED.put(run, received);
        DataStream<AgreementRecord> agreements = env.fromData(p.agreements(), TypeInformation.of(AgreementRecord.class))
                .setParallelism(1)
                .uid("agreements");
        // fromData refuses an empty collection: a portfolio without events sends one for no agreement, filtered out.
        List<TaggedEvent> arrival = p.arrival().isEmpty() ? List.of(new TaggedEvent("none", 0, "{}")) : p.arrival();
        DataStream<TaggedEvent> events = eventsStage.apply(env.fromData(arrival, TypeInformation.of(TaggedEvent.class))
                .setParallelism(1)
                .uid("events")
                .filter(e -> !e.agreement().equals("none"))
                // one path per agreement from the source to the evaluation (see PactaFlink): no rebalance here
                .setParallelism(1));
        SingleOutputStreamOperator<AgreementChange> changes = PactaFlink.evaluate(agreements, events, p.options());
        changes.sinkTo(new Collect<>(run)).uid("changes-sink");
        changes.getSideOutput(PactaFlink.LATE_EVENTS).sinkTo(new Collect<>(run)).uid("late-sink");
        return run;
    }

    /** A new run's number, and its collecting sink. */
    static <T> Collect<T> newSink() {
        int run = RUNS.incrementAndGet();
        RECEIVED.put(run, new ConcurrentLinkedQueue<>());
        return new Collect<>(run);
    }

    static Output output(int run) {
        List<AgreementChange> changes = new ArrayList<>();
        List<TaggedEvent> late = new ArrayList<>();
        for (Object o : RECEIVED.remove(run)) {
            if (o instanceof AgreementChange c) {
                changes.add(c);
            } else {
                late.add((TaggedEvent) o);
            }
        }
        return new Output(changes, late);
    }

    /** Runs a portfolio at parallelism 2. */
    static Output run(Portfolio p) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        int run = build(env, p, s -> s);
        env.execute("pacta-test-" + run);
        return output(run);
    }

    /**
     * Runs a portfolio at parallelism 2 with checkpoints every 50 ms and up to two restarts, with an operator on the
     * events that fails once, after {@code failAfter} records and a completed checkpoint.
     *
     * @return the output, and whether the failure happened
     */
    static Output runFailingOnce(Portfolio p, int failAfter) throws Exception {
        Configuration conf = new Configuration();
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 2);
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(50));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        env.setParallelism(2);
        env.enableCheckpointing(50);
        FailOnce.FAILED.set(false);
        int run = build(
                env,
                p,
                s -> s.map(new FailOnce(failAfter))
                        .returns(TaggedEvent.class)
                        .setParallelism(1)
                        .uid("fail-once"));
        env.execute("pacta-test-" + run);
        return output(run);
    }

    /**
     * Runs a portfolio in two jobs: the first, slowed down, is stopped with a savepoint (in the canonical format, the
     * one meant to outlive state backends and upgrades) once {@code stopAfter} events went through; the second starts
     * from that savepoint and runs to the end.
     *
     * @return the output of both jobs together
     */
    static Output runStoppedAndRestored(Portfolio p, int stopAfter, java.nio.file.Path savepoints) throws Exception {
        StreamExecutionEnvironment first = StreamExecutionEnvironment.getExecutionEnvironment();
        first.setParallelism(2);
        Slow.SEEN.set(0);
        Slow.DELAY_MS.set(20);
        int run1 = build(first, p, Jobs::slow);
        org.apache.flink.core.execution.JobClient job = first.executeAsync("pacta-test-" + run1);
        while (Slow.SEEN.get() < stopAfter) {
            Thread.sleep(10);
        }
        String savepoint = job.stopWithSavepoint(
                        false,
                        savepoints.toUri().toString(),
                        org.apache.flink.core.execution.SavepointFormatType.CANONICAL)
                .get();
        job.getJobExecutionResult().get();

        Configuration conf = new Configuration();
        conf.set(org.apache.flink.configuration.StateRecoveryOptions.SAVEPOINT_PATH, savepoint);
        StreamExecutionEnvironment second = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        second.setParallelism(2);
        Slow.DELAY_MS.set(0);
        Slow.SEEN.set(0); // counts what the second job reads: not the events before the savepoint
        int run2 = build(second, p, Jobs::slow);
        second.execute("pacta-test-" + run2);
        Output before = output(run1);
        Output after = output(run2);
        List<AgreementChange> changes = new ArrayList<>(before.changes());
        changes.addAll(after.changes());
        List<TaggedEvent> late = new ArrayList<>(before.late());
        late.addAll(after.late());
        return new Output(changes, late);
    }

    private static DataStream<TaggedEvent> slow(DataStream<TaggedEvent> events) {
        return events.map(new Slow())
                .returns(TaggedEvent.class)
                .setParallelism(1)
                .uid("slow");
    }

    /** Passes events on after a delay, counting them. */
    static final class Slow extends RichMapFunction<TaggedEvent, TaggedEvent> {
        private static final long serialVersionUID = 1L;
        static final AtomicInteger SEEN = new AtomicInteger();
        static final AtomicInteger DELAY_MS = new AtomicInteger();

        @Override
        public TaggedEvent map(TaggedEvent event) throws Exception {
            Thread.sleep(DELAY_MS.get());
            SEEN.incrementAndGet();
            return event;
        }
    }

    /**
     * Passes events on, slowly until a checkpoint has completed, and fails once: at the first record after that
     * checkpoint and after {@code failAfter} records.
     */
    static final class FailOnce extends RichMapFunction<TaggedEvent, TaggedEvent> implements CheckpointListener {
        private static final long serialVersionUID = 1L;
        static final AtomicBoolean FAILED = new AtomicBoolean();
        private final int failAfter;
        private transient int seen;
        private transient boolean checkpointed;

        FailOnce(int failAfter) {
            this.failAfter = failAfter;
        }

        @Override
        public TaggedEvent map(TaggedEvent event) throws Exception {
            seen++;
            if (!checkpointed) {
                Thread.sleep(50); // slow until a checkpoint completes: the failure must come after one
            } else if (seen > failAfter && FAILED.compareAndSet(false, true)) {
                throw new IllegalStateException("failing once, as the test asks, after " + seen + " records");
            }
            return event;
        }

        @Override
        public void notifyCheckpointComplete(long checkpointId) {
            checkpointed = true;
        }
    }

    /** A sink that adds what it receives to its run's queue, in the test's JVM. */
    static final class Collect<T> implements Sink<T> {
        private static final long serialVersionUID = 1L;
        final int run;

        Collect(int run) {
            this.run = run;
        }

        @Override
        public SinkWriter<T> createWriter(WriterInitContext context) {
            Queue<Object> queue = RECEIVED.get(run);
            return new SinkWriter<>() {
                @Override
                public void write(T element, Context ctx) {
                    queue.add(element);
                }

                @Override
                public void flush(boolean endOfInput) {}

                @Override
                public void close() throws IOException {}
            };
        }
    }
}
