package dev.pacta.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

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
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.FindingCodes;
import dev.pacta.core.report.GrantedRight;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.InstanceState;
import dev.pacta.core.report.PaymentBalance;
import dev.pacta.core.report.PaymentReport;
import dev.pacta.core.time.CalendarId;
import dev.pacta.core.time.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Payments and remedies: docs/design.md's worked examples, the late-paying agency client, and every remedy kind. */
class PaymentsTest {
    static final ComplianceEngine ENGINE = ComplianceEngine.builder().build();

    static Agreement.Builder agreement(String effective) {
        return Agreement.builder()
                .id(AgreementId.of("agency-2024"))
                .title("Marketing campaign")
                .addParties(Party.of("client", "Acme Corp", Role.CLIENT))
                .addParties(Party.of("agency", "Bright Agency", Role.PROVIDER))
                .zone(java.time.ZoneId.of("UTC"))
                .calendar(CalendarId.NONE)
                .effectiveDate(LocalDate.parse(effective));
    }

    static Obligation.Builder pay(String id, DeadlineRule deadline) {
        return Obligation.builder()
                .id(ObligationId.of(id))
                .title(id)
                .category(Category.PAYMENT)
                .obligor(PartyId.of("client"))
                .beneficiary(PartyId.of("agency"))
                .trigger(Trigger.onEffectiveDate())
                .deadline(deadline);
    }

    static Remedy interest(String rate, DayCount dayCount) {
        return Remedy.Interest.builder()
                .annualRatePercent(new BigDecimal(rate))
                .dayCount(dayCount)
                .build();
    }

    static Event payment(String id, String date, String amount, String currency) {
        return Event.builder()
                .from(Event.of(id, LocalDate.parse(date), "payment", "client"))
                .amount(Money.of(amount, currency))
                .build();
    }

    static ComplianceReport evaluate(Agreement a, String asOf, Event... events) {
        return ENGINE.evaluate(a, Timeline.of(List.of(events)), LocalDate.parse(asOf));
    }

    static PaymentReport money(ComplianceReport r, String instance) {
        InstanceReport i = r.instance(instance).orElseThrow();
        return i.payment().orElseThrow(() -> new AssertionError(instance + " has no payment report"));
    }

    @Test
    void interest_designExample_169_49() {
        Agreement a = agreement("2024-01-01")
                .addObligations(pay("invoice", DeadlineRule.onDate(LocalDate.of(2024, 3, 1)))
                        .amount(Money.of("5000.00", "USD"))
                        .addRemedies(interest("12.25", DayCount.ACT_365F))
                        .build())
                .build();
        ComplianceReport r = evaluate(a, "2024-07-01", payment("p1", "2024-06-10", "5000.00", "USD"));
        assertThat(r.instance("invoice#1").orElseThrow().state()).isEqualTo(InstanceState.FULFILLED_LATE);
        PaymentReport m = money(r, "invoice#1");
        assertThat(m.interest()).contains(Money.of("169.49", "USD"));
        assertThat(m.computations()).contains("interest: 5,000.00 × 12.25 % × 101/365 = 169.49");
        assertThat(m.outstanding().isZero()).isTrue();
    }

    @Test
    void interest_act365fVersusAct360_overLeapYear2024() {
        for (DayCount dc : DayCount.values()) {
            Agreement a = agreement("2023-12-01")
                    .addObligations(pay("invoice", DeadlineRule.onDate(LocalDate.of(2023, 12, 31)))
                            .amount(Money.of("10000.00", "USD"))
                            .addRemedies(interest("10", dc))
                            .build())
                    .build();
            ComplianceReport r = evaluate(a, "2025-01-31", payment("p1", "2024-12-31", "10000.00", "USD"));
            String expected = dc == DayCount.ACT_365F ? "1002.74" : "1016.67";
            assertThat(money(r, "invoice#1").interest()).as(dc.label()).contains(Money.of(expected, "USD"));
        }
    }

    @Test
    void schedule_1001_01_splitFiftyFifty_remainderOnLastShare() {
        Agreement a = agreement("2024-01-01")
                .value(Money.of("1001.01", "USD"))
                .addObligations(
                        pay("deposit", DeadlineRule.ofCalendarDays(0))
                                .percentOfValue(new BigDecimal("50"))
                                .build(),
                        pay("balance", DeadlineRule.ofCalendarDays(30))
                                .percentOfValue(new BigDecimal("50"))
                                .build())
                .build();
        ComplianceReport r = evaluate(a, "2024-01-02");
        assertThat(money(r, "deposit#1").due()).isEqualTo(Money.of("500.51", "USD"));
        assertThat(money(r, "balance#1").due()).isEqualTo(Money.of("500.50", "USD"));
    }

    static Agreement graceAgreement() {
        return agreement("2024-01-01")
                .addObligations(pay("invoice", DeadlineRule.onDate(LocalDate.of(2024, 3, 1)))
                        .amount(Money.of("1000.00", "USD"))
                        .grace(Span.ofCalendarDays(5))
                        .addRemedies(Remedy.LateFee.builder()
                                .flat(Money.of("25.00", "USD"))
                                .build())
                        .addRemedies(interest("10", DayCount.ACT_365F))
                        .build())
                .build();
    }

    @Test
    void grace_paidOnLastDayOfGrace_lateButNoFeeNoInterest() {
        ComplianceReport r = evaluate(graceAgreement(), "2024-03-31", payment("p1", "2024-03-06", "1000.00", "USD"));
        InstanceReport i = r.instance("invoice#1").orElseThrow();
        assertThat(i.state()).isEqualTo(InstanceState.FULFILLED_LATE);
        assertThat(i.lateness().orElseThrow().withinGrace()).isTrue();
        assertThat(i.payment().orElseThrow().lateFee()).isEmpty();
        assertThat(i.payment().orElseThrow().interest()).isEmpty();
    }

    @Test
    void grace_paidTheDayAfterGrace_feeAndInterestFromTheDayAfterDue() {
        ComplianceReport r = evaluate(graceAgreement(), "2024-03-31", payment("p1", "2024-03-07", "1000.00", "USD"));
        PaymentReport m = money(r, "invoice#1");
        assertThat(m.lateFee()).contains(Money.of("25.00", "USD"));
        // 03-02 through 03-07: 6 days.
        assertThat(m.interest()).contains(Money.of("1.64", "USD"));
        assertThat(m.computations())
                .containsExactly(
                        "due 1,000.00, paid 1,000.00, outstanding 0.00",
                        "late fee: 25.00 = 25.00",
                        "interest: 1,000.00 × 10 % × 6/365 = 1.64");
    }

    /** The seed's marketing agency: 50 % deposit at the start, the balance on completion. */
    static Agreement agencyCase() {
        Remedy fee = Remedy.LateFee.builder()
                .flat(Money.of("50.00", "USD"))
                .percent(new BigDecimal("2"))
                .build();
        Remedy suspend = Remedy.Right.builder().right("SUSPEND_WORK").build();
        return agreement("2024-01-01")
                .value(Money.of("12000.00", "USD"))
                .addObligations(
                        pay("deposit", DeadlineRule.ofCalendarDays(7))
                                .percentOfValue(new BigDecimal("50"))
                                .addRemedies(fee, suspend, interest("12", DayCount.ACT_365F))
                                .build(),
                        Obligation.builder()
                                .id(ObligationId.of("deliver-campaign"))
                                .title("Deliver the campaign")
                                .category(Category.DELIVERABLE)
                                .obligor(PartyId.of("agency"))
                                .beneficiary(PartyId.of("client"))
                                .trigger(Trigger.onEffectiveDate())
                                .deadline(DeadlineRule.onDate(LocalDate.of(2024, 2, 15)))
                                .addFulfilledBy("campaign.delivered")
                                .build(),
                        pay("balance", DeadlineRule.ofCalendarDays(14))
                                .trigger(Trigger.onFulfilment(ObligationId.of("deliver-campaign")))
                                .percentOfValue(new BigDecimal("50"))
                                .addRemedies(fee)
                                .build())
                .build();
    }

    @Test
    void agencyCase_paymentWithoutRef_goesToTheOldestOpenInstance() {
        ComplianceReport r = evaluate(
                agencyCase(),
                "2024-04-30",
                Event.of("e1", LocalDate.of(2024, 2, 14), "campaign.delivered", "agency"),
                payment("p1", "2024-03-20", "6000.00", "USD"));
        InstanceReport deposit = r.instance("deposit#1").orElseThrow();
        assertThat(deposit.state()).isEqualTo(InstanceState.FULFILLED_LATE);
        PaymentReport d = deposit.payment().orElseThrow();
        assertThat(d.lateFee()).contains(Money.of("170.00", "USD"));
        // From the day after 2024-01-08 (due) through 2024-03-20 (paid): 72 days on 6,000.00 at 12 %.
        assertThat(d.interest()).contains(Money.of("142.03", "USD"));
        assertThat(d.computations())
                .contains("late fee: 50.00 + 2 % × 6,000.00 = 170.00", "interest: 6,000.00 × 12 % × 72/365 = 142.03");
        InstanceReport balance = r.instance("balance#1").orElseThrow();
        assertThat(balance.state()).isEqualTo(InstanceState.BREACHED);
        assertThat(balance.payment().orElseThrow().outstanding()).isEqualTo(Money.of("6000.00", "USD"));
    }

    @Test
    void agencyCase_paymentReferencingBalance_paysTheBalanceLate() {
        Event balancePayment = Event.builder()
                .from(payment("p1", "2024-03-20", "6000.00", "USD"))
                .ref("balance#1")
                .build();
        ComplianceReport r = evaluate(
                agencyCase(),
                "2024-04-30",
                Event.of("e1", LocalDate.of(2024, 2, 14), "campaign.delivered", "agency"),
                balancePayment);
        InstanceReport deposit = r.instance("deposit#1").orElseThrow();
        InstanceReport balance = r.instance("balance#1").orElseThrow();
        assertThat(deposit.state()).isEqualTo(InstanceState.BREACHED);
        assertThat(deposit.payment().orElseThrow().outstanding()).isEqualTo(Money.of("6000.00", "USD"));
        assertThat(balance.state()).isEqualTo(InstanceState.FULFILLED_LATE);
        assertThat(balance.dueDate()).contains(LocalDate.of(2024, 2, 28));
        assertThat(balance.payment().orElseThrow().lateFee()).contains(Money.of("170.00", "USD"));
        assertThat(r.rights()).singleElement().satisfies(right -> {
            assertThat(right.party()).isEqualTo(PartyId.of("agency"));
            assertThat(right.right()).isEqualTo("SUSPEND_WORK");
            assertThat(right.instance().toString()).isEqualTo("deposit#1");
            assertThat(right.from())
                    .isEqualTo(LocalDate.of(2024, 1, 9).atStartOfDay(r.zone()).toInstant());
        });
        assertThat(r.owedBy(PartyId.of("client"))).containsExactly(Money.of("6562.90", "USD"));
        assertThat(r.findings()).extracting(f -> f.code()).contains(FindingCodes.RIGHT_GRANTED);
    }

    @Test
    void balanceOnCompletion_completionNeverHappens_notTriggeredNotBreached() {
        ComplianceReport r = evaluate(agencyCase(), "2024-12-31", payment("p1", "2024-01-05", "6000.00", "USD"));
        InstanceReport balance = r.instance("balance#1").orElseThrow();
        assertThat(balance.state()).isEqualTo(InstanceState.NOT_TRIGGERED);
        assertThat(balance.explanation()).isEqualTo("comes into force when deliver-campaign is fulfilled; not yet");
        assertThat(r.findings())
                .noneMatch(f ->
                        f.instance().map(i -> i.toString().equals("balance#1")).orElse(false));
    }

    @Test
    void paymentInAnotherCurrency_notAppliedToTheInstance_heldAsCredit_finding() {
        ComplianceReport r = evaluate(agencyCase(), "2024-01-05", payment("p1", "2024-01-03", "6000.00", "EUR"));
        assertThat(money(r, "deposit#1").paid().isZero()).isTrue();
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCodes.PAYMENT_CURRENCY_MISMATCH);
            assertThat(f.message())
                    .isEqualTo("payment p1 of EUR 6,000.00 by 'client' is held as credit with 'agency': deposit#1 is "
                            + "due in USD, the payment is in EUR (Pacta applies no exchange rates)");
        });
        // Never lost: received and held, in its own currency.
        assertThat(r.balances())
                .filteredOn(b -> b.received().currency().getCurrencyCode().equals("EUR"))
                .singleElement()
                .satisfies(b -> {
                    assertThat(b.received()).isEqualTo(Money.of("6000.00", "EUR"));
                    assertThat(b.credit()).isEqualTo(Money.of("6000.00", "EUR"));
                    assertThat(b.applied().isZero()).isTrue();
                });
    }

    @Test
    void paymentByTheWrongParty_notApplied_finding() {
        Event byAgency = Event.builder()
                .from(Event.of("p1", LocalDate.of(2024, 1, 3), "payment", "agency"))
                .amount(Money.of("6000.00", "USD"))
                .build();
        ComplianceReport r = evaluate(agencyCase(), "2024-01-05", byAgency);
        assertThat(r.findings()).extracting(f -> f.code()).containsExactly(FindingCodes.PAYMENT_WRONG_PARTY);
        assertThat(money(r, "deposit#1").paid().isZero()).isTrue();
        // Never lost: received from the agency and held as its credit with the client.
        assertThat(r.balances())
                .filteredOn(b -> b.payer().equals(PartyId.of("agency")))
                .singleElement()
                .satisfies(b -> {
                    assertThat(b.payee()).isEqualTo(PartyId.of("client"));
                    assertThat(b.received()).isEqualTo(Money.of("6000.00", "USD"));
                    assertThat(b.credit()).isEqualTo(Money.of("6000.00", "USD"));
                });
    }

    @Test
    void partialThenOverpayment_outstandingThenCreditAppliedToNextInstance() {
        Agreement a = agreement("2024-01-01")
                .addObligations(pay("retainer", DeadlineRule.ofCalendarDays(10))
                        .trigger(Trigger.recurring(dev.pacta.core.time.Recurrence.builder()
                                .frequency(dev.pacta.core.time.Recurrence.Frequency.MONTHLY)
                                .count(3)
                                .build()))
                        .amount(Money.of("1000.00", "USD"))
                        .build())
                .build();
        ComplianceReport partial = evaluate(a, "2024-01-20", payment("p1", "2024-01-05", "400.00", "USD"));
        assertThat(money(partial, "retainer#1").outstanding()).isEqualTo(Money.of("600.00", "USD"));
        assertThat(partial.instance("retainer#1").orElseThrow().state()).isEqualTo(InstanceState.BREACHED);

        ComplianceReport over = evaluate(
                a,
                "2024-02-05",
                payment("p1", "2024-01-05", "400.00", "USD"),
                payment("p2", "2024-01-25", "1100.00", "USD"));
        assertThat(over.instance("retainer#1").orElseThrow().state()).isEqualTo(InstanceState.FULFILLED_LATE);
        assertThat(money(over, "retainer#1").credit()).isEqualTo(Money.of("500.00", "USD"));
        // February's instance starts on 02-01 and takes the 500.00 credit.
        assertThat(money(over, "retainer#2").paid()).isEqualTo(Money.of("500.00", "USD"));
        assertThat(money(over, "retainer#2").outstanding()).isEqualTo(Money.of("500.00", "USD"));
        PaymentBalance b = over.balances().get(0);
        assertThat(b.received()).isEqualTo(Money.of("1500.00", "USD"));
        assertThat(b.applied()).isEqualTo(Money.of("1500.00", "USD"));
        assertThat(b.credit().isZero()).isTrue();
    }

    static Agreement deliveryWithPenalty(boolean proRata) {
        return agreement("2024-01-01")
                .addObligations(Obligation.builder()
                        .id(ObligationId.of("deliver-goods"))
                        .title("Deliver the goods")
                        .category(Category.DELIVERABLE)
                        .obligor(PartyId.of("agency"))
                        .beneficiary(PartyId.of("client"))
                        .trigger(Trigger.onEffectiveDate())
                        .deadline(DeadlineRule.onDate(LocalDate.of(2024, 3, 1)))
                        .addFulfilledBy("goods.delivered")
                        .addRemedies(Remedy.Penalty.builder()
                                .percent(new BigDecimal("10.5"))
                                .per(Span.ofCalendarDays(2))
                                .capPercent(new BigDecimal("55"))
                                .base(Money.of("10000.00", "USD"))
                                .proRata(proRata)
                                .build())
                        .build())
                .build();
    }

    @Test
    void penalty_wholePeriods_proRata_andCap() {
        Event fiveDaysLate = Event.of("e1", LocalDate.of(2024, 3, 6), "goods.delivered", "agency");
        PaymentReport whole =
                money(evaluate(deliveryWithPenalty(false), "2024-03-31", fiveDaysLate), "deliver-goods#1");
        assertThat(whole.penalty()).contains(Money.of("2100.00", "USD"));
        assertThat(whole.computations())
                .containsExactly("penalty: 10.5 % × 2 periods of 2 days (5 days late) = 21 % × 10,000.00 = 2,100.00");
        PaymentReport proRata =
                money(evaluate(deliveryWithPenalty(true), "2024-03-31", fiveDaysLate), "deliver-goods#1");
        assertThat(proRata.penalty()).contains(Money.of("2625.00", "USD"));
        PaymentReport capped = money(evaluate(deliveryWithPenalty(false), "2024-03-31"), "deliver-goods#1");
        assertThat(capped.penalty()).contains(Money.of("5500.00", "USD"));
        assertThat(capped.computations().get(0)).contains("capped at 55 %");
        assertThat(evaluate(deliveryWithPenalty(false), "2024-03-31").owedBy(PartyId.of("agency")))
                .containsExactly(Money.of("5500.00", "USD"));
    }

    @Test
    void remedyObligation_breachCreatesPayWithinSevenDays() {
        Agreement a = agreement("2024-01-01")
                .addObligations(
                        pay("invoice", DeadlineRule.onDate(LocalDate.of(2024, 3, 1)))
                                .amount(Money.of("1000.00", "USD"))
                                .addRemedies(Remedy.RemedyObligation.builder()
                                        .obligation(ObligationId.of("pay-penalty"))
                                        .build())
                                .build(),
                        pay("pay-penalty", DeadlineRule.ofCalendarDays(7))
                                .trigger(Trigger.onBreach(ObligationId.of("invoice")))
                                .amount(Money.of("1100.00", "USD"))
                                .build())
                .build();
        ComplianceReport r = evaluate(a, "2024-03-05");
        InstanceReport penalty = r.instance("pay-penalty#1").orElseThrow();
        assertThat(penalty.state()).isEqualTo(InstanceState.UPCOMING);
        assertThat(penalty.dueDate()).contains(LocalDate.of(2024, 3, 9));
        assertThat(penalty.payment().orElseThrow().due()).isEqualTo(Money.of("1100.00", "USD"));
        assertThat(penalty.explanation())
                .startsWith("due Sat 2024-03-09: 7 days after breach of invoice#1 (Sat 2024-03-02)");
        assertThat(ENGINE.evaluate(a, Timeline.of(List.of()), LocalDate.of(2024, 3, 1))
                        .instance("pay-penalty#1")
                        .orElseThrow()
                        .state())
                .isEqualTo(InstanceState.NOT_TRIGGERED);
    }

    @Test
    void rightGrantedOnlyFromTheBreach() {
        Event late = Event.of("e1", LocalDate.of(2024, 2, 14), "campaign.delivered", "agency");
        assertThat(evaluate(agencyCase(), "2024-01-08", late).rights()).isEmpty();
        List<GrantedRight> rights = evaluate(agencyCase(), "2024-01-09", late).rights();
        assertThat(rights).extracting(GrantedRight::right).containsExactly("SUSPEND_WORK");
    }

    @Test
    void onTimePayment_noFeesNoInterest() {
        ComplianceReport r = evaluate(agencyCase(), "2024-06-30", payment("p1", "2024-01-08", "6000.00", "USD"));
        PaymentReport d = money(r, "deposit#1");
        assertThat(r.instance("deposit#1").orElseThrow().state()).isEqualTo(InstanceState.FULFILLED);
        assertThat(d.lateFee()).isEmpty();
        assertThat(d.interest()).isEmpty();
        assertThat(r.rights()).isEmpty();
        assertThat(r.instance("deposit#1").orElseThrow().explanation())
                .isEqualTo("due Mon 2024-01-08: 7 days after the effective date (Mon 2024-01-01); payment by p1 on "
                        + "Mon 2024-01-08, on time");
    }
}
