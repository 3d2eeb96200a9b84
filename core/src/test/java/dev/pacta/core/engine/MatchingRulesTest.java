package dev.pacta.core.engine;

import static dev.pacta.core.engine.ComplianceEngineTest.agreement;
import static dev.pacta.core.engine.ComplianceEngineTest.codes;
import static dev.pacta.core.engine.ComplianceEngineTest.control;
import static dev.pacta.core.engine.ComplianceEngineTest.duty;
import static dev.pacta.core.engine.ComplianceEngineTest.evaluate;
import static dev.pacta.core.engine.ComplianceEngineTest.event;
import static dev.pacta.core.engine.ComplianceEngineTest.instance;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.model.DeadlineRule;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.ObligationId;
import dev.pacta.core.model.Trigger;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.Finding;
import dev.pacta.core.report.FindingCodes;
import dev.pacta.core.report.InstanceState;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Which instance an event fulfils (chapter "Fulfilment matching" of the design): the one its reference names that can
 * still accept it, else the oldest open one of any obligation its kind fulfils; a time-bound duty accepts nothing once
 * breached, but one suspended or blocked past its deadline was not breached and still accepts.
 */
class MatchingRulesTest {
    /** A report the studio owes within 5 days of each request by the client. */
    static Obligation report() {
        return duty(
                        "report",
                        "studio",
                        Trigger.onEvent("report.requested"),
                        DeadlineRule.ofCalendarDays(5),
                        "report.sent")
                .build();
    }

    @Test
    void aReferenceToAnObligation_fulfilsItsOldestInstanceThatCanStillAcceptIt() {
        ComplianceReport r = evaluate(
                agreement(report()).build(),
                "2026-03-06",
                event("q1", "2026-03-03", "report.requested", "client"),
                event("q2", "2026-03-04", "report.requested", "client"),
                event("s1", "2026-03-05", "report.sent", "studio"),
                control("s2", "2026-03-06", "report.sent", "studio", "report"));
        assertThat(instance(r, "report#1").explanation()).contains("report.sent by s1 on");
        assertThat(instance(r, "report#2").state()).isEqualTo(InstanceState.FULFILLED);
        assertThat(instance(r, "report#2").explanation()).contains("report.sent by s2 on");
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void aReferenceToTheEventThatTriggeredInstances_namesOnlyThoseTheEventCanFulfil() {
        Obligation confirm = duty(
                        "confirm",
                        "studio",
                        Trigger.onEvent("order.placed"),
                        DeadlineRule.ofCalendarDays(5),
                        "confirmation.sent")
                .build();
        Obligation pack = duty(
                        "pack", "studio", Trigger.onEvent("order.placed"), DeadlineRule.ofCalendarDays(5), "packed")
                .build();
        ComplianceReport r = evaluate(
                agreement(confirm, pack).build(),
                "2026-03-05",
                event("o1", "2026-03-03", "order.placed", "client"),
                control("p1", "2026-03-04", "packed", "studio", "o1"));
        assertThat(instance(r, "pack#1").state()).isEqualTo(InstanceState.FULFILLED);
        assertThat(instance(r, "confirm#1").state()).isEqualTo(InstanceState.UPCOMING);
    }

    @Test
    void anEventThatFindsNothingOpen_isReportedNamingWhatItCouldHaveFulfilled() {
        ComplianceReport r =
                evaluate(agreement(report()).build(), "2026-03-06", event("s1", "2026-03-05", "report.sent", "studio"));
        assertThat(r.findings())
                .extracting(Finding::message)
                .containsExactly(
                        "event s1 (report.sent) by 'studio' fulfilled nothing: no open instance of 'report' could accept"
                                + " it");
    }

    @Test
    void anEventNamingNothingItCanFulfil_isReportedAndFulfilsNothing() {
        ComplianceReport r = evaluate(
                agreement(report()).build(),
                "2026-03-06",
                event("q1", "2026-03-03", "report.requested", "client"),
                control("s1", "2026-03-05", "report.sent", "studio", "report#7"));
        assertThat(instance(r, "report#1").state()).isEqualTo(InstanceState.UPCOMING);
        assertThat(r.findings())
                .extracting(Finding::message)
                .containsExactly("event s1 (report.sent) refers to 'report#7', which names no instance it can fulfil");
    }

    /** A call the studio must hold on Wed 4 March, and cannot hold later; it needs the client's brief, due Tue 3. */
    static Obligation call(String... prerequisites) {
        Obligation.Builder b = duty(
                        "call",
                        "studio",
                        Trigger.onEffectiveDate(),
                        DeadlineRule.onDate(LocalDate.of(2026, 3, 4)),
                        "call.held")
                .timeBound(true);
        for (String p : prerequisites) {
            b.addPrerequisites(ObligationId.of(p));
        }
        return b.build();
    }

    @Test
    void aTimeBoundDuty_onceBreached_acceptsNothing_evenNamed() {
        ComplianceReport r = evaluate(
                agreement(call()).build(), "2026-03-10", control("c1", "2026-03-06", "call.held", "studio", "call#1"));
        assertThat(instance(r, "call#1").state()).isEqualTo(InstanceState.BREACHED);
        assertThat(codes(r)).contains(FindingCodes.DANGLING_REFERENCE);
    }

    @Test
    void aTimeBoundDuty_suspendedPastItsDeadline_stillAccepts() {
        ComplianceReport r = evaluate(
                agreement(call()).build(),
                "2026-03-10",
                control("h1", "2026-03-03", "suspension", "client", "call#1"),
                event("c1", "2026-03-06", "call.held", "studio"));
        assertThat(instance(r, "call#1").explanation()).contains("call.held by c1 on Fri 2026-03-06");
        assertThat(codes(r)).doesNotContain(FindingCodes.UNMATCHED_EVENT);
    }

    @Test
    void aTimeBoundDuty_blockedPastItsDeadline_stillAccepts() {
        Obligation brief = duty(
                        "brief",
                        "client",
                        Trigger.onEffectiveDate(),
                        DeadlineRule.onDate(LocalDate.of(2026, 3, 3)),
                        "brief.sent")
                .build();
        ComplianceReport r = evaluate(
                agreement(brief, call("brief")).build(),
                "2026-03-10",
                event("c1", "2026-03-06", "call.held", "studio"));
        assertThat(instance(r, "call#1").explanation()).contains("call.held by c1 on Fri 2026-03-06");
        assertThat(codes(r)).doesNotContain(FindingCodes.UNMATCHED_EVENT);
    }

    /** A summary of each meeting and minutes on request, both sent as "report.sent": two obligations, one kind. */
    static Obligation[] twoKindsOfReport() {
        return new Obligation[] {
            duty("summary", "studio", Trigger.onEvent("meeting.held"), DeadlineRule.ofCalendarDays(5), "report.sent")
                    .build(),
            duty(
                            "minutes",
                            "studio",
                            Trigger.onEvent("minutes.requested"),
                            DeadlineRule.ofCalendarDays(5),
                            "report.sent")
                    .build()
        };
    }

    @Test
    void withoutAReference_anEventFulfilsTheOldestOpenInstance_ofWhicheverObligation() {
        ComplianceReport r = evaluate(
                agreement(twoKindsOfReport()).build(),
                "2026-03-06",
                event("a1", "2026-03-03", "minutes.requested", "client"),
                event("b1", "2026-03-04", "meeting.held", "client"),
                event("s1", "2026-03-05", "report.sent", "studio"));
        assertThat(instance(r, "minutes#1").state()).isEqualTo(InstanceState.FULFILLED);
        assertThat(instance(r, "summary#1").state()).isEqualTo(InstanceState.UPCOMING);
    }

    @Test
    void withoutAReference_ofInstancesInForceTogether_theOneCreatedFirst() {
        ComplianceReport r = evaluate(
                agreement(twoKindsOfReport()).build(),
                "2026-03-06",
                event("a1", "2026-03-04", "minutes.requested", "client"),
                event("b1", "2026-03-04", "meeting.held", "client"),
                event("s1", "2026-03-05", "report.sent", "studio"));
        assertThat(instance(r, "minutes#1").state()).isEqualTo(InstanceState.FULFILLED);
        assertThat(instance(r, "summary#1").state()).isEqualTo(InstanceState.UPCOMING);
    }
}
