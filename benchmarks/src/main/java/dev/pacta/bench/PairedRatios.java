package dev.pacta.bench;

import dev.pacta.core.engine.ComplianceEngine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;
import org.kie.api.KieBase;

/**
 * Ratios that hold on a shared, noisy machine: the full-evaluation workloads (Pacta, plain loop, Drools) are run
 * in rounds, one after the other in a rotating order, and each round gives its own ratios; the median and the
 * quartiles of those per-round ratios are printed. Load that comes and goes then hits both sides of a ratio.
 * Complements the JMH run (same code paths, same data).
 *
 * <p>Usage: {@code java -Xmx6g -cp benchmarks.jar dev.pacta.bench.PairedRatios [size] [rounds]}.
 */
public final class PairedRatios {
    private PairedRatios() {}

    public static void main(String[] args) {
        PortfolioGenerator.Size size = PortfolioGenerator.Size.valueOf(args.length > 0 ? args[0] : "S");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Portfolio p = PortfolioGenerator.generate(size, PortfolioGenerator.SEED);
        LocalDate asOf = p.asOf();
        ComplianceEngine engine = ComplianceEngine.builder().build();
        KieBase kieBase = DroolsBaseline.kieBase();
        System.out.println("portfolio " + p + "; rounds " + rounds);
        List<String> names = List.of("pacta", "plainLoop", "drools", "pactaParallel");
        List<LongSupplier> work = List.of(
                () -> {
                    long n = 0;
                    for (AgreementCase a : p.agreements()) {
                        n += engine.evaluate(a.agreement(), a.timeline(), asOf)
                                .instances()
                                .size();
                    }
                    return n;
                },
                () -> PlainLoopBaseline.evaluate(p.simpleInstances(), p.simpleEvents(), asOf)[0],
                () -> DroolsBaseline.evaluate(kieBase, p.simpleInstances(), p.simpleEvents(), asOf)[0],
                () -> p.agreements().parallelStream()
                        .map(a -> engine.evaluate(a.agreement(), a.timeline(), asOf))
                        .mapToLong(r -> r.instances().size())
                        .sum());
        int warmup = 5;
        double[][] ms = new double[names.size()][rounds];
        long sink = 0;
        for (int r = -warmup; r < rounds; r++) {
            for (int k = 0; k < names.size(); k++) {
                int w = Math.floorMod(k + r, names.size());
                long t0 = System.nanoTime();
                sink += work.get(w).getAsLong();
                double t = (System.nanoTime() - t0) / 1e6;
                if (r >= 0) {
                    ms[w][r] = t;
                }
            }
        }
        for (int w = 0; w < names.size(); w++) {
            double[] s = ms[w].clone();
            Arrays.sort(s);
            System.out.printf(
                    "%-14s median %9.1f ms  [q1 %9.1f .. q3 %9.1f]  min %9.1f  -> %,.0f events/s (median)%n",
                    names.get(w), q(s, 0.5), q(s, 0.25), q(s, 0.75), s[0], p.eventCount() / (q(s, 0.5) / 1e3));
        }
        ratio("drools / pacta (target >= 10)", ms[2], ms[0]);
        ratio("plainLoop / pacta (target >= 1.0)", ms[1], ms[0]);
        ratio("drools / plainLoop", ms[2], ms[1]);
        ratio("pacta / pactaParallel (2 cores)", ms[0], ms[3]);
        System.out.println("(" + sink + ")");
    }

    private static void ratio(String label, double[] a, double[] b) {
        List<Double> r = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            r.add(a[i] / b[i]);
        }
        double[] s = r.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(
                "ratio %-36s median %6.2f  [q1 %6.2f .. q3 %6.2f]  (per-round ratios)%n",
                label, q(s, 0.5), q(s, 0.25), q(s, 0.75));
    }

    private static double q(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = (int) Math.ceil(pos);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
    }
}
