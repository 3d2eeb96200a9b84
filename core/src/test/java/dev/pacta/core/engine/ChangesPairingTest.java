package dev.pacta.core.engine;

import static dev.pacta.core.engine.ComplianceEngineTest.ENGINE;
import static dev.pacta.core.engine.ComplianceEngineTest.agreement;
import static dev.pacta.core.engine.ComplianceEngineTest.duty;
import static dev.pacta.core.engine.ComplianceEngineTest.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Amendment;
import dev.pacta.core.model.DeadlineRule;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.ObligationId;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.model.Trigger;
import dev.pacta.core.report.ComplianceChanges;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.InstanceChange;
import dev.pacta.core.report.InstanceId;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.InstanceState;
import dev.pacta.core.time.Recurrence;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link Evaluation#pollChanges()} with prerequisites paired in both ways: a weekly duty and a page on request both
 * wait on the client's single content delivery (every instance is paired with it), the page obligation is added by
 * an amendment, and reports are fulfilled by refs. Polled after every event, with and without the clock advanced
 * first, the rows seen so far always equal the full report's, aspect by aspect.
 */
class ChangesPairingTest {
    static Obligation content() {
        return duty(
                        "content",
                        "client",
                        Trigger.onEffectiveDate(),
                        DeadlineRule.onDate(LocalDate.of(2026, 3, 6)),
                        "content.delivered")
                .build();
    }

    static Obligation weekly() {
        return duty(
                        "weekly",
                        "studio",
                        Trigger.recurring(Recurrence.builder()
                                .frequency(Recurrence.Frequency.WEEKLY)
                                .dayOfWeek(DayOfWeek.MONDAY)
                                .count(6)
                                .build()),
                        DeadlineRule.ofCalendarDays(4),
                        "report.sent")
                .addPrerequisites(ObligationId.of("content"))
                .build();
    }

    static Obligation page() {
        return duty("page", "studio", Trigger.onEvent("page.requested"), DeadlineRule.ofCalendarDays(2), "page.built")
                .addPrerequisites(ObligationId.of("content"))
                .build();
    }

    static Event ref(String id, String date, String kind, String actor, String ref) {
        return Event.builder().from(event(id, date, kind, actor)).ref(ref).build();
    }

    @Test
    void dependentsOfASingleInstancePrerequisite_andOneAddedByAmendment() {
        blocked = false;
        Agreement a = agreement(content(), weekly()).build();
        Event amend = Event.builder()
                .from(event("am", "2026-03-10", "amendment", "client"))
                .amendment(Amendment.builder()
                        .addAddObligations(page())
                        .addSignedBy(dev.pacta.core.model.PartyId.of("studio"))
                        .build())
                .build();
        List<Event> events = List.of(
                ref("r1", "2026-03-03", "report.sent", "studio", "weekly#1"),
                amend,
                event("q1", "2026-03-11", "page.requested", "studio"),
                ref("r2", "2026-03-12", "report.sent", "studio", "weekly#2"),
                event("c1", "2026-03-20", "content.delivered", "client"),
                event("q2", "2026-03-21", "page.requested", "studio"));
        for (boolean advance : new boolean[] {false, true}) {
            Evaluation live = ENGINE.start(a);
            Map<InstanceId, String> seen = new LinkedHashMap<>();
            List<Event> sofar = new ArrayList<>();
            for (Event e : events) {
                Instant at = e.at().toInstant(a.zone());
                if (advance && !sofar.isEmpty()) {
                    live.advanceTo(at);
                    check(a, live.pollChanges(), seen, sofar, at);
                }
                live.append(e);
                sofar.add(e);
                check(a, live.pollChanges(), seen, sofar, at);
            }
            Instant end = ComplianceEngine.endOfDay(a, LocalDate.of(2026, 4, 20));
            live.advanceTo(end);
            check(a, live.pollChanges(), seen, sofar, end);
        }
        assertThat(blocked).as("some dependent was blocked along the way").isTrue();
    }

    /** Whether a full report showed a blocked dependent: the case this test is about. */
    private static boolean blocked;

    private static void check(
            Agreement a, ComplianceChanges ch, Map<InstanceId, String> seen, List<Event> sofar, Instant at) {
        for (InstanceChange c : ch.instances()) {
            if (c.report().isPresent()) {
                seen.put(c.instance(), key(c.report().get()));
            } else {
                seen.remove(c.instance());
            }
        }
        ComplianceReport full = ENGINE.evaluate(a, Timeline.of(sofar), at);
        blocked |= full.instances().stream().anyMatch(r -> r.state() == InstanceState.BLOCKED);
        Map<InstanceId, String> expected = new LinkedHashMap<>();
        for (InstanceReport r : full.instances()) {
            expected.put(r.id(), key(r));
        }
        assertThat(seen)
                .as("at " + at + " after " + sofar.get(sofar.size() - 1).id())
                .isEqualTo(expected);
    }

    private static String key(InstanceReport r) {
        return ChangesProperties.standing(r).toString();
    }
}
