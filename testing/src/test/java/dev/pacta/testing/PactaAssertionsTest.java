package dev.pacta.testing;

import static dev.pacta.core.report.InstanceState.FULFILLED_LATE;
import static dev.pacta.core.report.InstanceState.UPCOMING;
import static dev.pacta.testing.PactaAssertions.assertThat;
import static dev.pacta.testing.PactaAssertions.catchThrowable;

import dev.pacta.core.engine.Evaluation;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.report.ComplianceChanges;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.InstanceChange;
import dev.pacta.core.report.InstanceState;
import dev.pacta.core.report.MilestoneReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PactaAssertionsTest {
    static final ComplianceReport REPORT = WebProject.reportAsOf(LocalDate.of(2026, 3, 20));

    static String explanation(String instance) {
        return REPORT.instance(instance).orElseThrow().explanation();
    }

    static String launchExplanation() {
        return REPORT.milestones().get(0).explanation();
    }

    // -------------------------------------------------------------------------------------- the issue's examples

    @Test
    void theIssuesExamples_pass() {
        assertThat(REPORT).instance("approve-mockup#2").isFulfilledLate().byBusinessDays(1);
        assertThat(REPORT).party("client").onTimeRate().isEqualTo("50%");
        assertThat(REPORT).milestone("launch").isReachedLate().attributedTo("client", 3);
        assertThat(REPORT).hasFinding("NO_POINT_OF_CONTACT");
    }

    @Test
    void pactaAssertions_alsoGiveAssertJsOwn() {
        assertThat(List.of(1, 2)).hasSize(2);
        assertThat("pacta").startsWith("pa");
    }

    // ----------------------------------------------------------------------------------------------- instances

    @Test
    void instance_wrongState_messageNamesBothStatesAndGivesTheExplanation() {
        Throwable failure = catchThrowable(
                () -> assertThat(REPORT).instance("approve-mockup#2").isFulfilled());

        assertThat(failure)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting approve-mockup#2 to be FULFILLED, but it is FULFILLED_LATE")
                .hasMessageContaining("explanation: " + explanation("approve-mockup#2"));
        assertThat(explanation("approve-mockup#2")).contains("1 business day late");
    }

    @Test
    void instance_wrongLateness_messageGivesTheLatenessAndTheExplanation() {
        Throwable failure = catchThrowable(() -> assertThat(REPORT)
                .instance("approve-mockup#2")
                .isFulfilledLate()
                .byBusinessDays(2));

        assertThat(failure)
                .hasMessageContaining("to be 2 business days late, but it is 1 business day late")
                .hasMessageContaining(explanation("approve-mockup#2"));
        assertThat(catchThrowable(
                        () -> assertThat(REPORT).instance("provide-content#1").byBusinessDays(3)))
                .hasMessageContaining("to be 3 business days late, but it is 5 days late");
        assertThat(catchThrowable(
                        () -> assertThat(REPORT).instance("approve-mockup#1").byDays(1)))
                .hasMessageContaining("to be 1 day late, but it is not late (FULFILLED)");
    }

    @Test
    void instance_otherFigures_passAndFail() {
        assertThat(REPORT)
                .instance("provide-content#1")
                .isFulfilledLate()
                .byDays(5)
                .isDueOn("2026-03-06")
                .isFulfilledBy("e6");
        assertThat(REPORT).instance("build-site#1").isFulfilled().isDueOn(LocalDate.of(2026, 3, 19));
        assertThat(REPORT)
                .instance("deposit#1")
                .isFulfilled()
                .hasPaid("EUR 5000.00")
                .hasOutstanding("EUR 0.00");
        assertThat(REPORT).instance("approve-mockup#2").explanation().contains("1 business day late");

        assertThat(catchThrowable(() -> assertThat(REPORT).instance("deposit#1").hasOutstanding("EUR 10.00")))
                .hasMessageContaining("to have outstanding EUR 10.00, but it has EUR 0.00");
        assertThat(catchThrowable(
                        () -> assertThat(REPORT).instance("approve-mockup#1").hasOutstanding("EUR 1.00")))
                .hasMessageContaining("but it has no payment figures");
        assertThat(catchThrowable(
                        () -> assertThat(REPORT).instance("build-site#1").isFulfilledBy("e6")))
                .hasMessageContaining("to be fulfilled by e6, but it is fulfilled by e7");
        assertThat(catchThrowable(
                        () -> assertThat(REPORT).instance("build-site#1").isDueOn("2026-03-16")))
                .hasMessageContaining("to be due on 2026-03-16, but it is due 2026-03-19")
                .hasMessageContaining(explanation("build-site#1"));
    }

    @Test
    void instance_unknown_failsListingTheInstances() {
        assertThat(catchThrowable(() -> assertThat(REPORT).instance("approve-mockup#9")))
                .hasMessageContaining("to have instance approve-mockup#9, but it has none")
                .hasMessageContaining("approve-mockup#1, approve-mockup#2");
    }

    @Test
    void instance_description_isKeptInNestedFailures() {
        assertThat(catchThrowable(() -> assertThat(REPORT)
                        .as("after the late content")
                        .instance("build-site#1")
                        .isBreached()))
                .hasMessageStartingWith("[after the late content] ");
    }

    // ---------------------------------------------------------------------------------------------- milestones

    @Test
    void milestone_failures_giveTheMilestonesExplanation() {
        assertThat(REPORT).milestone("launch").isReachedLate().byBusinessDays(3).isReachedOn(LocalDate.of(2026, 3, 19));

        assertThat(catchThrowable(() -> assertThat(REPORT).milestone("launch").isReached()))
                .hasMessageContaining("Expecting milestone launch to be REACHED, but it is REACHED_LATE")
                .hasMessageContaining("explanation: " + launchExplanation());
        assertThat(catchThrowable(() -> assertThat(REPORT).milestone("launch").attributedTo("studio", 3)))
                .hasMessageContaining("attributed to studio, but attribution is {client=3}");
        assertThat(catchThrowable(() -> assertThat(REPORT).milestone("launch").byBusinessDays(2)))
                .hasMessageContaining("to be 2 business days late, but it is 3 business days late");
        assertThat(REPORT).milestone("launch").hasAllDaysLateAttributed();
        assertThat(WebProject.reportAsOf(WebProject.START))
                .milestone("launch")
                .isPending()
                .hasAllDaysLateAttributed();
        assertThat(catchThrowable(() -> assertThat(MilestoneReport.builder()
                                .from(REPORT.milestones().get(0))
                                .attribution(Map.of(PartyId.of("client"), 2L))
                                .build())
                        .hasAllDaysLateAttributed()))
                .hasMessageContaining(
                        "to have its 3 business days late attributed, but attribution is {client=2} (2 days)");
        assertThat(catchThrowable(() -> assertThat(REPORT).milestone("go-live")))
                .hasMessageContaining("to have milestone go-live, but it has none; its milestones are [launch]");
    }

    // ------------------------------------------------------------------------------------------------- parties

    @Test
    void party_onTimeRate_failureListsTheDecidedInstancesWithExplanations() {
        Throwable failure = catchThrowable(
                () -> assertThat(REPORT).party("client").onTimeRate().isEqualTo("75%"));

        assertThat(failure)
                .hasMessageContaining("on-time rate of client (2 on time of 4 decided)")
                .hasMessageContaining("approve-mockup#2 FULFILLED_LATE: " + explanation("approve-mockup#2"))
                .hasMessageContaining("provide-content#1 FULFILLED_LATE: " + explanation("provide-content#1"))
                .hasMessageContaining("\"75%\"")
                .hasMessageContaining("\"50%\"");
    }

    @Test
    void party_figures() {
        assertThat(REPORT)
                .party("client")
                .hasOnTimeRate("50%")
                .hasCount(InstanceState.FULFILLED_LATE, 2)
                .owesNothing()
                .hasCausedDelay(3);
        assertThat(REPORT).party("studio").hasOnTimeRate("100%");

        ComplianceReport unpaid =
                WebProject.ENGINE.evaluate(WebProject.AGREEMENT, Timeline.of(List.of()), LocalDate.of(2026, 3, 20));
        assertThat(unpaid).party("client").owes("EUR 5000.00").owesAtMost("EUR 5000.00");
        assertThat(catchThrowable(() -> assertThat(unpaid).party("client").owesAtMost("EUR 4999.99")))
                .hasMessageContaining("Expecting client to owe at most EUR 4999.99, but it owes EUR 5000.00")
                .hasMessageContaining("deposit#1 BREACHED: "
                        + unpaid.instance("deposit#1").orElseThrow().explanation());
        assertThat(catchThrowable(() -> assertThat(REPORT).party("client").owes("EUR 100.00")))
                .hasMessageContaining("to owe EUR 100.00, but it owes nothing")
                .hasMessageContaining("deposit#1 FULFILLED");
        assertThat(catchThrowable(() -> assertThat(REPORT).party("client").hasCount(InstanceState.BREACHED, 1)))
                .hasMessageContaining("to have 1 BREACHED instances, but it has 0");
        assertThat(catchThrowable(() -> assertThat(REPORT).party("agency")))
                .hasMessageContaining("its parties are [client, studio]");
        assertThat(WebProject.reportAsOf(WebProject.START))
                .party("client")
                .onTimeRate()
                .isEqualTo("none");
    }

    // ------------------------------------------------------------------------------------------------ findings

    @Test
    void findings_presentAbsentAndTheirParty() {
        assertThat(REPORT)
                .hasFinding("NO_POINT_OF_CONTACT", "client")
                .hasNoFinding("BREACH")
                .hasNoFinding("UNMATCHED_EVENT");

        assertThat(catchThrowable(() -> assertThat(REPORT).hasFinding("BREACH")))
                .hasMessageContaining("Expecting a finding BREACH, but the findings are:")
                .hasMessageContaining("NO_POINT_OF_CONTACT WARNING client: party 'client' (Acme Bakery, CLIENT) has no"
                        + " designated point of contact");
        assertThat(catchThrowable(() -> assertThat(REPORT).hasFinding("NO_POINT_OF_CONTACT", "studio")))
                .hasMessageContaining("Expecting a finding NO_POINT_OF_CONTACT about studio");
        assertThat(catchThrowable(() -> assertThat(REPORT).hasNoFinding("NO_POINT_OF_CONTACT")))
                .hasMessageContaining("Expecting no finding NO_POINT_OF_CONTACT, but the report has:");
    }

    // ------------------------------------------------------------------------------------------------- changes

    @Test
    void changes_containAndDoNotContain_failuresListEveryChangeWithExplanations() {
        Evaluation live = WebProject.ENGINE.start(WebProject.AGREEMENT);
        List<Event> events = WebProject.EVENTS;
        for (Event e : events.subList(0, 4)) {
            live.append(e);
        }
        live.pollChanges();
        ComplianceChanges changes = live.append(events.get(4)).pollChanges();

        assertThat(changes)
                .contains("approve-mockup#2")
                .contains("approve-mockup#2", FULFILLED_LATE)
                .contains("approve-mockup#2", UPCOMING, FULFILLED_LATE)
                .contains("approve-mockup#2", InstanceChange.Aspect.STATE, InstanceChange.Aspect.FULFILMENT)
                .doesNotContain("deposit#1")
                .contains("build-site#1", InstanceState.BLOCKED)
                .hasSize(3);
        assertThat(changes).instance("approve-mockup#2").isFulfilledLate().byBusinessDays(1);

        String line = "approve-mockup#2: UPCOMING -> FULFILLED_LATE";
        assertThat(catchThrowable(() -> assertThat(changes).contains("deposit#1")))
                .hasMessageContaining("Expecting a change of deposit#1 in the changes of web as of")
                .hasMessageContaining(line)
                .hasMessageContaining(changes.instances().stream()
                        .filter(c -> c.instance().toString().equals("approve-mockup#2"))
                        .findFirst()
                        .orElseThrow()
                        .report()
                        .orElseThrow()
                        .explanation());
        assertThat(catchThrowable(
                        () -> assertThat(changes).contains("approve-mockup#2", UPCOMING, InstanceState.BREACHED)))
                .hasMessageContaining("approve-mockup#2 to change from UPCOMING to BREACHED");
        assertThat(catchThrowable(() -> assertThat(changes).doesNotContain("approve-mockup#2")))
                .hasMessageContaining(line);
        assertThat(catchThrowable(() -> assertThat(changes).isEmpty())).hasMessageContaining("Expecting no change");
        assertThat(live.pollChanges()).isEmpty();
    }
}
