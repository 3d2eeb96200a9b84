package dev.pacta.bench;

import dev.pacta.core.engine.ComplianceEngine;
import java.time.LocalDate;
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
                () -> p.evaluateWith(engine),
                () -> PlainLoopBaseline.evaluate(p.simpleInstances(), p.simpleEvents(), asOf)[0],
                () -> DroolsBaseline.evaluate(kieBase, p.simpleInstances(), p.simpleEvents(), asOf)[0],
                () -> p.agreements().parallelStream()
                        .map(a -> engine.evaluate(a.agreement(), a.timeline(), asOf))
                        .mapToLong(r -> r.instances().size())
                        .sum());
        double[][] ms = Rounds.time(work, 5, rounds);
        for (int w = 0; w < names.size(); w++) {
            double[] s = ms[w].clone();
            Arrays.sort(s);
            System.out.printf(
                    "%-14s median %9.1f ms  [q1 %9.1f .. q3 %9.1f]  min %9.1f  -> %,.0f events/s (median)%n",
                    names.get(w),
                    Rounds.quantile(s, 0.5),
                    Rounds.quantile(s, 0.25),
                    Rounds.quantile(s, 0.75),
                    s[0],
                    p.eventCount() / (Rounds.quantile(s, 0.5) / 1e3));
        }
        ratio("drools / pacta (target >= 10)", ms[2], ms[0]);
        ratio("plainLoop / pacta (target >= 1.0)", ms[1], ms[0]);
        ratio("drools / plainLoop", ms[2], ms[1]);
        ratio("pacta / pactaParallel (2 cores)", ms[0], ms[3]);
    }

    private static void ratio(String label, double[] a, double[] b) {
        double[] s = Rounds.ratios(a, b);
        System.out.printf(
                "ratio %-36s median %6.2f  [q1 %6.2f .. q3 %6.2f]  (per-round ratios)%n",
                label, Rounds.quantile(s, 0.5), Rounds.quantile(s, 0.25), Rounds.quantile(s, 0.75));
    }
}
