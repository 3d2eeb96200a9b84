package dev.pacta.bench;

import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Timing in rounds on a shared, noisy machine, for the paired runners ({@link PairedRatios}, {@link ScalingRatios},
 * {@link CpuRatios}): each round runs every workload once, in a rotating order, so load that comes and goes hits all
 * of them; ratios are taken per round, then summarised by median and quartiles.
 */
final class Rounds {
    /** Keeps the workloads' results alive, so that no work is optimised away. */
    static volatile long sink;

    private Rounds() {}

    /**
     * Runs the workloads in rounds, in a rotating order, and times them (wall clock).
     *
     * @param work the workloads; each returns a count, which is kept so that nothing is optimised away
     * @param warmup rounds run first and not recorded
     * @param rounds rounds recorded
     * @return milliseconds, per workload then per round
     */
    static double[][] time(List<LongSupplier> work, int warmup, int rounds) {
        double[][] ms = new double[work.size()][rounds];
        long n = 0;
        for (int r = -warmup; r < rounds; r++) {
            for (int k = 0; k < work.size(); k++) {
                int w = Math.floorMod(k + r, work.size());
                long t0 = System.nanoTime();
                n += work.get(w).getAsLong();
                double t = (System.nanoTime() - t0) / 1e6;
                if (r >= 0) {
                    ms[w][r] = t;
                }
            }
        }
        sink = n;
        return ms;
    }

    /** The per-round ratios a[i] / b[i], sorted. */
    static double[] ratios(double[] a, double[] b) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[i] / b[i];
        }
        Arrays.sort(r);
        return r;
    }

    /** The median of unsorted values. */
    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return quantile(v, 0.5);
    }

    /** A quantile of sorted values, interpolated linearly. */
    static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = (int) Math.ceil(pos);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
    }
}
