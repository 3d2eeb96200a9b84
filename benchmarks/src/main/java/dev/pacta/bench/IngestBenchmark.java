package dev.pacta.bench;

import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Timeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Ingest of the portfolio's events file (one operation = the whole file): the Jackson streaming floor, the same
 * parse bound to Pacta's model, and ingest followed by a parallel evaluation (the nightly run end to end).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 3,
        jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class IngestBenchmark {

    /** The events file, and the agreements to evaluate its timelines against. */
    @State(Scope.Benchmark)
    public static class Data {
        /** The portfolio size. */
        @Param({"S"})
        public String size;

        Path file;
        Map<String, Agreement> agreements;
        /** Each agreement's timeline as a {@code timeline/1} document, for the pacta-json reader. */
        java.util.List<byte[]> timelineDocuments;

        LocalDate asOf;
        ComplianceEngine engine;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            Portfolio portfolio =
                    PortfolioGenerator.generate(PortfolioGenerator.Size.valueOf(size), PortfolioGenerator.SEED);
            file = Files.createTempFile("pacta-events-" + size + "-", ".json");
            EventsJson.write(portfolio, file);
            agreements = new HashMap<>();
            for (AgreementCase a : portfolio.agreements()) {
                agreements.put(a.agreement().id().value(), a.agreement());
            }
            asOf = portfolio.asOf();
            timelineDocuments = new java.util.ArrayList<>();
            long bytes = 0;
            for (AgreementCase a : portfolio.agreements()) {
                byte[] document = dev.pacta.json.PactaJson.TIMELINE
                        .write(a.timeline())
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                timelineDocuments.add(document);
                bytes += document.length;
            }
            System.out.println("# timeline/1 documents: " + bytes + " bytes");
            engine = ComplianceEngine.builder().build();
            System.out.println("# portfolio " + portfolio + "; events file " + Files.size(file) + " bytes");
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            Files.deleteIfExists(file);
        }
    }

    /** The ingest floor: Jackson's streaming parser, hand-written binding to plain records. */
    @Benchmark
    public long jacksonStreamingFloor(Data d, Blackhole bh) throws IOException {
        return EventsJson.readRecords(d.file, bh::consume);
    }

    /** The same parse, bound by hand to Pacta's {@code Event}s and {@code Timeline}s (model checks included). */
    @Benchmark
    public long jacksonStreamingToPactaModel(Data d, Blackhole bh) throws IOException {
        return EventsJson.readPacta(d.file, bh::consume);
    }

    /**
     * The floor on pacta-json's input: the same hand-written streaming binding, over the {@code timeline/1} documents
     * that {@link #pactaJsonTimelineIngest} reads (pretty-printed: about 1.5 times the bytes of the events file). The
     * like-for-like denominator for pacta-json's ratio; {@link #jacksonStreamingFloor} stays issue 9's reference.
     */
    @Benchmark
    public long jacksonStreamingFloorOnTimelineDocuments(Data d, Blackhole bh) throws IOException {
        return EventsJson.readTimelineDocuments(d.timelineDocuments, bh::consume);
    }

    // ---------------------------------------------------------------------------------------------------------
    /**
     * Ingest through {@code pacta-json}: the same timelines, written as one {@code timeline/1} document per agreement
     * (in memory, UTF-8), read back with {@code PactaJson.TIMELINE.read} — the strict reader with its model checks.
     * Compare its events per second with {@link #jacksonStreamingFloor} (issue 9 target: at least 0.7 times).
     */
    @Benchmark
    public long pactaJsonTimelineIngest(Data d, Blackhole bh) throws IOException {
        long events = 0;
        for (byte[] document : d.timelineDocuments) {
            dev.pacta.core.model.Timeline t =
                    dev.pacta.json.PactaJson.TIMELINE.read(new java.io.ByteArrayInputStream(document));
            events += t.events().size();
            bh.consume(t);
        }
        return events;
    }

    /**
     * The nightly run end to end: ingest (hand-written Jackson binding to Pacta's model, one thread) then evaluate
     * every timeline in a parallel stream. Target for M: under 2 s.
     */
    @Benchmark
    public long ingestThenEvaluateParallel(Data d) throws IOException {
        List<Timeline> timelines = new ArrayList<>(d.agreements.size());
        EventsJson.readPacta(d.file, timelines::add);
        return timelines.parallelStream()
                .map(t -> d.engine.evaluate(
                        d.agreements.get(t.agreement().orElseThrow().value()), t, d.asOf))
                .mapToLong(r -> r.instances().size())
                .sum();
    }

    /**
     * The nightly run as a user would write it with Pacta's own API: every agreement's {@code timeline/1} document
     * read with {@code PactaJson.TIMELINE.read} and evaluated, agreements in a parallel stream (both cores ingest and
     * evaluate). Target for M: under 2 s.
     */
    @Benchmark
    public long pactaJsonIngestAndEvaluateParallel(Data d) {
        return d.timelineDocuments.parallelStream()
                .mapToLong(document -> {
                    try {
                        Timeline t = dev.pacta.json.PactaJson.TIMELINE.read(new java.io.ByteArrayInputStream(document));
                        return d.engine
                                .evaluate(
                                        d.agreements.get(
                                                t.agreement().orElseThrow().value()),
                                        t,
                                        d.asOf)
                                .instances()
                                .size();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .sum();
    }
}
