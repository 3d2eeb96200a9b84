package dev.pacta.bench;

import dev.pacta.core.engine.ComplianceEngine;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;

/**
 * A quick check while optimising on a shared, noisy machine: Pacta against the plain loop on one thread, timed in
 * <em>thread CPU time</em>, which other processes' load disturbs far less than wall-clock time. Not a substitute for
 * the JMH runs and {@link PairedRatios}, which the recorded results come from.
 *
 * <p>Usage: {@code java -Xms4g -Xmx4g -cp benchmarks.jar dev.pacta.bench.CpuRatios [size] [rounds]}.
 */
public final class CpuRatios {
    private CpuRatios() {}

    /**
     * Runs the comparison.
     *
     * @param args size (default S) and rounds (default 10)
     */
    public static void main(String[] args) {
        PortfolioGenerator.Size size = PortfolioGenerator.Size.valueOf(args.length > 0 ? args[0] : "S");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Portfolio p = PortfolioGenerator.generate(size, PortfolioGenerator.SEED);
        ComplianceEngine engine = ComplianceEngine.builder().build();
        LocalDate asOf = p.asOf();
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        double[] pacta = new double[rounds];
        double[] plain = new double[rounds];
        double[] all = new double[rounds];
        long sink = 0;
        for (int r = -5; r < rounds; r++) {
            long t0 = bean.getCurrentThreadCpuTime();
            sink += p.evaluateWith(engine);
            long t1 = bean.getCurrentThreadCpuTime();
            sink += PlainLoopBaseline.evaluate(p.simpleInstances(), p.simpleEvents(), asOf)[0];
            long t2 = bean.getCurrentThreadCpuTime();
            sink += p.evaluateAndReadAllWith(engine);
            long t3 = bean.getCurrentThreadCpuTime();
            if (r >= 0) {
                pacta[r] = (t1 - t0) / 1e6;
                plain[r] = (t2 - t1) / 1e6;
                all[r] = (t3 - t2) / 1e6;
            }
        }
        System.out.printf(
                "cpu ms: pacta %.1f, plain loop %.1f; plain/pacta %.3f; pacta reading every part %.1f,"
                        + " plain/that %.3f (medians of %d rounds) [%d]%n",
                Rounds.median(pacta),
                Rounds.median(plain),
                Rounds.quantile(Rounds.ratios(plain, pacta), 0.5),
                Rounds.median(all),
                Rounds.quantile(Rounds.ratios(plain, all), 0.5),
                rounds,
                sink);
    }
}
