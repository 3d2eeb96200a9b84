package dev.pacta.bench;

import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.engine.Evaluation;
import dev.pacta.core.model.Event;
import dev.pacta.core.report.InstanceChange;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@link IncrementalBenchmark#pactaAppendAndChanges} polls: on the same agreement, after the same
 * {@value IncrementalBenchmark#BASE} events and a first poll, the rows listed by the polls after each of the next
 * {@value IncrementalBenchmark#APPENDS} appends, counted by transition. No timing.
 */
public final class ChangesBreakdown {
    private ChangesBreakdown() {}

    public static void main(String[] args) {
        AgreementCase agreement = IncrementalBenchmark.busyAgreement();
        List<Event> events = agreement.timeline().events();
        Evaluation live = ComplianceEngine.builder().build().start(agreement.agreement());
        events.subList(0, IncrementalBenchmark.BASE).forEach(live::append);
        int first = live.pollChanges().instances().size();
        Map<String, Integer> transitions = new TreeMap<>();
        int rows = 0;
        for (Event e :
                events.subList(IncrementalBenchmark.BASE, IncrementalBenchmark.BASE + IncrementalBenchmark.APPENDS)) {
            for (InstanceChange c : live.append(e).pollChanges().instances()) {
                rows++;
                transitions.merge(
                        c.before().map(Enum::name).orElse("-") + " -> "
                                + c.after().map(Enum::name).orElse("-") + " " + c.aspects(),
                        1,
                        Integer::sum);
            }
        }
        System.out.println(agreement.agreement().id() + ", " + events.size() + " events; the first poll after "
                + IncrementalBenchmark.BASE + " events listed " + first + " rows");
        System.out.printf(
                "the polls after the next %d appends listed %d rows (%.2f per append):%n",
                IncrementalBenchmark.APPENDS, rows, rows / (double) IncrementalBenchmark.APPENDS);
        transitions.forEach((t, n) -> System.out.printf("%5d  %s%n", n, t));
    }
}
