package dev.pacta.flink.bench;

import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.engine.Evaluation;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.AgreementId;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.time.CalendarSource;
import dev.pacta.flink.AgreementRecord;
import dev.pacta.flink.PactaFlink;
import dev.pacta.flink.PactaFlinkOptions;
import dev.pacta.flink.TaggedEvent;
import dev.pacta.json.PactaJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.lib.NumberSequenceSource;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

/**
 * Events per second through {@link PactaFlink#evaluate} on a local MiniCluster at parallelism 1 and 2, against one
 * JVM's {@link Evaluation}s over the same events, with the same steps (events in event-time order, deadlines up to the
 * same end of time), in the same run. The portfolio is the sample agreements ({@code examples/samples}), copied under
 * new ids, or a folder written by the benchmarks' {@code PortfolioDocuments} (the S portfolio). Each round also runs
 * the job with one record at each parallelism, so that a rate net of the job's start and end is printed beside the
 * gross one (the job run with one agreement and one event stands for an empty one). Not a test: run it by hand (BENCHMARKS.md, "Issue 20").
 *
 * <pre>
 * FlinkThroughput [COPIES|FOLDER] [ROUNDS]   (from the flink folder)
 * </pre>
 */
public final class FlinkThroughput {
    static final Instant UNTIL = Instant.parse("2026-12-31T00:00:00Z");

    private FlinkThroughput() {}

    public static void main(String[] args) throws Exception {
        String source = args.length > 0 ? args[0] : "400";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<Agreement> agreements = new ArrayList<>();
        List<Timeline> timelines = new ArrayList<>();
        if (Files.isDirectory(Path.of(source))) {
            portfolio(Path.of(source), agreements, timelines);
        } else {
            samples(Integer.parseInt(source), agreements, timelines);
        }
        List<AgreementRecord> records =
                agreements.stream().map(AgreementRecord::of).toList();
        List<TaggedEvent> events = new ArrayList<>();
        long stateBytes = 0;
        for (int i = 0; i < agreements.size(); i++) {
            stateBytes += records.get(i).document().length();
            for (Event e : timelines.get(i).events()) {
                TaggedEvent te = TaggedEvent.of(agreements.get(i), e);
                events.add(te);
                stateBytes += te.document().length();
            }
        }
        events.sort(Comparator.comparingLong(TaggedEvent::timestamp));
        System.out.printf(
                "%d agreements, %d events; state documents about %d bytes per agreement%n",
                agreements.size(), events.size(), stateBytes / agreements.size());
        for (int round = 0; round < rounds; round++) {
            double jvm = events.size() / seconds(() -> singleJvm(agreements, timelines));
            // A job's start and end cost the same with (almost) no records: a job of one agreement and one event
            // (Flink's
            // collection source takes no empty list) measured each round, and taken off for the net rate.
            List<AgreementRecord> oneRecord = records.subList(0, 1);
            List<TaggedEvent> oneEvent = events.subList(0, 1);
            double empty1 = seconds(() -> flink(oneRecord, oneEvent, 1));
            double p1 = seconds(() -> flink(records, events, 1));
            double empty2 = seconds(() -> flink(oneRecord, oneEvent, 2));
            double p2 = seconds(() -> flink(records, events, 2));
            double net1 = events.size() / (p1 - empty1);
            double net2 = events.size() / (p2 - empty2);
            System.out.printf(
                    "round %d: one JVM %,.0f events/s; Flink p=1 %,.0f events/s (%,.0f without a one-record job's %.1f s);"
                            + " p=2 %,.0f (%,.0f without %.1f s); p2/p1 %.2f (net %.2f); p1/JVM %.2f (net %.2f)%n",
                    round,
                    jvm,
                    events.size() / p1,
                    net1,
                    empty1,
                    events.size() / p2,
                    net2,
                    empty2,
                    p1 / p2,
                    net2 / net1,
                    events.size() / p1 / jvm,
                    net1 / jvm);
        }
    }

    /** A folder written by the benchmarks' {@code PortfolioDocuments}: agreement documents and {@code events.jsonl}. */
    static void portfolio(Path folder, List<Agreement> agreements, List<Timeline> timelines) throws Exception {
        java.util.Map<AgreementId, Agreement> byId = new java.util.LinkedHashMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path f : list.filter(f -> f.toString().endsWith(".agreement.json"))
                    .sorted()
                    .toList()) {
                Agreement a = PactaJson.AGREEMENT.read(f);
                byId.put(a.id(), a);
            }
        }
        for (String line : Files.readAllLines(folder.resolve("events.jsonl"))) {
            Timeline t = PactaJson.TIMELINE.read(line);
            agreements.add(byId.get(t.agreement().orElseThrow()));
            timelines.add(t);
        }
    }

    /** The sample agreements of {@code examples/samples}, copied under new ids. */
    static void samples(int copies, List<Agreement> agreements, List<Timeline> timelines) throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("..", "examples", "samples"))) {
            files = list.filter(f -> f.toString().endsWith(".agreement.json"))
                    .sorted()
                    .toList();
        }
        for (int k = 0; k < copies; k++) {
            for (Path f : files) {
                Agreement a = PactaJson.AGREEMENT.read(f);
                Timeline t = PactaJson.readTimeline(Path.of(f.toString().replace(".agreement.json", ".timeline.json")));
                AgreementId id = AgreementId.of(a.id().value() + "-" + k);
                agreements.add(Agreement.builder().from(a).id(id).build());
                timelines.add(
                        Timeline.builder().agreement(id).events(t.events()).build());
            }
        }
    }

    interface Work {
        void run() throws Exception;
    }

    static double seconds(Work w) throws Exception {
        long t0 = System.nanoTime();
        w.run();
        return (System.nanoTime() - t0) / 1e9;
    }

    /** One Evaluation per agreement, stepped as the operator steps it: event instants and next changes. */
    static void singleJvm(List<Agreement> agreements, List<Timeline> timelines) {
        ComplianceEngine engine = ComplianceEngine.of(CalendarSource.builtIns());
        long changes = 0;
        for (int i = 0; i < agreements.size(); i++) {
            Agreement a = agreements.get(i);
            TreeMap<Instant, List<Event>> byInstant = new TreeMap<>();
            for (Event e : timelines.get(i).events()) {
                byInstant
                        .computeIfAbsent(e.at().toInstant(a.zone()), k -> new ArrayList<>())
                        .add(e);
            }
            Evaluation ev = engine.start(a);
            Instant clock = null;
            Instant next = ev.nextChange().orElse(null);
            while (true) {
                Instant release = byInstant.isEmpty() ? null : byInstant.firstKey();
                Instant change = next != null && !next.isAfter(UNTIL) ? next : null;
                Instant t = release == null || (change != null && change.isBefore(release)) ? change : release;
                if (t == null) {
                    break;
                }
                if (t.equals(release)) {
                    byInstant.remove(release).forEach(ev::append);
                    clock = clock == null || t.isAfter(clock) ? t : clock;
                }
                if (clock == null || t.isAfter(clock)) {
                    ev.advanceTo(t);
                    clock = t;
                }
                changes += ev.pollChanges().instances().size();
                next = ev.nextChange().orElse(null);
            }
        }
        if (changes == 0) {
            throw new IllegalStateException("no changes");
        }
    }

    /** The events of the job being run, read by index (the MiniCluster runs in this JVM). */
    private static volatile List<TaggedEvent> EVENTS = List.of();

    private static TaggedEvent event(Long index) {
        return EVENTS.get(index.intValue());
    }

    static void flink(List<AgreementRecord> records, List<TaggedEvent> events, int parallelism) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism);
        PactaFlinkOptions options =
                PactaFlinkOptions.defaults().outOfOrderness(Duration.ofDays(1)).until(UNTIL);
        var agreements =
                env.fromData(records, TypeInformation.of(AgreementRecord.class)).setParallelism(1);
        // The events come from memory by index: Flink's collection source would deserialize each element from a
        // serialized copy first, work that at parallelism 1 competes for the two cores with the evaluation being
        // measured. The source stays at parallelism 1, so the events of one agreement keep their order.
        EVENTS = events;
        var tagged = env.fromSource(
                        new NumberSequenceSource(0, events.size() - 1L),
                        WatermarkStrategy.noWatermarks(),
                        "events by index")
                .setParallelism(1)
                .map(FlinkThroughput::event, TypeInformation.of(TaggedEvent.class))
                .setParallelism(1);
        PactaFlink.evaluate(agreements, tagged, options).sinkTo(new DiscardingSink<>());
        env.execute("pacta-throughput-p" + parallelism);
    }
}
