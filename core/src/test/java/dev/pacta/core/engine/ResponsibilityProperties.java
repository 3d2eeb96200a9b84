package dev.pacta.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.arbitraries.AgreementWithTimeline;
import dev.pacta.core.arbitraries.ModelArbitraries;
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
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.InstanceState;
import dev.pacta.core.report.MilestoneReport;
import dev.pacta.core.report.Scorecard;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/** Invariants of responsibility: monotone excused delay, attribution sums, on-time parties blameless, counts. */
class ResponsibilityProperties {
    static final ComplianceEngine ENGINE = ComplianceEngine.builder().build();
    static final LocalDate START = LocalDate.of(2026, 3, 2);

    @Provide
    Arbitrary<ComplianceEngineProperties.Case> cases() {
        return Combinators.combine(
                        ModelArbitraries.agreementsWithTimelines(),
                        Arbitraries.integers().between(0, 150))
                .as((AgreementWithTimeline awt, Integer days) -> new ComplianceEngineProperties.Case(
                        awt.agreement(),
                        awt.timeline(),
                        ComplianceEngine.endOfDay(
                                awt.agreement(), awt.agreement().effectiveDate().plusDays(days)),
                        0));
    }

    /** A client prerequisite and a provider duty that waits on it, with a deadline rule of each kind. */
    static Agreement dependency(int ruleKind, int amount) {
        DeadlineRule rule = switch (ruleKind) {
            case 0 -> DeadlineRule.ofBusinessDays(amount);
            case 1 -> DeadlineRule.ofCalendarDays(amount);
            default -> DeadlineRule.onDate(START.plusDays(5L + amount));
        };
        return Agreement.builder()
                .id(AgreementId.of("dep"))
                .title("dependency")
                .addParties(Party.of("client", "Client", Role.CLIENT))
                .addParties(Party.of("studio", "Studio", Role.PROVIDER))
                .zone(ZoneId.of("Europe/Madrid"))
                .effectiveDate(START)
                .addObligations(
                        Obligation.builder()
                                .id(ObligationId.of("content"))
                                .title("content")
                                .category(Category.RESOURCES)
                                .obligor(PartyId.of("client"))
                                .beneficiary(PartyId.of("studio"))
                                .trigger(Trigger.onEffectiveDate())
                                .deadline(DeadlineRule.onDate(START.plusDays(4)))
                                .addFulfilledBy("content.delivered")
                                .build(),
                        Obligation.builder()
                                .id(ObligationId.of("build"))
                                .title("build")
                                .category(Category.DELIVERABLE)
                                .obligor(PartyId.of("studio"))
                                .beneficiary(PartyId.of("client"))
                                .trigger(Trigger.onEffectiveDate())
                                .deadline(rule)
                                .addPrerequisites(ObligationId.of("content"))
                                .addFulfilledBy("site.delivered")
                                .build())
                .build();
    }

    static InstanceReport build(Agreement a, int contentDay, int buildDay, int asOfDay) {
        List<Event> events = new ArrayList<>();
        events.add(Event.of("c", START.plusDays(contentDay), "content.delivered", "client"));
        if (buildDay >= 0) {
            events.add(Event.of("b", START.plusDays(buildDay), "site.delivered", "studio"));
        }
        ComplianceReport r = ENGINE.evaluate(a, Timeline.of(events), START.plusDays(asOfDay));
        return r.instance("build#1").orElseThrow();
    }

    @Property(tries = 500)
    void clientLatenessNeverMovesAProviderDeadlineEarlier(
            @ForAll @IntRange(min = 0, max = 2) int ruleKind,
            @ForAll @IntRange(min = 0, max = 20) int amount,
            @ForAll @IntRange(min = 0, max = 40) int firstDelivery,
            @ForAll @IntRange(min = 0, max = 20) int moreDelay,
            @ForAll @IntRange(min = -1, max = 60) int buildDay) {
        Agreement a = dependency(ruleKind, amount);
        int later = firstDelivery + moreDelay;
        InstanceReport early = build(a, firstDelivery, buildDay, 90);
        InstanceReport late = build(a, later, buildDay, 90);
        Statistics.collect(late.excusedDelay() > 0 ? "excused" : "not excused", early.state(), late.state());
        assertThat(late.dueDate().orElseThrow())
                .isAfterOrEqualTo(early.dueDate().orElseThrow());
        assertThat(late.excusedDelay()).isGreaterThanOrEqualTo(early.excusedDelay());
    }

    @Property(tries = 300)
    void attributedDelaySumsToTheTotalDelay(@ForAll("cases") ComplianceEngineProperties.Case c) {
        ComplianceReport r = ENGINE.evaluate(c.agreement(), c.timeline(), c.asOf());
        for (InstanceReport i : r.instances()) {
            long sum =
                    i.attribution().values().stream().mapToLong(Long::longValue).sum();
            if (i.state() != InstanceState.BLOCKED) {
                long own = i.lateness().map(l -> l.amount()).orElse(0L);
                assertThat(sum)
                        .as(i.id() + " " + i.state() + " " + i.attribution() + " " + i.explanation())
                        .isEqualTo(i.excusedDelay() + own);
            }
            if (i.excusedDelay() > 0) {
                Statistics.label("instances").collect("excused");
            }
            Statistics.label("instances").collect(i.attribution().size() > 1 ? "shared" : "single or none");
        }
        for (MilestoneReport m : r.milestones()) {
            long sum =
                    m.attribution().values().stream().mapToLong(Long::longValue).sum();
            assertThat(sum)
                    .as(m.id() + " " + m.attribution())
                    .isEqualTo(m.daysLate().orElse(0L));
            Statistics.label("milestones").collect(m.state());
        }
    }

    @Property(tries = 300)
    void aPartyThatIsNeverLateIsAttributedNothing(@ForAll("cases") ComplianceEngineProperties.Case c) {
        ComplianceReport r = ENGINE.evaluate(c.agreement(), c.timeline(), c.asOf());
        // WAIVED counts as possibly late: a beneficiary may waive a duty after it was already late, and the delay it
        // caused others until then stays attributed.
        Set<InstanceState> late = EnumSet.of(
                InstanceState.FULFILLED_LATE,
                InstanceState.OVERDUE,
                InstanceState.BREACHED,
                InstanceState.SUSPENDED,
                InstanceState.WAIVED);
        for (Party p : c.agreement().parties()) {
            boolean neverLate = r.instancesOf(p.id()).stream().noneMatch(i -> late.contains(i.state()));
            if (neverLate) {
                Statistics.collect("a party never late");
                for (InstanceReport i : r.instances()) {
                    assertThat(i.attribution().getOrDefault(p.id(), 0L))
                            .as(i.id().toString())
                            .isZero();
                }
            }
        }
    }

    @Property(tries = 300)
    void scorecardCountsSumToTheNumberOfInstances(@ForAll("cases") ComplianceEngineProperties.Case c) {
        ComplianceReport r = ENGINE.evaluate(c.agreement(), c.timeline(), c.asOf());
        int all = 0;
        for (Scorecard s : r.scorecards()) {
            int sum = s.counts().values().stream().mapToInt(Integer::intValue).sum();
            assertThat(sum).isEqualTo(s.instances());
            assertThat(s.onTime()).isLessThanOrEqualTo(s.decided());
            all += s.instances();
        }
        assertThat(all).isEqualTo(r.instances().size());
    }
}
