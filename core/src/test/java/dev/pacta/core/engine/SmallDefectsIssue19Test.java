package dev.pacta.core.engine;

import static dev.pacta.core.engine.ComplianceEngineTest.agreement;
import static dev.pacta.core.engine.ComplianceEngineTest.approveMockup;
import static dev.pacta.core.engine.ComplianceEngineTest.content;
import static dev.pacta.core.engine.ComplianceEngineTest.control;
import static dev.pacta.core.engine.ComplianceEngineTest.evaluate;
import static dev.pacta.core.engine.ComplianceEngineTest.event;
import static dev.pacta.core.engine.ComplianceEngineTest.instance;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.FindingCodes;
import dev.pacta.core.report.InstanceState;
import dev.pacta.core.report.Severity;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Issue 19, section 4: a fulfilling event by someone other than the obligor, and {@code nextChange} when suspended. */
class SmallDefectsIssue19Test {

    @Test
    void fulfillingEvent_byTheBeneficiary_fulfilsNothing_finding() {
        ComplianceReport r = evaluate(
                agreement(approveMockup()).build(),
                "2026-03-05",
                event("e1", "2026-03-03", "mockup.submitted", "studio"),
                event("e2", "2026-03-04", "mockup.approved", "studio"));
        assertThat(instance(r, "approve-mockup#1").state()).isEqualTo(InstanceState.UPCOMING);
        assertThat(r.findings())
                .filteredOn(f -> f.code().equals(FindingCodes.UNMATCHED_EVENT))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.party()).contains(PartyId.of("studio"));
                    assertThat(f.evidence()).extracting(Object::toString).containsExactly("e2");
                    assertThat(f.message())
                            .isEqualTo("event e2 (mockup.approved) by 'studio' fulfilled nothing: "
                                    + "'approve-mockup' is owed by 'client', not by 'studio'");
                });
    }

    @Test
    void fulfillingEvent_byTheObligor_noWrongActorFinding() {
        ComplianceReport r = evaluate(
                agreement(approveMockup()).build(),
                "2026-03-05",
                event("e1", "2026-03-03", "mockup.submitted", "studio"),
                event("e2", "2026-03-04", "mockup.approved", "client"));
        assertThat(instance(r, "approve-mockup#1").state()).isEqualTo(InstanceState.FULFILLED);
        assertThat(r.findings()).noneMatch(f -> f.code().equals(FindingCodes.UNMATCHED_EVENT));
    }

    @Test
    void nextChange_suspendedInstance_notItsOriginalDeadline() {
        Agreement a = agreement(content()).build();
        Event suspend = control("e21", "2026-03-04", "suspension", "studio", "provide-content#1");
        ComplianceReport during = evaluate(a, "2026-03-05", suspend);
        assertThat(instance(during, "provide-content#1").state()).isEqualTo(InstanceState.SUSPENDED);
        // Due 03-06, grace to 03-10: while suspended, neither passing changes anything; only a resumption will.
        assertThat(during.nextChange()).isEmpty();
    }

    @Test
    void nextChange_afterResumption_theMovedDeadline() {
        Agreement a = agreement(content()).build();
        ComplianceReport after = evaluate(
                a,
                "2026-03-10",
                control("e21", "2026-03-04", "suspension", "studio", "provide-content#1"),
                control("e22", "2026-03-09", "resumption", "studio", "provide-content#1"));
        assertThat(instance(after, "provide-content#1").dueDate()).contains(LocalDate.of(2026, 3, 11));
        assertThat(after.nextChange())
                .contains(LocalDate.of(2026, 3, 12).atStartOfDay(after.zone()).toInstant());
    }
}
