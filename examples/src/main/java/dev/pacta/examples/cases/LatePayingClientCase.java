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
import dev.pacta.core.model.Remedy;
import dev.pacta.core.model.Role;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.model.Trigger;
import dev.pacta.core.money.DayCount;
import dev.pacta.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A late-paying agency client: a 50 % deposit at the start and the balance on completion. The client
 * never pays the deposit and pays the balance three weeks late. Each late payment costs a late fee (EUR 50 plus 2 %)
 * and simple interest at 12 % a year; the unpaid deposit gives the agency the right to suspend work.
 *
 * <p>The balance payment names the instance it pays ({@code ref: balance#1}); without it, a payment goes to the
 * oldest open payment, which here would be the deposit.
 */
public final class LatePayingClientCase {
    /** The client. */
    public static final PartyId CLIENT = PartyId.of("client");
    /** The provider. */
    public static final PartyId AGENCY = PartyId.of("agency");
    /** The date the case is evaluated as of. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);

    private LatePayingClientCase() {}

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
        Remedy lateFee = Remedy.LateFee.builder()
                .flat(Money.of("50.00", "EUR"))
                .percent(new BigDecimal("2"))
                .build();
        Remedy interest = Remedy.Interest.builder()
                .annualRatePercent(new BigDecimal("12"))
                .dayCount(DayCount.ACT_365F)
                .build();
        Remedy suspend = Remedy.right("SUSPEND_WORK");
        return Agreement.builder()
                .id(AgreementId.of("acme-rebrand-2026"))
                .title("Acme Corp rebrand campaign")
                .addParties(Party.builder()
                        .id(CLIENT)
                        .name("Acme Corp")
                        .role(Role.CLIENT)
                        .contact("Dana White, CFO")
                        .build())
                .addParties(Party.builder()
                        .id(AGENCY)
                        .name("Bright Agency")
                        .role(Role.PROVIDER)
                        .contact("Tom Berg, account lead")
                        .build())
                .zone(ZoneId.of("Europe/Dublin"))
                .effectiveDate(LocalDate.of(2026, 1, 5))
                .value(Money.of("12000.00", "EUR"))
                .addObligations(
                        Obligation.builder()
                                .id(ObligationId.of("deposit"))
                                .title("Pay the 50 % deposit at the start")
                                .category(Category.PAYMENT)
                                .obligor(CLIENT)
                                .beneficiary(AGENCY)
                                .trigger(Trigger.onEffectiveDate())
                                .deadline(DeadlineRule.ofCalendarDays(7))
                                .percentOfValue(new BigDecimal("50"))
                                .addRemedies(lateFee, interest, suspend)
                                .build(),
                        Obligation.builder()
                                .id(ObligationId.of("campaign"))
                                .title("Deliver the campaign")
                                .category(Category.DELIVERABLE)
                                .obligor(AGENCY)
                                .beneficiary(CLIENT)
                                .trigger(Trigger.onEffectiveDate())
                                .deadline(DeadlineRule.onDate(LocalDate.of(2026, 2, 13)))
                                .addFulfilledBy("campaign.delivered")
                                .build(),
                        Obligation.builder()
                                .id(ObligationId.of("balance"))
                                .title("Pay the balance on completion")
                                .category(Category.PAYMENT)
                                .obligor(CLIENT)
                                .beneficiary(AGENCY)
                                .trigger(Trigger.onFulfilment(ObligationId.of("campaign")))
                                .deadline(DeadlineRule.ofCalendarDays(14))
                                .percentOfValue(new BigDecimal("50"))
                                .addRemedies(lateFee, interest)
                                .build())
                .build();
    }

    /**
     * What happened: reminders were sent, the work was delivered, one payment arrived.
     *
     * @return the timeline
     */
    public static Timeline timeline() {
        return Timeline.of(List.of(
                Event.builder()
                        .from(Event.of("a1", LocalDate.of(2026, 1, 14), "notice", "agency"))
                        .ref("deposit#1")
                        .note("reminder: the deposit was due on 12 January")
                        .build(),
                Event.of("a2", LocalDate.of(2026, 2, 13), "campaign.delivered", "agency"),
                Event.builder()
                        .from(Event.of("a3", LocalDate.of(2026, 3, 20), "payment", "client"))
                        .amount(Money.of("6000.00", "EUR"))
                        .ref("balance#1")
                        .build()));
    }
}
