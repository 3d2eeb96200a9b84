package dev.pacta.core.model;

import dev.pacta.core.Problem;
import dev.pacta.core.ValidationException;
import dev.pacta.core.money.Money;
import dev.pacta.core.time.Recurrence;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** A valid website agreement touching every part of the model, and helpers to break it in one place. */
final class AgreementFixtures {
    static final LocalDate EFFECTIVE = LocalDate.of(2026, 3, 2);

    private AgreementFixtures() {}

    static Obligation.Builder obligation(String id, String obligor, String beneficiary, Category category) {
        return Obligation.builder()
                .id(ObligationId.of(id))
                .title(id.replace('-', ' '))
                .category(category)
                .obligor(PartyId.of(obligor))
                .beneficiary(PartyId.of(beneficiary));
    }

    /**
     * The obligations, by index: 0 provide-content, 1 build-pages, 2 approve-pages, 3 deposit, 4 balance,
     * 5 penalty-fee, 6 weekly-checkin, 7 confidentiality.
     */
    static Agreement.Builder web() {
        return Agreement.builder()
                .id(AgreementId.of("web-2026"))
                .title("Bakery website redesign")
                .addParties(Party.builder()
                        .id(PartyId.of("client"))
                        .name("Acme Bakery Ltd")
                        .role(Role.CLIENT)
                        .contact("Ana")
                        .build())
                .addParties(Party.of("studio", "Pixel Studio", Role.PROVIDER))
                .zone(ZoneId.of("Europe/Madrid"))
                .effectiveDate(EFFECTIVE)
                .endDate(LocalDate.of(2026, 12, 31))
                .value(Money.of("10000.00", "USD"))
                .addObligations(obligation("provide-content", "client", "studio", Category.RESOURCES)
                        .trigger(Trigger.onEffectiveDate())
                        .deadline(DeadlineRule.ofBusinessDays(10))
                        .addFulfilledBy("content.delivered")
                        .build())
                .addObligations(obligation("build-pages", "studio", "client", Category.DELIVERABLE)
                        .trigger(Trigger.onFulfilment(ObligationId.of("provide-content")))
                        .deadline(DeadlineRule.ofBusinessDays(15))
                        .addPrerequisites(ObligationId.of("provide-content"))
                        .addFulfilledBy("pages.delivered")
                        .build())
                .addObligations(obligation("approve-pages", "client", "studio", Category.APPROVAL)
                        .trigger(Trigger.onEvent("pages.delivered"))
                        .deadline(DeadlineRule.ofBusinessDays(2))
                        .addFulfilledBy("pages.approved")
                        .timeBound(true)
                        .build())
                .addObligations(obligation("deposit", "client", "studio", Category.PAYMENT)
                        .trigger(Trigger.onEffectiveDate())
                        .deadline(DeadlineRule.ofCalendarDays(7))
                        .percentOfValue(new BigDecimal("50"))
                        .addRemedies(Remedy.Interest.builder()
                                .annualRatePercent(new BigDecimal("12.25"))
                                .build())
                        .build())
                .addObligations(obligation("balance", "client", "studio", Category.PAYMENT)
                        .trigger(Trigger.onMilestone(MilestoneId.of("launch")))
                        .deadline(DeadlineRule.ofCalendarDays(30))
                        .percentOfValue(new BigDecimal("50"))
                        .addRemedies(Remedy.LateFee.builder()
                                .flat(Money.of("100.00", "USD"))
                                .build())
                        .addRemedies(Remedy.RemedyObligation.builder()
                                .obligation(ObligationId.of("penalty-fee"))
                                .build())
                        .addRemedies(
                                Remedy.Right.builder().right("SUSPEND_WORK").build())
                        .build())
                .addObligations(obligation("penalty-fee", "client", "studio", Category.PAYMENT)
                        .trigger(Trigger.onBreach(ObligationId.of("balance")))
                        .deadline(DeadlineRule.ofCalendarDays(7))
                        .amount(Money.of("1100.00", "USD"))
                        .addRemedies(Remedy.Penalty.builder()
                                .percent(new BigDecimal("10.5"))
                                .per(dev.pacta.core.time.Span.ofCalendarDays(2))
                                .capPercent(new BigDecimal("55"))
                                .build())
                        .build())
                .addObligations(obligation("weekly-checkin", "studio", "client", Category.MEETING)
                        .trigger(Trigger.recurring(Recurrence.builder()
                                .frequency(Recurrence.Frequency.WEEKLY)
                                .dayOfWeek(DayOfWeek.MONDAY)
                                .until(LocalDate.of(2026, 6, 29))
                                .build()))
                        .deadline(DeadlineRule.ofHours(8))
                        .grace(dev.pacta.core.time.Span.ofHours(24))
                        .addFulfilledBy("meeting.held")
                        .timeBound(true)
                        .build())
                .addObligations(obligation("confidentiality", "studio", "client", Category.CONFIDENTIALITY)
                        .modality(Modality.MUST_NOT)
                        .trigger(Trigger.onEffectiveDate())
                        .deadline(DeadlineRule.open())
                        .addFulfilledBy("secret.disclosed")
                        .survivesTermination(true)
                        .build())
                .addMilestones(Milestone.builder()
                        .id(MilestoneId.of("launch"))
                        .title("Launch")
                        .target(LocalDate.of(2026, 6, 30))
                        .addRequires(ObligationId.of("build-pages"), ObligationId.of("approve-pages"))
                        .build())
                .addMilestones(Milestone.builder()
                        .id(MilestoneId.of("handover"))
                        .title("Handover")
                        .target(LocalDate.of(2026, 7, 15))
                        .addDependsOn(MilestoneId.of("launch"))
                        .build())
                .putMetadata("crm-ref", "OPP-1234");
    }

    /** The web agreement with obligation {@code index} changed. */
    static Agreement.Builder withObligation(int index, UnaryOperator<Obligation.Builder> change) {
        Agreement base = web().build();
        List<Obligation> obligations = new ArrayList<>(base.obligations());
        obligations.set(
                index,
                change.apply(Obligation.builder().from(obligations.get(index))).build());
        return Agreement.builder().from(base).obligations(obligations);
    }

    /** The web agreement with milestone {@code index} changed. */
    static Agreement.Builder withMilestone(int index, UnaryOperator<Milestone.Builder> change) {
        Agreement base = web().build();
        List<Milestone> milestones = new ArrayList<>(base.milestones());
        milestones.set(
                index,
                change.apply(Milestone.builder().from(milestones.get(index))).build());
        return Agreement.builder().from(base).milestones(milestones);
    }

    /** The problems building reports, or an empty list if it builds. */
    static List<Problem> problems(Agreement.Builder builder) {
        try {
            builder.build();
            return List.of();
        } catch (ValidationException e) {
            return e.problems();
        }
    }
}
