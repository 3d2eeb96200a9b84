package dev.pacta.examples.cases;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.AgreementId;
import dev.pacta.core.model.Category;
import dev.pacta.core.model.DeadlineRule;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.Milestone;
import dev.pacta.core.model.MilestoneId;
import dev.pacta.core.model.Modality;
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
 * An IT consultancy: the consultancy needs access to the client's shipment data and its key
 * stakeholders in a workshop to assess the systems, then proposes a cheaper, scalable alternative that the client
 * must decide on. The client named no point of contact (the custom rule reports it), grants data access four business
 * days late (the assessment's deadline moves by four business days), and has yet to decide on the proposal.
 */
public final class ItConsultingCase {
    /** The client. */
    public static final PartyId CLIENT = PartyId.of("harbor");
    /** The provider. */
    public static final PartyId CONSULTANCY = PartyId.of("cobalt");
    /** The date the case is evaluated as of. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 10, 23);

    private ItConsultingCase() {}

    /**
     * Evaluates the case and prints the text report.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        CaseStudy.print(agreement(), timeline(), AS_OF);
    }

    /**
     * The agreement, built with the Java API. The client is created with {@link Party#of(String, String, Role)},
     * which names no contact.
     *
     * @return the agreement
     */
    public static Agreement agreement() {
        return Agreement.builder()
                .id(AgreementId.of("harbor-it-review"))
                .title("Harbor Logistics systems review")
                .addParties(Party.of("harbor", "Harbor Logistics", Role.CLIENT))
                .addParties(Party.builder()
                        .id(CONSULTANCY)
                        .name("Cobalt IT")
                        .role(Role.PROVIDER)
                        .contact("Ravi Shah, engagement manager")
                        .build())
                .zone(ZoneId.of("America/New_York"))
                .effectiveDate(LocalDate.of(2026, 9, 1))
                .value(Money.of("18000.00", "USD"))
                .addObligations(
                        Obligation.builder()
                                .id(ObligationId.of("data-access"))
                                .title("Grant read access to the shipment database")
                                .category(Category.RESOURCES)
                                .obligor(CLIENT)
                                .beneficiary(CONSULTANCY)
                                .trigger(Trigger.onEffectiveDate())
                                .deadline(DeadlineRule.ofBusinessDays(5))
                                .addFulfilledBy("access.granted")
                                .build(),
                        Obligation.builder()
                                .id(ObligationId.of("workshop"))
                                .title("Bring the key stakeholders to the workshop")
                                .category(Category.MEETING)
                                .obligor(CLIENT)
                                .beneficiary(CONSULTANCY)
                                .trigger(Trigger.onEvent("workshop.scheduled"))
                                .deadline(DeadlineRule.ofBusinessDays(5))
                                .addFulfilledBy("workshop.attended")
                                .build(),
                        Obligation.builder()
                                .id(ObligationId.of("assessment"))
                                .title("Deliver the assessment of the current systems")
                                .category(Category.DELIVERABLE)
                                .obligor(CONSULTANCY)
                                .beneficiary(CLIENT)
                                .trigger(Trigger.onEffectiveDate())
                                .deadline(DeadlineRule.ofBusinessDays(20))
                                .addPrerequisites(ObligationId.of("data-access"))
                                .addFulfilledBy("assessment.delivered")
                                .build(),
                        Obligation.builder()
                                .id(ObligationId.of("proposal"))
                                .title("Propose a scalable alternative")
                                .category(Category.DELIVERABLE)
                                .obligor(CONSULTANCY)
                                .beneficiary(CLIENT)
                                .trigger(Trigger.onFulfilment(ObligationId.of("assessment")))
                                .deadline(DeadlineRule.ofBusinessDays(10))
                                .addFulfilledBy("proposal.submitted")
                                .build(),
                        Obligation.builder()
                                .id(ObligationId.of("decide"))
                                .title("Decide on the proposal")
                                .category(Category.APPROVAL)
                                .obligor(CLIENT)
                                .beneficiary(CONSULTANCY)
                                .trigger(Trigger.onEvent("proposal.submitted"))
                                .deadline(DeadlineRule.ofBusinessDays(10))
                                .addFulfilledBy("proposal.decided")
                                .build(),
                        Obligation.builder()
                                .id(ObligationId.of("no-data-sharing"))
                                .title("Do not share the client's customer data")
                                .category(Category.CONFIDENTIALITY)
                                .obligor(CONSULTANCY)
                                .beneficiary(CLIENT)
                                .modality(Modality.MUST_NOT)
                                .trigger(Trigger.onEffectiveDate())
                                .deadline(DeadlineRule.open())
                                .addFulfilledBy("data.shared")
                                .survivesTermination(true)
                                .build(),
                        Obligation.builder()
                                .id(ObligationId.of("fee"))
                                .title("Pay the fixed fee on the assessment")
                                .category(Category.PAYMENT)
                                .obligor(CLIENT)
                                .beneficiary(CONSULTANCY)
                                .trigger(Trigger.onFulfilment(ObligationId.of("assessment")))
                                .deadline(DeadlineRule.ofCalendarDays(30))
                                .percentOfValue(new java.math.BigDecimal("100"))
                                .build())
                .addMilestones(Milestone.builder()
                        .id(MilestoneId.of("assessment-done"))
                        .title("Assessment delivered")
                        .target(LocalDate.of(2026, 9, 29))
                        .addRequires(ObligationId.of("assessment"))
                        .build())
                .build();
    }

    /**
     * What happened, from the consultancy's engagement log.
     *
     * @return the timeline
     */
    public static Timeline timeline() {
        return Timeline.of(List.of(
                Event.of("h1", LocalDate.of(2026, 9, 2), "workshop.scheduled", "cobalt"),
                Event.of("h2", LocalDate.of(2026, 9, 8), "workshop.attended", "harbor"),
                Event.of("h3", LocalDate.of(2026, 9, 14), "access.granted", "harbor"),
                Event.of("h4", LocalDate.of(2026, 10, 2), "assessment.delivered", "cobalt"),
                Event.of("h5", LocalDate.of(2026, 10, 15), "proposal.submitted", "cobalt")));
    }
}
