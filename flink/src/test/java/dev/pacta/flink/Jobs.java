package dev.pacta.flink;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
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

    /** A sink that adds what it receives to its run's queue, in the test's JVM. */
    static final class Collect<T> implements Sink<T> {
        private static final long serialVersionUID = 1L;
        private final int run;

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
