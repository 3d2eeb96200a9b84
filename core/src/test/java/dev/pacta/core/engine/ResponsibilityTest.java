package dev.pacta.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.AgreementId;
import dev.pacta.core.model.Category;
import dev.pacta.core.model.DeadlineRule;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.EventId;
import dev.pacta.core.model.Milestone;
import dev.pacta.core.model.MilestoneId;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.ObligationId;
import dev.pacta.core.model.Party;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.model.Role;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.model.Trigger;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.InstanceState;
import dev.pacta.core.report.MilestoneReport;
import dev.pacta.core.report.MilestoneState;
import dev.pacta.core.report.PartnershipSummary;
import dev.pacta.core.report.Scorecard;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whose delay was it: prerequisites, excused delay, BLOCKED, attribution and scorecards (issue 5). */
class ResponsibilityTest {
    static final ComplianceEngine ENGINE = ComplianceEngine.builder().build();
    static final PartyId CLIENT = PartyId.of("bakery");
    static final PartyId STUDIO = PartyId.of("studio");

    static Obligation duty(String id, PartyId obligor, DeadlineRule deadline, String kind, String... prerequisites) {
        Obligation.Builder b = Obligation.builder()
                .id(ObligationId.of(id))
                .title(id)
                .category(Category.DELIVERABLE)
                .obligor(obligor)
                .beneficiary(obligor.equals(CLIENT) ? STUDIO : CLIENT)
                .trigger(Trigger.onEffectiveDate())
                .deadline(deadline)
                .addFulfilledBy(kind);
        for (String p : prerequisites) {
            b.addPrerequisites(ObligationId.of(p));
        }
        return b.build();
    }

    static Agreement agreement(LocalDate target, List<String> required, Obligation... obligations) {
        Milestone.Builder launch =
                Milestone.builder().id(MilestoneId.of("launch")).title("Launch").target(target);
        for (String r : required) {
            launch.addRequires(ObligationId.of(r));
        }
        return Agreement.builder()
                .id(AgreementId.of("web"))
                .title("Bakery website")
                .addParties(Party.of("bakery", "Acme Bakery", Role.CLIENT))
                .addParties(Party.of("studio", "Pixel Studio", Role.PROVIDER))
                .zone(ZoneId.of("Europe/Madrid"))
                .effectiveDate(LocalDate.of(2026, 3, 2))
                .addMilestones(launch.build())
                .addObligations(obligations)
                .build();
    }

    static Agreement webCase() {
        return agreement(
                LocalDate.of(2026, 3, 20),
                List.of("build-site"),
                duty("provide-content", CLIENT, DeadlineRule.onDate(LocalDate.of(2026, 3, 9)), "content.delivered"),
                duty("build-site", STUDIO, DeadlineRule.ofBusinessDays(14), "site.delivered", "provide-content"));
    }

    static ComplianceReport evaluate(Agreement a, String asOf, Event... events) {
        return ENGINE.evaluate(a, Timeline.of(List.of(events)), LocalDate.parse(asOf));
    }

    static InstanceReport instance(ComplianceReport r, String id) {
        return r.instance(id).orElseThrow();
    }

    @Test
    void webCase_clientThreeDaysLate_providerOneDayLate_launchFourDaysLateSplitThreeAndOne() {
        ComplianceReport r = evaluate(
                webCase(),
                "2026-03-31",
                Event.of("e7", LocalDate.of(2026, 3, 12), "content.delivered", "bakery"),
                Event.of("e11", LocalDate.of(2026, 3, 26), "site.delivered", "studio"));
        InstanceReport build = instance(r, "build-site#1");
        assertThat(build.state()).isEqualTo(InstanceState.FULFILLED_LATE);
        assertThat(build.dueDate()).contains(LocalDate.of(2026, 3, 25));
        assertThat(build.excusedDelay()).isEqualTo(3);
        assertThat(build.attribution()).isEqualTo(Map.of(CLIENT, 3L, STUDIO, 1L));
        assertThat(build.explanation())
                .isEqualTo("due Fri 2026-03-20: 14 business days after the effective date (Mon 2026-03-02); "
                        + "deadline moved from Fri 2026-03-20 to Wed 2026-03-25: provide-content#1 (bakery) was 3 "
                        + "business days late; site.delivered by e11 on Thu 2026-03-26, 1 business day late");
        MilestoneReport launch = r.milestones().get(0);
        assertThat(launch.state()).isEqualTo(MilestoneState.REACHED_LATE);
        assertThat(launch.daysLate()).contains(4L);
        assertThat(launch.attribution()).isEqualTo(Map.of(CLIENT, 3L, STUDIO, 1L));

        Scorecard client = r.scorecard(CLIENT).orElseThrow();
        assertThat(client.delayCausedToOthers()).isEqualTo(3);
        assertThat(client.onTime()).isZero();
        assertThat(client.decided()).isEqualTo(1);
        assertThat(r.scorecard(STUDIO).orElseThrow().delayCausedToOthers()).isZero();
    }

    @Test
    void whileThePrerequisiteIsLate_theDependentIsBlocked_notBreached() {
        ComplianceReport r = evaluate(webCase(), "2026-03-24");
        InstanceReport build = instance(r, "build-site#1");
        assertThat(build.state()).isEqualTo(InstanceState.BLOCKED);
        assertThat(build.blockedBy()).extracting(Object::toString).containsExactly("provide-content#1");
        assertThat(build.attribution()).isEqualTo(Map.of(CLIENT, 11L));
        assertThat(build.explanation())
                .endsWith("blocked as of Tue 2026-03-24: waiting on provide-content#1 (bakery, due Mon 2026-03-09, "
                        + "not fulfilled)");
        assertThat(r.findings())
                .noneMatch(f -> f.instance()
                        .map(i -> i.toString().equals("build-site#1"))
                        .orElse(false));
    }

    @Test
    void prerequisiteNeverFulfilled_blocked_milestoneAtRiskThenMissed_allOnTheClient() {
        Agreement a = webCase();
        assertThat(evaluate(a, "2026-03-06").milestones().get(0).state()).isEqualTo(MilestoneState.PENDING);
        ComplianceReport atRisk = evaluate(a, "2026-03-10");
        assertThat(instance(atRisk, "build-site#1").state()).isEqualTo(InstanceState.BLOCKED);
        assertThat(atRisk.milestones().get(0).state()).isEqualTo(MilestoneState.AT_RISK);
        assertThat(atRisk.milestones().get(0).explanation())
                .isEqualTo("target Fri 2026-03-20; at risk: build-site#1 is blocked");

        MilestoneReport missed = evaluate(a, "2026-03-27").milestones().get(0);
        assertThat(missed.state()).isEqualTo(MilestoneState.MISSED);
        assertThat(missed.daysLate()).contains(5L);
        assertThat(missed.attribution()).isEqualTo(Map.of(CLIENT, 5L));
    }

    @Test
    void samePartyPrerequisite_excusesNothing() {
        Agreement a = agreement(
                LocalDate.of(2026, 3, 20),
                List.of("build-site"),
                duty("design", STUDIO, DeadlineRule.onDate(LocalDate.of(2026, 3, 9)), "design.done"),
                duty("build-site", STUDIO, DeadlineRule.ofBusinessDays(14), "site.delivered", "design"));
        ComplianceReport r =
                evaluate(a, "2026-03-24", Event.of("e1", LocalDate.of(2026, 3, 12), "design.done", "studio"));
        InstanceReport build = instance(r, "build-site#1");
        assertThat(build.state()).isEqualTo(InstanceState.BREACHED);
        assertThat(build.dueDate()).contains(LocalDate.of(2026, 3, 20));
        assertThat(build.excusedDelay()).isZero();
        assertThat(build.attribution()).isEqualTo(Map.of(STUDIO, 2L));
    }

    @Test
    void chainOfThreePrerequisitesAcrossBothParties_attributionFollowsTheChain() {
        // brief (client) -> design (studio) -> approve-design (client) -> build (studio) -> launch
        Agreement a = agreement(
                LocalDate.of(2026, 4, 3),
                List.of("build"),
                duty("brief", CLIENT, DeadlineRule.onDate(LocalDate.of(2026, 3, 4)), "brief.sent"),
                duty("design", STUDIO, DeadlineRule.onDate(LocalDate.of(2026, 3, 11)), "design.sent", "brief"),
                duty(
                        "approve-design",
                        CLIENT,
                        DeadlineRule.onDate(LocalDate.of(2026, 3, 16)),
                        "design.approved",
                        "design"),
                duty(
                        "build",
                        STUDIO,
                        DeadlineRule.onDate(LocalDate.of(2026, 4, 3)),
                        "site.delivered",
                        "approve-design"));
        ComplianceReport r = evaluate(
                a,
                "2026-04-30",
                Event.of("e1", LocalDate.of(2026, 3, 6), "brief.sent", "bakery"), // 2 days late
                Event.of("e2", LocalDate.of(2026, 3, 14), "design.sent", "studio"), // due 03-13 after shift: 1 late
                Event.of("e3", LocalDate.of(2026, 3, 20), "design.approved", "bakery"), // due 03-19: 1 late
                Event.of("e4", LocalDate.of(2026, 4, 9), "site.delivered", "studio")); // due 04-07: 2 late
        assertThat(instance(r, "design#1").attribution()).isEqualTo(Map.of(CLIENT, 2L, STUDIO, 1L));
        assertThat(instance(r, "approve-design#1").dueDate()).contains(LocalDate.of(2026, 3, 19));
        assertThat(instance(r, "approve-design#1").attribution()).isEqualTo(Map.of(CLIENT, 3L, STUDIO, 1L));
        InstanceReport build = instance(r, "build#1");
        // approve-design was 4 days late in all (3 inherited + 1 its own): build moves from 04-03 to 04-07.
        assertThat(build.dueDate()).contains(LocalDate.of(2026, 4, 7));
        assertThat(build.attribution()).isEqualTo(Map.of(CLIENT, 3L, STUDIO, 3L));
        MilestoneReport launch = r.milestones().get(0);
        // Target Fri 04-03, reached Thu 04-09: 4 business days late (Mon-Thu).
        assertThat(launch.daysLate()).contains(4L);
        assertThat(launch.attribution().values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(4L);
        assertThat(launch.attribution()).isEqualTo(Map.of(CLIENT, 3L, STUDIO, 1L));
    }

    @Test
    void scorecards_responseTimes_notices_andPartnershipSummary() {
        Obligation approve = Obligation.builder()
                .id(ObligationId.of("approve-mockup"))
                .title("approve mock-up")
                .category(Category.APPROVAL)
                .obligor(CLIENT)
                .beneficiary(STUDIO)
                .trigger(Trigger.onEvent("mockup.submitted"))
                .deadline(DeadlineRule.ofBusinessDays(2))
                .addFulfilledBy("mockup.approved")
                .build();
        Agreement a = agreement(LocalDate.of(2026, 6, 1), List.of("approve-mockup"), approve);
        Event notice = Event.builder()
                .from(Event.of("n1", LocalDate.of(2026, 3, 11), "notice", "bakery"))
                .ref("approve-mockup#2")
                .note("owner away until Friday")
                .build();
        ComplianceReport r = evaluate(
                a,
                "2026-03-31",
                Event.of("s1", LocalDate.of(2026, 3, 2), "mockup.submitted", "studio"),
                Event.of("a1", LocalDate.of(2026, 3, 3), "mockup.approved", "bakery"), // 1 day, within 2
                Event.of("s2", LocalDate.of(2026, 3, 10), "mockup.submitted", "studio"),
                notice,
                Event.of("a2", LocalDate.of(2026, 3, 13), "mockup.approved", "bakery"), // 3 days, late, announced
                Event.of("s3", LocalDate.of(2026, 3, 16), "mockup.submitted", "studio"),
                Event.of("a3", LocalDate.of(2026, 3, 23), "mockup.approved", "bakery")); // 5 days, late, silent
        Scorecard client = r.scorecard(CLIENT).orElseThrow();
        assertThat(client.instances()).isEqualTo(3);
        assertThat(client.counts().get(InstanceState.FULFILLED)).isEqualTo(1);
        assertThat(client.counts().get(InstanceState.FULFILLED_LATE)).isEqualTo(2);
        assertThat(client.onTimeRate()).contains(new BigDecimal("33.3"));
        assertThat(client.responses()).isEqualTo(3);
        assertThat(client.responsesWithinWindow()).isEqualTo(1);
        assertThat(client.medianResponseDays()).contains(new BigDecimal("3.0"));
        assertThat(client.p90ResponseDays()).contains(5L);
        assertThat(client.worstResponseDays()).contains(5L);
        assertThat(client.medianWindowDays()).contains(new BigDecimal("2.0"));
        assertThat(client.lateWithNotice()).isEqualTo(1);
        assertThat(client.lateWithoutNotice()).isEqualTo(1);
        assertThat(PartnershipSummary.of(r).toString())
                .isEqualTo(String.join(
                        "\n",
                        "                                bakery        studio",
                        "instances                       3             0     ",
                        "  fulfilled                     1             0     ",
                        "  fulfilled late                2             0     ",
                        "on time                         1/3 (33.3 %)  0/0   ",
                        "responses within window         1/3           0/0   ",
                        "response days median/p90/worst  3.0/5/5       -     ",
                        "delay caused to others          0             0     ",
                        "late with advance notice        1/2           0/0   ",
                        "owed                            -             -     ",
                        ""));
        assertThat(r.instance("approve-mockup#2").orElseThrow().notices()).containsExactly(EventId.of("n1"));
    }
}
