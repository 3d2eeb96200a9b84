package dev.pacta.bench;

import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.engine.Evaluation;
import dev.pacta.core.model.Event;
import dev.pacta.core.report.ComplianceChanges;
import dev.pacta.core.report.ComplianceReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Incremental evaluation of one agreement that already has {@value #BASE} events: append the next event and ask
 * for the report as of that day (SampleTime: p50, p99). After {@value #APPENDS} appends the evaluation is rebuilt
 * from the {@value #BASE} events outside the measured time, so every sample is on an agreement with 600-700 events.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 3,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class IncrementalBenchmark {
    static final int BASE = 600;
    static final int APPENDS = 100;

    /** One agreement with at least BASE + APPENDS events. */
    @State(Scope.Thread)
    public static class Data {
        AgreementCase agreement;
        List<Event> base;
        List<Event> extra;
        List<SimpleEvent> simpleBase;
        List<SimpleEvent> simpleExtra;
        ComplianceEngine engine;

        Evaluation evaluation;
        List<SimpleEvent> plainEvents;
        int next = APPENDS;

        @Setup(Level.Trial)
        public void setUp() {
            agreement = busyAgreement();
            List<Event> events = agreement.timeline().events();
            base = events.subList(0, BASE);
            extra = events.subList(BASE, BASE + APPENDS);
            simpleBase = agreement.events().subList(0, BASE);
            simpleExtra = agreement.events().subList(BASE, BASE + APPENDS);
            engine = ComplianceEngine.builder().build();
            System.out.println("# incremental: " + agreement.agreement().id() + ", " + events.size() + " events, "
                    + agreement.instances().size() + " simple-rule instances");
        }

        /** Rebuilds the evaluation from the base events when the appended ones are used up (not measured). */
        @Setup(Level.Invocation)
        public void refill() {
            if (next < APPENDS) {
                return;
            }
            evaluation = engine.start(agreement.agreement());
            for (Event e : base) {
                evaluation.append(e);
            }
            evaluation.pollChanges(); // the first look lists every row; the measured ones list what each event changed
            plainEvents = new ArrayList<>(simpleBase);
            next = 0;
        }

        LocalDate day(Event e) {
            return e.at().toLocalDate(agreement.agreement().zone());
        }
    }

    /**
     * The first agreement of the L portfolio (50 obligations, ~1,000 events a year) with at least BASE + APPENDS
     * events: its first BASE events are the state, the next APPENDS the arrivals.
     */
    static AgreementCase busyAgreement() {
        for (int i = 0; i < 1_000; i++) {
            AgreementCase a = PortfolioGenerator.agreement(PortfolioGenerator.Size.L, PortfolioGenerator.SEED, i);
            if (a.timeline().events().size() >= BASE + APPENDS) {
                return a;
            }
        }
        throw new IllegalStateException("no agreement with " + (BASE + APPENDS) + " events");
    }

    /** Pacta: append one event, then the report as of its day. Target: p50 <= 2 us, p99 <= 20 us. */
    @Benchmark
    public ComplianceReport pactaAppendAndReport(Data d) {
        Event e = d.extra.get(d.next++);
        d.evaluation.append(e);
        return d.evaluation.report(d.day(e));
    }

    /**
     * Pacta: append one event, then what it changed ({@link Evaluation#pollChanges()}: the rows whose standing differs,
     * each with its report). Target: p50 <= 2 us, p99 <= 20 us.
     */
    @Benchmark
    public ComplianceChanges pactaAppendAndChanges(Data d) {
        return d.evaluation.append(d.extra.get(d.next++)).pollChanges();
    }

    /** Pacta: append one event only (no report). */
    @Benchmark
    public Evaluation pactaAppendOnly(Data d) {
        return d.evaluation.append(d.extra.get(d.next++));
    }

    /** Baseline: add the event to the agreement's list and re-run the plain loop on the agreement. */
    @Benchmark
    public PlainLoopBaseline.Result plainAppendAndReevaluate(Data d) {
        SimpleEvent e = d.simpleExtra.get(d.next++);
        d.plainEvents.add(e);
        return PlainLoopBaseline.evaluateAgreement(d.agreement.instances(), d.plainEvents, e.date());
    }
}
