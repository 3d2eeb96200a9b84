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
 * have.
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
}
