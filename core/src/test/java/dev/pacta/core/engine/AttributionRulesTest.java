package dev.pacta.core.engine;

import static dev.pacta.core.engine.ResponsibilityTest.CLIENT;
import static dev.pacta.core.engine.ResponsibilityTest.STUDIO;
import static dev.pacta.core.engine.ResponsibilityTest.agreement;
import static dev.pacta.core.engine.ResponsibilityTest.duty;
import static dev.pacta.core.engine.ResponsibilityTest.evaluate;
import static dev.pacta.core.engine.ResponsibilityTest.instance;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.AgreementId;
import dev.pacta.core.model.Category;
import dev.pacta.core.model.DeadlineRule;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.ObligationId;
import dev.pacta.core.model.Party;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.model.Role;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.model.Trigger;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.Finding;
import dev.pacta.core.report.FindingCodes;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.InstanceState;
import dev.pacta.core.report.MilestoneReport;
import dev.pacta.core.report.MilestoneState;
import dev.pacta.core.time.BusinessCalendar;
import dev.pacta.core.time.CalendarId;
import dev.pacta.core.time.CalendarSource;
import dev.pacta.core.time.LocalDateRange;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Who a delay is attributed to (chapter "Dependencies, excused delay and responsibility" of the design), in the cases
 * {@link ResponsibilityTest} leaves out: chains of waiting duties, ties, the cap at a milestone's days late, the chain
 * of causes behind an acceptance, and delay in days the business calendar does not cover. March 2026: Monday the 2nd.
 */
class AttributionRulesTest {
    static final PartyId HOST = PartyId.of("host");

    static LocalDate day(int dayOfMarch) {
        return LocalDate.of(2026, 3, dayOfMarch);
    }

    static DeadlineRule on(int dayOfMarch) {
        return DeadlineRule.onDate(day(dayOfMarch));
    }

    static Event done(String id, int dayOfMarch, String kind, PartyId actor) {
        return Event.of(id, day(dayOfMarch), kind, actor.value());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Instances blocked by late prerequisites

    @Test
    void aChainOfWaitingDuties_theDelayIsThePartyAtTheEndOfTheChain() {
        // brief (client) -> design (studio) -> approve (client); nothing done: the studio's design waits on the
        // client's brief, so the approval waits on the client's own brief, not on the studio.
        Agreement a = agreement(
                day(31),
                List.of("approve"),
                duty("brief", CLIENT, on(4), "brief.sent"),
                duty("design", STUDIO, on(6), "design.sent", "brief"),
                duty("approve", CLIENT, on(10), "design.approved", "design"));
        ComplianceReport r = evaluate(a, "2026-03-12");
        InstanceReport approve = instance(r, "approve#1");
        assertThat(approve.state()).isEqualTo(InstanceState.BLOCKED);
        assertThat(approve.blockedBy()).extracting(Object::toString).containsExactly("design#1");
        // Fixed-date deadlines count calendar days: from the brief's Wed 03-04 to Thu 03-12.
        assertThat(approve.attribution()).isEqualTo(Map.of(CLIENT, 8L));
        assertThat(instance(r, "design#1").attribution()).isEqualTo(Map.of(CLIENT, 8L));
    }

    @Test
    void blockedOnlyOverAWeekend_noBusinessDayOfDelay_nothingIsAttributed() {
        Agreement a = agreement(
                day(31),
                List.of("build-site"),
                duty("provide-content", CLIENT, on(6), "content.delivered"),
                duty("build-site", STUDIO, DeadlineRule.ofBusinessDays(14), "site.delivered", "provide-content"));
        ComplianceReport r = evaluate(a, "2026-03-07"); // the Saturday after the content was due
        InstanceReport build = instance(r, "build-site#1");
        assertThat(build.state()).isEqualTo(InstanceState.BLOCKED);
        assertThat(build.attribution()).isEmpty();
        assertThat(evaluate(a, "2026-03-09")
                        .instance("build-site#1")
                        .orElseThrow()
                        .attribution())
                .isEqualTo(Map.of(CLIENT, 1L));
    }

    @Test
    void blockedByTwoPartiesEquallyLate_theDelayGoesToTheFirstPrerequisiteListed() {
        Obligation hosting = Obligation.builder()
                .from(duty("provide-hosting", STUDIO, on(9), "hosting.ready"))
                .obligor(HOST)
                .beneficiary(STUDIO)
                .build();
        Obligation build = duty(
                "build-site",
                STUDIO,
                DeadlineRule.ofBusinessDays(14),
                "site.delivered",
                "provide-content",
                "provide-hosting");
        Agreement a = Agreement.builder()
                .id(AgreementId.of("web"))
                .title("Bakery website")
                .addParties(Party.of("bakery", "Acme Bakery", Role.CLIENT))
                .addParties(Party.of("studio", "Pixel Studio", Role.PROVIDER))
                .addParties(Party.of("host", "Host", Role.of("HOSTING")))
                .zone(ZoneId.of("Europe/Madrid"))
                .effectiveDate(day(2))
                .addObligations(duty("provide-content", CLIENT, on(9), "c"), hosting, build)
                .build();
        InstanceReport blocked = instance(evaluate(a, "2026-03-12"), "build-site#1");
        assertThat(blocked.state()).isEqualTo(InstanceState.BLOCKED);
        assertThat(blocked.blockedBy())
                .extracting(Object::toString)
                .containsExactly("provide-content#1", "provide-hosting#1");
        assertThat(blocked.attribution()).isEqualTo(Map.of(CLIENT, 3L));
        // The host a day later than the client: the longer wait is the host's.
        InstanceReport later = instance(evaluate(a, "2026-03-12", done("c1", 10, "c", CLIENT)), "build-site#1");
        assertThat(later.state()).isEqualTo(InstanceState.BLOCKED);
        assertThat(later.attribution()).isEqualTo(Map.of(HOST, 3L));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Milestones

    static Agreement twoParallelDuties() {
        return agreement(
                day(9),
                List.of("provide-content", "build-site"),
                duty("provide-content", CLIENT, on(9), "content.delivered"),
                duty("build-site", STUDIO, on(9), "site.delivered"));
    }

    @Test
    void reachedMilestone_theDelayIsOnTheDutyDoneLast() {
        MilestoneReport launch = evaluate(
                        twoParallelDuties(),
                        "2026-03-31",
                        done("e1", 12, "content.delivered", CLIENT),
                        done("e2", 11, "site.delivered", STUDIO))
                .milestones()
                .get(0);
        assertThat(launch.state()).isEqualTo(MilestoneState.REACHED_LATE);
        assertThat(launch.daysLate()).contains(3L);
        assertThat(launch.attribution()).isEqualTo(Map.of(CLIENT, 3L));
    }

    @Test
    void missedMilestone_twoOpenDutiesEquallyLate_theDelayGoesToTheFirstRequired() {
        MilestoneReport launch =
                evaluate(twoParallelDuties(), "2026-03-12").milestones().get(0);
        assertThat(launch.state()).isEqualTo(MilestoneState.MISSED);
        assertThat(launch.daysLate()).contains(3L);
        assertThat(launch.attribution()).isEqualTo(Map.of(CLIENT, 3L));
        // The client's content delivered: the studio's open site is now the one late.
        MilestoneReport after = evaluate(twoParallelDuties(), "2026-03-12", done("e1", 10, "content.delivered", CLIENT))
                .milestones()
                .get(0);
        assertThat(after.attribution()).isEqualTo(Map.of(STUDIO, 3L));
    }

    @Test
    void milestoneDaysLate_takenInOrderOfTheCauses_aPartyWithNoneLeftIsNotListed() {
        // The client's content 3 days late moves the site to Wed 03-25; the studio delivers a day after that. The
        // launch, due 03-25, is 1 business day late: the first cause (the client's 3 days) covers it all.
        Agreement a = agreement(
                day(25),
                List.of("build-site"),
                duty("provide-content", CLIENT, on(9), "content.delivered"),
                duty("build-site", STUDIO, DeadlineRule.ofBusinessDays(14), "site.delivered", "provide-content"));
        ComplianceReport r = evaluate(
                a, "2026-03-31", done("e1", 12, "content.delivered", CLIENT), done("e2", 26, "site.delivered", STUDIO));
        assertThat(instance(r, "build-site#1").attribution()).isEqualTo(Map.of(CLIENT, 3L, STUDIO, 1L));
        MilestoneReport launch = r.milestones().get(0);
        assertThat(launch.daysLate()).contains(1L);
        assertThat(launch.attribution()).isEqualTo(Map.of(CLIENT, 1L));
    }

    static Agreement releaseAndAcceptance(int target) {
        Obligation accept = Obligation.builder()
                .id(ObligationId.of("accept-release"))
                .title("accept the release")
                .category(Category.APPROVAL)
                .obligor(CLIENT)
                .beneficiary(STUDIO)
                .trigger(Trigger.onEvent("release.delivered"))
                .deadline(DeadlineRule.ofBusinessDays(2))
                .addFulfilledBy("release.accepted")
                .build();
        return agreement(
                day(target),
                List.of("accept-release"),
                duty("deliver-release", STUDIO, on(9), "release.delivered"),
                accept);
    }

    @Test
    void acceptanceOnTimeAfterALateDelivery_theMilestoneDelayIsTheDeliverers() {
        // Planned: delivery Mon 03-09, acceptance by Wed 03-11. Delivered Thu 03-12 (3 business days late), accepted
        // on time on Mon 03-16: the launch is 3 business days late, all the studio's.
        MilestoneReport launch = evaluate(
                        releaseAndAcceptance(11),
                        "2026-03-31",
                        done("d1", 12, "release.delivered", STUDIO),
                        done("a1", 16, "release.accepted", CLIENT))
                .milestones()
                .get(0);
        assertThat(launch.daysLate()).contains(3L);
        assertThat(launch.attribution()).isEqualTo(Map.of(STUDIO, 3L));
    }

    @Test
    void causeChain_countsTheDelivererOnlyUpToTheDelivery_theRestStaysWithTheLastDuty() {
        // Target Mon 03-09, the delivery's own date (the plan cannot meet it). Delivered Thu 03-12 (3 days late),
        // accepted Tue 03-17 (1 day late): 6 business days late. The acceptance's own day and the 2 days of its
        // window are the client's, the delivery's 3 the studio's, however long after the delivery the report is.
        ComplianceReport r = evaluate(
                releaseAndAcceptance(9),
                "2026-04-30",
                done("d1", 12, "release.delivered", STUDIO),
                done("a1", 17, "release.accepted", CLIENT));
        MilestoneReport launch = r.milestones().get(0);
        assertThat(launch.daysLate()).contains(6L);
        assertThat(launch.attribution()).isEqualTo(Map.of(CLIENT, 3L, STUDIO, 3L));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Delay in days the calendar does not cover

    static final CalendarId FROM_MARCH_9 = CalendarId.of("FROM-MARCH-9");
    static final ComplianceEngine FROM_MARCH_9_ENGINE = ComplianceEngine.of(CalendarSource.of(Map.of(
            FROM_MARCH_9,
            BusinessCalendar.builder()
                    .name("FROM-MARCH-9")
                    .covering(LocalDateRange.of(day(9), LocalDate.of(2027, 1, 1)))
                    .build())));

    static List<Finding> notCovered(ComplianceReport r) {
        return r.findings().stream()
                .filter(f -> f.code().equals(FindingCodes.CALENDAR_NOT_COVERED))
                .toList();
    }

    @Test
    void prerequisiteLateInDaysTheCalendarDoesNotCover_theDependentMovesByCalendarDays() {
        // The calendar starts on 03-09. The client's content, due within 24 hours of the start (a time deadline, so
        // no calendar is needed: Tue 03-03), comes on Wed 03-11, late in days the calendar cannot count. The studio's
        // build (5 business days from the kick-off on Mon 03-09, due
        // Mon 03-16) moves by 8 calendar days, to Tue 03-24, and a finding says why.
        Obligation build = Obligation.builder()
                .from(duty("build-site", STUDIO, DeadlineRule.ofBusinessDays(5), "site.delivered", "provide-content"))
                .trigger(Trigger.onEvent("kickoff"))
                .build();
        Agreement a = Agreement.builder()
                .from(agreement(
                        day(31),
                        List.of("build-site"),
                        duty("provide-content", CLIENT, DeadlineRule.ofHours(24), "c"),
                        build))
                .calendar(FROM_MARCH_9)
                .build();
        ComplianceReport r = FROM_MARCH_9_ENGINE.evaluate(
                a,
                Timeline.of(List.of(
                        done("k1", 9, "kickoff", STUDIO),
                        done("c1", 11, "c", CLIENT),
                        done("s1", 25, "site.delivered", STUDIO))),
                day(31));
        InstanceReport site = instance(r, "build-site#1");
        assertThat(site.dueDate()).contains(day(24));
        assertThat(site.excusedDelay()).isEqualTo(8);
        assertThat(site.state()).isEqualTo(InstanceState.FULFILLED_LATE);
        // Both findings name the days the calendar covers.
        assertThat(notCovered(r))
                .extracting(Finding::message)
                .satisfiesExactly(
                        moved -> assertThat(moved)
                                .startsWith(
                                        "the deadline of build-site#1 cannot be moved for the delay of provide-content#1:"
                                                + " its delay is counted in calendar days, as FROM-MARCH-9")
                                .endsWith(" covers 2026-03-09/2027-01-01")
                                .as("the range said once")
                                .doesNotContain("covering"),
                        late -> assertThat(late)
                                .startsWith(
                                        "the lateness of build-site#1 is counted in calendar days, not business days:"
                                                + " calendar FROM-MARCH-9")
                                .endsWith(" covers 2026-03-09/2027-01-01, not the days from Wed 2026-03-04 through Wed"
                                        + " 2026-03-25")
                                .doesNotContain("covering"));
    }
}
