package dev.pacta.bench;

import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.engine.Evaluation;
import dev.pacta.core.model.Event;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@link Evaluation}'s guard against concurrent use costs, in thread CPU time (so that other processes on a
 * shared machine count for little), set against what the calls it guards cost: an append, and an append with
 * {@code pollChanges()}, on {@link IncrementalBenchmark}'s agreement (600 events, then 100 appended).
 *
 * <p>The guard is measured on a copy of its code ({@link Guarded}: a compare-and-set of the calling thread into a
 * volatile field on entry, a release store of null on exit), against the same loop without it; rounds alternate the
 * two and the median difference is reported.
 */
public final class GuardCost {
    private GuardCost() {}

    /** A copy of Evaluation's guard around a trivial body. */
    static final class Guarded {
        private static final VarHandle USER;

        static {
            try {
                USER = MethodHandles.lookup().findVarHandle(Guarded.class, "user", Thread.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        @SuppressWarnings("unused")
        private volatile Thread user;

        long count;

        void guarded() {
            Thread me = Thread.currentThread();
            if (!USER.compareAndSet(this, null, me)) {
                throw new IllegalStateException("in use");
            }
            try {
                count++;
            } finally {
                USER.setRelease(this, null);
            }
        }

        void plain() {
            count++;
        }
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        Guarded g = new Guarded();
        int calls = 20_000_000;
        List<Double> guardNs = new ArrayList<>();
        for (int r = 0; r < rounds + 5; r++) {
            long t0 = bean.getCurrentThreadCpuTime();
            for (int i = 0; i < calls; i++) {
                g.guarded();
            }
            long t1 = bean.getCurrentThreadCpuTime();
            for (int i = 0; i < calls; i++) {
                g.plain();
            }
            long t2 = bean.getCurrentThreadCpuTime();
            if (r >= 5) {
                guardNs.add(((t1 - t0) - (t2 - t1)) / (double) calls);
            }
        }

        AgreementCase agreement = IncrementalBenchmark.busyAgreement();
        List<Event> events = agreement.timeline().events();
        List<Event> base = events.subList(0, IncrementalBenchmark.BASE);
        List<Event> extra =
                events.subList(IncrementalBenchmark.BASE, IncrementalBenchmark.BASE + IncrementalBenchmark.APPENDS);
        ComplianceEngine engine = ComplianceEngine.builder().build();
        List<Double> appendNs = new ArrayList<>();
        List<Double> appendPollNs = new ArrayList<>();
        for (int r = 0; r < rounds + 5; r++) {
            long append = 0;
            long appendPoll = 0;
            for (int rep = 0; rep < 20; rep++) {
                for (int poll = 0; poll < 2; poll++) {
                    Evaluation e = engine.start(agreement.agreement());
                    base.forEach(e::append);
                    e.pollChanges();
                    long t0 = bean.getCurrentThreadCpuTime();
                    for (Event x : extra) {
                        e.append(x);
                        if (poll == 1) {
                            e.pollChanges();
                        }
                    }
                    long t = bean.getCurrentThreadCpuTime() - t0;
                    if (poll == 0) {
                        append += t;
                    } else {
                        appendPoll += t;
                    }
                }
            }
            if (r >= 5) {
                appendNs.add(append / 20.0 / extra.size());
                appendPollNs.add(appendPoll / 20.0 / extra.size());
            }
        }
        double guard = median(guardNs);
        double a = median(appendNs);
        double ap = median(appendPollNs);
        System.out.printf(
                "guard (CAS on entry, release store on exit): %.1f ns per call (median of %d rounds; %s)%n",
                guard, rounds, round(guardNs));
        System.out.printf(
                "append: %.0f ns per event (thread CPU, mean of 100 appends on 600 events; %s)%n", a, round(appendNs));
        System.out.printf("append + pollChanges: %.0f ns per event (%s)%n", ap, round(appendPollNs));
        System.out.printf(
                "guard share: append %.2f %%, append + pollChanges (two guarded calls) %.2f %%%n",
                100 * guard / a, 100 * 2 * guard / ap);
        System.out.println(g.count);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String round(List<Double> values) {
        return values.stream().map(v -> String.format("%.1f", v)).toList().toString();
    }
}
