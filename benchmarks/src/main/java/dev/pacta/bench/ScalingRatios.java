package dev.pacta.bench;

import dev.pacta.core.engine.ComplianceEngine;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Issue 9's scaling target, measured in one JVM: Pacta and the plain loop on S and on S2 (the same agreements
 * running two years, about twice the events), one after the other in a rotating order, so that outside load hits
 * both sizes alike. Prints the per-round ratios time(S2) / time(S) (target: at most 2.2 for Pacta) and the events
 * ratio they are to be read against.
 *
 * <p>Usage: {@code java -Xms6g -Xmx6g -cp benchmarks.jar dev.pacta.bench.ScalingRatios [rounds]}.
 */
public final class ScalingRatios {
    private ScalingRatios() {}

    /**
     * Runs the comparison.
     *
     * @param args rounds (default 10)
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Portfolio s = PortfolioGenerator.generate(PortfolioGenerator.Size.S, PortfolioGenerator.SEED);
        Portfolio s2 = PortfolioGenerator.generate(PortfolioGenerator.Size.S2, PortfolioGenerator.SEED);
        ComplianceEngine engine = ComplianceEngine.builder().build();
        System.out.println("portfolios " + s + " and " + s2 + "; rounds " + rounds);
        List<String> names = List.of("pacta S", "pacta S2", "plainLoop S", "plainLoop S2");
        List<LongSupplier> work = List.of(
                () -> pacta(s, engine),
                () -> pacta(s2, engine),
                () -> PlainLoopBaseline.evaluate(s.simpleInstances(), s.simpleEvents(), s.asOf())[0],
                () -> PlainLoopBaseline.evaluate(s2.simpleInstances(), s2.simpleEvents(), s2.asOf())[0]);
        double[][] ms = new double[names.size()][rounds];
        long sink = 0;
        for (int r = -5; r < rounds; r++) {
            for (int k = 0; k < names.size(); k++) {
                int w = Math.floorMod(k + r, names.size());
                long t0 = System.nanoTime();
                sink += work.get(w).getAsLong();
                if (r >= 0) {
                    ms[w][r] = (System.nanoTime() - t0) / 1e6;
                }
            }
        }
        for (int w = 0; w < names.size(); w++) {
            System.out.printf("%-13s median %8.1f ms%n", names.get(w), median(ms[w]));
        }
        System.out.printf("events S2 / S: %.2f%n", (double) s2.eventCount() / s.eventCount());
        System.out.printf(
                "ratio pacta S2 / S (target <= 2.2)  median %.2f  [q1 %.2f .. q3 %.2f]%n", ratios(ms[1], ms[0]));
        System.out.printf(
                "ratio plainLoop S2 / S              median %.2f  [q1 %.2f .. q3 %.2f]%n", ratios(ms[3], ms[2]));
        System.out.println("(" + sink + ")");
    }

    private static long pacta(Portfolio p, ComplianceEngine engine) {
        long n = 0;
        for (AgreementCase a : p.agreements()) {
            n += engine.evaluate(a.agreement(), a.timeline(), p.asOf())
                    .instances()
                    .size();
        }
        return n;
    }

    private static Object[] ratios(double[] a, double[] b) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[i] / b[i];
        }
        Arrays.sort(r);
        return new Object[] {quantile(r, 0.5), quantile(r, 0.25), quantile(r, 0.75)};
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return quantile(v, 0.5);
    }

    private static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = (int) Math.ceil(pos);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
    }
}
