package dev.pacta.testing;

import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.engine.ComplianceRules;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.AgreementId;
import dev.pacta.core.model.Category;
import dev.pacta.core.model.DeadlineRule;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.EventId;
import dev.pacta.core.model.EventTime;
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
import dev.pacta.core.report.ComplianceReport;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A small web project for the kit's tests: the client pays a deposit, supplies content by Friday 6 March and approves
 * each mock-up within 2 business days; the studio builds the site within 10 business days (waiting on the content);
 * the launch milestone is due Monday 16 March. The client names no point of contact.
 *
 * <p>In {@link #TIMELINE} the client approves the second mock-up 1 business day late and delivers the content 5 days
 * late (3 business days), which moves the build and makes the launch 3 business days late, all attributed to the
 * client; half of the client's decided duties are on time.
 */
final class WebProject {
    private WebProject() {}

    static final LocalDate START = LocalDate.of(2026, 3, 2);

    static final Agreement AGREEMENT = Agreement.builder()
            .id(AgreementId.of("web"))
            .title("Bakery website")
            .zone(ZoneId.of("Europe/Madrid"))
            .effectiveDate(START)
            .value(Money.of("10000.00", "EUR"))
            .addParties(Party.of("client", "Acme Bakery", Role.CLIENT))
            .addParties(Party.builder()
                    .id(PartyId.of("studio"))
                    .name("Pixel Studio")
                    .role(Role.PROVIDER)
                    .contact("Bo Lind")
                    .build())
            .addObligations(Obligation.builder()
                    .id(ObligationId.of("deposit"))
                    .title("Pay the deposit")
                    .category(Category.PAYMENT)
                    .obligor(PartyId.of("client"))
                    .beneficiary(PartyId.of("studio"))
                    .trigger(Trigger.onEffectiveDate())
                    .deadline(DeadlineRule.ofCalendarDays(7))
                    .amount(Money.of("5000.00", "EUR"))
                    .build())
            .addObligations(Obligation.builder()
                    .id(ObligationId.of("provide-content"))
                    .title("Supply texts and images")
                    .category(Category.RESOURCES)
                    .obligor(PartyId.of("client"))
                    .beneficiary(PartyId.of("studio"))
                    .trigger(Trigger.onEffectiveDate())
                    .deadline(DeadlineRule.onDate(LocalDate.of(2026, 3, 6)))
                    .addFulfilledBy("content.delivered")
                    .build())
            .addObligations(Obligation.builder()
                    .id(ObligationId.of("approve-mockup"))
                    .title("Approve each mock-up within 2 business days")
                    .category(Category.APPROVAL)
                    .obligor(PartyId.of("client"))
                    .beneficiary(PartyId.of("studio"))
                    .trigger(Trigger.onEvent("mockup.submitted"))
                    .deadline(DeadlineRule.ofBusinessDays(2))
                    .addFulfilledBy("mockup.approved")
                    .build())
            .addObligations(Obligation.builder()
                    .id(ObligationId.of("build-site"))
                    .title("Build and launch the site")
                    .category(Category.DELIVERABLE)
                    .obligor(PartyId.of("studio"))
                    .beneficiary(PartyId.of("client"))
                    .trigger(Trigger.onEffectiveDate())
                    .deadline(DeadlineRule.ofBusinessDays(10))
                    .addPrerequisites(ObligationId.of("provide-content"))
                    .addFulfilledBy("site.launched")
                    .build())
            .addMilestones(Milestone.builder()
                    .id(MilestoneId.of("launch"))
                    .title("Site launched")
                    .target(LocalDate.of(2026, 3, 16))
                    .addRequires(ObligationId.of("build-site"))
                    .build())
            .build();

    static final List<Event> EVENTS = List.of(
            Event.of("e1", LocalDate.of(2026, 3, 2), "mockup.submitted", "studio"),
            Event.of("e2", LocalDate.of(2026, 3, 4), "mockup.approved", "client"),
            Event.of("e3", LocalDate.of(2026, 3, 5), "mockup.submitted", "studio"),
            payment("e4", LocalDate.of(2026, 3, 5), "5000.00"),
            Event.builder()
                    .from(Event.of("e5", LocalDate.of(2026, 3, 10), "mockup.approved", "client"))
                    .ref("approve-mockup#2")
                    .build(),
            Event.of("e6", LocalDate.of(2026, 3, 11), "content.delivered", "client"),
            Event.of("e7", LocalDate.of(2026, 3, 19), "site.launched", "studio"));

    static final Timeline TIMELINE = Timeline.of(EVENTS);

    /** Reports the missing point of contact. */
    static final ComplianceEngine ENGINE = ComplianceEngine.builder()
            .addRule(ComplianceRules.pointOfContactRequired())
            .build();

    static ComplianceReport reportAsOf(LocalDate date) {
        return ENGINE.evaluate(AGREEMENT, TIMELINE, date);
    }

    static Event payment(String id, LocalDate date, String euros) {
        return Event.builder()
                .id(EventId.of(id))
                .at(EventTime.of(date))
                .kind("payment")
                .actor(PartyId.of("client"))
                .amount(Money.of(euros, "EUR"))
                .build();
    }
}
