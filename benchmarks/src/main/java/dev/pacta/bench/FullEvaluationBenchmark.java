package dev.pacta.bench;

import dev.pacta.core.engine.ComplianceEngine;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.kie.api.KieBase;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Full evaluation of a whole portfolio as of one date (one operation = every agreement): Pacta's engine with its
 * full semantics, against the plain-Java loop and Drools on the simple-rule view of the same data.
 *
 * <p>Divide the portfolio's event count (printed at setup, and in BENCHMARKS.md) by the time per operation for
 * events per second.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 3,
        jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class FullEvaluationBenchmark {

    /** The portfolio, the engine and the compiled rules. */
    @State(Scope.Benchmark)
    public static class Data {
        /** The portfolio size: TINY (smoke), S, S2 (S with twice the events per agreement), M. */
        @Param({"S"})
        public String size;

        Portfolio portfolio;
        LocalDate asOf;
        ComplianceEngine engine;
        KieBase kieBase;

        @Setup(Level.Trial)
        public void setUp() {
            portfolio = PortfolioGenerator.generate(PortfolioGenerator.Size.valueOf(size), PortfolioGenerator.SEED);
            asOf = portfolio.asOf();
            engine = ComplianceEngine.builder().build();
            kieBase = DroolsBaseline.kieBase();
            System.out.println("# portfolio " + portfolio);
        }
    }

    /** Pacta: every agreement through {@link ComplianceEngine#evaluate}, one thread. */
    @Benchmark
    public void pacta(Data d, Blackhole bh) {
        for (AgreementCase a : d.portfolio.agreements()) {
            bh.consume(d.engine.evaluate(a.agreement(), a.timeline(), d.asOf));
        }
    }

    /** Pacta: the agreements in a parallel stream (the common pool: both cores). */
    @Benchmark
    public long pactaParallel(Data d) {
        return d.portfolio.agreements().parallelStream()
                .map(a -> d.engine.evaluate(a.agreement(), a.timeline(), d.asOf))
                .mapToLong(r -> r.instances().size())
                .sum();
    }

    /** Baseline: the obvious plain-Java loop on the simple-rule view. */
    @Benchmark
    public long[] plainLoop(Data d) {
        return PlainLoopBaseline.evaluate(d.portfolio.simpleInstances(), d.portfolio.simpleEvents(), d.asOf);
    }

    /** Baseline: the same rule in Drools, a stateful session per agreement. */
    @Benchmark
    public long[] drools(Data d) {
        return DroolsBaseline.evaluate(d.kieBase, d.portfolio.simpleInstances(), d.portfolio.simpleEvents(), d.asOf);
    }
}
