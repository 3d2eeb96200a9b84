package dev.pacta.core.model;

import static dev.pacta.core.model.AgreementFixtures.problems;
import static dev.pacta.core.model.AgreementFixtures.web;
import static dev.pacta.core.model.AgreementFixtures.withMilestone;
import static dev.pacta.core.model.AgreementFixtures.withObligation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pacta.core.Problem;
import dev.pacta.core.ValidationException;
import dev.pacta.core.money.Money;
import dev.pacta.core.time.Recurrence;
import dev.pacta.core.time.Span;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgreementValidatorTest {

    private static Problem onlyProblem(Agreement.Builder builder) {
        List<Problem> problems = problems(builder);
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    private static void assertProblem(Agreement.Builder builder, String code, String path, String message) {
        Problem problem = onlyProblem(builder);
        assertThat(problem.code()).isEqualTo(code);
        assertThat(problem.path()).isEqualTo(path);
        assertThat(problem.message()).isEqualTo(message);
    }

    private static Agreement.Builder withParties(Party... parties) {
        return Agreement.builder().from(web().build()).parties(List.of(parties));
    }

    // ---------------------------------------------------------------- whole agreement

    @Test
    void validate_webAgreement_hasNoProblems() {
        assertThat(problems(web())).isEmpty();
    }

    @Test
    void validate_deadlineBeforeItsOwnTrigger_namesTheTriggerInWords() {
        Problem p = onlyProblem(withObligation(
                0,
                o -> o.trigger(Trigger.onEffectiveDate())
                        .deadline(DeadlineRule.Before.builder()
                                .offset(dev.pacta.core.time.Span.ofBusinessDays(3))
                                .build())));
        assertThat(p.code()).isEqualTo("DEADLINE_BEFORE_TRIGGER");
        assertThat(p.message())
                .endsWith(": deadline 3 business days before the anchor falls before its trigger (on the effective"
                        + " date), which brings each instance into force; expected a deadline after it, or before the"
                        + " end date or a milestone's target");
    }

    @Test
    void validate_manyProblems_reportsAllInStructureOrder() {
        Agreement.Builder builder = withObligation(
                        2, o -> o.beneficiary(PartyId.of("acme")).title(" "))
                .title("")
                .zone(ZoneId.of("CET"));

        assertThatThrownBy(builder::build)
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("agreement 'web-2026' is invalid (4 problems):")
                .satisfies(e -> assertThat(((ValidationException) e).problems())
                        .extracting(Problem::code, Problem::path)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("BLANK_TEXT", "title"),
                                org.assertj.core.groups.Tuple.tuple("INVALID_ZONE", "zone"),
                                org.assertj.core.groups.Tuple.tuple("BLANK_TEXT", "obligations[2].title"),
                                org.assertj.core.groups.Tuple.tuple("UNKNOWN_PARTY", "obligations[2].beneficiary")));
    }

    @Test
    void validate_duplicatesAndNames_reportedWhereTheyOccur() {
        // The duplicate obligation id is reported at obligations[7], after the parties' problems, not before them.
        Agreement.Builder builder = withObligation(7, o -> o.id(ObligationId.of("deposit")))
                .parties(List.of(
                        Party.of("client", " ", Role.CLIENT), Party.of("studio", "Pixel Studio", Role.PROVIDER)))
                .putMetadata("", "x");

        assertThat(problems(builder))
                .extracting(Problem::code, Problem::path)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("BLANK_TEXT", "parties[0].name"),
                        org.assertj.core.groups.Tuple.tuple("DUPLICATE_ID", "obligations[7].id"),
                        org.assertj.core.groups.Tuple.tuple("INVALID_METADATA", "metadata['']"));
    }

    @Test
    void validate_blankTitle_reportsBlankText() {
        assertProblem(
                web().title("  "), "BLANK_TEXT", "title", "agreement 'web-2026': title is blank; expected some text");
    }

    @Test
    void validate_blankPartyContact_reportsPath() {
        assertProblem(
                withParties(
                        Party.builder()
                                .id(PartyId.of("client"))
                                .name("Acme")
                                .role(Role.CLIENT)
                                .contact("\t")
                                .build(),
                        Party.of("studio", "Pixel Studio", Role.PROVIDER)),
                "BLANK_TEXT",
                "parties[0].contact",
                "party 'client': contact is blank; expected some text");
    }

    @Test
    void validate_endBeforeEffectiveDate_reportsBothDates() {
        assertProblem(
                web().endDate(LocalDate.of(2026, 3, 1)),
                "END_BEFORE_START",
                "endDate",
                "agreement 'web-2026': end date 2026-03-01 is before the effective date 2026-03-02;"
                        + " expected the same day or later");
    }

    @Test
    void validate_endOnEffectiveDate_isValid() {
        assertThat(problems(web().endDate(AgreementFixtures.EFFECTIVE))).isEmpty();
    }

    @Test
    void validate_zeroValue_reportsInvalidAmount() {
        assertProblem(
                web().value(Money.of("0", "USD")),
                "INVALID_AMOUNT",
                "value",
                "agreement 'web-2026': value USD 0.00 is not positive; expected an amount above zero");
    }

    @Test
    void money_hugeAmount_rejectedBeforeAnyArithmetic() {
        // Money itself bounds its input, so an agreement can never hold such an amount.
        assertThatThrownBy(() -> Money.of(new BigDecimal("1E+20"), java.util.Currency.getInstance("USD")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("out of bounds");
    }

    // ---------------------------------------------------------------- zone

    @ParameterizedTest
    @ValueSource(
            strings = {
                "UTC",
                "Etc/UTC",
                "Europe/Madrid",
                "America/Argentina/Buenos_Aires",
                "Australia/Lord_Howe",
                "Asia/Kolkata",
                "America/Port-au-Prince",
                "Antarctica/DumontDUrville"
            })
    void validate_ianaZone_isValid(String zone) {
        assertThat(problems(web().zone(ZoneId.of(zone)))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "EST5EDT",
                "CET",
                "PST8PDT",
                "GMT",
                "Etc/GMT+1",
                "Etc/GMT0",
                "GMT+1",
                "UTC+1",
                "UT",
                "US/Eastern",
                "Z",
                "+01:00"
            })
    void validate_abbreviationOffsetOrLegacyZone_reportsInvalidZone(String zone) {
        ZoneId id = ZoneId.of(zone);
        assertProblem(
                web().zone(id),
                "INVALID_ZONE",
                "zone",
                "agreement 'web-2026': zone '" + id.getId() + "' is not valid; expected UTC or an IANA Area/Location"
                        + " id such as Europe/Madrid, not an abbreviation or an offset");
    }

    @Test
    void validate_shortIdEst_isAnOffsetAndReportsInvalidZone() {
        Problem problem = onlyProblem(web().zone(ZoneId.of("EST", ZoneId.SHORT_IDS)));
        assertThat(problem.code()).isEqualTo("INVALID_ZONE");
        assertThat(problem.message()).startsWith("agreement 'web-2026': zone '-05:00' is not valid");
    }

    @Test
    void validate_zoneOffsetUtc_reportsInvalidZone() {
        assertThat(onlyProblem(web().zone(ZoneOffset.UTC)).code()).isEqualTo("INVALID_ZONE");
    }

    // ---------------------------------------------------------------- parties

    @Test
    void validate_oneParty_reportsTooFewParties() {
        List<Problem> problems = problems(withParties(Party.of("studio", "Pixel Studio", Role.PROVIDER)));
        assertThat(problems).first().satisfies(p -> {
            assertThat(p.code()).isEqualTo("TOO_FEW_PARTIES");
            assertThat(p.path()).isEqualTo("parties");
            assertThat(p.message())
                    .isEqualTo("agreement 'web-2026': 1 party declared; expected at least two, e.g. a client and a"
                            + " provider");
        });
        // The client's obligations now name an unknown party too; those are reported separately.
        assertThat(problems.subList(1, problems.size()))
                .extracting(Problem::code)
                .containsOnly("UNKNOWN_PARTY");
    }

    @Test
    void validate_duplicatePartyId_reportsSecondOccurrence() {
        assertProblem(
                withParties(
                        Party.of("client", "Acme", Role.CLIENT),
                        Party.of("studio", "Pixel Studio", Role.PROVIDER),
                        Party.of("client", "Acme again", Role.of("SUBCONTRACTOR"))),
                "DUPLICATE_ID",
                "parties[2].id",
                "agreement 'web-2026': party id 'client' is used twice, first at parties[0]");
    }

    @Test
    void validate_duplicateObligationId_reportsSecondOccurrence() {
        assertProblem(
                withObligation(7, o -> o.id(ObligationId.of("deposit"))),
                "DUPLICATE_ID",
                "obligations[7].id",
                "agreement 'web-2026': obligation id 'deposit' is used twice, first at obligations[3]");
    }

    @Test
    void validate_duplicateMilestoneId_reportsSecondOccurrence() {
        assertProblem(
                withMilestone(1, m -> m.id(MilestoneId.of("launch")).dependsOn(List.of())),
                "DUPLICATE_ID",
                "milestones[1].id",
                "agreement 'web-2026': milestone id 'launch' is used twice, first at milestones[0]");
    }

    @Test
    void validate_blankPartyName_reportsBlankText() {
        assertProblem(
                withParties(Party.of("client", " ", Role.CLIENT), Party.of("studio", "Pixel Studio", Role.PROVIDER)),
                "BLANK_TEXT",
                "parties[0].name",
                "party 'client': name is blank; expected some text");
    }

    // ---------------------------------------------------------------- obligation references

    @Test
    void validate_beneficiaryUnknown_reportsPathAndParties() {
        assertProblem(
                withObligation(0, o -> o.beneficiary(PartyId.of("acme"))),
                "UNKNOWN_PARTY",
                "obligations[0].beneficiary",
                "obligation 'provide-content': beneficiary 'acme' is not a party of agreement 'web-2026'; parties are"
                        + " [client, studio]");
    }

    @Test
    void validate_obligorUnknown_reportsPathAndParties() {
        assertProblem(
                withObligation(1, o -> o.obligor(PartyId.of("agency"))),
                "UNKNOWN_PARTY",
                "obligations[1].obligor",
                "obligation 'build-pages': obligor 'agency' is not a party of agreement 'web-2026'; parties are"
                        + " [client, studio]");
    }

    @Test
    void validate_obligorIsBeneficiary_reportsSameParty() {
        assertProblem(
                withObligation(2, o -> o.beneficiary(PartyId.of("client"))),
                "SAME_PARTY",
                "obligations[2].beneficiary",
                "obligation 'approve-pages': beneficiary 'client' is also the obligor; expected a duty owed to another"
                        + " party");
    }

    @Test
    void validate_prerequisiteUnknown_reportsUnknownObligation() {
        assertProblem(
                withObligation(1, o -> o.addPrerequisites(ObligationId.of("sign-off"))),
                "UNKNOWN_OBLIGATION",
                "obligations[1].prerequisites[1]",
                "obligation 'build-pages': prerequisite 'sign-off' is not an obligation of agreement 'web-2026'");
    }

    @Test
    void validate_milestoneRequiresUnknown_reportsUnknownObligation() {
        assertProblem(
                withMilestone(0, m -> m.addRequires(ObligationId.of("go-live"))),
                "UNKNOWN_OBLIGATION",
                "milestones[0].requires[2]",
                "milestone 'launch': required 'go-live' is not an obligation of agreement 'web-2026'");
    }

    @Test
    void validate_triggerObligationUnknown_reportsUnknownObligation() {
        assertProblem(
                withObligation(1, o -> o.trigger(Trigger.onFulfilment(ObligationId.of("kickoff")))),
                "UNKNOWN_OBLIGATION",
                "obligations[1].trigger.obligation",
                "obligation 'build-pages': trigger 'kickoff' is not an obligation of agreement 'web-2026'");
    }

    @Test
    void validate_remedyObligationUnknown_reportsUnknownObligation() {
        assertProblem(
                withObligation(
                        0,
                        o -> o.addRemedies(Remedy.RemedyObligation.builder()
                                .obligation(ObligationId.of("refund"))
                                .build())),
                "UNKNOWN_OBLIGATION",
                "obligations[0].remedies[0].obligation",
                "obligation 'provide-content': remedy OBLIGATION obligation 'refund' is not an obligation of agreement"
                        + " 'web-2026'");
    }

    @Test
    void validate_triggerMilestoneUnknown_reportsUnknownMilestone() {
        assertProblem(
                withObligation(4, o -> o.trigger(Trigger.onMilestone(MilestoneId.of("go-live")))),
                "UNKNOWN_MILESTONE",
                "obligations[4].trigger.milestone",
                "obligation 'balance': trigger milestone 'go-live' is not a milestone of agreement 'web-2026';"
                        + " milestones are [launch, handover]");
    }

    @Test
    void validate_milestoneDependsOnUnknown_reportsUnknownMilestone() {
        assertProblem(
                withMilestone(1, m -> m.addDependsOn(MilestoneId.of("beta"))),
                "UNKNOWN_MILESTONE",
                "milestones[1].dependsOn[1]",
                "milestone 'handover': depends on milestone 'beta', which is not a milestone of agreement 'web-2026';"
                        + " milestones are [launch, handover]");
    }

    @Test
    void validate_ownPrerequisite_reportsSelfReference() {
        assertProblem(
                withObligation(0, o -> o.addPrerequisites(ObligationId.of("provide-content"))),
                "SELF_REFERENCE",
                "obligations[0].prerequisites[0]",
                "obligation 'provide-content': lists itself as a prerequisite");
    }

    @Test
    void validate_triggeredByOwnBreach_reportsSelfReference() {
        assertProblem(
                withObligation(0, o -> o.trigger(Trigger.onBreach(ObligationId.of("provide-content")))),
                "SELF_REFERENCE",
                "obligations[0].trigger.obligation",
                "obligation 'provide-content': is triggered by its own breach");
    }

    @Test
    void validate_milestoneDependsOnItself_reportsSelfReference() {
        assertProblem(
                withMilestone(0, m -> m.addDependsOn(MilestoneId.of("launch"))),
                "SELF_REFERENCE",
                "milestones[0].dependsOn[0]",
                "milestone 'launch': depends on itself");
    }

    @Test
    void validate_ownRemedy_reportsSelfReference() {
        assertProblem(
                withObligation(
                        0,
                        o -> o.addRemedies(Remedy.RemedyObligation.builder()
                                .obligation(ObligationId.of("provide-content"))
                                .build())),
                "SELF_REFERENCE",
                "obligations[0].remedies[0].obligation",
                "obligation 'provide-content': remedy OBLIGATION names obligation 'provide-content' itself");
    }

    // ---------------------------------------------------------------- cycles

    @Test
    void validate_prerequisiteCycle_reportsCycleOnceInOrder() {
        // provide-content waits on approve-pages, which waits on build-pages, which waits on provide-content.
        List<Obligation> obligations = new ArrayList<>(web().build().obligations());
        obligations.set(0, withPrerequisites(obligations.get(0), "approve-pages"));
        obligations.set(2, withPrerequisites(obligations.get(2), "build-pages"));
        assertProblem(
                Agreement.builder().from(web().build()).obligations(obligations),
                "CYCLE",
                "obligations[0].prerequisites[0]",
                "obligation 'provide-content': prerequisites form a cycle: provide-content -> approve-pages ->"
                        + " build-pages -> provide-content");
    }

    @Test
    void validate_twoSeparateCycles_reportsEachOnce() {
        List<Obligation> obligations = new ArrayList<>(web().build().obligations());
        // deposit <-> balance and weekly-checkin <-> confidentiality (plus a chord that adds no new group).
        obligations.set(3, withPrerequisites(obligations.get(3), "balance"));
        obligations.set(4, withPrerequisites(obligations.get(4), "deposit", "deposit-dummy-free"));
        obligations.set(6, withPrerequisites(obligations.get(6), "confidentiality"));
        obligations.set(7, withPrerequisites(obligations.get(7), "weekly-checkin"));
        List<Problem> problems =
                problems(Agreement.builder().from(web().build()).obligations(obligations));
        assertThat(problems)
                .extracting(Problem::code, Problem::path)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("UNKNOWN_OBLIGATION", "obligations[4].prerequisites[1]"),
                        org.assertj.core.groups.Tuple.tuple("CYCLE", "obligations[3].prerequisites[0]"),
                        org.assertj.core.groups.Tuple.tuple("CYCLE", "obligations[6].prerequisites[0]"));
        assertThat(problems.get(1).message()).endsWith("deposit -> balance -> deposit");
        assertThat(problems.get(2).message()).endsWith("weekly-checkin -> confidentiality -> weekly-checkin");
    }

    private static Obligation withPrerequisites(Obligation o, String... ids) {
        Obligation.Builder b = Obligation.builder().from(o);
        for (String id : ids) {
            b.addPrerequisites(ObligationId.of(id));
        }
        return b.build();
    }

    @Test
    void validate_milestoneDependencyCycle_reportsCycle() {
        assertProblem(
                withMilestone(0, m -> m.addDependsOn(MilestoneId.of("handover"))),
                "CYCLE",
                "milestones[0].dependsOn[0]",
                "milestone 'launch': milestone dependencies form a cycle: launch -> handover -> launch");
    }

    @Test
    void validate_triggerChainCycle_reportsCycle() {
        // provide-content is triggered by the fulfilment of build-pages, which is triggered by provide-content's.
        assertProblem(
                withObligation(0, o -> o.trigger(Trigger.onFulfilment(ObligationId.of("build-pages")))),
                "CYCLE",
                "obligations[0].trigger.obligation",
                "obligation 'provide-content': triggers form a cycle, each obligation waiting on the fulfilment or"
                        + " breach of the next: provide-content -> build-pages -> provide-content");
    }

    // ---------------------------------------------------------------- event kinds and modality

    @Test
    void validate_badFulfillingKind_reportsInvalidEventKind() {
        assertProblem(
                withObligation(0, o -> o.addFulfilledBy("Content Delivered")),
                "INVALID_EVENT_KIND",
                "obligations[0].fulfilledBy[1]",
                "obligation 'provide-content': fulfilling event kind 'Content Delivered' is not valid; expected"
                        + " lower-case words such as content.delivered");
    }

    @Test
    void validate_badTriggerEventKind_reportsInvalidEventKind() {
        assertProblem(
                withObligation(2, o -> o.trigger(Trigger.onEvent("Pages/Delivered"))),
                "INVALID_EVENT_KIND",
                "obligations[2].trigger.eventKind",
                "obligation 'approve-pages': trigger event kind 'Pages/Delivered' is not valid; expected lower-case"
                        + " words such as content.delivered");
    }

    @Test
    void validate_mustNotWithoutForbiddenAct_reportsNoFulfillingEvent() {
        assertProblem(
                withObligation(7, o -> o.fulfilledBy(List.of())),
                "NO_FULFILLING_EVENT",
                "obligations[7].fulfilledBy",
                "obligation 'confidentiality': fulfilledBy is empty; expected the event kinds of the forbidden act,"
                        + " e.g. secret.disclosed");
    }

    @Test
    void validate_mustWithoutFulfillingKinds_reportsNoFulfillingEvent() {
        assertProblem(
                withObligation(1, o -> o.fulfilledBy(List.of())),
                "NO_FULFILLING_EVENT",
                "obligations[1].fulfilledBy",
                "obligation 'build-pages': fulfilledBy is empty; expected the event kinds that fulfil it, e.g."
                        + " content.delivered");
    }

    @Test
    void validate_paymentWithoutFulfillingKinds_isValid() {
        assertThat(web().build().obligations().get(3).fulfilledBy()).isEmpty();
        assertThat(web().build().obligations().get(3).fulfillingKinds()).containsExactly("payment");
    }

    // ---------------------------------------------------------------- recurrence

    private static Agreement.Builder withRecurrence(Recurrence.Builder recurrence) {
        return withObligation(6, o -> o.trigger(Trigger.recurring(recurrence.build())));
    }

    @Test
    void validate_recurrenceIntervalZero_reportsInvalidRecurrence() {
        assertProblem(
                withRecurrence(Recurrence.builder()
                        .frequency(Recurrence.Frequency.WEEKLY)
                        .interval(0)),
                "INVALID_RECURRENCE",
                "obligations[6].trigger.recurrence.interval",
                "obligation 'weekly-checkin': recurrence WEEKLY has interval 0; expected 1 to 522");
    }

    @Test
    void validate_recurrenceCountZero_reportsInvalidRecurrence() {
        assertProblem(
                withRecurrence(Recurrence.builder()
                        .frequency(Recurrence.Frequency.DAILY)
                        .count(0)),
                "INVALID_RECURRENCE",
                "obligations[6].trigger.recurrence.count",
                "obligation 'weekly-checkin': recurrence DAILY has count 0; expected at least 1");
    }

    @Test
    void validate_recurrenceDayOfMonth32_reportsInvalidRecurrence() {
        assertProblem(
                withRecurrence(Recurrence.builder()
                        .frequency(Recurrence.Frequency.MONTHLY)
                        .dayOfMonth(32)),
                "INVALID_RECURRENCE",
                "obligations[6].trigger.recurrence.dayOfMonth",
                "obligation 'weekly-checkin': recurrence MONTHLY has day of month 32; expected 1 to 31");
    }

    @Test
    void validate_recurrenceDayOfWeekOnMonthly_reportsInvalidRecurrence() {
        assertProblem(
                withRecurrence(Recurrence.builder()
                        .frequency(Recurrence.Frequency.MONTHLY)
                        .dayOfWeek(DayOfWeek.FRIDAY)),
                "INVALID_RECURRENCE",
                "obligations[6].trigger.recurrence.dayOfWeek",
                "obligation 'weekly-checkin': recurrence MONTHLY has day of week FRIDAY; expected a day of week only"
                        + " on a WEEKLY schedule");
    }

    @Test
    void validate_recurrenceDayOfMonthOnWeekly_reportsInvalidRecurrence() {
        assertProblem(
                withRecurrence(Recurrence.builder()
                        .frequency(Recurrence.Frequency.WEEKLY)
                        .dayOfMonth(3)),
                "INVALID_RECURRENCE",
                "obligations[6].trigger.recurrence.dayOfMonth",
                "obligation 'weekly-checkin': recurrence WEEKLY has day of month 3; expected a day of month only on"
                        + " a MONTHLY or YEARLY schedule");
    }

    @Test
    void validate_recurrenceLastBusinessDayOnYearly_reportsInvalidRecurrence() {
        assertProblem(
                withRecurrence(Recurrence.builder()
                        .frequency(Recurrence.Frequency.YEARLY)
                        .lastBusinessDay(true)),
                "INVALID_RECURRENCE",
                "obligations[6].trigger.recurrence.lastBusinessDay",
                "obligation 'weekly-checkin': recurrence YEARLY is on the last business day; expected that only on a"
                        + " MONTHLY schedule");
    }

    @Test
    void validate_recurrenceLastBusinessDayAndDayOfMonth_reportsInvalidRecurrence() {
        assertProblem(
                withRecurrence(Recurrence.builder()
                        .frequency(Recurrence.Frequency.MONTHLY)
                        .lastBusinessDay(true)
                        .dayOfMonth(15)),
                "INVALID_RECURRENCE",
                "obligations[6].trigger.recurrence.lastBusinessDay",
                "obligation 'weekly-checkin': recurrence MONTHLY is on the last business day and on day 15; expected"
                        + " one or the other");
    }

    @Test
    void validate_recurrenceUntilBeforeEffectiveDate_reportsInvalidRecurrence() {
        assertProblem(
                withRecurrence(Recurrence.builder()
                        .frequency(Recurrence.Frequency.MONTHLY)
                        .until(LocalDate.of(2026, 3, 1))),
                "INVALID_RECURRENCE",
                "obligations[6].trigger.recurrence.until",
                "obligation 'weekly-checkin': recurrence MONTHLY ends on 2026-03-01, before its start 2026-03-02;"
                        + " expected the start or later");
    }

    @Test
    void validate_recurrenceUntilOnStart_isValid() {
        assertThat(problems(withRecurrence(Recurrence.builder()
                        .frequency(Recurrence.Frequency.MONTHLY)
                        .start(LocalDate.of(2026, 4, 1))
                        .until(LocalDate.of(2026, 4, 1)))))
                .isEmpty();
    }

    // ---------------------------------------------------------------- deadlines and grace

    @Test
    void validate_negativeOffset_reportsOffsetOutOfBounds() {
        assertProblem(
                withObligation(2, o -> o.deadline(DeadlineRule.ofBusinessDays(-1))),
                "OFFSET_OUT_OF_BOUNDS",
                "obligations[2].deadline.offset.amount",
                "obligation 'approve-pages': deadline offset -1 business day is out of bounds; expected 0 to 2610"
                        + " business days (ten years)");
    }

    @Test
    void validate_offsetOfElevenYears_reportsOffsetOutOfBounds() {
        assertProblem(
                withObligation(2, o -> o.deadline(DeadlineRule.within(Span.ofMonths(121)))),
                "OFFSET_OUT_OF_BOUNDS",
                "obligations[2].deadline.offset.amount",
                "obligation 'approve-pages': deadline offset 121 months is out of bounds; expected 0 to 120 months"
                        + " (ten years)");
    }

    @Test
    void validate_offsetAtTenYears_isValid() {
        assertThat(problems(withObligation(2, o -> o.deadline(DeadlineRule.ofHours(87600)))))
                .isEmpty();
        assertThat(problems(withObligation(2, o -> o.deadline(DeadlineRule.within(Span.ofWeeks(522))))))
                .isEmpty();
    }

    @Test
    void validate_graceTooLong_reportsOffsetOutOfBounds() {
        assertProblem(
                withObligation(0, o -> o.grace(Span.ofCalendarDays(3651))),
                "OFFSET_OUT_OF_BOUNDS",
                "obligations[0].grace.amount",
                "obligation 'provide-content': grace 3651 days is out of bounds; expected 0 to 3650 days (ten years)");
    }

    @Test
    void validate_fixedDeadlineBeforeEffectiveDate_reportsDeadlineOutsideTerm() {
        assertProblem(
                withObligation(0, o -> o.deadline(DeadlineRule.onDate(LocalDate.of(2026, 2, 27)))),
                "DEADLINE_OUTSIDE_TERM",
                "obligations[0].deadline.date",
                "obligation 'provide-content': deadline 2026-02-27 is before the effective date 2026-03-02 of"
                        + " agreement 'web-2026'; expected that date or later");
    }

    @Test
    void validate_fixedDeadlineAfterEndDate_isValid() {
        assertThat(problems(withObligation(0, o -> o.deadline(DeadlineRule.onDate(LocalDate.of(2027, 1, 15))))))
                .isEmpty();
    }

    // ---------------------------------------------------------------- payments

    @Test
    void validate_paymentWithoutAmount_reportsPaymentAmountMissing() {
        assertProblem(
                withObligation(5, o -> o.amount(java.util.Optional.empty())),
                "PAYMENT_AMOUNT_MISSING",
                "obligations[5].amount",
                "obligation 'penalty-fee': payment has neither amount nor percentOfValue; expected exactly one");
    }

    @Test
    void validate_paymentWithAmountAndPercent_reportsPaymentAmountAmbiguous() {
        // An ON_BREACH payment is not part of the schedule, so the extra share does not break the 100 %.
        assertProblem(
                withObligation(5, o -> o.percentOfValue(new BigDecimal("10"))),
                "PAYMENT_AMOUNT_AMBIGUOUS",
                "obligations[5].percentOfValue",
                "obligation 'penalty-fee': payment has both amount USD 1100.00 and percentOfValue 10; expected exactly"
                        + " one");
    }

    @Test
    void validate_amountOnDeliverable_reportsAmountOnNonPayment() {
        assertProblem(
                withObligation(1, o -> o.amount(Money.of("500.00", "USD"))),
                "AMOUNT_ON_NON_PAYMENT",
                "obligations[1].amount",
                "obligation 'build-pages': amount USD 500.00 on a DELIVERABLE obligation; expected amounts only on"
                        + " PAYMENT obligations");
    }

    @Test
    void validate_percentWithoutAgreementValue_reportsMissingValue() {
        List<Problem> problems = problems(web().value(java.util.Optional.empty()));
        assertThat(problems)
                .extracting(Problem::code, Problem::path, Problem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "MISSING_VALUE",
                                "obligations[3].percentOfValue",
                                "obligation 'deposit': percentOfValue 50 needs a value, but agreement 'web-2026' has"
                                        + " none"),
                        org.assertj.core.groups.Tuple.tuple(
                                "MISSING_VALUE",
                                "obligations[4].percentOfValue",
                                "obligation 'balance': percentOfValue 50 needs a value, but agreement 'web-2026' has"
                                        + " none"));
    }

    @Test
    void validate_percentAboveHundred_reportsPercentOutOfRangeOnly() {
        assertProblem(
                withObligation(3, o -> o.percentOfValue(new BigDecimal("150"))),
                "PERCENT_OUT_OF_RANGE",
                "obligations[3].percentOfValue",
                "obligation 'deposit': percentOfValue 150 is out of range; expected more than 0 and at most 100");
    }

    @Test
    void validate_hugePercent_reportsWithoutExpanding() {
        Problem problem = onlyProblem(withObligation(3, o -> o.percentOfValue(new BigDecimal("1E+999999999"))));
        assertThat(problem.code()).isEqualTo("PERCENT_OUT_OF_RANGE");
        assertThat(problem.message()).contains("percentOfValue 1E+999999999 is out of range");
    }

    @Test
    void validate_sharesSumTo90_reportsScheduleWithSumAndShares() {
        assertProblem(
                withObligation(4, o -> o.percentOfValue(new BigDecimal("40"))),
                "SCHEDULE_NOT_100_PERCENT",
                "obligations",
                "agreement 'web-2026': payment schedule shares sum to 90 %; expected exactly 100 %; shares are"
                        + " [deposit 50 %, balance 40 %]");
    }

    @Test
    void validate_sharesWithDecimals_sumExactly() {
        assertThat(problems(withObligation(3, o -> o.percentOfValue(new BigDecimal("33.33")))
                        .addObligations(AgreementFixtures.obligation("final", "client", "studio", Category.PAYMENT)
                                .trigger(Trigger.onEffectiveDate())
                                .deadline(DeadlineRule.ofCalendarDays(60))
                                .percentOfValue(new BigDecimal("16.67"))
                                .build())))
                .isEmpty();
    }

    @Test
    void validate_amountInOtherCurrency_reportsCurrencyMismatch() {
        assertProblem(
                withObligation(5, o -> o.amount(Money.of("1100.00", "EUR"))),
                "CURRENCY_MISMATCH",
                "obligations[5].amount",
                "obligation 'penalty-fee': amount EUR 1100.00 is in EUR but agreement 'web-2026' has value USD"
                        + " 10000.00; expected USD");
    }

    @Test
    void validate_lateFeeInOtherCurrency_reportsCurrencyMismatch() {
        assertProblem(
                withObligation(
                        0,
                        o -> o.addRemedies(Remedy.LateFee.builder()
                                .flat(Money.of("50", "JPY"))
                                .build())),
                "CURRENCY_MISMATCH",
                "obligations[0].remedies[0].flat",
                "obligation 'provide-content': remedy LATE_FEE flat JPY 50 is in JPY but obligation 'provide-content'"
                        + " is in USD; expected USD");
    }

    // ---------------------------------------------------------------- remedies

    @Test
    void validate_lateFeeWithoutFlatOrPercent_reportsInvalidRemedy() {
        assertProblem(
                withObligation(5, o -> o.addRemedies(Remedy.LateFee.builder().build())),
                "INVALID_REMEDY",
                "obligations[5].remedies[1]",
                "obligation 'penalty-fee': remedy LATE_FEE has neither flat nor percent; expected one or both");
    }

    @Test
    void validate_lateFeePercentOnObligationWithoutAmount_reportsInvalidRemedy() {
        assertProblem(
                withObligation(
                        0,
                        o -> o.addRemedies(
                                Remedy.LateFee.builder().percent(BigDecimal.TEN).build())),
                "INVALID_REMEDY",
                "obligations[0].remedies[0].percent",
                "obligation 'provide-content': remedy LATE_FEE percent 10 has no amount to apply to; expected it only"
                        + " on an obligation with an amount");
    }

    @Test
    void build_interestWithoutRate_isRejected() {
        // What the validator once reported as "needs 'annualRatePercent'" cannot be built at all.
        assertThatThrownBy(() -> Remedy.Interest.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("[annualRatePercent]");
    }

    @Test
    void validate_interestRateAboveHundred_reportsInvalidRemedy() {
        assertProblem(
                withObligation(
                        5,
                        o -> o.addRemedies(Remedy.Interest.builder()
                                .annualRatePercent(new BigDecimal("100.01"))
                                .build())),
                "INVALID_REMEDY",
                "obligations[5].remedies[1].annualRatePercent",
                "obligation 'penalty-fee': remedy INTEREST rate 100.01 is out of range; expected more than 0 and at"
                        + " most 100");
    }

    @Test
    void validate_penaltyWithoutPerAndCap_reportsEachMissingAttribute() {
        // A penalty without 'per' cannot be built at all (the validator once reported "needs 'per'").
        assertThatThrownBy(
                        () -> Remedy.Penalty.builder().percent(BigDecimal.ONE).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("[per]");
        // One without a cap is built, so that a document lacking it is read, and reported with its other problems.
        List<Problem> problems = problems(withObligation(
                5,
                o -> o.addRemedies(Remedy.Penalty.builder()
                        .percent(BigDecimal.ONE)
                        .per(Span.ofCalendarDays(1))
                        .build())));
        assertThat(problems)
                .extracting(Problem::code, Problem::path, Problem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "INVALID_REMEDY",
                        "obligations[5].remedies[1].capPercent",
                        "obligation 'penalty-fee': remedy PENALTY needs 'capPercent'"));
    }

    @Test
    void validate_penaltyPerZero_reportsInvalidRemedy() {
        assertProblem(
                withObligation(
                        5,
                        o -> o.remedies(List.of(Remedy.Penalty.builder()
                                .percent(BigDecimal.ONE)
                                .capPercent(BigDecimal.TEN)
                                .per(Span.ofCalendarDays(0))
                                .build()))),
                "INVALID_REMEDY",
                "obligations[5].remedies[0].per.amount",
                "obligation 'penalty-fee': remedy PENALTY per 0 days is out of range; expected 1 to 3650 days");
    }

    @Test
    void validate_penaltyWithoutBaseOnDeliverable_reportsInvalidRemedy() {
        assertProblem(
                withObligation(
                        1,
                        o -> o.addRemedies(Remedy.Penalty.builder()
                                .percent(BigDecimal.ONE)
                                .capPercent(BigDecimal.TEN)
                                .per(Span.ofWeeks(1))
                                .build())),
                "INVALID_REMEDY",
                "obligations[1].remedies[0].base",
                "obligation 'build-pages': remedy PENALTY has no base and obligation 'build-pages' has no amount;"
                        + " expected a base");
    }

    @Test
    void validate_penaltyWithBaseOnDeliverable_isValid() {
        assertThat(problems(withObligation(
                        1,
                        o -> o.addRemedies(Remedy.Penalty.builder()
                                .percent(new BigDecimal("10.5"))
                                .capPercent(new BigDecimal("55"))
                                .per(Span.ofCalendarDays(2))
                                .base(Money.of("8000", "USD"))
                                .proRata(true)
                                .build()))))
                .isEmpty();
    }

    @Test
    void remedyKinds_takeOnlyTheirOwnAttributes() {
        // What the validator once reported as "does not take" (a late fee with a right or a day count, untilCured
        // on a late fee) cannot be built at all: each kind's builder sets only its own attributes.
        assertThat(attributes(Remedy.LateFee.Builder.class)).containsExactlyInAnyOrder("flat", "percent");
        assertThat(attributes(Remedy.Interest.Builder.class))
                .containsExactlyInAnyOrder("annualRatePercent", "dayCount");
        assertThat(attributes(Remedy.Penalty.Builder.class))
                .containsExactlyInAnyOrder("percent", "per", "capPercent", "base", "proRata");
        assertThat(attributes(Remedy.RemedyObligation.Builder.class)).containsExactlyInAnyOrder("obligation");
        assertThat(attributes(Remedy.Right.Builder.class)).containsExactlyInAnyOrder("right", "untilCured");
    }

    /** The attributes a builder sets: its public methods other than {@code from} and {@code build}. */
    private static java.util.Set<String> attributes(Class<?> builder) {
        return java.util.Arrays.stream(builder.getMethods())
                .filter(m -> m.getDeclaringClass() != Object.class)
                .map(java.lang.reflect.Method::getName)
                .filter(n -> !n.equals("from") && !n.equals("build"))
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void validate_rightNotUpperCase_reportsInvalidRemedy() {
        assertProblem(
                withObligation(
                        0,
                        o -> o.addRemedies(
                                Remedy.Right.builder().right("suspend work").build())),
                "INVALID_REMEDY",
                "obligations[0].remedies[0].right",
                "obligation 'provide-content': remedy RIGHT 'suspend work' is not valid; expected an upper-case word"
                        + " such as SUSPEND_WORK or TERMINATE");
    }

    @Test
    void validate_untilCuredOnlyOnTheRightToSuspendWork() {
        assertThat(problems(withObligation(
                        0,
                        o -> o.addRemedies(Remedy.Right.builder()
                                .right(Remedy.SUSPEND_WORK)
                                .untilCured(true)
                                .build()))))
                .isEmpty();
        assertProblem(
                withObligation(
                        0,
                        o -> o.addRemedies(Remedy.Right.builder()
                                .right(Remedy.TERMINATE)
                                .untilCured(true)
                                .build())),
                "INVALID_REMEDY",
                "obligations[0].remedies[0].untilCured",
                "obligation 'provide-content': remedy RIGHT 'TERMINATE' cannot end when cured; expected untilCured"
                        + " only with the right SUSPEND_WORK");
    }

    @Test
    void validate_remedyObligationNotTriggeredByBreach_reportsCode() {
        assertProblem(
                withObligation(
                        0,
                        o -> o.addRemedies(Remedy.RemedyObligation.builder()
                                .obligation(ObligationId.of("deposit"))
                                .build())),
                "REMEDY_OBLIGATION_NOT_TRIGGERED_BY_BREACH",
                "obligations[0].remedies[0].obligation",
                "obligation 'provide-content': remedy OBLIGATION names obligation 'deposit', whose trigger is on the"
                        + " effective date; expected on breach of provide-content");
    }

    // ---------------------------------------------------------------- milestones and metadata

    @Test
    void validate_milestoneTargetBeforeStart_reportsTargetBeforeStart() {
        assertProblem(
                withMilestone(1, m -> m.target(LocalDate.of(2025, 12, 31))),
                "TARGET_BEFORE_START",
                "milestones[1].target",
                "milestone 'handover': target 2025-12-31 is before the effective date 2026-03-02 of agreement"
                        + " 'web-2026'; expected that date or later");
    }

    @Test
    void validate_blankMilestoneTitle_reportsBlankText() {
        assertProblem(
                withMilestone(0, m -> m.title("")),
                "BLANK_TEXT",
                "milestones[0].title",
                "milestone 'launch': title is blank; expected some text");
    }

    @Test
    void validate_blankMetadataKey_reportsInvalidMetadata() {
        assertProblem(
                web().putMetadata(" ", "x"),
                "INVALID_METADATA",
                "metadata[' ']",
                "agreement 'web-2026': metadata key ' ' is blank; expected a non-blank key of at most 64 characters"
                        + " without control characters");
    }

    @Test
    void validate_metadataKeyWithControlCharacter_reportsInvalidMetadata() {
        Problem problem = onlyProblem(web().putMetadata("a\nb", "x"));
        assertThat(problem.code()).isEqualTo("INVALID_METADATA");
        assertThat(problem.message()).contains("contains a control character");
    }

    @Test
    void validate_emptyMetadataValue_isValid() {
        assertThat(problems(web().putMetadata("note", ""))).isEmpty();
    }

    // ---------------------------------------------------------------- performance guard

    @Test
    void validate_longPrerequisiteChain_isLinear() {
        // A chain of 5,000 obligations, each waiting on the previous one, closed into one big cycle: a quadratic
        // validator would take seconds here; this one takes milliseconds, and the deep chain must not overflow.
        Agreement base = web().build();
        List<Obligation> obligations = new ArrayList<>();
        int n = 5_000;
        for (int i = 0; i < n; i++) {
            obligations.add(AgreementFixtures.obligation("step-" + i, "studio", "client", Category.DELIVERABLE)
                    .trigger(Trigger.onEffectiveDate())
                    .deadline(DeadlineRule.ofCalendarDays(1))
                    .addFulfilledBy("step.done")
                    .addPrerequisites(ObligationId.of("step-" + ((i + n - 1) % n)))
                    .build());
        }
        long start = System.nanoTime();
        List<Problem> problems = problems(Agreement.builder()
                .from(base)
                .obligations(obligations)
                .milestones(List.of())
                .value(java.util.Optional.empty()));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("CYCLE");
            assertThat(p.path()).isEqualTo("obligations[0].prerequisites[0]");
            assertThat(p.message()).startsWith("obligation 'step-0': prerequisites form a cycle: step-0 -> step-4999");
        });
        assertThat(millis).isLessThan(2_000);
    }
}
