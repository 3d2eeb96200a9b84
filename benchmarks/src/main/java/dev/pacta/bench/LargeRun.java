package dev.pacta.bench;

import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.report.ComplianceReport;

/**
 * The L workload (40,000 agreements × 50 obligations, ~40M events), streamed: each agreement is generated, then
 * evaluated by Pacta and by the plain loop, and dropped, so the portfolio never needs to fit in memory. Times only
 * the evaluations (System.nanoTime around each), and reports events per second for both. Two passes: the first
 * warms the JIT on a prefix. Optional first argument: the number of agreements (default: all).
 */
public final class LargeRun {
    private LargeRun() {}

    public static void main(String[] args) {
        PortfolioGenerator.Size size = PortfolioGenerator.Size.L;
        int count = args.length > 0 ? Integer.parseInt(args[0]) : size.agreements();
        ComplianceEngine engine = ComplianceEngine.builder().build();
        java.time.LocalDate asOf = PortfolioGenerator.asOf(size);
        run(engine, asOf, Math.min(count, 2_000), "warm-up");
        run(engine, asOf, count, "measured");
    }

    private static void run(ComplianceEngine engine, java.time.LocalDate asOf, int count, String label) {
        long events = 0;
        long pactaNs = 0;
        long plainNs = 0;
        long generateNs = 0;
        long sink = 0;
        for (int i = 0; i < count; i++) {
            long t0 = System.nanoTime();
            AgreementCase a = PortfolioGenerator.agreement(PortfolioGenerator.Size.L, PortfolioGenerator.SEED, i);
            long t1 = System.nanoTime();
            ComplianceReport r = engine.evaluate(a.agreement(), a.timeline(), asOf);
            long t2 = System.nanoTime();
            PlainLoopBaseline.Result plain = PlainLoopBaseline.evaluateAgreement(a.instances(), a.events(), asOf);
            long t3 = System.nanoTime();
            generateNs += t1 - t0;
            pactaNs += t2 - t1;
            plainNs += t3 - t2;
            events += a.timeline().events().size();
            sink += r.instances().size() + plain.states().length;
        }
        System.out.printf(
                "%s: %d agreements, %d events; generation %.1f s; pacta %.1f s (%.0f events/s); "
                        + "plain loop %.1f s (%.0f events/s); pacta/plain time %.2f (%d)%n",
                label,
                count,
                events,
                generateNs / 1e9,
                pactaNs / 1e9,
                events / (pactaNs / 1e9),
                plainNs / 1e9,
                events / (plainNs / 1e9),
                (double) pactaNs / plainNs,
                sink);
    }
}
