package dev.pacta.core.template;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.AgreementId;
import dev.pacta.core.model.Category;
import dev.pacta.core.model.DeadlineRule;
import dev.pacta.core.model.Milestone;
import dev.pacta.core.model.MilestoneId;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.ObligationId;
import dev.pacta.core.model.Party;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.model.Role;
import dev.pacta.core.model.Trigger;
import dev.pacta.core.money.Money;
import java.math.BigDecimal;
import java.time.ZoneId;

/**
 * A small realistic Java template from the seed: a studio builds a client's website. The client provides content
 * within ten business days, approves each mock-up within {@code approvalDays} business days and pays a deposit of
 * {@code depositPercent} % within 7 days and the balance within 30 days of delivery; the studio delivers the site by
 * {@code launchDate}, the target of the launch milestone.
 */
public final class WebDevelopmentTemplate {
    private WebDevelopmentTemplate() {}

    /** The template. */
    public static AgreementTemplate template() {
        return AgreementTemplate.builder()
                .id(TemplateId.of("web-development"))
                .title("Website development")
                .description("a studio designs and builds a client's website; the client gives content, approvals"
                        + " and payments on time")
                .addParameters(Parameter.of("clientName", ParameterType.PARTY_NAME, "the client's legal name"))
                .addParameters(Parameter.of("startDate", ParameterType.DATE, "the day the agreement takes effect"))
                .addParameters(Parameter.builder()
                        .name("approvalDays")
                        .type(ParameterType.BUSINESS_DAYS)
                        .defaultValue(ParameterValue.ofBusinessDays(2))
                        .min(ParameterValue.ofBusinessDays(1))
                        .max(ParameterValue.ofBusinessDays(10))
                        .description("business days the client has to approve each mock-up")
                        .build())
                .addParameters(Parameter.builder()
                        .name("projectValue")
                        .type(ParameterType.AMOUNT)
                        .defaultValue(ParameterValue.ofAmount(Money.of("6000.00", "EUR")))
                        .min(ParameterValue.ofAmount(Money.of("500.00", "EUR")))
                        .description("the price of the project")
                        .build())
                .addParameters(Parameter.builder()
                        .name("depositPercent")
                        .type(ParameterType.PERCENTAGE)
                        .defaultValue(ParameterValue.ofPercentage(new BigDecimal("50")))
                        .min(ParameterValue.ofPercentage(new BigDecimal("10")))
                        .max(ParameterValue.ofPercentage(new BigDecimal("90")))
                        .description("the share of the price paid up front; the balance is due on delivery")
                        .build())
                .addParameters(Parameter.of("launchDate", ParameterType.DATE, "the day the site goes live"))
                .body(WebDevelopmentTemplate::agreement)
                .build();
    }

    private static Agreement agreement(ResolvedValues values) {
        BigDecimal deposit = values.percentage("depositPercent");
        return Agreement.builder()
                .id(AgreementId.of("web-development"))
                .title("Website for " + values.partyName("clientName"))
                .addParties(Party.builder()
                        .id(PartyId.of("client"))
                        .name(values.partyName("clientName"))
                        .role(Role.CLIENT)
                        .contact("Ana Ruiz")
                        .build())
                .addParties(Party.builder()
                        .id(PartyId.of("studio"))
                        .name("Pixel Studio")
                        .role(Role.PROVIDER)
                        .contact("Bo Lind")
                        .build())
                .zone(ZoneId.of("Europe/Madrid"))
                .effectiveDate(values.date("startDate"))
                .value(values.amount("projectValue"))
                .addObligations(duty("pay-deposit", "client", Category.PAYMENT)
                        .trigger(Trigger.onEffectiveDate())
                        .deadline(DeadlineRule.ofCalendarDays(7))
                        .percentOfValue(deposit)
                        .build())
                .addObligations(duty("provide-content", "client", Category.RESOURCES)
                        .trigger(Trigger.onEffectiveDate())
                        .deadline(DeadlineRule.ofBusinessDays(10))
                        .addFulfilledBy("content.delivered")
                        .build())
                .addObligations(duty("approve-mockup", "client", Category.APPROVAL)
                        .trigger(Trigger.onEvent("mockup.submitted"))
                        .deadline(DeadlineRule.ofBusinessDays(values.businessDays("approvalDays")))
                        .addFulfilledBy("mockup.approved")
                        .build())
                .addObligations(duty("build-site", "studio", Category.DELIVERABLE)
                        .trigger(Trigger.onEffectiveDate())
                        .deadline(DeadlineRule.onDate(values.date("launchDate")))
                        .addFulfilledBy("site.delivered")
                        .build())
                .addObligations(duty("pay-balance", "client", Category.PAYMENT)
                        .trigger(Trigger.onFulfilment(ObligationId.of("build-site")))
                        .deadline(DeadlineRule.ofCalendarDays(30))
                        .percentOfValue(BigDecimal.valueOf(100).subtract(deposit))
                        .build())
                .addMilestones(Milestone.builder()
                        .id(MilestoneId.of("launch"))
                        .title("Launch")
                        .target(values.date("launchDate"))
                        .addRequires(ObligationId.of("build-site"))
                        .build())
                .build();
    }

    private static Obligation.Builder duty(String id, String obligor, Category category) {
        return Obligation.builder()
                .id(ObligationId.of(id))
                .title(id.replace('-', ' '))
                .category(category)
                .obligor(PartyId.of(obligor))
                .beneficiary(PartyId.of(obligor.equals("client") ? "studio" : "client"));
    }
}
