package dev.pacta.examples.cases;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.AgreementId;
import dev.pacta.core.model.Category;
import dev.pacta.core.model.DeadlineRule;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.Milestone;
import dev.pacta.core.model.MilestoneId;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.ObligationId;
import dev.pacta.core.model.Party;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.model.Role;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.model.Trigger;
import dev.pacta.core.money.Money;
import dev.pacta.core.time.Recurrence;
import dev.pacta.core.time.Span;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * "XYZ Company": a custom web application built in three prototype rounds. The client gave
 * a detailed brief, answers the developers' queries within a business day, and gives feedback on each prototype
 * within three business days, then signs the prototypes off; the project is split into two phases with a milestone and
 * a payment each. Everything
 * is on time except one feedback round, a day late without consequence, and the beta ships on schedule.
 */
public final class SoftwarePrototypeCase {
    /** The client. */
    public static final PartyId CLIENT = PartyId.of("xyz");
    /** The provider. */
    public static final PartyId DEVELOPER = PartyId.of("forge");
    /** The date the case is evaluated as of. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 3, 13);

    private SoftwarePrototypeCase() {}

    /**
     * Evaluates the case and prints the text report.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        CaseStudy.print(agreement(), timeline(), AS_OF);
    }

    /**
     * The agreement, built with the Java API.
     *
     * @return the agreement
     */
    public static Agreement agreement() {
        return Agreement.builder()
                .id(AgreementId.of("xyz-orders-app"))
                .title("XYZ Company order-tracking app")
                .addParties(Party.builder()
                        .id(CLIENT)
                        .name("XYZ Company")
                        .role(Role.CLIENT)
                        .contact("Priya Nair, product owner")
                        .build())
                .addParties(Party.builder()
                        .id(DEVELOPER)
                        .name("Forge Software")
                        .role(Role.PROVIDER)
                        .contact("Jon Ek, tech lead")
                        .build())
                .zone(ZoneId.of("Europe/London"))
                .effectiveDate(LocalDate.of(2026, 1, 12))
                .value(Money.of("60000.00", "GBP"))
                .addObligations(
                        Obligation.builder()
                                .id(ObligationId.of("brief"))
                                .title("Deliver a detailed brief")
                                .category(Category.INFORMATION)
                                .obligor(CLIENT)
                                .beneficiary(DEVELOPER)
                                .trigger(Trigger.onEffectiveDate())
                                .deadline(DeadlineRule.ofBusinessDays(5))
                                .addFulfilledBy("brief.delivered")
                                .build(),
                        Obligation.builder()
                                .id(ObligationId.of("prototype"))
                                .title("Release a prototype every two weeks")
                                .category(Category.DELIVERABLE)
                                .obligor(DEVELOPER)
                                .beneficiary(CLIENT)
                                .trigger(Trigger.recurring(Recurrence.builder()
                                        .frequency(Recurrence.Frequency.WEEKLY)
                                        .interval(2)
                                        .dayOfWeek(DayOfWeek.MONDAY)
                                        .start(LocalDate.of(2026, 1, 26))
                                        .count(3)
                                        .build()))
                                .deadline(DeadlineRule.within(Span.ofCalendarDays(4)))
                                .addPrerequisites(ObligationId.of("brief"))
                                .addFulfilledBy("prototype.released")
                                .build(),
                        Obligation.builder()
                                .id(ObligationId.of("feedback"))
                                .title("Test each prototype and give feedback")
                                .category(Category.FEEDBACK)
                                .obligor(CLIENT)
                                .beneficiary(DEVELOPER)
                                .trigger(Trigger.onEvent("prototype.released"))
                                .deadline(DeadlineRule.ofBusinessDays(3))
                                .addFulfilledBy("feedback.given")
                                .build(),
                        Obligation.builder()
                                .id(ObligationId.of("answer-query"))
                                .title("Answer each query within a business day")
                                .category(Category.COMMUNICATION)
                                .obligor(CLIENT)
                                .beneficiary(DEVELOPER)
                                .trigger(Trigger.onEvent("query.raised"))
                                .deadline(DeadlineRule.ofBusinessDays(1))
                                .addFulfilledBy("query.answered")
                                .build(),
                        Obligation.builder()
                                .id(ObligationId.of("sign-off"))
                                .title("Sign off the prototype rounds")
                                .category(Category.APPROVAL)
                                .obligor(CLIENT)
                                .beneficiary(DEVELOPER)
                                .trigger(Trigger.onEffectiveDate())
                                .deadline(DeadlineRule.onDate(LocalDate.of(2026, 2, 27)))
                                .addFulfilledBy("prototypes.signed-off")
                                .build(),
                        Obligation.builder()
                                .id(ObligationId.of("beta"))
                                .title("Ship the beta")
                                .category(Category.DELIVERABLE)
                                .obligor(DEVELOPER)
                                .beneficiary(CLIENT)
                                .trigger(Trigger.onEffectiveDate())
                                .deadline(DeadlineRule.onDate(LocalDate.of(2026, 3, 13)))
                                .addPrerequisites(ObligationId.of("feedback"))
                                .addFulfilledBy("beta.shipped")
                                .build(),
                        Obligation.builder()
                                .id(ObligationId.of("phase-1-payment"))
                                .title("Pay 40 % when the prototypes are signed off")
                                .category(Category.PAYMENT)
                                .obligor(CLIENT)
                                .beneficiary(DEVELOPER)
                                .trigger(Trigger.onMilestone(MilestoneId.of("prototypes")))
                                .deadline(DeadlineRule.ofCalendarDays(14))
                                .percentOfValue(new BigDecimal("40"))
                                .build(),
                        Obligation.builder()
                                .id(ObligationId.of("phase-2-payment"))
                                .title("Pay 60 % on the beta")
                                .category(Category.PAYMENT)
                                .obligor(CLIENT)
                                .beneficiary(DEVELOPER)
                                .trigger(Trigger.onMilestone(MilestoneId.of("beta-shipped")))
                                .deadline(DeadlineRule.ofCalendarDays(14))
                                .percentOfValue(new BigDecimal("60"))
                                .build())
                .addMilestones(
                        Milestone.builder()
                                .id(MilestoneId.of("prototypes"))
                                .title("Prototype rounds signed off")
                                .target(LocalDate.of(2026, 2, 27))
                                .addRequires(ObligationId.of("sign-off"))
                                .build(),
                        Milestone.builder()
                                .id(MilestoneId.of("beta-shipped"))
                                .title("Beta in users' hands")
                                .target(LocalDate.of(2026, 3, 13))
                                .addRequires(ObligationId.of("beta"))
                                .addDependsOn(MilestoneId.of("prototypes"))
                                .build())
                .build();
    }

    /**
     * What happened, from the developer's issue tracker and the client's bank.
     *
     * @return the timeline
     */
    public static Timeline timeline() {
        return Timeline.of(List.of(
                Event.of("x1", LocalDate.of(2026, 1, 15), "brief.delivered", "xyz"),
                Event.of("x2", LocalDate.of(2026, 1, 20), "query.raised", "forge"),
                Event.of("x3", LocalDate.of(2026, 1, 21), "query.answered", "xyz"),
                Event.of("x4", LocalDate.of(2026, 1, 29), "prototype.released", "forge"),
                Event.of("x5", LocalDate.of(2026, 2, 2), "feedback.given", "xyz"),
                Event.of("x6", LocalDate.of(2026, 2, 5), "query.raised", "forge"),
                Event.of("x7", LocalDate.of(2026, 2, 5), "query.answered", "xyz"),
                Event.of("x8", LocalDate.of(2026, 2, 12), "prototype.released", "forge"),
                Event.of("x9", LocalDate.of(2026, 2, 18), "feedback.given", "xyz"),
                Event.of("x10", LocalDate.of(2026, 2, 23), "prototype.released", "forge"),
                Event.of("x11", LocalDate.of(2026, 2, 25), "feedback.given", "xyz"),
                Event.of("x11a", LocalDate.of(2026, 2, 26), "prototypes.signed-off", "xyz"),
                payment("x12", "2026-03-06", "24000.00"),
                Event.of("x13", LocalDate.of(2026, 3, 12), "beta.shipped", "forge")));
    }

    private static Event payment(String id, String date, String amount) {
        return Event.builder()
                .from(Event.of(id, LocalDate.parse(date), "payment", "xyz"))
                .amount(Money.of(amount, "GBP"))
                .build();
    }
}
