package dev.pacta.bench;

import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.engine.Evaluation;
import dev.pacta.core.model.Event;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.Optional;

/**
 * Thread CPU time of asking a live evaluation for its next change after every append, as a stream processor's timer
 * does (issue 20): {@link Evaluation#nextChange()} against {@code report(clock).nextChange()}, alternating, over the
 * first 40 agreements of S; the first round also checks that both give the same instant.
 *
 * <p>Usage: {@code java -Xmx3g -cp benchmarks.jar dev.pacta.bench.NextChangeCost}.
 */
public final class NextChangeCost {
    private NextChangeCost() {}

    public static void main(String[] args) {
        Portfolio p = PortfolioGenerator.generate(PortfolioGenerator.Size.S, PortfolioGenerator.SEED);
        ComplianceEngine engine = ComplianceEngine.builder().build();
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        int agreements = 40;
        for (int round = 0; round < 8; round++) {
            for (int mode = 0; mode < 2; mode++) {
                long calls = 0, mismatches = 0, ns = 0;
                for (int a = 0; a < agreements; a++) {
                    var c = p.agreements().get(a);
                    Evaluation ev = engine.start(c.agreement());
                    Instant clock = Instant.MIN;
                    for (Event e : c.timeline().events()) {
                        ev.append(e);
                        Instant at = e.at().toInstant(c.agreement().zone());
                        clock = at.isAfter(clock) ? at : clock;
                        long t0 = bean.getCurrentThreadCpuTime();
                        Optional<Instant> next =
                                mode == 0 ? ev.nextChange() : ev.report(clock).nextChange();
                        ns += bean.getCurrentThreadCpuTime() - t0;
                        calls++;
                        if (round == 0
                                && mode == 0
                                && !next.equals(ev.report(clock).nextChange())) mismatches++;
                    }
                }
                System.out.printf(
                        "round %d %-28s %8.2f us/call (%d calls)%s%n",
                        round,
                        mode == 0 ? "nextChange()" : "report(clock).nextChange()",
                        ns / 1e3 / calls,
                        calls,
                        round == 0 && mode == 0 ? ", mismatches " + mismatches : "");
            }
        }
    }
}
