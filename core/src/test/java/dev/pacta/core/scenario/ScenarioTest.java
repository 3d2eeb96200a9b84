package dev.pacta.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pacta.core.ValidationException;
import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.engine.ComplianceRules;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.AgreementId;
import dev.pacta.core.model.Category;
import dev.pacta.core.model.DeadlineRule;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.EventId;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.ObligationId;
import dev.pacta.core.model.Party;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.model.Role;
import dev.pacta.core.model.Trigger;
import dev.pacta.core.money.Money;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.FindingCodes;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.InstanceState;
import dev.pacta.core.report.MilestoneState;
import dev.pacta.core.template.WebDevelopmentTemplate;
import dev.pacta.core.time.CalendarId;
import dev.pacta.core.time.Span;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Scenarios by example: passing, failing with every mismatch in plain words, template-based, as dynamic tests. */
class ScenarioTest {
    static final ComplianceEngine ENGINE = ComplianceEngine.builder()
            .addRule(ComplianceRules.pointOfContactRequired())
            .build();

    static Agreement approvals() {
        return Agreement.builder()
                .id(AgreementId.of("web-2026"))
                .title("Bakery website")
                .addParties(Party.builder()
                        .id(PartyId.of("client"))
                        .name("Acme Bakery")
                        .role(Role.CLIENT)
                        .contact("Ana Ruiz")
                        .build())
                .addParties(Party.builder()
                        .id(PartyId.of("studio"))
                        .name("Pixel Studio")
                        .role(Role.PROVIDER)
                        .contact("Bo Lind")
                        .build())
                .zone(ZoneId.of("Europe/Madrid"))
                .effectiveDate(LocalDate.of(2026, 3, 2))
                .addObligations(Obligation.builder()
                        .id(ObligationId.of("approve-mockup"))
                        .title("Approve mock-up")
                        .category(Category.APPROVAL)
                        .obligor(PartyId.of("client"))
                        .beneficiary(PartyId.of("studio"))
                        .trigger(Trigger.onEvent("mockup.submitted"))
                        .deadline(DeadlineRule.ofBusinessDays(2))
                        .addFulfilledBy("mockup.approved")
                        .build())
                .build();
    }

    static Event event(String id, String date, String kind, String actor) {
        return Event.of(id, LocalDate.parse(date), kind, actor);
    }

    /** Two submissions; the first approved on time, the second on Mon 03-09 though due Thu 03-05. */
    static final List<Event> SECOND_APPROVAL_LATE = List.of(
            event("e1", "2026-03-02", "mockup.submitted", "studio"),
            event("e2", "2026-03-03", "mockup.submitted", "studio"),
            event("e3", "2026-03-03", "mockup.approved", "client"),
            event("e9", "2026-03-09", "mockup.approved", "client"));

    static Scenario.Builder scenario(String name) {
        return Scenario.builder().name(name).agreement(approvals()).addAllEvents(SECOND_APPROVAL_LATE);
    }

    @Test
    void run_expectationsMatch_passes() {
        Scenario s = scenario("second approval late")
                .addChecks(Check.builder()
                        .asOf(LocalDate.of(2026, 3, 4))
                        .addInstances(InstanceExpectation.forInstance("approve-mockup#2")
                                .state(InstanceState.UPCOMING)
                                .dueDate(LocalDate.of(2026, 3, 5))
                                .lateness(0L)
                                .build())
                        .build())
                .addChecks(Check.builder()
                        .asOf(LocalDate.of(2026, 3, 10))
                        .addInstances(InstanceExpectation.forInstance("approve-mockup#1")
                                .state(InstanceState.FULFILLED)
                                .fulfilledBy(EventId.of("e3"))
                                .build())
                        .addInstances(InstanceExpectation.forInstance("approve-mockup#2")
                                .state(InstanceState.FULFILLED_LATE)
                                .dueDate(LocalDate.of(2026, 3, 5))
                                .lateness(2L)
                                .latenessUnit(Span.Unit.BUSINESS_DAYS)
                                .withinGrace(false)
                                .fulfilledBy(EventId.of("e9"))
                                .build())
                        .addFindings(FindingExpectation.absent(FindingCodes.BREACH))
                        .addFindings(FindingExpectation.absent(ComplianceRules.NO_POINT_OF_CONTACT))
                        .build())
                .build();
        ScenarioResult result = s.run(ENGINE);
        assertThat(result.mismatches()).isEmpty();
        assertThat(result.passed()).isTrue();
        assertThat(result).hasToString("scenario 'second approval late' passed (2 checks)");
        result.assertPassed();
    }

    @Test
    void run_expectationsDiffer_everyMismatchInPlainWords() {
        Scenario s = scenario("client approves on time")
                .addChecks(Check.builder()
                        .asOf(LocalDate.of(2026, 3, 10))
                        .addInstances(InstanceExpectation.forInstance("approve-mockup#2")
                                .state(InstanceState.BREACHED)
                                .dueDate(LocalDate.of(2026, 3, 5))
                                .lateness(1L)
                                .build())
                        .addInstances(InstanceExpectation.forInstance("approve-mockup#3")
                                .state(InstanceState.UPCOMING)
                                .build())
                        .addFindings(FindingExpectation.builder()
                                .code(FindingCodes.BREACH)
                                .party(PartyId.of("client"))
                                .build())
                        .build())
                .build();
        ScenarioResult result = s.run(ENGINE);
        String explanation = "due Thu 2026-03-05: 2 business days after mockup.submitted (e2, Tue 2026-03-03);"
                + " mockup.approved by e9 on Mon 2026-03-09, 2 business days late";
        assertThat(result.mismatches())
                .extracting(Mismatch::message)
                .containsExactly(
                        "as of 2026-03-10, approve-mockup#2: expected BREACHED, was FULFILLED_LATE (" + explanation
                                + ")",
                        "as of 2026-03-10, approve-mockup#2: expected lateness 1, was 2 (" + explanation + ")",
                        "as of 2026-03-10, approve-mockup#3: expected an instance, there is none; instances of"
                                + " approve-mockup are [approve-mockup#1, approve-mockup#2]",
                        "as of 2026-03-10, finding BREACH by client: expected present, there is none; findings are"
                                + " []");
        Mismatch first = result.mismatches().get(0);
        assertThat(first.check()).hasValue(0);
        assertThat(first.asOf()).contains(AsOf.endOf(LocalDate.of(2026, 3, 10)));
        assertThat(first.subject()).isEqualTo("approve-mockup#2");
        assertThat(first.field()).isEqualTo("state");
        assertThat(first.expected()).isEqualTo("BREACHED");
        assertThat(first.actual()).isEqualTo("FULFILLED_LATE");
        assertThat(first.explanation()).isEqualTo(explanation);
        assertThatThrownBy(result::assertPassed)
                .isExactlyInstanceOf(AssertionError.class)
                .hasMessage("scenario 'client approves on time' failed with 4 mismatches:\n"
                        + "  checks[0]: as of 2026-03-10, approve-mockup#2: expected BREACHED, was FULFILLED_LATE ("
                        + explanation + ")\n"
                        + "  checks[0]: as of 2026-03-10, approve-mockup#2: expected lateness 1, was 2 ("
                        + explanation + ")\n"
                        + "  checks[0]: as of 2026-03-10, approve-mockup#3: expected an instance, there is none;"
                        + " instances of approve-mockup are [approve-mockup#1, approve-mockup#2]\n"
                        + "  checks[0]: as of 2026-03-10, finding BREACH by client: expected present, there is none;"
                        + " findings are []");
    }

    @Test
    void run_unknownObligationMilestoneAndUnwantedFinding_reported() {
        Agreement noContact = Agreement.builder()
                .from(approvals())
                .parties(List.of(
                        Party.of("client", "Acme Bakery", Role.CLIENT), Party.of("studio", "Pixel", Role.PROVIDER)))
                .build();
        Scenario s = Scenario.builder()
                .name("typos")
                .agreement(noContact)
                .addChecks(Check.builder()
                        .asOf(LocalDate.of(2026, 3, 2))
                        .addInstances(InstanceExpectation.forInstance("approve-mokup#1")
                                .build())
                        .addMilestones(MilestoneExpectation.forMilestone("launch")
                                .state(MilestoneState.PENDING)
                                .build())
                        .addFindings(FindingExpectation.absent(ComplianceRules.NO_POINT_OF_CONTACT))
                        .build())
                .build();
        assertThat(s.run(ENGINE).mismatches())
                .extracting(Mismatch::message)
                .containsExactly(
                        "as of 2026-03-02, approve-mokup#1: expected an instance, there is none; the report has no"
                                + " obligation 'approve-mokup'; obligations are [approve-mockup]",
                        "as of 2026-03-02, milestone launch: expected a milestone, there is none; milestones are []",
                        "as of 2026-03-02, finding NO_POINT_OF_CONTACT: expected absent, was present (party 'client'"
                                + " (Acme Bakery, CLIENT) has no designated point of contact)");
    }

    @Test
    void run_scorecardFigures_comparedWithTheReportsScorecards() {
        Scenario s = scenario("figures")
                .addChecks(Check.builder()
                        .asOf(LocalDate.of(2026, 3, 10))
                        .addScorecards(ScorecardExpectation.builder()
                                .party(PartyId.of("client"))
                                .putFigures("instances", BigDecimal.valueOf(2))
                                .putFigures("decided", BigDecimal.valueOf(2))
                                .putFigures("onTimeRate", new BigDecimal("50"))
                                .putFigures("count.FULFILLED_LATE", BigDecimal.ONE)
                                .putFigures("count.BREACHED", BigDecimal.ZERO)
                                .putFigures("owed.EUR", BigDecimal.ZERO)
                                .putFigures("onTime", BigDecimal.valueOf(2))
                                .putFigures("worstResponseDays", BigDecimal.valueOf(9))
                                .build())
                        .addScorecards(ScorecardExpectation.builder()
                                .party(PartyId.of("studio"))
                                .putFigures("onTimeRate", new BigDecimal("100"))
                                .build())
                        .build())
                .build();
        assertThat(s.run(ENGINE).mismatches())
                .extracting(Mismatch::message)
                .containsExactly(
                        "as of 2026-03-10, scorecard of client: expected onTime 2, was 1",
                        "as of 2026-03-10, scorecard of client: expected worstResponseDays 9, was 4",
                        "as of 2026-03-10, scorecard of studio: expected onTimeRate 100, was not available"
                                + " (scorecard figure 'onTimeRate' not available)");
    }

    @Test
    void run_amountOfAnInstanceWithoutPayment_notAvailable() {
        Scenario s = scenario("amounts")
                .addChecks(Check.builder()
                        .asOf(LocalDate.of(2026, 3, 10))
                        .addInstances(InstanceExpectation.forInstance("approve-mockup#1")
                                .outstanding(Money.of("0", "EUR"))
                                .build())
                        .build())
                .build();
        assertThat(s.run(ENGINE).mismatches())
                .extracting(Mismatch::message)
                .containsExactly("as of 2026-03-10, approve-mockup#1: expected outstanding EUR 0.00, was not available"
                        + " (no payment figures: not a payment, and no late fee or penalty)");
    }

    @Test
    void run_paymentAmounts_comparedWithThePayment_absentChargesAreZero() {
        Event deposit = Event.builder()
                .from(event("e1", "2026-03-05", "payment", "client"))
                .amount(Money.of("1000", "EUR"))
                .build();
        Scenario s = web("deposit paid in part")
                .addEvents(deposit)
                .addChecks(Check.builder()
                        .asOf(LocalDate.of(2026, 3, 20))
                        .addInstances(InstanceExpectation.forInstance("pay-deposit#1")
                                .state(InstanceState.BREACHED)
                                .paid(Money.of("1000", "EUR"))
                                .outstanding(Money.of("2000", "EUR"))
                                .lateFee(Money.of("0", "EUR"))
                                .interest(Money.of("0", "EUR"))
                                .build())
                        .addScorecards(ScorecardExpectation.builder()
                                .party(PartyId.of("client"))
                                .putFigures("owed.EUR", new BigDecimal("2000.00"))
                                .putFigures("owed.USD", BigDecimal.ZERO)
                                .build())
                        .build())
                .addChecks(Check.builder()
                        .asOf(LocalDate.of(2026, 3, 20))
                        .addInstances(InstanceExpectation.forInstance("pay-deposit#1")
                                .paid(Money.of("3000", "EUR"))
                                .lateFee(Money.of("10", "EUR"))
                                .build())
                        .build())
                .build();
        assertThat(s.run(ENGINE).mismatches())
                .extracting(Mismatch::message)
                .allSatisfy(m -> assertThat(m).startsWith("as of 2026-03-20, pay-deposit#1: expected "))
                .extracting(m -> m.substring(0, m.indexOf(" (")))
                .containsExactly(
                        "as of 2026-03-20, pay-deposit#1: expected paid EUR 3000.00, was EUR 1000.00",
                        "as of 2026-03-20, pay-deposit#1: expected lateFee EUR 10.00, was EUR 0.00");
    }

    @Test
    void builtIn_knowsTheScorecardFigureNames() {
        assertThat(ActualValues.SCORECARD_FIGURES).contains("onTimeRate", "p90ResponseDays", "lateWithoutNotice");
        assertThat(ActualValues.isScorecardFigure("count.BLOCKED")).isTrue();
        assertThat(ActualValues.isScorecardFigure("owed.JPY")).isTrue();
        assertThat(ActualValues.isScorecardFigure("count.LATE")).isFalse();
        assertThat(ActualValues.isScorecardFigure("owed.XXX")).isFalse();
        assertThat(ActualValues.isScorecardFigure("daysOfDelayCaused")).isFalse();
    }

    @Test
    void run_withPluggedActualValues_comparesThem() {
        ActualValues figures = new ActualValues() {
            @Override
            public Optional<Money> amount(ComplianceReport report, InstanceReport instance, Amount amount) {
                return Optional.of(Money.of("0", "EUR"));
            }

            @Override
            public Optional<BigDecimal> scorecardFigure(ComplianceReport report, PartyId party, String figure) {
                return Optional.of(new BigDecimal("0.50"));
            }
        };
        Scenario s = scenario("amounts")
                .addChecks(Check.builder()
                        .asOf(LocalDate.of(2026, 3, 10))
                        .addInstances(InstanceExpectation.forInstance("approve-mockup#1")
                                .outstanding(Money.of("0", "EUR"))
                                .lateFee(Money.of("10", "EUR"))
                                .build())
                        .addScorecards(ScorecardExpectation.builder()
                                .party(PartyId.of("client"))
                                .putFigures("onTimeRate", new BigDecimal("0.5"))
                                .putFigures("worstResponse", new BigDecimal("3"))
                                .build())
                        .build())
                .build();
        assertThat(ScenarioRunner.of(ENGINE).withActualValues(figures).run(s).mismatches())
                .extracting(Mismatch::field, Mismatch::expected, Mismatch::actual)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("lateFee", "EUR 10.00", "EUR 0.00"),
                        org.assertj.core.groups.Tuple.tuple("figures[worstResponse]", "3", "0.50"));
    }

    @Test
    void run_atAnInstant_eventsAfterItAreInvisible() {
        Instant beforeSecondApproval = LocalDate.of(2026, 3, 9)
                .atStartOfDay(ZoneId.of("Europe/Madrid"))
                .toInstant()
                .minusSeconds(1);
        Scenario s = scenario("instant")
                .addChecks(Check.builder()
                        .asOf(beforeSecondApproval)
                        .addInstances(InstanceExpectation.forInstance("approve-mockup#2")
                                .state(InstanceState.BREACHED)
                                .build())
                        .build())
                .build();
        assertThat(s.run(ENGINE).mismatches()).isEmpty();
        assertThat(AsOf.parse("2026-03-08T23:59:59Z")).isEqualTo(AsOf.at(Instant.parse("2026-03-08T23:59:59Z")));
        assertThat(AsOf.parse("2026-03-10")).isEqualTo(AsOf.endOf(LocalDate.of(2026, 3, 10)));
        assertThatThrownBy(() -> AsOf.parse("10/03/2026")).hasMessageStartingWith("as-of '10/03/2026' is not valid");
    }

    @Test
    void run_evaluationFails_reportedAsAMismatchPerCheck() {
        Agreement elsewhere = Agreement.builder()
                .from(approvals())
                .calendar(CalendarId.of("ES-MD"))
                .build();
        Scenario s = Scenario.builder()
                .name("unknown calendar")
                .agreement(elsewhere)
                .addChecks(Check.builder().asOf(LocalDate.of(2026, 3, 2)).build())
                .build();
        ScenarioResult result = s.run(ENGINE);
        assertThat(result.mismatches()).singleElement().satisfies(m -> {
            assertThat(m.field()).isEqualTo("evaluation");
            assertThat(m.message())
                    .startsWith(
                            "as of 2026-03-02, agreement 'web-2026': expected a report, the" + " evaluation failed: ");
        });
    }

    @Test
    void copyOf_reportOfTheScenario_passes() {
        ComplianceReport report = ENGINE.evaluate(
                approvals(), dev.pacta.core.model.Timeline.of(SECOND_APPROVAL_LATE), LocalDate.of(2026, 3, 10));
        Check copied = Check.copyOf(report);
        assertThat(copied.asOf()).isEqualTo(AsOf.endOf(LocalDate.of(2026, 3, 10)));
        assertThat(copied.instances())
                .extracting(e -> e.id() + "=" + e.state().orElseThrow() + "/"
                        + e.lateness().orElseThrow())
                .containsExactly("approve-mockup#1=FULFILLED/0", "approve-mockup#2=FULFILLED_LATE/2");
        assertThat(scenario("approved").addChecks(copied).build().run(ENGINE).passed())
                .isTrue();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Template-based scenarios

    static Scenario.Builder web(String name) {
        return Scenario.builder()
                .name(name)
                .template(WebDevelopmentTemplate.template())
                .putParameters("clientName", "Acme Bakery Ltd")
                .putParameters("startDate", LocalDate.of(2026, 3, 2))
                .putParameters("launchDate", LocalDate.of(2026, 5, 29))
                .putParameters("approvalDays", 3);
    }

    @Test
    void run_templateScenario_allOnTimeButOneApproval() {
        Event deposit = Event.builder()
                .from(event("e1", "2026-03-05", "payment", "client"))
                .amount(Money.of("3000", "EUR"))
                .ref("pay-deposit#1")
                .build();
        Scenario s = web("one approval a day late")
                .addEvents(deposit)
                .addEvents(event("e2", "2026-03-13", "content.delivered", "client"))
                .addEvents(event("e3", "2026-03-20", "mockup.submitted", "studio"))
                .addEvents(event("e4", "2026-03-26", "mockup.approved", "client"))
                .addEvents(event("e5", "2026-05-27", "site.delivered", "studio"))
                .addChecks(Check.builder()
                        .asOf(LocalDate.of(2026, 3, 26))
                        .addInstances(InstanceExpectation.forInstance("pay-deposit#1")
                                .state(InstanceState.FULFILLED)
                                .dueDate(LocalDate.of(2026, 3, 9))
                                .build())
                        .addInstances(InstanceExpectation.forInstance("approve-mockup#1")
                                .state(InstanceState.FULFILLED_LATE)
                                .dueDate(LocalDate.of(2026, 3, 25))
                                .lateness(1L)
                                .build())
                        .addInstances(InstanceExpectation.forInstance("pay-balance#1")
                                .state(InstanceState.NOT_TRIGGERED)
                                .build())
                        .build())
                .addChecks(Check.builder()
                        .asOf(LocalDate.of(2026, 6, 1))
                        .addInstances(InstanceExpectation.forInstance("build-site#1")
                                .state(InstanceState.FULFILLED)
                                .build())
                        .addInstances(InstanceExpectation.forInstance("pay-balance#1")
                                .state(InstanceState.UPCOMING)
                                .dueDate(LocalDate.of(2026, 6, 26))
                                .build())
                        .addMilestones(MilestoneExpectation.forMilestone("launch")
                                .state(MilestoneState.REACHED)
                                .daysLate(0L)
                                .build())
                        .addFindings(FindingExpectation.absent(FindingCodes.BREACH))
                        .build())
                .build();
        s.run(ENGINE).assertPassed();
    }

    @Test
    void run_templateValuesInvalid_oneMismatchPerProblem_noException() {
        Scenario s = web("bad values")
                .putParameters("approvalDays", 30)
                .putParameters("depositPercent", "half")
                .addChecks(Check.builder().asOf(LocalDate.of(2026, 3, 2)).build())
                .build();
        ScenarioResult result = s.run(ENGINE);
        assertThat(result.mismatches())
                .extracting(Mismatch::message)
                .containsExactly(
                        "template 'web-development' cannot be instantiated: parameters.approvalDays: parameter"
                                + " 'approvalDays': expected from 1 business day to 10 business days, was 30 business"
                                + " days [OUT_OF_BOUNDS]",
                        "template 'web-development' cannot be instantiated: parameters.depositPercent: parameter"
                                + " 'depositPercent': expected a percentage in (0, 100], was text 'half'"
                                + " [WRONG_TYPE]");
        assertThat(result.mismatches().get(0).check()).isEmpty();
        assertThat(result.mismatches().get(0).field()).isEqualTo("parameters.approvalDays");
        assertThatThrownBy(result::assertPassed)
                .hasMessageStartingWith("scenario 'bad values' failed with 2 mismatches:\n  template 'web-development'"
                        + " cannot be instantiated: parameters.approvalDays");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Building scenarios; dynamic tests

    @Test
    void build_neitherOrBothSubjects_orDuplicateEvents_rejected() {
        assertThatThrownBy(() -> Scenario.builder().name("empty").build())
                .hasMessage("scenario 'empty' needs exactly one of agreement and template, had neither");
        assertThatThrownBy(() -> scenario("both")
                        .template(WebDevelopmentTemplate.template())
                        .build())
                .hasMessage("scenario 'both' needs exactly one of agreement and template, had both");
        assertThatThrownBy(() ->
                        scenario("params").putParameters("approvalDays", 3).build())
                .hasMessage("scenario 'params': parameters go with a template, but the scenario has an agreement;"
                        + " parameters were [approvalDays]");
        assertThatThrownBy(() -> scenario("dup")
                        .addEvents(event("e1", "2026-03-04", "mockup.submitted", "studio"))
                        .build())
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("event id 'e1' is used twice");
        assertThatThrownBy(() -> InstanceExpectation.forInstance("approve-mockup"))
                .hasMessageStartingWith("instance id 'approve-mockup' is not valid");
    }

    static final List<Scenario> SCENARIOS = List.of(
            scenario("passes")
                    .addChecks(Check.builder()
                            .asOf(LocalDate.of(2026, 3, 10))
                            .addInstances(InstanceExpectation.forInstance("approve-mockup#2")
                                    .state(InstanceState.FULFILLED_LATE)
                                    .build())
                            .build())
                    .build(),
            scenario("fails")
                    .addChecks(Check.builder()
                            .asOf(LocalDate.of(2026, 3, 10))
                            .addInstances(InstanceExpectation.forInstance("approve-mockup#2")
                                    .state(InstanceState.BREACHED)
                                    .build())
                            .build())
                    .build());

    @Test
    void dynamicTests_oneNamedTestPerScenario_failureIsAnAssertionError() {
        List<NamedTest> tests = Scenarios.dynamicTests(SCENARIOS, ENGINE);
        assertThat(tests).extracting(NamedTest::name).containsExactly("passes", "fails");
        tests.get(0).test().run();
        assertThatThrownBy(() -> tests.get(1).test().run())
                .isExactlyInstanceOf(AssertionError.class)
                .hasMessageStartingWith("scenario 'fails' failed with 1 mismatch:\n  checks[0]: as of 2026-03-10,"
                        + " approve-mockup#2: expected BREACHED, was FULFILLED_LATE (due Thu 2026-03-05:");
    }

    /** The recipe of the package documentation, as a user writes it. */
    @TestFactory
    Stream<DynamicTest> scenarios() {
        return Scenarios.dynamicTests(SCENARIOS.subList(0, 1), ENGINE).stream()
                .map(t -> DynamicTest.dynamicTest(t.name(), t.test()::run));
    }
}
