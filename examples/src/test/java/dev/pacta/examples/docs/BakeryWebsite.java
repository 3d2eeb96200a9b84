package dev.pacta.examples.docs;

import dev.pacta.core.engine.ComplianceEngine;
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
import dev.pacta.core.time.CalendarSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** A bakery's website, built by a studio: the agreement, then a report on it. */
public class BakeryWebsite {
    /** The bakery must approve each mock-up the studio submits within 2 business days. */
    public static Agreement agreement() {
        return Agreement.builder()
                .id(AgreementId.of("bakery-web-2026"))
                .title("Acme Bakery website")
                .addParties(Party.of("bakery", "Acme Bakery", Role.CLIENT))
                .addParties(Party.of("studio", "Pixel Studio", Role.PROVIDER))
                .zone(ZoneId.of("Europe/Madrid"))
                .effectiveDate(LocalDate.of(2026, 3, 2))
                .addObligations(Obligation.builder()
                        .id(ObligationId.of("approve-mockup"))
                        .title("Approve each mock-up within 2 business days")
                        .category(Category.APPROVAL)
                        .obligor(PartyId.of("bakery")) // who must act
                        .beneficiary(PartyId.of("studio")) // to whom it is owed
                        .trigger(Trigger.onEvent("mockup.submitted"))
                        .deadline(DeadlineRule.ofBusinessDays(2))
                        .addFulfilledBy("mockup.approved")
                        .build())
                .build(); // validates the whole agreement: throws ValidationException listing every problem
    }

    public static void main(String[] args) {
        Timeline timeline = Timeline.of(List.of(
                Event.of("e12", LocalDate.of(2026, 3, 4), "mockup.submitted", "studio"),
                Event.of("e15", LocalDate.of(2026, 3, 9), "mockup.approved", "bakery")));
        ComplianceReport report = ComplianceEngine.of(CalendarSource.builtIns())
                .evaluate(agreement(), timeline, LocalDate.of(2026, 3, 10));
        InstanceReport approval = report.instance("approve-mockup#1").orElseThrow();
        System.out.println(approval.state() + ": " + approval.explanation());
    }
}
