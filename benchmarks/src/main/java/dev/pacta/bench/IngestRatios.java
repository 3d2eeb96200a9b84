package dev.pacta.bench;

import dev.pacta.core.model.Timeline;
import dev.pacta.json.PactaJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue 9's ingest target, measured in one JVM: pacta-json's {@code PactaJson.TIMELINE.read} against the hand-written
 * Jackson streaming floor reading the <em>same</em> {@code timeline/1} documents (as
 * {@link IngestBenchmark#jacksonStreamingFloorOnTimelineDocuments} and {@link IngestBenchmark#pactaJsonTimelineIngest}
 * do). Each round reads every document once with each reader, the order alternating from round to round, and times
 * them in <em>thread CPU time</em>, which other processes' load disturbs far less than wall-clock time; the per-round
 * ratios floor / pacta-json (target: at least 0.7) are printed, then their median and quartiles. Complements the JMH
 * run (same code paths, same data).
 *
 * <p>Usage: {@code java -Xms2g -Xmx2g -XX:+AlwaysPreTouch -cp benchmarks.jar dev.pacta.bench.IngestRatios [rounds]
 * [size]} (defaults: 15 rounds, size S).
 */
public final class IngestRatios {
    private IngestRatios() {}

    /**
     * Runs the comparison.
     *
     * @param args rounds (default 15) and size (default S)
     * @throws IOException never for the generated documents
     */
    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        PortfolioGenerator.Size size = PortfolioGenerator.Size.valueOf(args.length > 1 ? args[1] : "S");
        Portfolio portfolio = PortfolioGenerator.generate(size, PortfolioGenerator.SEED);
        List<byte[]> documents = new ArrayList<>();
        long bytes = 0;
        for (AgreementCase a : portfolio.agreements()) {
            byte[] document = PactaJson.TIMELINE.write(a.timeline()).getBytes(StandardCharsets.UTF_8);
            documents.add(document);
            bytes += document.length;
        }
        System.out.printf(
                "portfolio %s; %d timeline/1 documents, %,d bytes; rounds %d%n",
                portfolio, documents.size(), bytes, rounds);
        int warmup = 10;
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        double[] floor = new double[rounds];
        double[] pacta = new double[rounds];
        long sink = 0;
        for (int r = -warmup; r < rounds; r++) {
            boolean floorFirst = Math.floorMod(r, 2) == 0;
            long t0 = bean.getCurrentThreadCpuTime();
            sink += floorFirst ? floor(documents) : pacta(documents);
            long t1 = bean.getCurrentThreadCpuTime();
            sink += floorFirst ? pacta(documents) : floor(documents);
            long t2 = bean.getCurrentThreadCpuTime();
            double first = (t1 - t0) / 1e6;
            double second = (t2 - t1) / 1e6;
            if (r >= 0) {
                floor[r] = floorFirst ? first : second;
                pacta[r] = floorFirst ? second : first;
                System.out.printf(
                        "round %2d  floor %7.1f ms  pacta-json %7.1f ms  floor/pacta %.3f%n",
                        r, floor[r], pacta[r], floor[r] / pacta[r]);
            }
        }
        Rounds.sink = sink;
        double[] ratios = Rounds.ratios(floor, pacta);
        System.out.printf(
                "cpu ms medians: floor %.1f, pacta-json %.1f (%,.0f events/s)%n",
                Rounds.median(floor), Rounds.median(pacta), portfolio.eventCount() / (Rounds.median(pacta) / 1e3));
        System.out.printf(
                "ratio floor / pacta-json (target >= 0.7)  median %.3f  [q1 %.3f .. q3 %.3f]  min %.3f  max %.3f"
                        + "  (%d rounds, thread CPU time)%n",
                Rounds.quantile(ratios, 0.5),
                Rounds.quantile(ratios, 0.25),
                Rounds.quantile(ratios, 0.75),
                ratios[0],
                ratios[ratios.length - 1],
                rounds);
    }

    /** The floor: the benchmarks' hand-written Jackson streaming binding over the documents. */
    private static long floor(List<byte[]> documents) {
        try {
            long[] n = {0};
            long events = EventsJson.readTimelineDocuments(
                    documents, t -> n[0] += t.events().isEmpty() ? 0 : 1);
            return events + n[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** pacta-json: every document through {@code PactaJson.TIMELINE.read}, from a stream as a user would. */
    private static long pacta(List<byte[]> documents) {
        try {
            long events = 0;
            for (byte[] document : documents) {
                Timeline t = PactaJson.TIMELINE.read(new ByteArrayInputStream(document));
                events += t.events().size();
            }
            return events;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
