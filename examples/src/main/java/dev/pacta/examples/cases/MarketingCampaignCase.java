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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A marketing campaign: the agency needs the client's target audience to write concepts, the
 * client gives feedback on the concepts within three business days, and the final copy must be approved within two
 * business days, before the launch. The client warns in advance that its legal review will take longer, approves the
 * final copy five business days late, and the launch slips; the slippage is attributed to the client.
 */
public final class MarketingCampaignCase {
    /** The client. */
    public static final PartyId CLIENT = PartyId.of("northwind");
    /** The provider. */
    public static final PartyId AGENCY = PartyId.of("agency");
    /** The date the case is evaluated as of. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 6, 15);

    private MarketingCampaignCase() {}

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
                .id(AgreementId.of("northwind-summer-2026"))
                .title("Northwind Shoes summer campaign")
                .addParties(Party.builder()
                        .id(CLIENT)
                        .name("Northwind Shoes")
                        .role(Role.CLIENT)
                        .contact("Mia Keller, brand manager")
                        .build())
                .addParties(Party.builder()
                        .id(AGENCY)
                        .name("Bright Agency")
                        .role(Role.PROVIDER)
                        .contact("Tom Berg, account lead")
                        .build())
                .zone(ZoneId.of("Europe/Berlin"))
                .effectiveDate(LocalDate.of(2026, 5, 4))
                .value(Money.of("24000.00", "EUR"))
                .addObligations(
                        Obligation.builder()
                                .id(ObligationId.of("brief"))
                                .title("Describe the target audience and goals")
                                .category(Category.INFORMATION)
                                .obligor(CLIENT)
                                .beneficiary(AGENCY)
                                .trigger(Trigger.onEffectiveDate())
                                .deadline(DeadlineRule.onDate(LocalDate.of(2026, 5, 8)))
                                .addFulfilledBy("brief.delivered")
                                .build(),
                        Obligation.builder()
                                .id(ObligationId.of("concepts"))
                                .title("Present campaign concepts")
                                .category(Category.DELIVERABLE)
                                .obligor(AGENCY)
                                .beneficiary(CLIENT)
                                .trigger(Trigger.onEffectiveDate())
                                .deadline(DeadlineRule.ofBusinessDays(10))
                                .addPrerequisites(ObligationId.of("brief"))
                                .addFulfilledBy("concepts.presented")
                                .build(),
                        Obligation.builder()
                                .id(ObligationId.of("feedback"))
                                .title("Give feedback on the concepts")
                                .category(Category.FEEDBACK)
                                .obligor(CLIENT)
                                .beneficiary(AGENCY)
                                .trigger(Trigger.onEvent("concepts.presented"))
                                .deadline(DeadlineRule.ofBusinessDays(3))
                                .addFulfilledBy("feedback.given")
                                .build(),
                        Obligation.builder()
                                .id(ObligationId.of("final-copy"))
                                .title("Deliver the final copy")
                                .category(Category.DELIVERABLE)
                                .obligor(AGENCY)
                                .beneficiary(CLIENT)
                                .trigger(Trigger.onEffectiveDate())
                                .deadline(DeadlineRule.onDate(LocalDate.of(2026, 6, 1)))
                                .addPrerequisites(ObligationId.of("feedback"))
                                .addFulfilledBy("final-copy.submitted")
                                .build(),
                        Obligation.builder()
                                .id(ObligationId.of("approve-copy"))
                                .title("Approve the final copy before launch")
                                .category(Category.APPROVAL)
                                .obligor(CLIENT)
                                .beneficiary(AGENCY)
                                .trigger(Trigger.onEvent("final-copy.submitted"))
                                .deadline(DeadlineRule.ofBusinessDays(2))
                                .addFulfilledBy("final-copy.approved")
                                .build(),
                        Obligation.builder()
                                .id(ObligationId.of("launch-campaign"))
                                .title("Launch the campaign")
                                .category(Category.DELIVERABLE)
                                .obligor(AGENCY)
                                .beneficiary(CLIENT)
                                .trigger(Trigger.onEffectiveDate())
                                .deadline(DeadlineRule.onDate(LocalDate.of(2026, 6, 8)))
                                // The launch waits on the client's approval: a late approval moves it.
                                .addPrerequisites(ObligationId.of("approve-copy"))
                                .addFulfilledBy("campaign.launched")
                                .build(),
                        Obligation.builder()
                                .id(ObligationId.of("fee"))
                                .title("Pay the campaign fee")
                                .category(Category.PAYMENT)
                                .obligor(CLIENT)
                                .beneficiary(AGENCY)
                                .trigger(Trigger.onMilestone(MilestoneId.of("launch")))
                                .deadline(DeadlineRule.ofCalendarDays(30))
                                .percentOfValue(new java.math.BigDecimal("100"))
                                .build())
                .addMilestones(Milestone.builder()
                        .id(MilestoneId.of("launch"))
                        .title("Campaign live")
                        .target(LocalDate.of(2026, 6, 8))
                        .addRequires(ObligationId.of("approve-copy"), ObligationId.of("launch-campaign"))
                        .build())
                .build();
    }

    /**
     * What happened, as the agency's project tool recorded it.
     *
     * @return the timeline
     */
    public static Timeline timeline() {
        return Timeline.of(List.of(
                Event.of("m1", LocalDate.of(2026, 5, 7), "brief.delivered", "northwind"),
                Event.of("m2", LocalDate.of(2026, 5, 15), "concepts.presented", "agency"),
                Event.of("m3", LocalDate.of(2026, 5, 19), "feedback.given", "northwind"),
                Event.of("m6", LocalDate.of(2026, 6, 1), "final-copy.submitted", "agency"),
                Event.builder()
                        .from(Event.of("m7", LocalDate.of(2026, 6, 2), "notice", "northwind"))
                        .ref("approve-copy#1")
                        .note("legal must review the claims; expect approval next week")
                        .build(),
                Event.of("m8", LocalDate.of(2026, 6, 10), "final-copy.approved", "northwind"),
                Event.of("m9", LocalDate.of(2026, 6, 11), "campaign.launched", "agency")));
    }
}
