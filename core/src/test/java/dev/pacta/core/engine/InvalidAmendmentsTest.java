package dev.pacta.core.engine;

import static dev.pacta.core.engine.ComplianceEngineTest.agreement;
import static dev.pacta.core.engine.ComplianceEngineTest.evaluate;
import static dev.pacta.core.engine.ComplianceEngineTest.event;
import static dev.pacta.core.engine.ComplianceEngineTest.instance;
import static dev.pacta.core.engine.ConsentTest.finding;
import static dev.pacta.core.engine.ConsentTest.report;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.model.Amendment;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.MilestoneId;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.Finding;
import dev.pacta.core.report.FindingCodes;
import dev.pacta.core.report.InstanceState;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * An amendment that cannot be applied changes nothing and says why ({@code INVALID_AMENDMENT}): an amendment event
 * without an amendment, one signed by someone who is not a party, one that moves a milestone the agreement does not
 * have, one that reuses an obligation id, one that would make the agreement invalid. And what a valid one does to the
 * milestones: an obligation removed is no longer required.
 */
class InvalidAmendmentsTest {
    static ComplianceReport withEvent(Event e) {
        return evaluate(agreement(report()).build(), "2026-03-10", e);
    }

    static void assertIgnored(ComplianceReport r, String why) {
        assertThat(instance(r, "report#1").state()).isEqualTo(InstanceState.BREACHED); // the duty still stands
        Finding f = finding(r, FindingCodes.INVALID_AMENDMENT);
        assertThat(f.message()).isEqualTo(why);
        assertThat(f.evidence()).extracting(Object::toString).containsExactly("e4");
    }

    @Test
    void anAmendmentEventWithoutAnAmendment_isIgnored() {
        assertIgnored(
                withEvent(event("e4", "2026-03-03", "amendment", "client")),
                "amendment e4 by 'client' ignored: it carries no amendment");
    }

    @Test
    void anAmendmentSignedBySomeoneWhoIsNotAParty_isIgnored() {
        Amendment a = Amendment.builder()
                .addRemoveObligations(dev.pacta.core.model.ObligationId.of("report"))
                .addSignedBy(PartyId.of("client"), PartyId.of("studio"), PartyId.of("notary"))
                .build();
        assertIgnored(
                withEvent(Event.builder()
                        .from(event("e4", "2026-03-03", "amendment", "client"))
                        .amendment(a)
                        .build()),
                "amendment e4 by 'client' ignored: it is signed by 'notary', who is not a party");
    }

    @Test
    void anAmendmentMovingAMilestoneTheAgreementDoesNotHave_isIgnored() {
        Amendment a = Amendment.builder()
                .addRemoveObligations(dev.pacta.core.model.ObligationId.of("report"))
                .putMilestoneTargets(MilestoneId.of("launch"), LocalDate.of(2026, 4, 1))
                .addSignedBy(PartyId.of("client"), PartyId.of("studio"))
                .build();
        assertIgnored(
                withEvent(Event.builder()
                        .from(event("e4", "2026-03-03", "amendment", "client"))
                        .amendment(a)
                        .build()),
                "amendment e4 by 'client' ignored: milestone 'launch' does not exist");
    }

    static Event signedByBoth(Amendment.Builder change) {
        return Event.builder()
                .from(event("e4", "2026-03-03", "amendment", "client"))
                .amendment(change.addSignedBy(PartyId.of("client"), PartyId.of("studio"))
                        .build())
                .build();
    }

    @Test
    void anAmendmentReusingTheIdOfAnObligation_isIgnored_sayingWhenItWasRemoved() {
        assertIgnored(
                withEvent(signedByBoth(Amendment.builder().addAddObligations(report()))),
                "amendment e4 by 'client' ignored: obligation id 'report' is already used in this agreement; add the"
                        + " new obligation under a new id");
        Event removed =
                signedByBoth(Amendment.builder().addRemoveObligations(dev.pacta.core.model.ObligationId.of("report")));
        Event readded = Event.builder()
                .from(signedByBoth(Amendment.builder().addAddObligations(report())))
                .id(dev.pacta.core.model.EventId.of("e5"))
                .build();
        ComplianceReport r = evaluate(agreement(report()).build(), "2026-03-10", removed, readded);
        assertThat(finding(r, FindingCodes.INVALID_AMENDMENT).message())
                .isEqualTo("amendment e5 by 'client' ignored: obligation id 'report' is already used in this agreement"
                        + " (by a removed obligation); add the new obligation under a new id");
    }

    @Test
    void anAmendmentThatWouldMakeTheAgreementInvalid_isIgnored() {
        dev.pacta.core.model.Obligation strangers = dev.pacta.core.model.Obligation.builder()
                .from(ComplianceEngineTest.content())
                .id(dev.pacta.core.model.ObligationId.of("strangers"))
                .obligor(PartyId.of("nobody"))
                .build();
        ComplianceReport r = withEvent(signedByBoth(Amendment.builder().addAddObligations(strangers)));
        assertThat(instance(r, "report#1").state()).isEqualTo(InstanceState.BREACHED);
        assertThat(finding(r, FindingCodes.INVALID_AMENDMENT).message())
                .startsWith("amendment e4 by 'client' ignored: the amended agreement would be invalid: ");
        assertThat(r.instance("strangers#1")).isEmpty();
    }

    @Test
    void anObligationRemovedByAmendment_isNoLongerRequiredByItsMilestone() {
        dev.pacta.core.model.Agreement a = agreement(report(), ComplianceEngineTest.content())
                .addMilestones(dev.pacta.core.model.Milestone.builder()
                        .id(MilestoneId.of("launch"))
                        .title("Launch")
                        .target(LocalDate.of(2026, 3, 31))
                        .addRequires(
                                dev.pacta.core.model.ObligationId.of("report"),
                                dev.pacta.core.model.ObligationId.of("provide-content"))
                        .build())
                .build();
        ComplianceReport r = evaluate(
                a,
                "2026-03-10",
                signedByBoth(Amendment.builder()
                        .addRemoveObligations(dev.pacta.core.model.ObligationId.of("provide-content"))),
                event("r1", "2026-03-04", "report.sent", "studio"));
        assertThat(r.findings()).extracting(Finding::code).doesNotContain(FindingCodes.INVALID_AMENDMENT);
        assertThat(r.milestones().get(0).state()).isEqualTo(dev.pacta.core.report.MilestoneState.REACHED);
    }

    @Test
    void aProposalThatAnEarlierAmendmentMadeInvalid_isIgnoredAtItsAcceptance_andNoLongerPending() {
        // Two proposals add an obligation under the same new id; each is valid when proposed, the second no longer
        // when it is accepted, after the first took effect.
        dev.pacta.core.model.Obligation extra = dev.pacta.core.model.Obligation.builder()
                .from(ComplianceEngineTest.content())
                .id(dev.pacta.core.model.ObligationId.of("extra"))
                .build();
        Event first = Event.builder()
                .from(event("e4", "2026-03-03", "amendment", "studio"))
                .amendment(Amendment.builder().addAddObligations(extra).build())
                .build();
        Event second = Event.builder()
                .from(event("e5", "2026-03-03", "amendment", "studio"))
                .amendment(Amendment.builder().addAddObligations(extra).build())
                .build();
        ComplianceReport r = evaluate(
                agreement(report()).build(),
                "2026-03-10",
                first,
                second,
                ComplianceEngineTest.control("a1", "2026-03-04", "acceptance", "client", "e4"),
                ComplianceEngineTest.control("a2", "2026-03-05", "acceptance", "client", "e5"));
        assertThat(r.instance("extra#1")).isPresent();
        assertThat(finding(r, FindingCodes.INVALID_AMENDMENT).message())
                .contains("obligation id 'extra' is already used in this agreement");
        assertThat(r.findings()).extracting(Finding::code).doesNotContain(FindingCodes.AMENDMENT_PENDING);
    }
}
