package dev.pacta.examples.cases;

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
import dev.pacta.core.money.Money;
import dev.pacta.core.time.Recurrence;
import dev.pacta.core.time.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A social-media retainer: the café supplies its brand guidelines, approves each post within two
 * business days, and pays a monthly invoice within 14 days; the agency publishes each approved post the next
 * business day and holds a weekly check-in. The client approves consistently on time (one post once a day late),
 * so the posts go out on time; the May invoice is paid three days late, and one check-in is missed.
 */
public final class SocialMediaRetainerCase {
    /** The client. */
    public static final PartyId CLIENT = PartyId.of("cafe");
    /** The provider. */
    public static final PartyId AGENCY = PartyId.of("loop");
    /** The date the case is evaluated as of. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 5, 20);

    private SocialMediaRetainerCase() {}

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
                .id(AgreementId.of("casa-verde-social-2026"))
                .title("Casa Verde social-media retainer")
                .addParties(Party.builder()
                        .id(CLIENT)
                        .name("Casa Verde Cafe")
                        .role(Role.CLIENT)
                        .contact("Lucia Prats, owner")
                        .build())
                .addParties(Party.builder()
                        .id(AGENCY)
                        .name("Loop Social")
                        .role(Role.PROVIDER)
                        .contact("Sam Ortiz, community manager")
                        .build())
                .zone(ZoneId.of("Europe/Madrid"))
                .effectiveDate(LocalDate.of(2026, 4, 1))
                .endDate(LocalDate.of(2026, 12, 31))
                .addObligations(
                        Obligation.builder()
                                .id(ObligationId.of("brand-guidelines"))
                                .title("Provide brand guidelines and photos")
                                .category(Category.RESOURCES)
                                .obligor(CLIENT)
                                .beneficiary(AGENCY)
                                .trigger(Trigger.onEffectiveDate())
                                .deadline(DeadlineRule.ofBusinessDays(3))
                                .addFulfilledBy("guidelines.delivered")
                                .build(),
                        Obligation.builder()
                                .id(ObligationId.of("approve-post"))
                                .title("Approve each post within two business days")
                                .category(Category.APPROVAL)
                                .obligor(CLIENT)
                                .beneficiary(AGENCY)
                                .trigger(Trigger.onEvent("post.submitted"))
                                .deadline(DeadlineRule.ofBusinessDays(2))
                                .addFulfilledBy("post.approved")
                                .build(),
                        Obligation.builder()
                                .id(ObligationId.of("publish-post"))
                                .title("Publish each approved post")
                                .category(Category.DELIVERABLE)
                                .obligor(AGENCY)
                                .beneficiary(CLIENT)
                                .trigger(Trigger.onFulfilment(ObligationId.of("approve-post")))
                                .deadline(DeadlineRule.ofBusinessDays(1))
                                .addFulfilledBy("post.published")
                                .build(),
                        Obligation.builder()
                                .id(ObligationId.of("check-in"))
                                .title("Weekly check-in call")
                                .category(Category.MEETING)
                                .obligor(AGENCY)
                                .beneficiary(CLIENT)
                                .trigger(Trigger.recurring(Recurrence.builder()
                                        .frequency(Recurrence.Frequency.WEEKLY)
                                        .dayOfWeek(DayOfWeek.TUESDAY)
                                        .build()))
                                .deadline(DeadlineRule.within(Span.ofCalendarDays(2)))
                                .addFulfilledBy("check-in.held")
                                .timeBound(true)
                                .build(),
                        Obligation.builder()
                                .id(ObligationId.of("invoice"))
                                .title("Pay the monthly invoice within 14 days")
                                .category(Category.PAYMENT)
                                .obligor(CLIENT)
                                .beneficiary(AGENCY)
                                .trigger(Trigger.recurring(Recurrence.builder()
                                        .frequency(Recurrence.Frequency.MONTHLY)
                                        .dayOfMonth(1)
                                        .build()))
                                .deadline(DeadlineRule.ofCalendarDays(14))
                                .amount(Money.of("900.00", "EUR"))
                                .build())
                .build();
    }

    /**
     * What happened: the agency's scheduling tool and the café's bank.
     *
     * @return the timeline
     */
    public static Timeline timeline() {
        List<Event> events = new ArrayList<>();
        events.add(Event.of("s1", LocalDate.of(2026, 4, 2), "guidelines.delivered", "cafe"));
        // Two posts a week: submitted, approved, published.
        String[][] posts = {
            {"2026-04-06", "2026-04-07", "2026-04-08"},
            {"2026-04-09", "2026-04-10", "2026-04-13"},
            {"2026-04-13", "2026-04-14", "2026-04-15"},
            {"2026-04-16", "2026-04-21", "2026-04-22"},
            {"2026-04-20", "2026-04-21", "2026-04-22"},
            {"2026-04-23", "2026-04-24", "2026-04-27"},
            {"2026-04-27", "2026-04-29", "2026-04-30"},
            {"2026-05-04", "2026-05-05", "2026-05-06"},
            {"2026-05-07", "2026-05-08", "2026-05-11"},
            {"2026-05-11", "2026-05-12", "2026-05-13"},
            {"2026-05-14", "2026-05-15", "2026-05-18"},
            {"2026-05-18", "2026-05-19", "2026-05-20"},
        };
        for (int k = 0; k < posts.length; k++) {
            events.add(Event.of("p" + (k + 1) + "s", LocalDate.parse(posts[k][0]), "post.submitted", "loop"));
            events.add(Event.of("p" + (k + 1) + "a", LocalDate.parse(posts[k][1]), "post.approved", "cafe"));
            events.add(Event.of("p" + (k + 1) + "p", LocalDate.parse(posts[k][2]), "post.published", "loop"));
        }
        // Weekly check-ins on Tuesdays; the one of 2026-04-28 did not happen.
        for (String day : List.of("2026-04-07", "2026-04-14", "2026-04-21", "2026-05-05", "2026-05-12", "2026-05-19")) {
            events.add(
                    Event.of("c" + day.substring(5).replace("-", ""), LocalDate.parse(day), "check-in.held", "loop"));
        }
        events.add(payment("i1", "2026-04-10"));
        events.add(payment("i2", "2026-05-18"));
        return Timeline.of(events);
    }

    private static Event payment(String id, String date) {
        return Event.builder()
                .from(Event.of(id, LocalDate.parse(date), "payment", "cafe"))
                .amount(Money.of("900.00", "EUR"))
                .build();
    }
}
