package dev.pacta.core.engine;

import static dev.pacta.core.engine.ResponsibilityTest.CLIENT;
import static dev.pacta.core.engine.ResponsibilityTest.STUDIO;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Category;
import dev.pacta.core.model.DeadlineRule;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.ObligationId;
import dev.pacta.core.model.Trigger;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.Scorecard;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A party's scorecard: the statistics of its response times, counted over responses given in any order. */
class ScorecardsTest {
    static Obligation approval(int windowDays) {
        return Obligation.builder()
                .id(ObligationId.of("approve-mockup"))
                .title("approve mock-up")
                .category(Category.APPROVAL)
                .obligor(CLIENT)
                .beneficiary(STUDIO)
                .trigger(Trigger.onEvent("mockup.submitted"))
                .deadline(DeadlineRule.ofBusinessDays(windowDays))
                .addFulfilledBy("mockup.approved")
                .build();
    }

    static Event submitted(String id, String date) {
        return Event.of(id, LocalDate.parse(date), "mockup.submitted", "studio");
    }

    static Event approved(String id, String date) {
        return Event.of(id, LocalDate.parse(date), "mockup.approved", "bakery");
    }

    @Test
    void medianOfAnEvenNumberOfResponses_isTheMeanOfTheMiddleTwo_whateverTheirOrder() {
        Agreement a = ResponsibilityTest.agreement(LocalDate.of(2026, 6, 1), List.of(), approval(2));
        // Responses of 8, 2, 5 and 3 business days, in that order (Madrid has no holiday in these weeks): sorted
        // 2, 3, 5, 8, so the median is (3 + 5) / 2 = 4, the 90th percentile the 4th of 4 (8), the worst 8.
        ComplianceReport r = ResponsibilityTest.evaluate(
                a,
                "2026-05-29",
                submitted("s1", "2026-03-02"),
                approved("a1", "2026-03-12"), // Tue 3 .. Thu 12: 8 business days
                submitted("s2", "2026-03-16"),
                approved("a2", "2026-03-18"), // 2
                submitted("s3", "2026-03-23"),
                approved("a3", "2026-03-30"), // 5
                submitted("s4", "2026-04-13"),
                approved("a4", "2026-04-16")); // 3
        Scorecard client = r.scorecard(CLIENT).orElseThrow();
        assertThat(client.responses()).isEqualTo(4);
        assertThat(client.responsesWithinWindow()).isEqualTo(1);
        assertThat(client.medianResponseDays()).contains(new BigDecimal("4.0"));
        assertThat(client.p90ResponseDays()).contains(8L);
        assertThat(client.worstResponseDays()).contains(8L);
        assertThat(client.medianWindowDays()).contains(new BigDecimal("2.0"));
        assertThat(client.onTimeRate()).contains(new BigDecimal("25.0"));
    }

    @Test
    void medianOfAnOddNumberOfResponses_isTheMiddleOne_andTheNinetiethPercentileIsRankedUp() {
        Agreement a = ResponsibilityTest.agreement(LocalDate.of(2026, 6, 1), List.of(), approval(3));
        // 4, 1, 2 business days: sorted 1, 2, 4; median 2, 90th percentile the ceil(0.9 * 3) = 3rd, 4.
        ComplianceReport r = ResponsibilityTest.evaluate(
                a,
                "2026-05-29",
                submitted("s1", "2026-03-02"),
                approved("a1", "2026-03-06"),
                submitted("s2", "2026-03-09"),
                approved("a2", "2026-03-10"),
                submitted("s3", "2026-03-16"),
                approved("a3", "2026-03-18"));
        Scorecard client = r.scorecard(CLIENT).orElseThrow();
        assertThat(client.medianResponseDays()).contains(new BigDecimal("2.0"));
        assertThat(client.p90ResponseDays()).contains(4L);
        assertThat(client.worstResponseDays()).contains(4L);
        assertThat(client.medianWindowDays()).contains(new BigDecimal("3.0"));
        assertThat(client.responsesWithinWindow()).isEqualTo(2);
        // The studio answered nothing: no response statistics at all, rather than zeros.
        Scorecard studio = r.scorecard(STUDIO).orElseThrow();
        assertThat(studio.responses()).isZero();
        assertThat(studio.medianResponseDays()).isEmpty();
        assertThat(studio.onTimeRate()).isEmpty();
    }

    @Test
    void everyResponseCounts_howeverMany() {
        Agreement a = ResponsibilityTest.agreement(LocalDate.of(2026, 12, 1), List.of(), approval(2));
        // Ten mock-ups, each submitted on a Monday and approved on the Tuesday: ten responses of one business day.
        List<Event> events = new java.util.ArrayList<>();
        LocalDate monday = LocalDate.of(2026, 3, 2);
        for (int k = 0; k < 10; k++) {
            LocalDate m = monday.plusWeeks(k);
            events.add(submitted("s" + k, m.toString()));
            events.add(approved("a" + k, m.plusDays(1).toString()));
        }
        ComplianceReport r = ResponsibilityTest.evaluate(a, "2026-06-30", events.toArray(Event[]::new));
        Scorecard client = r.scorecard(CLIENT).orElseThrow();
        assertThat(client.responses()).isEqualTo(10);
        assertThat(client.responsesWithinWindow()).isEqualTo(10);
        assertThat(client.medianResponseDays()).contains(new BigDecimal("1.0"));
        assertThat(client.worstResponseDays()).contains(1L);
        assertThat(client.medianWindowDays()).contains(new BigDecimal("2.0"));
    }
}
