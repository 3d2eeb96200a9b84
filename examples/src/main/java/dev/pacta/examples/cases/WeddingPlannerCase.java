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
import dev.pacta.core.time.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A wedding planner: the couple must give their venue preferences and the guest list well in advance,
 * and pay a 30 % deposit (the balance before the wedding); the planner shortlists venues once it has the preferences, and sends the invitations once
 * it has the guest list. The guest list is a week late and still missing: sending the invitations is
 * {@code BLOCKED} (not the planner's fault) and the "invitations out" milestone is {@code AT_RISK}.
 */
public final class WeddingPlannerCase {
    /** The client. */
    public static final PartyId COUPLE = PartyId.of("couple");
    /** The provider. */
    public static final PartyId PLANNER = PartyId.of("planner");
    /** The date the case is evaluated as of. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 5, 7);

    private WeddingPlannerCase() {}

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
                .id(AgreementId.of("ana-luis-wedding"))
                .title("Ana & Luis wedding, 2026-09-12")
                .addParties(Party.builder()
                        .id(COUPLE)
                        .name("Ana Gil & Luis Mora")
                        .role(Role.CLIENT)
                        .contact("Ana Gil")
                        .build())
                .addParties(Party.builder()
                        .id(PLANNER)
                        .name("Bloom Weddings")
                        .role(Role.PROVIDER)
                        .contact("Elena Sanz, planner")
                        .build())
                .zone(ZoneId.of("Europe/Madrid"))
                .effectiveDate(LocalDate.of(2026, 3, 2))
                .endDate(LocalDate.of(2026, 9, 30))
                .value(Money.of("15000.00", "EUR"))
                .addObligations(
                        Obligation.builder()
                                .id(ObligationId.of("deposit"))
                                .title("Pay the 30 % deposit")
                                .category(Category.PAYMENT)
                                .obligor(COUPLE)
                                .beneficiary(PLANNER)
                                .trigger(Trigger.onEffectiveDate())
                                .deadline(DeadlineRule.ofCalendarDays(7))
                                .percentOfValue(new BigDecimal("30"))
                                .build(),
                        Obligation.builder()
                                .id(ObligationId.of("balance"))
                                .title("Pay the balance two weeks before the wedding")
                                .category(Category.PAYMENT)
                                .obligor(COUPLE)
                                .beneficiary(PLANNER)
                                .trigger(Trigger.onEffectiveDate())
                                .deadline(DeadlineRule.onDate(LocalDate.of(2026, 8, 28)))
                                .percentOfValue(new BigDecimal("70"))
                                .build(),
                        Obligation.builder()
                                .id(ObligationId.of("venue-preferences"))
                                .title("Give venue preferences")
                                .category(Category.INFORMATION)
                                .obligor(COUPLE)
                                .beneficiary(PLANNER)
                                .trigger(Trigger.onEffectiveDate())
                                .deadline(DeadlineRule.onDate(LocalDate.of(2026, 3, 20)))
                                .addFulfilledBy("preferences.given")
                                .build(),
                        Obligation.builder()
                                .id(ObligationId.of("shortlist"))
                                .title("Shortlist three venues")
                                .category(Category.DELIVERABLE)
                                .obligor(PLANNER)
                                .beneficiary(COUPLE)
                                .trigger(Trigger.onFulfilment(ObligationId.of("venue-preferences")))
                                .deadline(DeadlineRule.ofBusinessDays(10))
                                .addFulfilledBy("shortlist.sent")
                                .build(),
                        Obligation.builder()
                                .id(ObligationId.of("choose-venue"))
                                .title("Choose a venue from the shortlist")
                                .category(Category.APPROVAL)
                                .obligor(COUPLE)
                                .beneficiary(PLANNER)
                                .trigger(Trigger.onEvent("shortlist.sent"))
                                .deadline(DeadlineRule.ofBusinessDays(5))
                                .addFulfilledBy("venue.chosen")
                                .build(),
                        Obligation.builder()
                                .id(ObligationId.of("guest-list"))
                                .title("Give the final guest list")
                                .category(Category.INFORMATION)
                                .obligor(COUPLE)
                                .beneficiary(PLANNER)
                                .trigger(Trigger.onEffectiveDate())
                                .deadline(DeadlineRule.onDate(LocalDate.of(2026, 4, 30)))
                                .grace(Span.ofCalendarDays(3))
                                .addFulfilledBy("guest-list.given")
                                .build(),
                        Obligation.builder()
                                .id(ObligationId.of("invitations"))
                                .title("Print and send the invitations")
                                .category(Category.DELIVERABLE)
                                .obligor(PLANNER)
                                .beneficiary(COUPLE)
                                .trigger(Trigger.onEffectiveDate())
                                .deadline(DeadlineRule.onDate(LocalDate.of(2026, 5, 15)))
                                .addPrerequisites(ObligationId.of("guest-list"))
                                .addFulfilledBy("invitations.sent")
                                .build())
                .addMilestones(Milestone.builder()
                        .id(MilestoneId.of("invitations-out"))
                        .title("Invitations in the post")
                        .target(LocalDate.of(2026, 5, 15))
                        .addRequires(ObligationId.of("invitations"))
                        .build())
                .build();
    }

    /**
     * What happened, from the planner's notes and bank statements.
     *
     * @return the timeline
     */
    public static Timeline timeline() {
        return Timeline.of(List.of(
                Event.builder()
                        .from(Event.of("w1", LocalDate.of(2026, 3, 6), "payment", "couple"))
                        .amount(Money.of("4500.00", "EUR"))
                        .build(),
                Event.of("w2", LocalDate.of(2026, 3, 18), "preferences.given", "couple"),
                Event.of("w3", LocalDate.of(2026, 3, 27), "shortlist.sent", "planner"),
                Event.of("w4", LocalDate.of(2026, 4, 6), "venue.chosen", "couple"),
                Event.builder()
                        .from(Event.of("w5", LocalDate.of(2026, 5, 4), "notice", "planner"))
                        .ref("guest-list#1")
                        .note("the printer needs the guest list by 8 May to post the invitations on time")
                        .build()));
    }
}
