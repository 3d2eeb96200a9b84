package dev.pacta.core.engine;

import static dev.pacta.core.engine.ComplianceEngineTest.agreement;
import static dev.pacta.core.engine.ComplianceEngineTest.approveMockup;
import static dev.pacta.core.engine.ComplianceEngineTest.codes;
import static dev.pacta.core.engine.ComplianceEngineTest.content;
import static dev.pacta.core.engine.ComplianceEngineTest.control;
import static dev.pacta.core.engine.ComplianceEngineTest.duty;
import static dev.pacta.core.engine.ComplianceEngineTest.evaluate;
import static dev.pacta.core.engine.ComplianceEngineTest.event;
import static dev.pacta.core.engine.ComplianceEngineTest.instance;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Amendment;
import dev.pacta.core.model.DeadlineRule;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.ObligationId;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.model.TerminationClause;
import dev.pacta.core.model.Trigger;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.Finding;
import dev.pacta.core.report.FindingCodes;
import dev.pacta.core.report.InstanceState;
import dev.pacta.core.time.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Changes that need consent (issue 19, section 2): an amendment takes effect only when every party consents (signed
 * by both, or proposed and accepted); a termination needs a ground (a right from a breach, or a termination clause,
 * which takes effect when its notice ends). Anything else is ignored with a finding.
 */
class ConsentTest {
    /** The studio's own duty: a weekly report due 3 business days after the effective date (Thu 5 March). */
    static Obligation report() {
        return duty("report", "studio", Trigger.onEffectiveDate(), DeadlineRule.ofBusinessDays(3), "report.sent")
                .build();
    }

    static Event removeReport(String id, String date, String actor, String... signedBy) {
        Amendment.Builder change = Amendment.builder().addRemoveObligations(ObligationId.of("report"));
        for (String s : signedBy) {
            change.addSignedBy(PartyId.of(s));
        }
        return Event.builder()
                .from(event(id, date, "amendment", actor))
                .amendment(change.build())
                .build();
    }

    static Finding finding(ComplianceReport r, String code) {
        return r.findings().stream()
                .filter(f -> f.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + r.findings()));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Amendments

    @Test
    void amendment_unilateral_theStudioCannotRemoveItsOwnDuty_pendingWithFinding() {
        ComplianceReport r =
                evaluate(agreement(report()).build(), "2026-03-10", removeReport("e4", "2026-03-03", "studio"));
        // Not cancelled: still owed, and breached when not sent.
        assertThat(instance(r, "report#1").state()).isEqualTo(InstanceState.BREACHED);
        Finding pending = finding(r, FindingCodes.AMENDMENT_PENDING);
        assertThat(pending.message())
                .isEqualTo("amendment e4 by 'studio' (Tue 2026-03-03) is pending: it takes effect only when 'client'"
                        + " consents (signs it, or accepts it by an acceptance with ref 'e4'); until then it changes"
                        + " nothing");
        assertThat(pending.party()).contains(PartyId.of("studio"));
    }

    @Test
    void amendment_signedByBoth_takesEffectAtOnce() {
        ComplianceReport r = evaluate(
                agreement(report()).build(), "2026-03-10", removeReport("e4", "2026-03-03", "studio", "client"));
        assertThat(instance(r, "report#1").state()).isEqualTo(InstanceState.CANCELLED);
        assertThat(instance(r, "report#1").explanation())
                .endsWith("cancelled: removed by amendment e4 (Tue 2026-03-03)");
        assertThat(codes(r)).doesNotContain(FindingCodes.AMENDMENT_PENDING);
    }

    @Test
    void amendment_proposedThenAccepted_takesEffectAtTheAcceptance() {
        Agreement a = agreement(report()).build();
        Event proposal = removeReport("e4", "2026-03-03", "studio");
        Event accepted = control("e5", "2026-03-04", "acceptance", "client", "e4");

        ComplianceReport before = evaluate(a, "2026-03-03", proposal, accepted);
        assertThat(instance(before, "report#1").state()).isEqualTo(InstanceState.UPCOMING);
        assertThat(codes(before)).contains(FindingCodes.AMENDMENT_PENDING);

        ComplianceReport after = evaluate(a, "2026-03-10", proposal, accepted);
        assertThat(instance(after, "report#1").state()).isEqualTo(InstanceState.CANCELLED);
        assertThat(instance(after, "report#1").explanation())
                .endsWith("cancelled: removed by amendment e4 (proposed Tue 2026-03-03, accepted by e5 on Wed"
                        + " 2026-03-04)");
        assertThat(codes(after)).doesNotContain(FindingCodes.AMENDMENT_PENDING);
    }

    @Test
    void acceptance_byTheProposer_orNamingNothingPending_ignoredWithFindings() {
        ComplianceReport r = evaluate(
                agreement(report()).build(),
                "2026-03-10",
                removeReport("e4", "2026-03-03", "studio"),
                control("e5", "2026-03-04", "acceptance", "studio", "e4"),
                control("e6", "2026-03-04", "acceptance", "client", "e9"));
        assertThat(instance(r, "report#1").state()).isEqualTo(InstanceState.BREACHED);
        assertThat(finding(r, FindingCodes.UNAUTHORISED_ACCEPTANCE).message())
                .isEqualTo("acceptance e5 by 'studio' of amendment e4 ignored: 'studio' already consented to it; it"
                        + " waits on 'client'");
        assertThat(finding(r, FindingCodes.DANGLING_REFERENCE).message())
                .isEqualTo("acceptance e6 by 'client' ignored: 'e9' names no pending amendment");
        assertThat(codes(r)).contains(FindingCodes.AMENDMENT_PENDING);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Termination

    @Test
    void termination_withoutGround_ignoredWithFinding() {
        ComplianceReport r = evaluate(
                agreement(approveMockup(), content()).build(),
                "2026-03-20",
                event("e1", "2026-03-03", "termination", "studio"),
                event("e2", "2026-03-09", "mockup.submitted", "studio"));
        // The agreement goes on: the content is still owed (and breached), the mock-up still triggers an approval.
        assertThat(instance(r, "provide-content#1").state()).isEqualTo(InstanceState.BREACHED);
        assertThat(instance(r, "approve-mockup#1").state()).isEqualTo(InstanceState.BREACHED);
        assertThat(finding(r, FindingCodes.UNAUTHORISED_TERMINATION).message())
                .isEqualTo("termination e1 by 'studio' ignored: 'studio' holds no right to terminate (TERMINATE from a"
                        + " breach by another party, not cured) and no termination clause of the agreement lets it"
                        + " terminate");
    }

    @Test
    void termination_underAClauseForConvenience_takesEffectWhenTheNoticeEnds() {
        // Either party may terminate on 10 days' notice. The client gives notice on Mon 2 March: the agreement ends
        // at the end of Thu 12 March. The content (due Fri 6 March) stays owed; a mock-up submitted on Wed 11 March
        // is due Fri 13 March, after the end: cancelled.
        Agreement a = agreement(approveMockup(), content())
                .addTerminationClauses(TerminationClause.of(Optional.empty(), Span.ofCalendarDays(10)))
                .build();
        Event notice = event("e1", "2026-03-02", "termination", "client");
        Event submitted = event("e2", "2026-03-11", "mockup.submitted", "studio");

        ComplianceReport during = evaluate(a, "2026-03-12", notice, submitted);
        assertThat(instance(during, "approve-mockup#1").state()).isEqualTo(InstanceState.UPCOMING);
        assertThat(during.nextChange()).contains(java.time.Instant.parse("2026-03-12T23:00:00Z"));
        assertThat(finding(during, FindingCodes.TERMINATION_NOTICE).message())
                .isEqualTo("termination e1 by 'client' for convenience under the agreement's termination clause: a"
                        + " notice of 10 days, ending Thu 2026-03-12");

        ComplianceReport after = evaluate(a, "2026-03-20", notice, submitted);
        assertThat(instance(after, "approve-mockup#1").state()).isEqualTo(InstanceState.CANCELLED);
        assertThat(instance(after, "approve-mockup#1").explanation())
                .endsWith("cancelled: the agreement was terminated by client for convenience (e1, Mon 2026-03-02),"
                        + " with a notice of 10 days ending Thu 2026-03-12");
        assertThat(instance(after, "provide-content#1").state()).isEqualTo(InstanceState.BREACHED);
    }

    @Test
    void termination_aClauseForTheClientOnly_doesNotLetTheStudioTerminate() {
        Agreement a = agreement(content())
                .addTerminationClauses(TerminationClause.of(Optional.of(PartyId.of("client")), Span.ofHours(0)))
                .build();
        ComplianceReport r = evaluate(a, "2026-03-20", event("e1", "2026-03-03", "termination", "studio"));
        assertThat(codes(r)).contains(FindingCodes.UNAUTHORISED_TERMINATION);
        assertThat(instance(r, "provide-content#1").state()).isEqualTo(InstanceState.BREACHED);

        ComplianceReport byClient = evaluate(a, "2026-03-20", event("e1", "2026-03-03", "termination", "client"));
        assertThat(instance(byClient, "provide-content#1").state()).isEqualTo(InstanceState.CANCELLED);
        assertThat(instance(byClient, "provide-content#1").explanation())
                .endsWith("cancelled: the agreement was terminated by client for convenience (e1, Tue 2026-03-03),"
                        + " with immediate effect");
    }

    @Test
    void termination_afterTheAgreementEnded_ignoredWithFinding() {
        Agreement a = agreement(content())
                .addTerminationClauses(TerminationClause.of(Optional.empty(), Span.ofHours(0)))
                .build();
        ComplianceReport r = evaluate(
                a,
                "2026-03-20",
                event("e1", "2026-03-03", "termination", "client"),
                event("e2", "2026-03-05", "termination", "studio"));
        assertThat(finding(r, FindingCodes.ALREADY_TERMINATED).message())
                .startsWith("termination e2 by 'studio' ignored: the agreement was terminated by client for convenience"
                        + " (e1, Tue 2026-03-03)");
        assertThat(instance(r, "provide-content#1").explanation())
                .endsWith("cancelled: the agreement was terminated by client for convenience (e1, Tue 2026-03-03),"
                        + " with immediate effect");
    }

    @Test
    void termination_secondNoticeIgnored_butARightToTerminateEndsItAtOnce() {
        Agreement a = RightsTest.sale(false);
        Agreement withClause = Agreement.builder()
                .from(a)
                .addTerminationClauses(TerminationClause.of(Optional.empty(), Span.ofCalendarDays(30)))
                .build();
        ComplianceReport r = evaluate(
                withClause,
                "2026-03-31",
                event("t1", "2026-03-03", "termination", "buyer"),
                event("t2", "2026-03-04", "termination", "buyer"),
                event("t3", "2026-03-11", "termination", "seller"));
        assertThat(finding(r, FindingCodes.ALREADY_TERMINATED).message())
                .startsWith("termination t2 by 'buyer' ignored: notice was already given: the agreement was terminated"
                        + " by buyer for convenience (t1, Tue 2026-03-03)");
        // The payment was breached on Tue 10 March: the seller's right ends the agreement at once, before the notice.
        assertThat(instance(r, "delivery#1").state()).isEqualTo(InstanceState.CANCELLED);
        assertThat(instance(r, "delivery#1").explanation())
                .endsWith("cancelled: the agreement was terminated by seller under its right from payment#1's breach"
                        + " (t3, Wed 2026-03-11)");
    }

    @Test
    void termination_underARight_onlyWhileTheBreachIsUncured() {
        ComplianceReport early =
                evaluate(RightsTest.sale(false), "2026-03-31", event("t1", "2026-03-05", "termination", "seller"));
        assertThat(codes(early)).contains(FindingCodes.UNAUTHORISED_TERMINATION);
        assertThat(instance(early, "delivery#1").state()).isEqualTo(InstanceState.BREACHED);

        ComplianceReport cured = evaluate(
                RightsTest.sale(false),
                "2026-03-31",
                RightsTest.paid("p1", "2026-03-12"),
                event("t1", "2026-03-13", "termination", "seller"));
        assertThat(codes(cured)).contains(FindingCodes.UNAUTHORISED_TERMINATION);

        ComplianceReport valid =
                evaluate(RightsTest.sale(false), "2026-03-31", event("t1", "2026-03-13", "termination", "seller"));
        assertThat(instance(valid, "delivery#1").state()).isEqualTo(InstanceState.CANCELLED);
        assertThat(codes(valid)).doesNotContain(FindingCodes.UNAUTHORISED_TERMINATION);
        assertThat(instance(valid, "delivery#1").dueDate()).contains(LocalDate.of(2026, 3, 20));
    }

    @Test
    void amendment_betweenThreeParties_takesEffectOnlyAtTheLastAcceptance() {
        Agreement a = agreement(report())
                .addParties(dev.pacta.core.model.Party.of("host", "Host", dev.pacta.core.model.Role.of("HOST")))
                .build();
        Event proposal = removeReport("e4", "2026-03-03", "studio");
        Event byClient = control("e5", "2026-03-04", "acceptance", "client", "e4");
        Event byHost = control("e6", "2026-03-05", "acceptance", "host", "e4");

        // The client's consent is kept: the amendment then waits on the host alone.
        ComplianceReport waiting = evaluate(a, "2026-03-10", proposal, byClient);
        assertThat(instance(waiting, "report#1").state()).isEqualTo(InstanceState.BREACHED);
        assertThat(finding(waiting, FindingCodes.AMENDMENT_PENDING).message())
                .contains("it takes effect only when 'host' consents");

        ComplianceReport accepted = evaluate(a, "2026-03-10", proposal, byClient, byHost);
        assertThat(instance(accepted, "report#1").explanation())
                .endsWith("cancelled: removed by amendment e4 (proposed Tue 2026-03-03, accepted by e6 on Thu"
                        + " 2026-03-05)");
        assertThat(codes(accepted)).doesNotContain(FindingCodes.AMENDMENT_PENDING);
    }

    @Test
    void termination_underTwoClauses_theShorterNoticeApplies_inEitherOrder() {
        TerminationClause month = TerminationClause.of(Optional.empty(), Span.ofCalendarDays(30));
        TerminationClause tenDays = TerminationClause.of(Optional.of(PartyId.of("client")), Span.ofCalendarDays(10));
        for (List<TerminationClause> clauses : List.of(List.of(month, tenDays), List.of(tenDays, month))) {
            Agreement a = agreement(content()).terminationClauses(clauses).build();
            ComplianceReport r = evaluate(a, "2026-03-31", event("e1", "2026-03-02", "termination", "client"));
            assertThat(finding(r, FindingCodes.TERMINATION_NOTICE).message())
                    .as("clauses %s", clauses)
                    .endsWith("a notice of 10 days, ending Thu 2026-03-12");
        }
    }
}
