package dev.pacta.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.AgreementId;
import dev.pacta.core.model.Amendment;
import dev.pacta.core.model.Category;
import dev.pacta.core.model.DeadlineRule;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.EventId;
import dev.pacta.core.model.EventTime;
import dev.pacta.core.model.Milestone;
import dev.pacta.core.model.MilestoneId;
import dev.pacta.core.model.Modality;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.ObligationId;
import dev.pacta.core.model.Party;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.model.Role;
import dev.pacta.core.model.TerminationClause;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.model.Trigger;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.Finding;
import dev.pacta.core.report.FindingCodes;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.InstanceState;
import dev.pacta.core.report.MilestoneReport;
import dev.pacta.core.report.MilestoneState;
import dev.pacta.core.time.Recurrence;
import dev.pacta.core.time.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Example tests of the engine on the case studies' situations; every state and control kind with its explanation. */
class ComplianceEngineTest {
    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    static final ComplianceEngine ENGINE = ComplianceEngine.builder()
            .addRule(ComplianceRules.pointOfContactRequired())
            .addRule(ComplianceRules.recurringMissedInARow(2))
            .build();

    static Agreement.Builder agreement(Obligation... obligations) {
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
                .zone(MADRID)
                .effectiveDate(LocalDate.of(2026, 3, 2))
                .addObligations(obligations);
    }

    static Obligation.Builder duty(String id, String obligor, Trigger trigger, DeadlineRule deadline, String... kinds) {
        return Obligation.builder()
                .id(ObligationId.of(id))
                .title(id.replace('-', ' '))
                .category(Category.OTHER)
                .obligor(PartyId.of(obligor))
                .beneficiary(PartyId.of(obligor.equals("client") ? "studio" : "client"))
                .trigger(trigger)
                .deadline(deadline)
                .addFulfilledBy(kinds);
    }

    static Obligation approveMockup() {
        return duty(
                        "approve-mockup",
                        "client",
                        Trigger.onEvent("mockup.submitted"),
                        DeadlineRule.ofBusinessDays(2),
                        "mockup.approved")
                .category(Category.APPROVAL)
                .build();
    }

    static Event event(String id, String date, String kind, String actor) {
        return Event.of(id, LocalDate.parse(date), kind, actor);
    }

    static Event control(String id, String date, String kind, String actor, String ref) {
        return Event.builder().from(event(id, date, kind, actor)).ref(ref).build();
    }

    static ComplianceReport evaluate(Agreement agreement, String asOf, Event... events) {
        return ENGINE.evaluate(agreement, Timeline.of(List.of(events)), LocalDate.parse(asOf));
    }

    static InstanceReport instance(ComplianceReport report, String id) {
        return report.instance(id).orElseThrow(() -> new AssertionError("no instance " + id + " in " + report));
    }

    static List<String> codes(ComplianceReport report) {
        return report.findings().stream().map(Finding::code).toList();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Web development: approvals within 2 business days of each submission

    @Test
    void approval_oneBusinessDayLate_fulfilledLateWithExplanation() {
        ComplianceReport r = evaluate(
                agreement(approveMockup()).build(),
                "2026-03-10",
                event("e12", "2026-03-04", "mockup.submitted", "studio"),
                event("e15", "2026-03-09", "mockup.approved", "client"));
        InstanceReport i = instance(r, "approve-mockup#1");
        assertThat(i.state()).isEqualTo(InstanceState.FULFILLED_LATE);
        assertThat(i.dueDate()).contains(LocalDate.of(2026, 3, 6));
        assertThat(i.lateness()).hasValueSatisfying(l -> {
            assertThat(l.amount()).isEqualTo(1);
            assertThat(l.unit()).isEqualTo(Span.Unit.BUSINESS_DAYS);
        });
        assertThat(i.explanation())
                .isEqualTo("due Fri 2026-03-06: 2 business days after mockup.submitted (e12, Wed 2026-03-04); "
                        + "mockup.approved by e15 on Mon 2026-03-09, 1 business day late");
    }

    @Test
    void approvals_eachSubmissionIsAnInstance_fifoMatching() {
        ComplianceReport r = evaluate(
                agreement(approveMockup()).build(),
                "2026-03-12",
                event("e1", "2026-03-02", "mockup.submitted", "studio"),
                event("e2", "2026-03-03", "mockup.submitted", "studio"),
                event("e3", "2026-03-03", "mockup.approved", "client"),
                event("e4", "2026-03-11", "mockup.submitted", "studio"));
        assertThat(instance(r, "approve-mockup#1").state()).isEqualTo(InstanceState.FULFILLED);
        assertThat(instance(r, "approve-mockup#1").explanation())
                .endsWith("mockup.approved by e3 on Tue 2026-03-03, on time");
        assertThat(instance(r, "approve-mockup#2").state()).isEqualTo(InstanceState.BREACHED);
        assertThat(instance(r, "approve-mockup#2").explanation())
                .isEqualTo("due Thu 2026-03-05: 2 business days after mockup.submitted (e2, Tue 2026-03-03); "
                        + "not fulfilled as of Thu 2026-03-12: breached on Fri 2026-03-06, 5 business days late");
        assertThat(instance(r, "approve-mockup#3").state()).isEqualTo(InstanceState.UPCOMING);
        assertThat(instance(r, "approve-mockup#3").explanation()).endsWith("not fulfilled yet, due Fri 2026-03-13");
        assertThat(r.upcoming())
                .extracting(InstanceReport::id)
                .extracting(Object::toString)
                .containsExactly("approve-mockup#3");
        assertThat(codes(r)).containsExactly(FindingCodes.BREACH);
    }

    @Test
    void approval_refToTriggeringEvent_fulfilsThatInstanceNotTheOldest() {
        ComplianceReport r = evaluate(
                agreement(approveMockup()).build(),
                "2026-03-04",
                event("e1", "2026-03-02", "mockup.submitted", "studio"),
                event("e2", "2026-03-03", "mockup.submitted", "studio"),
                control("e3", "2026-03-03", "mockup.approved", "client", "e2"));
        assertThat(instance(r, "approve-mockup#1").state()).isEqualTo(InstanceState.UPCOMING);
        assertThat(instance(r, "approve-mockup#2").state()).isEqualTo(InstanceState.FULFILLED);
    }

    /**
     * The engine applies a timeline in input order when that already is its order. An approval listed before the
     * same-day submission it names is not: the tie rule puts it after the submission, so it fulfils that instance.
     */
    @Test
    void approval_listedBeforeTheSameDaySubmissionItNames_isAppliedAfterIt() {
        Agreement a = agreement(approveMockup()).build();
        Event submitted = event("e1", "2026-03-03", "mockup.submitted", "studio");
        Event approved = control("e2", "2026-03-03", "mockup.approved", "client", "e1");
        ComplianceReport listedAfter = evaluate(a, "2026-03-04", submitted, approved);
        ComplianceReport listedBefore = evaluate(a, "2026-03-04", approved, submitted);
        assertThat(instance(listedBefore, "approve-mockup#1").state()).isEqualTo(InstanceState.FULFILLED);
        assertThat(instance(listedBefore, "approve-mockup#1").fulfilledBy()).contains(approved.id());
        assertThat(listedBefore).isEqualTo(listedAfter);
    }

    @Test
    void approval_byTheWrongParty_fulfilsNothing() {
        ComplianceReport r = evaluate(
                agreement(approveMockup()).build(),
                "2026-03-03",
                event("e1", "2026-03-02", "mockup.submitted", "studio"),
                event("e2", "2026-03-03", "mockup.approved", "studio"));
        assertThat(instance(r, "approve-mockup#1").state()).isEqualTo(InstanceState.UPCOMING);
    }

    @Test
    void notTriggered_noSubmissionYet_isNeverABreach() {
        ComplianceReport r = evaluate(agreement(approveMockup()).build(), "2026-06-01");
        InstanceReport i = instance(r, "approve-mockup#1");
        assertThat(i.state()).isEqualTo(InstanceState.NOT_TRIGGERED);
        assertThat(i.explanation()).isEqualTo("comes into force with each mockup.submitted event; none yet");
        assertThat(r.findings()).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Grace: OVERDUE, then BREACHED

    static Obligation content() {
        return duty(
                        "provide-content",
                        "client",
                        Trigger.onEffectiveDate(),
                        DeadlineRule.onDate(LocalDate.of(2026, 3, 6)),
                        "content.delivered")
                .category(Category.RESOURCES)
                .grace(Span.ofBusinessDays(2))
                .build();
    }

    @Test
    void grace_upcoming_theNextChangeIsWhenItBecomesOverdue_notWhenItIsBreached() {
        ComplianceReport upcoming = evaluate(agreement(content()).build(), "2026-03-04");
        assertThat(instance(upcoming, "provide-content#1").state()).isEqualTo(InstanceState.UPCOMING);
        assertThat(upcoming.nextChange())
                .contains(LocalDate.of(2026, 3, 7).atStartOfDay(MADRID).toInstant());
    }

    @Test
    void grace_withinGrace_overdue_thenBreached() {
        Agreement a = agreement(content()).build();
        ComplianceReport overdue = evaluate(a, "2026-03-09");
        InstanceReport i = instance(overdue, "provide-content#1");
        assertThat(i.state()).isEqualTo(InstanceState.OVERDUE);
        assertThat(i.explanation())
                .isEqualTo("due Fri 2026-03-06: fixed date; grace 2 business days; "
                        + "not fulfilled as of Mon 2026-03-09: 3 days late, within grace (grace until Tue 2026-03-10)");
        assertThat(codes(overdue)).containsExactly(FindingCodes.OVERDUE);
        assertThat(overdue.nextChange())
                .contains(LocalDate.of(2026, 3, 11).atStartOfDay(MADRID).toInstant());

        ComplianceReport breached = evaluate(a, "2026-03-11");
        assertThat(instance(breached, "provide-content#1").state()).isEqualTo(InstanceState.BREACHED);
        assertThat(instance(breached, "provide-content#1").explanation())
                .endsWith("not fulfilled as of Wed 2026-03-11: breached on Wed 2026-03-11, 5 days late");
    }

    @Test
    void grace_fulfilledWithinGrace_lateButWithinGrace() {
        ComplianceReport r = evaluate(
                agreement(content()).build(), "2026-03-20", event("e1", "2026-03-10", "content.delivered", "client"));
        InstanceReport i = instance(r, "provide-content#1");
        assertThat(i.state()).isEqualTo(InstanceState.FULFILLED_LATE);
        assertThat(i.lateness())
                .hasValueSatisfying(l -> assertThat(l.withinGrace()).isTrue());
        assertThat(i.explanation()).endsWith("content.delivered by e1 on Tue 2026-03-10, 4 days late, within grace");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Weekly check-in: recurring, time-bound; missed twice in a row

    static Obligation checkIn() {
        return duty(
                        "weekly-check-in",
                        "studio",
                        Trigger.recurring(Recurrence.builder()
                                .frequency(Recurrence.Frequency.WEEKLY)
                                .dayOfWeek(DayOfWeek.MONDAY)
                                .count(4)
                                .build()),
                        DeadlineRule.ofCalendarDays(4),
                        "check-in.held")
                .category(Category.MEETING)
                .timeBound(true)
                .build();
    }

    @Test
    void checkIn_heldInWeekThree_fulfilsWeekThreeNotWeekOne() {
        ComplianceReport r = evaluate(
                agreement(checkIn()).build(), "2026-03-27", event("e1", "2026-03-18", "check-in.held", "studio"));
        assertThat(r.instances())
                .extracting(i -> i.id() + "=" + i.state())
                .containsExactly(
                        "weekly-check-in#1=BREACHED",
                        "weekly-check-in#2=BREACHED",
                        "weekly-check-in#3=FULFILLED",
                        "weekly-check-in#4=UPCOMING");
        assertThat(instance(r, "weekly-check-in#3").explanation())
                .isEqualTo("due Fri 2026-03-20: 4 days after the period starting Mon 2026-03-16; "
                        + "check-in.held by e1 on Wed 2026-03-18, on time");
        assertThat(codes(r)).contains(ComplianceRules.RECURRING_MISSED_IN_A_ROW);
        assertThat(r.findings())
                .filteredOn(f -> f.code().equals(ComplianceRules.RECURRING_MISSED_IN_A_ROW))
                .singleElement()
                .satisfies(f -> assertThat(f.message())
                        .isEqualTo("'weekly-check-in' (weekly check in) by studio was missed 2 times in a row: "
                                + "[weekly-check-in#1, weekly-check-in#2]"));
    }

    @Test
    void checkIn_timeBound_lateCheckInFulfilsNothing() {
        ComplianceReport r = evaluate(
                agreement(checkIn()).build(), "2026-03-11", event("e1", "2026-03-07", "check-in.held", "studio"));
        // Saturday 03-07 is after week 1's deadline (Fri 03-06) and before week 2 starts: nothing can accept it.
        assertThat(instance(r, "weekly-check-in#1").state()).isEqualTo(InstanceState.BREACHED);
        assertThat(codes(r)).contains(FindingCodes.UNMATCHED_EVENT);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Confidentiality (MUST_NOT) and termination

    static Obligation confidentiality() {
        return duty("confidentiality", "client", Trigger.onEffectiveDate(), DeadlineRule.open(), "code.disclosed")
                .category(Category.CONFIDENTIALITY)
                .modality(Modality.MUST_NOT)
                .survivesTermination(true)
                .build();
    }

    @Test
    void mustNot_disclosure_breachedAtThatInstant() {
        ComplianceReport r = evaluate(
                agreement(confidentiality()).build(),
                "2026-04-01",
                event("e40", "2026-03-20", "code.disclosed", "client"));
        InstanceReport i = instance(r, "confidentiality#1");
        assertThat(i.state()).isEqualTo(InstanceState.BREACHED);
        assertThat(i.fulfilledBy()).contains(EventId.of("e40"));
        assertThat(i.explanation())
                .isEqualTo("must not code.disclosed from the effective date (Mon 2026-03-02), surviving termination; "
                        + "breached by e40 on Fri 2026-03-20");
        assertThat(codes(r)).containsExactly(FindingCodes.BREACH);
    }

    @Test
    void mustNot_noAct_upcomingUntilWindowCloses_thenFulfilled() {
        Obligation nda = Obligation.builder()
                .from(confidentiality())
                .survivesTermination(false)
                .build();
        Agreement a = agreement(nda).endDate(LocalDate.of(2026, 6, 30)).build();
        assertThat(instance(evaluate(a, "2026-06-30"), "confidentiality#1").state())
                .isEqualTo(InstanceState.UPCOMING);
        ComplianceReport after = evaluate(a, "2026-07-01");
        assertThat(instance(after, "confidentiality#1").state()).isEqualTo(InstanceState.FULFILLED);
        assertThat(instance(after, "confidentiality#1").explanation())
                .endsWith("kept: window closed on Tue 2026-06-30");
    }

    @Test
    void termination_cancelsNotYetDue_keepsBreaches_confidentialitySurvives() {
        // The studio may terminate for convenience on no notice: the agreement ends at the end of the day.
        Agreement a = agreement(approveMockup(), confidentiality(), content())
                .addTerminationClauses(TerminationClause.of(Optional.of(PartyId.of("studio")), Span.ofCalendarDays(0)))
                .build();
        ComplianceReport r = evaluate(
                a,
                "2026-04-01",
                event("e1", "2026-03-16", "mockup.submitted", "studio"),
                event("e30", "2026-03-17", "termination", "studio"),
                event("e31", "2026-03-18", "mockup.submitted", "studio"),
                event("e40", "2026-03-25", "code.disclosed", "client"));
        assertThat(instance(r, "approve-mockup#1").state()).isEqualTo(InstanceState.CANCELLED);
        assertThat(instance(r, "approve-mockup#1").explanation())
                .endsWith("cancelled: the agreement was terminated by studio for convenience (e30, Tue 2026-03-17),"
                        + " with a notice of 0 days ending Tue 2026-03-17");
        // Content was due 03-06 and breached on 03-11, before the termination: the breach stays.
        assertThat(instance(r, "provide-content#1").state()).isEqualTo(InstanceState.BREACHED);
        // No new instance after termination.
        assertThat(r.instances()).extracting(i -> i.id().toString()).doesNotContain("approve-mockup#2");
        assertThat(instance(r, "confidentiality#1").state()).isEqualTo(InstanceState.BREACHED);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Control events: waiver, extension, suspension/resumption, notice, amendment

    @Test
    void waiver_byBeneficiary_waived() {
        ComplianceReport r = evaluate(
                agreement(content()).build(),
                "2026-03-20",
                control("e9", "2026-03-05", "waiver", "studio", "provide-content#1"));
        InstanceReport i = instance(r, "provide-content#1");
        assertThat(i.state()).isEqualTo(InstanceState.WAIVED);
        assertThat(i.explanation())
                .isEqualTo(
                        "due Fri 2026-03-06: fixed date; grace 2 business days; waived by studio (e9, Thu 2026-03-05)");
    }

    @Test
    void waiver_byObligor_ignoredWithFinding() {
        ComplianceReport r = evaluate(
                agreement(content()).build(),
                "2026-03-20",
                control("e9", "2026-03-05", "waiver", "client", "provide-content#1"));
        assertThat(instance(r, "provide-content#1").state()).isEqualTo(InstanceState.BREACHED);
        Finding f = r.findings().get(0);
        assertThat(f.code()).isEqualTo(FindingCodes.UNAUTHORISED_WAIVER);
        assertThat(f.evidence()).containsExactly(EventId.of("e9"));
        assertThat(f.message())
                .isEqualTo(
                        "waiver e9 by 'client' of provide-content#1 ignored: only the beneficiary 'studio' may do that");
    }

    @Test
    void waiver_dangling_ignoredWithFinding() {
        ComplianceReport r = evaluate(
                agreement(content()).build(),
                "2026-03-05",
                control("e9", "2026-03-05", "waiver", "studio", "provide-content#7"));
        assertThat(instance(r, "provide-content#1").state()).isEqualTo(InstanceState.UPCOMING);
        assertThat(r.findings()).extracting(Finding::code).containsExactly(FindingCodes.DANGLING_REFERENCE);
    }

    @Test
    void extension_granted_newDeadlineMakesItOnTime() {
        Event extension = Event.builder()
                .from(control("e20", "2026-03-05", "extension", "studio", "provide-content#1"))
                .until(LocalDate.of(2026, 3, 13))
                .build();
        ComplianceReport r = evaluate(
                agreement(content()).build(),
                "2026-03-20",
                extension,
                event("e21", "2026-03-12", "content.delivered", "client"));
        InstanceReport i = instance(r, "provide-content#1");
        assertThat(i.state()).isEqualTo(InstanceState.FULFILLED);
        assertThat(i.dueDate()).contains(LocalDate.of(2026, 3, 13));
        assertThat(i.explanation())
                .isEqualTo("due Fri 2026-03-06: fixed date; grace 2 business days; "
                        + "extended to Fri 2026-03-13 by studio (e20, Thu 2026-03-05); "
                        + "content.delivered by e21 on Thu 2026-03-12, on time");
    }

    @Test
    void extension_byObligor_ignored() {
        Event extension = Event.builder()
                .from(control("e20", "2026-03-05", "extension", "client", "provide-content#1"))
                .by(Span.ofCalendarDays(7))
                .build();
        ComplianceReport r = evaluate(agreement(content()).build(), "2026-03-09", extension);
        assertThat(instance(r, "provide-content#1").dueDate()).contains(LocalDate.of(2026, 3, 6));
        assertThat(codes(r)).contains(FindingCodes.UNAUTHORISED_EXTENSION);
    }

    @Test
    void suspension_thenResumption_deadlineMovesBySuspendedDays() {
        Agreement a = agreement(content()).build();
        Event suspend = control("e21", "2026-03-04", "suspension", "studio", "provide-content#1");
        Event resume = control("e22", "2026-03-09", "resumption", "studio", "provide-content#1");
        ComplianceReport during = evaluate(a, "2026-03-06", suspend);
        assertThat(instance(during, "provide-content#1").state()).isEqualTo(InstanceState.SUSPENDED);
        assertThat(instance(during, "provide-content#1").explanation())
                .endsWith("suspended by studio (e21, Wed 2026-03-04)");

        ComplianceReport after = evaluate(a, "2026-03-10", suspend, resume);
        InstanceReport i = instance(after, "provide-content#1");
        assertThat(i.state()).isEqualTo(InstanceState.UPCOMING);
        assertThat(i.dueDate()).contains(LocalDate.of(2026, 3, 11));
        assertThat(i.explanation())
                .contains("suspended by studio (e21, Wed 2026-03-04) and resumed (e22, Mon 2026-03-09): "
                        + "deadline moved 5 days to Wed 2026-03-11");
    }

    @Test
    void resumption_byAnotherParty_ignored() {
        ComplianceReport r = evaluate(
                agreement(content()).build(),
                "2026-03-10",
                control("e21", "2026-03-04", "suspension", "studio", "provide-content#1"),
                control("e22", "2026-03-09", "resumption", "client", "provide-content#1"));
        assertThat(instance(r, "provide-content#1").state()).isEqualTo(InstanceState.SUSPENDED);
        assertThat(codes(r)).containsExactly(FindingCodes.UNAUTHORISED_RESUMPTION);
    }

    @Test
    void notice_recordedOnInstance() {
        ComplianceReport r = evaluate(
                agreement(content()).build(),
                "2026-03-05",
                Event.builder()
                        .from(control("e8", "2026-03-04", "notice", "client", "provide-content#1"))
                        .note("photos will be two days late")
                        .build());
        assertThat(instance(r, "provide-content#1").notices()).containsExactly(EventId.of("e8"));
        assertThat(r.findings())
                .singleElement()
                .satisfies(f -> assertThat(f.message())
                        .isEqualTo("notice e8 by 'client' on provide-content#1 (Wed 2026-03-04): "
                                + "photos will be two days late"));
        assertThat(instance(r, "provide-content#1").explanation())
                .isEqualTo("due Fri 2026-03-06: fixed date; grace 2 business days; notice e8 by client on Wed "
                        + "2026-03-04; not fulfilled yet, due Fri 2026-03-06");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Social-media retainer: each post approved within two business days; a monthly invoice

    static Agreement retainer() {
        Obligation approvePost = duty(
                        "approve-post",
                        "client",
                        Trigger.onEvent("post.drafted"),
                        DeadlineRule.ofBusinessDays(2),
                        "post.approved")
                .category(Category.APPROVAL)
                .build();
        Obligation invoice = duty(
                        "monthly-invoice",
                        "client",
                        Trigger.recurring(Recurrence.builder()
                                .frequency(Recurrence.Frequency.MONTHLY)
                                .count(3)
                                .build()),
                        DeadlineRule.ofCalendarDays(15),
                        "payment")
                .category(Category.PAYMENT)
                .amount(dev.pacta.core.money.Money.of("1500.00", "EUR"))
                .fulfilledBy(List.of())
                .build();
        return agreement(approvePost, invoice).build();
    }

    static Event paid(String id, String date, String amount) {
        return Event.builder()
                .from(event(id, date, "payment", "client"))
                .amount(dev.pacta.core.money.Money.of(amount, "EUR"))
                .build();
    }

    @Test
    void socialMediaRetainer_postsApprovedWithinTwoBusinessDays_postsGoOutOnTime() {
        ComplianceReport r = evaluate(
                retainer(),
                "2026-03-20",
                event("p1", "2026-03-02", "post.drafted", "studio"),
                event("a1", "2026-03-03", "post.approved", "client"),
                event("p2", "2026-03-05", "post.drafted", "studio"), // Thu: due Mon 03-09
                event("a2", "2026-03-09", "post.approved", "client"),
                event("p3", "2026-03-12", "post.drafted", "studio"), // Thu: due Mon 03-16, never approved
                event("p4", "2026-03-19", "post.drafted", "studio"));
        assertThat(r.instances())
                .filteredOn(i -> i.obligation().value().equals("approve-post"))
                .extracting(i -> i.id() + "=" + i.state())
                .containsExactly(
                        "approve-post#1=FULFILLED",
                        "approve-post#2=FULFILLED",
                        "approve-post#3=BREACHED",
                        "approve-post#4=UPCOMING");
        assertThat(instance(r, "approve-post#2").explanation())
                .isEqualTo("due Mon 2026-03-09: 2 business days after post.drafted (p2, Thu 2026-03-05); "
                        + "post.approved by a2 on Mon 2026-03-09, on time");
        // Two posts approved on time; one post and March's unpaid invoice breached: 2 of 4.
        assertThat(r.scorecard(PartyId.of("client")).orElseThrow().onTimeRate())
                .contains(new java.math.BigDecimal("50.0"));
    }

    @Test
    void monthlyInvoices_paidLateThenOnTime_andNextMonthUpcoming() {
        ComplianceReport r = evaluate(
                retainer(),
                "2026-05-10",
                paid("m1", "2026-03-20", "1500.00"), // March's invoice, due 03-17: 3 days late
                paid("m2", "2026-04-10", "1500.00"));
        assertThat(r.instances())
                .filteredOn(i -> i.obligation().value().equals("monthly-invoice"))
                .extracting(i -> i.id() + "=" + i.state())
                .containsExactly(
                        "monthly-invoice#1=FULFILLED_LATE",
                        "monthly-invoice#2=FULFILLED",
                        "monthly-invoice#3=UPCOMING");
        assertThat(instance(r, "monthly-invoice#1").explanation())
                .isEqualTo("due Tue 2026-03-17: 15 days after the period starting Mon 2026-03-02; "
                        + "payment by m1 on Fri 2026-03-20, 3 days late");
        assertThat(instance(r, "monthly-invoice#3").payment().orElseThrow().outstanding())
                .isEqualTo(dev.pacta.core.money.Money.of("1500.00", "EUR"));
        assertThat(r.upcoming()).extracting(i -> i.id().toString()).containsExactly("monthly-invoice#3");
    }

    static Milestone launch() {
        return Milestone.builder()
                .id(MilestoneId.of("launch"))
                .title("Launch")
                .target(LocalDate.of(2026, 3, 13))
                .addRequires(ObligationId.of("build-site"))
                .build();
    }

    static Obligation buildSite() {
        return duty(
                        "build-site",
                        "studio",
                        Trigger.onEffectiveDate(),
                        DeadlineRule.onDate(LocalDate.of(2026, 3, 13)),
                        "site.delivered")
                .category(Category.DELIVERABLE)
                .build();
    }

    @Test
    void milestone_reachedLate_thenAmendmentRebaselinesIt() {
        Agreement a = agreement(buildSite()).addMilestones(launch()).build();
        Event delivered = event("e5", "2026-03-18", "site.delivered", "studio");
        ComplianceReport late = evaluate(a, "2026-03-20", delivered);
        MilestoneReport m = late.milestones().get(0);
        assertThat(m.state()).isEqualTo(MilestoneState.REACHED_LATE);
        assertThat(m.daysLate()).contains(3L);
        assertThat(m.explanation())
                .isEqualTo("target Fri 2026-03-13; reached on Wed 2026-03-18 (e5), 3 business days late");

        Event amendment = Event.builder()
                .from(event("e4", "2026-03-10", "amendment", "client"))
                .amendment(Amendment.builder()
                        .putMilestoneTargets(MilestoneId.of("launch"), LocalDate.of(2026, 3, 20))
                        .addSignedBy(PartyId.of("studio"))
                        .build())
                .build();
        ComplianceReport rebaselined = evaluate(a, "2026-03-20", amendment, delivered);
        MilestoneReport m2 = rebaselined.milestones().get(0);
        assertThat(m2.state()).isEqualTo(MilestoneState.REACHED);
        assertThat(m2.target()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(m2.explanation())
                .isEqualTo("target Fri 2026-03-20; target moved from Fri 2026-03-13 to Fri 2026-03-20 by amendment e4 "
                        + "(Tue 2026-03-10); reached on Wed 2026-03-18 (e5)");
    }

    @Test
    void milestone_atRiskThenMissed() {
        Obligation early = Obligation.builder()
                .from(buildSite())
                .deadline(DeadlineRule.onDate(LocalDate.of(2026, 3, 6)))
                .build();
        Agreement a = agreement(early).addMilestones(launch()).build();
        assertThat(evaluate(a, "2026-03-02").milestones().get(0).state()).isEqualTo(MilestoneState.PENDING);
        MilestoneReport risk = evaluate(a, "2026-03-09").milestones().get(0);
        assertThat(risk.state()).isEqualTo(MilestoneState.AT_RISK);
        assertThat(risk.explanation()).isEqualTo("target Fri 2026-03-13; at risk: build-site#1 is breached");
        MilestoneReport missed = evaluate(a, "2026-03-17").milestones().get(0);
        assertThat(missed.state()).isEqualTo(MilestoneState.MISSED);
        assertThat(missed.daysLate()).contains(2L);
    }

    @Test
    void amendment_addsAndRemovesObligations() {
        Obligation review = duty(
                        "weekly-report",
                        "studio",
                        Trigger.onEffectiveDate(),
                        DeadlineRule.ofBusinessDays(3),
                        "report.sent")
                .build();
        Event amendment = Event.builder()
                .from(event("e4", "2026-03-04", "amendment", "client"))
                .amendment(Amendment.builder()
                        .addAddObligations(review)
                        .addRemoveObligations(ObligationId.of("provide-content"))
                        .addSignedBy(PartyId.of("studio"))
                        .build())
                .build();
        ComplianceReport r = evaluate(agreement(content()).build(), "2026-03-05", amendment);
        assertThat(instance(r, "provide-content#1").state()).isEqualTo(InstanceState.CANCELLED);
        assertThat(instance(r, "provide-content#1").explanation())
                .endsWith("cancelled: removed by amendment e4 (Wed 2026-03-04)");
        InstanceReport added = instance(r, "weekly-report#1");
        assertThat(added.state()).isEqualTo(InstanceState.UPCOMING);
        assertThat(added.dueDate()).contains(LocalDate.of(2026, 3, 9));
        assertThat(added.explanation())
                .startsWith("due Mon 2026-03-09: 3 business days after the amendment that added it (Wed 2026-03-04)");
    }

    @Test
    void amendment_invalid_ignoredWithFinding() {
        Event amendment = Event.builder()
                .from(event("e4", "2026-03-04", "amendment", "client"))
                .amendment(Amendment.builder()
                        .addRemoveObligations(ObligationId.of("no-such-duty"))
                        .build())
                .build();
        ComplianceReport r = evaluate(agreement(content()).build(), "2026-03-05", amendment);
        assertThat(instance(r, "provide-content#1").state()).isEqualTo(InstanceState.UPCOMING);
        assertThat(r.findings())
                .singleElement()
                .satisfies(f -> assertThat(f.message())
                        .isEqualTo("amendment e4 by 'client' ignored: obligation 'no-such-duty' does not exist or was "
                                + "already removed"));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Chaining, time deadlines, custom rules, causality, incremental

    @Test
    void onFulfilment_chainsANewInstanceAnchoredAtTheFulfilment() {
        Obligation invoice = duty(
                        "send-invoice",
                        "studio",
                        Trigger.onFulfilment(ObligationId.of("build-site")),
                        DeadlineRule.ofHours(24),
                        "invoice.sent")
                .build();
        Event delivered = Event.builder()
                .id(EventId.of("e5"))
                .at(EventTime.parse("2026-03-12T10:00:00+01:00"))
                .kind("site.delivered")
                .actor(PartyId.of("studio"))
                .build();
        Event invoiced = Event.builder()
                .id(EventId.of("e6"))
                .at(EventTime.parse("2026-03-13T11:30:00+01:00"))
                .kind("invoice.sent")
                .actor(PartyId.of("studio"))
                .build();
        ComplianceReport r = evaluate(agreement(buildSite(), invoice).build(), "2026-03-14", delivered, invoiced);
        InstanceReport i = instance(r, "send-invoice#1");
        assertThat(i.state()).isEqualTo(InstanceState.FULFILLED_LATE);
        assertThat(i.lateness()).hasValueSatisfying(l -> {
            assertThat(l.amount()).isEqualTo(2);
            assertThat(l.unit()).isEqualTo(Span.Unit.HOURS);
        });
        assertThat(i.explanation())
                .isEqualTo(
                        "due 2026-03-13T10:00+01:00: 24 hours after fulfilment of build-site#1 (e5, Thu 2026-03-12); "
                                + "invoice.sent by e6 on Fri 2026-03-13, 2 hours late");
    }

    @Test
    void pointOfContactRule_reportsPartyWithoutContact() {
        Agreement a = agreement(content())
                .parties(List.of(
                        Party.of("client", "Acme Bakery", Role.CLIENT),
                        Party.builder()
                                .id(PartyId.of("studio"))
                                .name("Pixel Studio")
                                .role(Role.PROVIDER)
                                .contact("Bo Lind")
                                .build()))
                .build();
        ComplianceReport r = evaluate(a, "2026-03-03");
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(ComplianceRules.NO_POINT_OF_CONTACT);
            assertThat(f.message())
                    .isEqualTo("party 'client' (Acme Bakery, CLIENT) has no designated point of contact");
        });
    }

    @Test
    void causality_eventsAfterAsOfAreInvisible() {
        Agreement a = agreement(approveMockup()).build();
        Event submitted = event("e1", "2026-03-02", "mockup.submitted", "studio");
        Event approved = event("e2", "2026-03-20", "mockup.approved", "client");
        assertThat(evaluate(a, "2026-03-10", submitted, approved)).isEqualTo(evaluate(a, "2026-03-10", submitted));
    }

    @Test
    void incremental_appendEqualsFullEvaluation_evenOutOfOrder() {
        Agreement a = agreement(approveMockup(), content(), checkIn()).build();
        List<Event> events = new ArrayList<>(List.of(
                event("e1", "2026-03-02", "mockup.submitted", "studio"),
                event("e3", "2026-03-09", "check-in.held", "studio"),
                event("e2", "2026-03-05", "mockup.approved", "client"),
                event("e4", "2026-03-10", "content.delivered", "client")));
        Evaluation ev = ENGINE.start(a);
        LocalDate asOf = LocalDate.of(2026, 3, 12);
        for (Event e : events) {
            ev.append(e);
            assertThat(ev.report(asOf)).isEqualTo(ENGINE.evaluate(a, ev.timeline(), asOf));
        }
        assertThat(ev.report(LocalDate.of(2026, 3, 6)))
                .isEqualTo(ENGINE.evaluate(a, Timeline.of(events), LocalDate.of(2026, 3, 6)));
    }

    @Test
    void unknownActor_ignoredWithFinding() {
        ComplianceReport r = evaluate(
                agreement(content()).build(), "2026-03-05", event("e1", "2026-03-04", "content.delivered", "stranger"));
        assertThat(instance(r, "provide-content#1").state()).isEqualTo(InstanceState.UPCOMING);
        assertThat(codes(r)).containsExactly(FindingCodes.UNKNOWN_ACTOR);
    }
}
