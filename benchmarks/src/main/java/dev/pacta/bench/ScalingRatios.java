package dev.pacta.bench;

import dev.pacta.core.engine.ComplianceEngine;
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
                () -> s.evaluateWith(engine),
                () -> s2.evaluateWith(engine),
                () -> PlainLoopBaseline.evaluate(s.simpleInstances(), s.simpleEvents(), s.asOf())[0],
                () -> PlainLoopBaseline.evaluate(s2.simpleInstances(), s2.simpleEvents(), s2.asOf())[0]);
        double[][] ms = Rounds.time(work, 5, rounds);
        for (int w = 0; w < names.size(); w++) {
            System.out.printf("%-13s median %8.1f ms%n", names.get(w), Rounds.median(ms[w]));
        }
        System.out.printf("events S2 / S: %.2f%n", (double) s2.eventCount() / s.eventCount());
        System.out.printf(
                "ratio pacta S2 / S (target <= 2.2)  median %.2f  [q1 %.2f .. q3 %.2f]%n", ratios(ms[1], ms[0]));
        System.out.printf(
                "ratio plainLoop S2 / S              median %.2f  [q1 %.2f .. q3 %.2f]%n", ratios(ms[3], ms[2]));
    }

    private static Object[] ratios(double[] a, double[] b) {
        double[] r = Rounds.ratios(a, b);
        return new Object[] {Rounds.quantile(r, 0.5), Rounds.quantile(r, 0.25), Rounds.quantile(r, 0.75)};
    }
}
