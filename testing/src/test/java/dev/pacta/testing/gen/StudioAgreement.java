package dev.pacta.testing.gen;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.AgreementId;
import dev.pacta.core.model.Category;
import dev.pacta.core.model.DeadlineRule;
import dev.pacta.core.model.Milestone;
import dev.pacta.core.model.MilestoneId;
import dev.pacta.core.model.Modality;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.ObligationId;
import dev.pacta.core.model.Party;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.model.Remedy;
import dev.pacta.core.model.Role;
import dev.pacta.core.model.Trigger;
import dev.pacta.core.money.Money;
import dev.pacta.core.time.Recurrence;
import dev.pacta.core.time.Span;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The web-redesign agreement of {@code docs/json-format.md}, simplified, for the generators' tests: triggers on the
 * effective date, on events, on a milestone and by recurrence; payments with a grace period and fees; a time-bound
 * approval with grace; a prerequisite; a time-bound weekly check-in; a {@code MUST_NOT} duty; and the studio's build
 * with a penalty of 10.5 % per 2 days capped at 55 % of EUR 6,000.
 */
final class StudioAgreement {
    private StudioAgreement() {}

    static final Money PENALTY_BASE = Money.of("6000.00", "EUR");

    static final BigDecimal PENALTY_CAP_PERCENT = new BigDecimal("55");

    static final Agreement AGREEMENT = Agreement.builder()
            .id(AgreementId.of("web-2026"))
            .title("Bakery website redesign")
            .zone(ZoneId.of("Europe/Madrid"))
            .effectiveDate(LocalDate.of(2026, 3, 2))
            .endDate(LocalDate.of(2026, 6, 30))
            .value(Money.of("12000.00", "EUR"))
            .addParties(party("bakery", "Acme Bakery", Role.CLIENT))
            .addParties(party("studio", "Pixel & Crumb Studio", Role.PROVIDER))
            .addObligations(Obligation.builder()
                    .id(ObligationId.of("deposit"))
                    .title("Pay the 50 % deposit within 7 days")
                    .category(Category.PAYMENT)
                    .obligor(PartyId.of("bakery"))
                    .beneficiary(PartyId.of("studio"))
                    .trigger(Trigger.onEffectiveDate())
                    .deadline(DeadlineRule.ofCalendarDays(7))
                    .grace(Span.ofCalendarDays(3))
                    .percentOfValue(new BigDecimal("50"))
                    .addRemedies(Remedy.LateFee.builder()
                            .flat(Money.of("100.00", "EUR"))
                            .build())
                    .build())
            .addObligations(Obligation.builder()
                    .id(ObligationId.of("provide-content"))
                    .title("Supply texts and photos")
                    .category(Category.RESOURCES)
                    .obligor(PartyId.of("bakery"))
                    .beneficiary(PartyId.of("studio"))
                    .trigger(Trigger.onEffectiveDate())
                    .deadline(DeadlineRule.onDate(LocalDate.of(2026, 3, 13)))
                    .addFulfilledBy("content.delivered")
                    .build())
            .addObligations(Obligation.builder()
                    .id(ObligationId.of("approve-mockup"))
                    .title("Approve or reject each mock-up within 2 business days")
                    .category(Category.APPROVAL)
                    .obligor(PartyId.of("bakery"))
                    .beneficiary(PartyId.of("studio"))
                    .trigger(Trigger.onEvent("mockup.submitted"))
                    .deadline(DeadlineRule.ofBusinessDays(2))
                    .grace(Span.ofBusinessDays(1))
                    .timeBound(true)
                    .addFulfilledBy("mockup.approved", "mockup.rejected")
                    .build())
            .addObligations(Obligation.builder()
                    .id(ObligationId.of("build-site"))
                    .title("Build the site")
                    .category(Category.DELIVERABLE)
                    .obligor(PartyId.of("studio"))
                    .beneficiary(PartyId.of("bakery"))
                    .trigger(Trigger.onEffectiveDate())
                    .deadline(DeadlineRule.ofBusinessDays(25))
                    .addPrerequisites(ObligationId.of("provide-content"))
                    .addFulfilledBy("site.launched")
                    .addRemedies(Remedy.Penalty.builder()
                            .percent(new BigDecimal("10.5"))
                            .per(Span.ofCalendarDays(2))
                            .capPercent(PENALTY_CAP_PERCENT)
                            .base(PENALTY_BASE)
                            .build())
                    .build())
            .addObligations(Obligation.builder()
                    .id(ObligationId.of("balance"))
                    .title("Pay the balance within 30 days of the launch")
                    .category(Category.PAYMENT)
                    .obligor(PartyId.of("bakery"))
                    .beneficiary(PartyId.of("studio"))
                    .trigger(Trigger.onMilestone(MilestoneId.of("launch")))
                    .deadline(DeadlineRule.ofCalendarDays(30))
                    .percentOfValue(new BigDecimal("50"))
                    .addRemedies(Remedy.LateFee.builder()
                            .flat(Money.of("150.00", "EUR"))
                            .build())
                    .build())
            .addObligations(Obligation.builder()
                    .id(ObligationId.of("weekly-checkin"))
                    .title("Hold the weekly check-in on Monday")
                    .category(Category.MEETING)
                    .obligor(PartyId.of("studio"))
                    .beneficiary(PartyId.of("bakery"))
                    .trigger(Trigger.recurring(Recurrence.builder()
                            .frequency(Recurrence.Frequency.WEEKLY)
                            .dayOfWeek(DayOfWeek.MONDAY)
                            .count(8)
                            .build()))
                    .deadline(DeadlineRule.ofBusinessDays(1))
                    .timeBound(true)
                    .addFulfilledBy("checkin.held")
                    .build())
            .addObligations(Obligation.builder()
                    .id(ObligationId.of("confidentiality"))
                    .title("Do not disclose the bakery's data")
                    .category(Category.CONFIDENTIALITY)
                    .obligor(PartyId.of("studio"))
                    .beneficiary(PartyId.of("bakery"))
                    .modality(Modality.MUST_NOT)
                    .trigger(Trigger.onEffectiveDate())
                    .deadline(DeadlineRule.open())
                    .addFulfilledBy("data.disclosed")
                    .survivesTermination(true)
                    .build())
            .addMilestones(Milestone.builder()
                    .id(MilestoneId.of("launch"))
                    .title("Site launched")
                    .target(LocalDate.of(2026, 4, 6))
                    .addRequires(ObligationId.of("build-site"))
                    .build())
            .build();

    private static Party party(String id, String name, Role role) {
        return Party.builder()
                .id(PartyId.of(id))
                .name(name)
                .role(role)
                .contact(name + " contact")
                .build();
    }
}
