package dev.pacta.bench;

import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.engine.Evaluation;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.report.ComplianceReport;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.openjdk.jol.info.GraphLayout;

/**
 * Retained memory per event of Pacta's in-memory forms, for a portfolio (S by default, or the size given as the
 * first argument): the timelines (the events as model objects), the incremental {@link Evaluation}s of every
 * agreement with all events appended (the evaluated form an event-driven service keeps: after appends only, after
 * {@link Evaluation#pollChanges()}, and after a report, which caches report rows), and the reports.
 *
 * <p>Measured two ways: JOL's object-graph walk (exact, shared objects counted once), and the heap in use after
 * forced GCs before and after building each form.
 */
public final class MemoryFootprint {
    private MemoryFootprint() {}

    public static void main(String[] args) {
        PortfolioGenerator.Size size = PortfolioGenerator.Size.valueOf(args.length > 0 ? args[0] : "S");
        boolean jol = args.length < 2 || !args[1].equals("nojol");
        Portfolio p = PortfolioGenerator.generate(size, PortfolioGenerator.SEED);
        int n = p.agreements().size();
        double events = p.eventCount();
        System.out.println("portfolio " + p);
        System.out.println("JVM " + System.getProperty("java.vm.version") + ", "
                + ManagementFactory.getRuntimeMXBean().getInputArguments());

        Agreement[] agreements = new Agreement[n];
        Timeline[] timelines = new Timeline[n];
        for (int i = 0; i < n; i++) {
            agreements[i] = p.agreements().get(i).agreement();
            timelines[i] = p.agreements().get(i).timeline();
        }
        Object[] simpleView = {p.simpleInstances(), p.simpleEvents()};
        p = null; // keep only the arrays above

        ComplianceEngine engine = ComplianceEngine.builder().build();
        long before = usedAfterGc();
        Evaluation[] evaluations = new Evaluation[n];
        for (int i = 0; i < n; i++) {
            evaluations[i] = engine.start(agreements[i]);
            for (Event e : timelines[i].events()) {
                evaluations[i].append(e);
            }
        }
        long afterEvaluations = usedAfterGc();
        long inputsBytes =
                jol ? GraphLayout.parseInstance(agreements, timelines).totalSize() : 0;
        if (jol) {
            // The evaluated form before any report or look at changes: what an append-only service keeps.
            long appended = GraphLayout.parseInstance(agreements, timelines, evaluations)
                    .totalSize();
            System.out.printf(
                    "JOL: evaluated form, events appended only (agreements + timelines + evaluations) %.0f bytes/event%n",
                    appended / events);
        }
        if (jol) {
            evaluationAlone(evaluations, events, "events appended only");
        }
        java.time.LocalDate asOf = PortfolioGenerator.asOf(size);
        ComplianceReport[] reports = new ComplianceReport[n];
        for (int i = 0; i < n; i++) {
            reports[i] = evaluations[i].report(asOf);
        }
        long afterReports = usedAfterGc();
        System.out.printf(
                "heap delta: evaluations %.0f bytes/event, reports %.0f bytes/event%n",
                (afterEvaluations - before) / events, (afterReports - afterEvaluations) / events);

        if (jol) {
            long timelineBytes = GraphLayout.parseInstance((Object) timelines).totalSize();
            long agreementBytes = GraphLayout.parseInstance((Object) agreements).totalSize();
            long inputs = inputsBytes;
            long withEvaluations = GraphLayout.parseInstance(agreements, timelines, evaluations)
                    .totalSize();
            long reportBytes = GraphLayout.parseInstance((Object) reports).totalSize();
            long simpleBytes = GraphLayout.parseInstance(simpleView).totalSize();
            System.out.printf("JOL: timelines (events as model objects) %.0f bytes/event%n", timelineBytes / events);
            System.out.printf(
                    "JOL: agreements %.0f bytes/event (%d bytes/agreement)%n",
                    agreementBytes / events, agreementBytes / n);
            System.out.printf(
                    "JOL: evaluations beyond agreements+timelines %.0f bytes/event%n",
                    (withEvaluations - inputs) / events);
            System.out.printf(
                    "JOL: evaluated form total after reports (agreements + timelines + evaluations, with the report"
                            + " cache) %.0f bytes/event%n",
                    withEvaluations / events);
            for (Evaluation e : evaluations) {
                e.pollChanges();
            }
            long polled = GraphLayout.parseInstance(agreements, timelines, evaluations)
                    .totalSize();
            System.out.printf(
                    "JOL: evaluated form after a report and pollChanges() (standings kept per row too) %.0f"
                            + " bytes/event%n",
                    polled / events);
            System.out.printf("JOL: reports %.0f bytes/event%n", reportBytes / events);
            System.out.printf("JOL: simple-rule view (plain records) %.0f bytes/event%n", simpleBytes / events);
            Evaluation one = evaluations[0];
            System.out.println("JOL: evaluation of " + agreements[0].id() + " ("
                    + timelines[0].events().size() + " events), by class, largest 15 (COUNT AVG SUM CLASS):");
            String table = GraphLayout.parseInstance(one).toFootprint();
            List<String> lines = table.lines()
                    .filter(l -> l.trim().matches("\\d+\\s+\\d+\\s+\\d+\\s+.*"))
                    .sorted(java.util.Comparator.comparingLong(
                                    (String l) -> Long.parseLong(l.trim().split("\\s+")[2]))
                            .reversed())
                    .toList();
            lines.stream().limit(15).forEach(l -> System.out.println("  " + l));
        }
        System.out.println(reports.length + " " + evaluations.length + " " + simpleView.length);
    }

    /**
     * What the evaluations alone retain, as a service that appends events from a stream and drops them keeps them
     * (agreements and the engine's shared calendars included, the input timelines not), and how that splits between
     * the evaluation's own event storage (its {@code events} field) and the simulation (its {@code sim} field). The
     * two can share objects (event ids the simulation also keeps), so "beyond the simulation" is what the evaluation
     * adds to it: its event storage less what is shared, and its small bookkeeping.
     */
    static void evaluationAlone(Evaluation[] evaluations, double events, String when) {
        try {
            java.lang.reflect.Field store = Evaluation.class.getDeclaredField("events");
            java.lang.reflect.Field sim = Evaluation.class.getDeclaredField("sim");
            store.setAccessible(true);
            sim.setAccessible(true);
            Object[] stores = new Object[evaluations.length];
            Object[] sims = new Object[evaluations.length];
            for (int i = 0; i < evaluations.length; i++) {
                stores[i] = store.get(evaluations[i]);
                sims[i] = sim.get(evaluations[i]);
            }
            long total = GraphLayout.parseInstance((Object[]) evaluations).totalSize();
            long storeBytes = GraphLayout.parseInstance(stores).totalSize();
            long simBytes = GraphLayout.parseInstance(sims).totalSize();
            System.out.printf(
                    "JOL: evaluations alone (%s; agreements included, input timelines not) %.0f bytes/event:"
                            + " simulation %.0f, beyond the simulation %.0f (the event storage alone %.0f, some of it"
                            + " shared with the simulation)%n",
                    when, total / events, simBytes / events, (total - simBytes) / events, storeBytes / events);
            System.out.println("JOL: the simulations by class, largest 12 (bytes/event, COUNT SUM CLASS):");
            GraphLayout.parseInstance(sims)
                    .toFootprint()
                    .lines()
                    .filter(l -> l.trim().matches("\\d+\\s+\\d+\\s+\\d+\\s+.*"))
                    .map(l -> l.trim().split("\\s+"))
                    .sorted(java.util.Comparator.comparingLong((String[] f) -> Long.parseLong(f[2]))
                            .reversed())
                    .limit(12)
                    .forEach(f -> System.out.printf(
                            "  %6.1f  %8s %10s  %s%n", Long.parseLong(f[2]) / events, f[0], f[2], f[3]));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }
}
