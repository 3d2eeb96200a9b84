package dev.pacta.core.engine;

import static dev.pacta.core.engine.ComplianceEngineTest.agreement;
import static dev.pacta.core.engine.ComplianceEngineTest.approveMockup;
import static dev.pacta.core.engine.ComplianceEngineTest.content;
import static dev.pacta.core.engine.ComplianceEngineTest.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.InstanceReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 16 (point 4): a one-off evaluation's report is a view whose figures are worked out when first read; it equals
 * the same report worked out at once (a live evaluation's), prints the same, and reading it from several threads at
 * once gives every thread the same values.
 */
class ReportViewTest {
    private static final Agreement WEB = agreement(approveMockup(), content()).build();
    private static final LocalDate AS_OF = LocalDate.of(2026, 4, 20);
    private static final List<Event> EVENTS = List.of(
            event("e1", "2026-03-02", "mockup.submitted", "studio"),
            event("e2", "2026-03-12", "mockup.approved", "client"),
            event("e3", "2026-03-16", "mockup.submitted", "studio"));

    private static ComplianceReport lazy() {
        return ComplianceEngine.builder()
                .build()
                .evaluate(WEB, Timeline.builder().addAllEvents(EVENTS).build(), AS_OF);
    }

    private static ComplianceReport eager() {
        Evaluation live = ComplianceEngine.builder().build().start(WEB);
        EVENTS.forEach(live::append);
        return live.report(AS_OF);
    }

    /** Every part of a report, read in one order (rows first, then what is worked out from them). */
    private static String readAll(ComplianceReport r) {
        StringBuilder s = new StringBuilder();
        for (InstanceReport i : r.instances()) {
            s.append(i.lateness()).append(i.payment()).append(i.attribution()).append(i.blockedBy());
            s.append(i.explanation()).append('\n');
        }
        return s.append(r.findings())
                .append(r.scorecards())
                .append(r.rights())
                .append(r.balances())
                .toString();
    }

    @Test
    void aLazyReport_equalsTheEagerOne_andPrintsTheSame() {
        ComplianceReport lazy = lazy();
        ComplianceReport eager = eager();
        assertThat(lazy.getClass()).isEqualTo(ReportView.class);
        assertThat(lazy.findings()).isNotEmpty();
        assertThat(lazy).isEqualTo(eager).hasSameHashCodeAs(eager);
        assertThat(lazy.toString()).isEqualTo(eager.toString());
        ComplianceReport copy = ComplianceReport.builder().from(lazy).build();
        assertThat(copy).isEqualTo(lazy).hasSameHashCodeAs(lazy);
        assertThat(copy.toString()).isEqualTo(lazy.toString());
        assertThat(lazy.instances().get(0))
                .isEqualTo(
                        InstanceReport.builder().from(lazy.instances().get(0)).build());
    }

    @Test
    @Timeout(60)
    void readingALazyReportFromFourThreadsAtOnce_givesEachTheSameValues() throws Exception {
        String expected = readAll(eager());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int trial = 0; trial < 50; trial++) {
                ComplianceReport report = lazy();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<String>> reads = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    reads.add(pool.submit(() -> {
                        assertThat(start.await(30, TimeUnit.SECONDS)).isTrue();
                        return readAll(report);
                    }));
                }
                start.countDown();
                for (Future<String> read : reads) {
                    assertThat(read.get(30, TimeUnit.SECONDS)).isEqualTo(expected);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
