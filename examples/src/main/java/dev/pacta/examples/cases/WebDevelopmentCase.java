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
import dev.pacta.core.time.Recurrence;
import dev.pacta.core.time.Span;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A web-development project: a bakery commissions a website from a studio. The client must supply content
 * and images by a date, approve each mock-up within two business days, and pay a 50 % deposit and the balance on
 * launch; the studio builds the site, holds a weekly check-in and delivers by the launch date. The client's content is
 * three days late; building the site waits on it (a prerequisite), so the studio's deadline moves by three business
 * days, and the launch, reached four business days late, attributes three days to the bakery and one to the studio.
 *
 * <p>Run it with {@code bin/pacta demo} or this class's {@link #main(String[]) main}.
 */
public final class WebDevelopmentCase {
    /** The client. */
    public static final PartyId CLIENT = PartyId.of("bakery");
    /** The provider. */
    public static final PartyId STUDIO = PartyId.of("studio");
    /** The date the case is evaluated as of. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 4, 3);

    private WebDevelopmentCase() {}

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
                .id(AgreementId.of("bakery-web-2026"))
                .title("Acme Bakery website")
                .addParties(Party.builder()
                        .id(CLIENT)
                        .name("Acme Bakery")
                        .role(Role.CLIENT)
                        .contact("Ana Ruiz, owner")
                        .build())
                .addParties(Party.builder()
                        .id(STUDIO)
                        .name("Pixel Studio")
                        .role(Role.PROVIDER)
                        .contact("Bo Lind, project manager")
                        .build())
                .zone(ZoneId.of("Europe/Madrid"))
                .effectiveDate(LocalDate.of(2026, 3, 2))
                .endDate(LocalDate.of(2026, 6, 30))
                .value(Money.of("8000.00", "EUR"))
                .addObligations(
                        Obligation.builder()
                                .id(ObligationId.of("provide-content"))
                                .title("Provide texts and photos")
                                .category(Category.RESOURCES)
                                .obligor(CLIENT)
                                .beneficiary(STUDIO)
                                .trigger(Trigger.onEffectiveDate())
                                .deadline(DeadlineRule.onDate(LocalDate.of(2026, 3, 9)))
                                .addFulfilledBy("content.delivered")
                                .build(),
                        Obligation.builder()
                                .id(ObligationId.of("approve-mockup"))
                                .title("Approve each mock-up")
                                .category(Category.APPROVAL)
                                .obligor(CLIENT)
                                .beneficiary(STUDIO)
                                .trigger(Trigger.onEvent("mockup.submitted"))
                                .deadline(DeadlineRule.ofBusinessDays(2))
                                .addFulfilledBy("mockup.approved")
                                .build(),
                        Obligation.builder()
                                .id(ObligationId.of("deposit"))
                                .title("Pay the 50 % deposit")
                                .category(Category.PAYMENT)
                                .obligor(CLIENT)
                                .beneficiary(STUDIO)
                                .trigger(Trigger.onEffectiveDate())
                                .deadline(DeadlineRule.ofCalendarDays(7))
                                .percentOfValue(new BigDecimal("50"))
                                .build(),
                        Obligation.builder()
                                .id(ObligationId.of("build-site"))
                                .title("Build and deliver the site")
                                .category(Category.DELIVERABLE)
                                .obligor(STUDIO)
                                .beneficiary(CLIENT)
                                .trigger(Trigger.onEffectiveDate())
                                .deadline(DeadlineRule.ofBusinessDays(14))
                                // Building waits on the client's content: if it is late, the deadline moves.
                                .addPrerequisites(ObligationId.of("provide-content"))
                                .addFulfilledBy("site.delivered")
                                .build(),
                        Obligation.builder()
                                .id(ObligationId.of("weekly-check-in"))
                                .title("Weekly status check-in")
                                .category(Category.MEETING)
                                .obligor(STUDIO)
                                .beneficiary(CLIENT)
                                .trigger(Trigger.recurring(Recurrence.builder()
                                        .frequency(Recurrence.Frequency.WEEKLY)
                                        .dayOfWeek(DayOfWeek.MONDAY)
                                        .build()))
                                .deadline(DeadlineRule.within(Span.ofCalendarDays(4)))
                                .addFulfilledBy("check-in.held")
                                .timeBound(true)
                                .build(),
                        Obligation.builder()
                                .id(ObligationId.of("balance"))
                                .title("Pay the balance on launch")
                                .category(Category.PAYMENT)
                                .obligor(CLIENT)
                                .beneficiary(STUDIO)
                                .trigger(Trigger.onMilestone(MilestoneId.of("launch")))
                                .deadline(DeadlineRule.ofCalendarDays(30))
                                .percentOfValue(new BigDecimal("50"))
                                .build(),
                        Obligation.builder()
                                .id(ObligationId.of("confidentiality"))
                                .title("Do not share the studio's code")
                                .category(Category.CONFIDENTIALITY)
                                .obligor(CLIENT)
                                .beneficiary(STUDIO)
                                .modality(Modality.MUST_NOT)
                                .trigger(Trigger.onEffectiveDate())
                                .deadline(DeadlineRule.open())
                                .addFulfilledBy("code.shared")
                                .survivesTermination(true)
                                .build())
                .addMilestones(Milestone.builder()
                        .id(MilestoneId.of("launch"))
                        .title("Site launched")
                        .target(LocalDate.of(2026, 3, 20))
                        .addRequires(ObligationId.of("build-site"))
                        .build())
                .build();
    }

    /**
     * What happened, as the studio's project tool recorded it.
     *
     * @return the timeline
     */
    public static Timeline timeline() {
        return Timeline.of(List.of(
                payment("e1", "2026-03-05", "4000.00"),
                Event.of("e2", LocalDate.of(2026, 3, 2), "check-in.held", "studio"),
                Event.of("e3", LocalDate.of(2026, 3, 4), "mockup.submitted", "studio"),
                Event.of("e4", LocalDate.of(2026, 3, 6), "mockup.approved", "bakery"),
                Event.of("e5", LocalDate.of(2026, 3, 9), "check-in.held", "studio"),
                Event.of("e6", LocalDate.of(2026, 3, 11), "mockup.submitted", "studio"),
                Event.of("e7", LocalDate.of(2026, 3, 12), "content.delivered", "bakery"),
                Event.of("e8", LocalDate.of(2026, 3, 16), "mockup.approved", "bakery"),
                Event.of("e9", LocalDate.of(2026, 3, 23), "check-in.held", "studio"),
                Event.of("e10", LocalDate.of(2026, 3, 30), "check-in.held", "studio"),
                Event.of("e11", LocalDate.of(2026, 3, 26), "site.delivered", "studio")));
    }

    private static Event payment(String id, String date, String amount) {
        return Event.builder()
                .from(Event.of(id, LocalDate.parse(date), "payment", "bakery"))
                .amount(Money.of(amount, "EUR"))
                .build();
    }
}
