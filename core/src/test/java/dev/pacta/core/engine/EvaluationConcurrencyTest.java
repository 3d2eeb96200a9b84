package dev.pacta.core.engine;

import static dev.pacta.core.engine.ComplianceEngineTest.agreement;
import static dev.pacta.core.engine.ComplianceEngineTest.approveMockup;
import static dev.pacta.core.engine.ComplianceEngineTest.content;
import static dev.pacta.core.engine.ComplianceEngineTest.control;
import static dev.pacta.core.engine.ComplianceEngineTest.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.report.ComplianceChanges;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.Finding;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 16 (point 7): an {@link Evaluation} shared between threads fails fast with {@link IllegalStateException};
 * it never returns a wrong report and never throws an incidental exception.
 */
class EvaluationConcurrencyTest {
    private static final Agreement WEB = agreement(approveMockup(), content()).build();
    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 20);
    private static final String IN_USE = "is being used by another thread; confine it to one thread or synchronise";

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).as("latch").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A custom rule holds a report open in one thread while the test calls the evaluation from another. */
    @Test
    @Timeout(60)
    void everyCall_whileAnotherThreadIsInsideACall_throwsAndChangesNothing() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ComplianceEngine engine = ComplianceEngine.builder()
                .addRule((agreement, report) -> {
                    inside.countDown();
                    await(release);
                    return List.of();
                })
                .build();
        Evaluation live = engine.start(WEB);
        Event submitted = event("e1", "2026-03-02", "mockup.submitted", "studio");
        live.append(submitted);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<ComplianceReport> held = other.submit(() -> live.report(AS_OF));
            await(inside);

            Event approved = event("e2", "2026-03-03", "mockup.approved", "client");
            List<ThrowingCallable> calls = List.of(
                    () -> live.append(approved),
                    () -> live.advanceTo(Instant.parse("2026-03-10T12:00:00Z")),
                    live::pollChanges,
                    () -> live.report(AS_OF),
                    () -> live.report(Instant.parse("2026-03-01T00:00:00Z")),
                    live::timeline);
            for (ThrowingCallable call : calls) {
                assertThatThrownBy(call)
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessage("Evaluation of web-2026 " + IN_USE);
            }
            release.countDown();
            ComplianceReport report = held.get(30, TimeUnit.SECONDS);

            // The report held open is right, and the rejected calls left no trace.
            assertThat(report).isEqualTo(engine.evaluate(WEB, Timeline.of(List.of(submitted)), AS_OF));
            assertThat(live.timeline().events()).containsExactly(submitted);
            // Used in turn from this thread now, the evaluation goes on.
            live.append(approved);
            assertThat(live.report(AS_OF))
                    .isEqualTo(engine.evaluate(WEB, Timeline.of(List.of(submitted, approved)), AS_OF));
        } finally {
            release.countDown();
            other.shutdownNow();
        }
    }

    /** A custom rule that calls back into the evaluation it is evaluating fails, as a rule that throws does. */
    @Test
    void aCallFromInsideACall_failsAndChangesNothing() {
        List<Evaluation> holder = new ArrayList<>();
        ComplianceEngine engine = ComplianceEngine.builder()
                .addRule((agreement, report) -> {
                    holder.get(0).append(event("sneaky", "2026-03-05", "mockup.approved", "client"));
                    return List.of();
                })
                .build();
        Evaluation live = engine.start(WEB);
        holder.add(live);
        live.append(event("e1", "2026-03-02", "mockup.submitted", "studio"));

        ComplianceReport report = live.report(AS_OF);

        assertThat(report.findings())
                .filteredOn(f -> f.code().equals("RULE_FAILED"))
                .extracting(Finding::message)
                .singleElement()
                .asString()
                .contains("Evaluation of web-2026 was called again from inside one of its own calls");
        assertThat(live.timeline().events()).extracting(e -> e.id().value()).containsExactly("e1");
    }

    /** The events the threads append: several per day, some naming a same-day event, so appends race out of order. */
    private static List<Event> events() {
        List<Event> events = new ArrayList<>();
        for (int day = 0; day < 6; day++) {
            String date = LocalDate.of(2026, 3, 2).plusDays(day).toString();
            events.add(event("s" + day, date, "mockup.submitted", "studio"));
            events.add(control("a" + day, date, "mockup.approved", "client", "s" + day));
            events.add(event("c" + day, date, day % 2 == 0 ? "content.delivered" : "note.sent", "client"));
            events.add(control("n" + day, date, "notice", "client", "approve-mockup#" + (day + 1)));
        }
        return events;
    }

    /**
     * Four threads share one evaluation: each appends its quarter of the events (again after an
     * IllegalStateException, which changes nothing) and asks for reports, changes and the timeline between appends.
     * Appends are serialised by the guard, so whatever a call saw is a prefix of the final append order: each report
     * must equal the full evaluation of some prefix, each timeline must be a prefix. The verdict does not depend on
     * how the threads interleave; only the number of rejected calls does.
     */
    @Test
    @Timeout(120)
    void fourThreadsSharingOneEvaluation_getRightAnswersOrIllegalStateException() throws Exception {
        List<Event> events = events();
        int threads = 4;
        int trials = 50;
        ComplianceEngine engine = ComplianceEngine.builder().build();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        int rejected = 0;
        int answered = 0;
        try {
            for (int trial = 0; trial < trials; trial++) {
                Evaluation shared = engine.start(WEB);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<List<Object>>> outcomes = new ArrayList<>();
                for (int w = 0; w < threads; w++) {
                    int worker = w;
                    outcomes.add(pool.submit(() -> {
                        List<Object> seen = new ArrayList<>();
                        await(start);
                        for (int k = worker; k < events.size(); k += threads) {
                            Event next = events.get(k);
                            Object appended;
                            do {
                                appended = attempt(() -> shared.append(next));
                                seen.add(appended);
                                Thread.yield();
                            } while (appended instanceof IllegalStateException);
                            seen.add(attempt(() -> shared.report(AS_OF)));
                            seen.add(attempt(shared::pollChanges));
                            seen.add(attempt(shared::timeline));
                        }
                        return seen;
                    }));
                }
                start.countDown();
                List<Object> all = new ArrayList<>();
                for (Future<List<Object>> f : outcomes) {
                    all.addAll(f.get(60, TimeUnit.SECONDS));
                }
                List<Event> order = shared.timeline().events();
                assertThat(order).containsExactlyInAnyOrderElementsOf(events);
                Set<ComplianceReport> rightAnswers = reportsOfPrefixes(order, engine);
                for (Object outcome : all) {
                    if (outcome instanceof IllegalStateException e) {
                        rejected++;
                        assertThat(e.getMessage())
                                .satisfiesAnyOf(
                                        m -> assertThat(m).endsWith(IN_USE),
                                        m -> assertThat(m).startsWith("no event has been appended"));
                    } else if (outcome instanceof ComplianceReport r) {
                        answered++;
                        assertThat(rightAnswers.contains(r))
                                .as("trial %d: a report that is no full evaluation of any prefix of %s", trial, order)
                                .isTrue();
                    } else if (outcome instanceof Timeline t) {
                        assertThat(order.subList(0, t.events().size())).isEqualTo(t.events());
                    } else if (outcome instanceof Throwable t) {
                        throw new AssertionError("trial " + trial + ": an incidental exception", t);
                    } else {
                        assertThat(outcome).isInstanceOfAny(Evaluation.class, ComplianceChanges.class);
                    }
                }
                assertThat(shared.report(AS_OF)).isEqualTo(engine.evaluate(WEB, Timeline.of(order), AS_OF));
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("%d trials: %d reports, %d calls rejected%n", trials, answered, rejected);
        assertThat(answered).isPositive();
    }

    /** The full evaluation of every prefix of the final append order. */
    private static Set<ComplianceReport> reportsOfPrefixes(List<Event> order, ComplianceEngine engine) {
        Set<ComplianceReport> reports = new HashSet<>();
        for (int k = 0; k <= order.size(); k++) {
            reports.add(engine.evaluate(WEB, Timeline.of(order.subList(0, k)), AS_OF));
        }
        return reports;
    }

    private interface Call {
        Object call();
    }

    private static Object attempt(Call call) {
        try {
            return call.call();
        } catch (Throwable t) {
            return t;
        }
    }
}
