package dev.pacta.bench;

import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.engine.Evaluation;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.InstanceId;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.InstanceState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;

/**
 * A fast check that the benchmark code still works (for CI): generates a portfolio (TINY by default, or the size
 * given as the first argument), runs every workload once and checks that the baselines agree with each other, that
 * the JSON round trip keeps every event, and that incremental evaluation equals full evaluation. Prints the
 * portfolio's statistics. Exits with status 1 on a mismatch. No timing assertion.
 */
public final class Smoke {
    private Smoke() {}

    public static void main(String[] args) throws Exception {
        PortfolioGenerator.Size size = PortfolioGenerator.Size.valueOf(args.length > 0 ? args[0] : "TINY");
        long t0 = System.nanoTime();
        Portfolio p = PortfolioGenerator.generate(size, PortfolioGenerator.SEED);
        System.out.printf("generated %s in %d ms%n", p, ms(t0));
        int failures = 0;

        ComplianceEngine engine = ComplianceEngine.builder().build();
        t0 = System.nanoTime();
        Map<InstanceState, Long> pacta = new EnumMap<>(InstanceState.class);
        long reports = 0;
        for (AgreementCase a : p.agreements()) {
            ComplianceReport r = engine.evaluate(a.agreement(), a.timeline(), p.asOf());
            for (InstanceReport i : r.instances()) {
                pacta.merge(i.state(), 1L, Long::sum);
            }
            reports++;
        }
        System.out.printf("pacta: %d reports in %d ms, states %s%n", reports, ms(t0), pacta);

        t0 = System.nanoTime();
        long[] plain = PlainLoopBaseline.evaluate(p.simpleInstances(), p.simpleEvents(), p.asOf());
        System.out.printf("plain loop: %s in %d ms (%s)%n", Arrays.toString(plain), ms(t0), states());

        t0 = System.nanoTime();
        KieBase base = DroolsBaseline.kieBase();
        System.out.printf("drools: rules compiled in %d ms%n", ms(t0));
        t0 = System.nanoTime();
        long[] drools = DroolsBaseline.evaluate(base, p.simpleInstances(), p.simpleEvents(), p.asOf());
        System.out.printf("drools: %s in %d ms%n", Arrays.toString(drools), ms(t0));
        failures += check("plain loop and Drools agree", Arrays.equals(plain, drools));

        Path file = Files.createTempFile("pacta-smoke-", ".json");
        try {
            EventsJson.write(p, file);
            t0 = System.nanoTime();
            long floor = EventsJson.readRecords(file, t -> {});
            long floorMs = ms(t0);
            List<Timeline> timelines = new ArrayList<>();
            t0 = System.nanoTime();
            long model = EventsJson.readPacta(file, timelines::add);
            System.out.printf(
                    "json: %d bytes; floor %d events in %d ms; to Pacta model %d events in %d ms%n",
                    Files.size(file), floor, floorMs, model, ms(t0));
            failures += check("the JSON round trip keeps every event", floor == p.eventCount() && model == floor);
            boolean same = true;
            for (int k = 0; k < timelines.size(); k++) {
                same &= timelines
                        .get(k)
                        .events()
                        .equals(p.agreements().get(k).timeline().events());
            }
            failures += check("the JSON round trip gives equal timelines", same);
        } finally {
            Files.deleteIfExists(file);
        }

        AgreementCase a = p.agreements().get(0);
        Evaluation evaluation = engine.start(a.agreement());
        // The changes polled after every event, applied one after the other, give the rows of the last report.
        Map<InstanceId, InstanceReport> rows = new java.util.HashMap<>();
        for (Event e : a.timeline().events()) {
            evaluation.append(e);
            for (var change : evaluation.pollChanges().instances()) {
                change.report().ifPresentOrElse(r -> rows.put(r.id(), r), () -> rows.remove(change.instance()));
            }
        }
        ComplianceReport full = engine.evaluate(a.agreement(), a.timeline(), p.asOf());
        failures += check(
                "incremental equals full evaluation",
                evaluation.report(p.asOf()).equals(full));
        java.time.Instant last = evaluation.pollChanges().asOf();
        ComplianceReport atLast = engine.evaluate(a.agreement(), a.timeline(), last);
        boolean statesAgree = rows.size() == atLast.instances().size();
        for (InstanceReport r : atLast.instances()) {
            InstanceReport polled = rows.get(r.id());
            statesAgree &= polled != null && polled.state() == r.state();
        }
        failures += check("changes polled after every event add up to the report's states", statesAgree);

        System.out.println(failures == 0 ? "smoke: all checks passed" : "smoke: " + failures + " check(s) failed");
        System.exit(failures == 0 ? 0 : 1);
    }

    private static String states() {
        return Arrays.toString(SimpleState.values());
    }

    private static int check(String what, boolean ok) {
        System.out.println((ok ? "ok   " : "FAIL ") + what);
        return ok ? 0 : 1;
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
