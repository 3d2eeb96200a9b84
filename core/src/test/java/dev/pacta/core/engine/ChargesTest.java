package dev.pacta.core.engine;

import static dev.pacta.core.engine.PaymentsTest.agencyCase;
import static dev.pacta.core.engine.PaymentsTest.agreement;
import static dev.pacta.core.engine.PaymentsTest.evaluate;
import static dev.pacta.core.engine.PaymentsTest.interest;
import static dev.pacta.core.engine.PaymentsTest.money;
import static dev.pacta.core.engine.PaymentsTest.pay;
import static dev.pacta.core.engine.PaymentsTest.payment;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Category;
import dev.pacta.core.model.DeadlineRule;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.ObligationId;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.model.Remedy;
import dev.pacta.core.model.TerminationClause;
import dev.pacta.core.model.Trigger;
import dev.pacta.core.money.DayCount;
import dev.pacta.core.money.Money;
import dev.pacta.core.report.Charge;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.FindingCodes;
import dev.pacta.core.report.InstanceState;
import dev.pacta.core.report.PaymentBalance;
import dev.pacta.core.report.PaymentReport;
import dev.pacta.core.time.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, section 3: charges (late fees, interest, penalties) are amounts the party in breach owes, that payments
 * and credit pay, and every payment's figures add up. Worked examples, to the cent.
 */
class ChargesTest {
    static final PartyId CLIENT = PartyId.of("client");

    /** An invoice of USD 1,000.00 due 2024-03-01 with a flat late fee of 25.00. */
    static Agreement invoiceWithLateFee() {
        return agreement("2024-01-01")
                .addObligations(pay("invoice", DeadlineRule.onDate(LocalDate.of(2024, 3, 1)))
                        .amount(Money.of("1000.00", "USD"))
                        .addRemedies(Remedy.LateFee.builder()
                                .flat(Money.of("25.00", "USD"))
                                .build())
                        .build())
                .build();
    }

    static Event ref(Event e, String ref) {
        return Event.builder().from(e).ref(ref).build();
    }

    static Charge charge(PaymentReport p, Remedy.Kind kind) {
        return p.charges().stream()
                .filter(c -> c.kind() == kind)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " charge in " + p));
    }

    @Test
    void lateFee_paidInFull_byALaterPayment() {
        ComplianceReport r = evaluate(
                invoiceWithLateFee(),
                "2024-03-31",
                payment("p1", "2024-03-10", "1000.00", "USD"),
                payment("p2", "2024-03-15", "25.00", "USD"));
        assertThat(r.instance("invoice#1").orElseThrow().state()).isEqualTo(InstanceState.FULFILLED_LATE);
        PaymentReport p = money(r, "invoice#1");
        assertThat(p.outstanding().isZero()).isTrue();
        Charge fee = charge(p, Remedy.Kind.LATE_FEE);
        assertThat(fee.due()).isEqualTo(Money.of("25.00", "USD"));
        assertThat(fee.paid()).isEqualTo(Money.of("25.00", "USD"));
        assertThat(fee.outstanding().isZero()).isTrue();
        assertThat(fee.payments()).extracting(Object::toString).containsExactly("p2");
        assertThat(r.owedBy(CLIENT)).isEmpty();
        PaymentBalance b = r.balances().get(0);
        assertThat(b.received()).isEqualTo(Money.of("1025.00", "USD"));
        assertThat(b.applied()).isEqualTo(Money.of("1025.00", "USD"));
        assertThat(b.due()).isEqualTo(Money.of("1025.00", "USD"));
        assertThat(b.outstanding().isZero()).isTrue();
        assertThat(b.credit().isZero()).isTrue();
        assertThat(r.findings()).noneMatch(f -> f.code().startsWith("PAYMENT_"));
    }

    @Test
    void lateFee_onePaymentOfPrincipalAndFee_amountDueFirstThenTheFee() {
        ComplianceReport r =
                evaluate(invoiceWithLateFee(), "2024-03-31", payment("p1", "2024-03-10", "1030.00", "USD"));
        PaymentReport p = money(r, "invoice#1");
        assertThat(r.instance("invoice#1").orElseThrow().state()).isEqualTo(InstanceState.FULFILLED_LATE);
        assertThat(charge(p, Remedy.Kind.LATE_FEE).paid()).isEqualTo(Money.of("25.00", "USD"));
        // The 5.00 left over is credit: carried forward from this instance.
        assertThat(p.credit()).isEqualTo(Money.of("5.00", "USD"));
        assertThat(r.balances().get(0).credit()).isEqualTo(Money.of("5.00", "USD"));
    }

    /** The design's interest example: USD 5,000 due 2024-03-01, paid 2024-06-10 at 12.25 %: 169.49. */
    static Agreement invoiceWithInterest() {
        return agreement("2024-01-01")
                .addObligations(pay("invoice", DeadlineRule.onDate(LocalDate.of(2024, 3, 1)))
                        .amount(Money.of("5000.00", "USD"))
                        .addRemedies(interest("12.25", DayCount.ACT_365F))
                        .build())
                .build();
    }

    @Test
    void interest_paidInPart_byAPaymentThatNamesTheInstance() {
        ComplianceReport r = evaluate(
                invoiceWithInterest(),
                "2024-06-30",
                payment("p1", "2024-06-10", "5000.00", "USD"),
                ref(payment("p2", "2024-06-20", "100.00", "USD"), "invoice#1"));
        PaymentReport p = money(r, "invoice#1");
        assertThat(p.interest()).contains(Money.of("169.49", "USD"));
        Charge interest = charge(p, Remedy.Kind.INTEREST);
        assertThat(interest.due()).isEqualTo(Money.of("169.49", "USD"));
        assertThat(interest.paid()).isEqualTo(Money.of("100.00", "USD"));
        assertThat(interest.outstanding()).isEqualTo(Money.of("69.49", "USD"));
        assertThat(p.totalOwed()).isEqualTo(Money.of("69.49", "USD"));
        assertThat(r.owedBy(CLIENT)).containsExactly(Money.of("69.49", "USD"));
        PaymentBalance b = r.balances().get(0);
        assertThat(b.received()).isEqualTo(Money.of("5100.00", "USD"));
        assertThat(b.applied()).isEqualTo(Money.of("5100.00", "USD"));
        assertThat(b.due()).isEqualTo(Money.of("5169.49", "USD"));
        assertThat(b.outstanding()).isEqualTo(Money.of("69.49", "USD"));
        // Before: a payment naming a breached instance was rejected as dangling and not even counted.
        assertThat(r.findings()).noneMatch(f -> f.code().equals(FindingCodes.DANGLING_REFERENCE));
    }

    /**
     * The client overpaid its deposit (USD 500.00 held as credit), then delivers its content 4 days late: a penalty
     * of 5 % of USD 1,000.00 per day late. The credit pays the penalty as it arises.
     */
    static Agreement depositAndContentWithPenalty() {
        return agreement("2024-01-01")
                .addObligations(
                        pay("deposit", DeadlineRule.onDate(LocalDate.of(2024, 3, 1)))
                                .amount(Money.of("1000.00", "USD"))
                                .build(),
                        Obligation.builder()
                                .id(ObligationId.of("provide-content"))
                                .title("Provide the content")
                                .category(Category.RESOURCES)
                                .obligor(CLIENT)
                                .beneficiary(PartyId.of("agency"))
                                .trigger(Trigger.onEffectiveDate())
                                .deadline(DeadlineRule.onDate(LocalDate.of(2024, 3, 5)))
                                .addFulfilledBy("content.delivered")
                                .addRemedies(Remedy.Penalty.builder()
                                        .percent(new BigDecimal("5"))
                                        .per(Span.ofCalendarDays(1))
                                        .capPercent(new BigDecimal("30"))
                                        .base(Money.of("1000.00", "USD"))
                                        .build())
                                .build())
                .build();
    }

    @Test
    void penalty_nettedAgainstCreditHeld_asItArises() {
        Event overpaid = payment("p1", "2024-02-20", "1500.00", "USD");
        Event delivered = Event.of("e1", LocalDate.of(2024, 3, 9), "content.delivered", "client");
        ComplianceReport r = evaluate(depositAndContentWithPenalty(), "2024-03-31", overpaid, delivered);
        PaymentReport p = money(r, "provide-content#1");
        Charge penalty = charge(p, Remedy.Kind.PENALTY);
        // 4 days late (03-06 to 03-09): 20 % of 1,000.00.
        assertThat(penalty.due()).isEqualTo(Money.of("200.00", "USD"));
        assertThat(penalty.paid()).isEqualTo(Money.of("200.00", "USD"));
        assertThat(penalty.outstanding().isZero()).isTrue();
        assertThat(penalty.payments()).extracting(Object::toString).containsExactly("p1");
        assertThat(r.owedBy(CLIENT)).isEmpty();
        PaymentBalance b = r.balances().get(0);
        assertThat(b.received()).isEqualTo(Money.of("1500.00", "USD"));
        assertThat(b.applied()).isEqualTo(Money.of("1200.00", "USD"));
        assertThat(b.credit()).isEqualTo(Money.of("300.00", "USD"));
        assertThat(b.due()).isEqualTo(Money.of("1200.00", "USD"));
        assertThat(b.outstanding().isZero()).isTrue();
    }

    @Test
    void penalty_stillGrowing_creditNetsWhatAccruedByTheReport() {
        Event overpaid = payment("p1", "2024-02-20", "1100.00", "USD");
        // Not delivered: 03-06 to 03-08 is 3 days late (15 % = 150.00); the 100.00 of credit pays 100.00 of it.
        ComplianceReport r = evaluate(depositAndContentWithPenalty(), "2024-03-08", overpaid);
        Charge penalty = charge(money(r, "provide-content#1"), Remedy.Kind.PENALTY);
        assertThat(penalty.due()).isEqualTo(Money.of("150.00", "USD"));
        assertThat(penalty.paid()).isEqualTo(Money.of("100.00", "USD"));
        assertThat(penalty.outstanding()).isEqualTo(Money.of("50.00", "USD"));
        assertThat(r.balances().get(0).credit().isZero()).isTrue();
        assertThat(r.owedBy(CLIENT)).containsExactly(Money.of("50.00", "USD"));
    }

    @Test
    void paymentNamingAPaidInstance_stillCounted_appliedOldestFirst_finding() {
        ComplianceReport r = evaluate(
                invoiceWithLateFee(),
                "2024-02-20",
                payment("p1", "2024-02-10", "1000.00", "USD"),
                ref(payment("p2", "2024-02-15", "40.00", "USD"), "invoice#1"));
        assertThat(r.findings())
                .extracting(f -> f.code())
                .containsExactly(FindingCodes.DANGLING_REFERENCE, FindingCodes.PAYMENT_HELD_AS_CREDIT);
        PaymentBalance b = r.balances().get(0);
        assertThat(b.received()).isEqualTo(Money.of("1040.00", "USD"));
        assertThat(b.credit()).isEqualTo(Money.of("40.00", "USD"));
    }

    @Test
    void terminated_cancelledPaymentRowAddsUp() {
        Agreement a = agreement("2024-01-01")
                .addObligations(pay("balance", DeadlineRule.onDate(LocalDate.of(2024, 6, 1)))
                        .amount(Money.of("1000.00", "USD"))
                        .build())
                // A termination needs a ground: the client may end the agreement at once.
                .addTerminationClauses(TerminationClause.of(Optional.of(CLIENT), Span.ofHours(0)))
                .build();
        Event terminated = Event.of("t1", LocalDate.of(2024, 3, 1), "termination", "client");
        ComplianceReport r = evaluate(a, "2024-03-31", terminated);
        assertThat(r.instance("balance#1").orElseThrow().state()).isEqualTo(InstanceState.CANCELLED);
        PaymentReport p = money(r, "balance#1");
        assertThat(p.due()).isEqualTo(Money.of("1000.00", "USD"));
        assertThat(p.paid().isZero()).isTrue();
        assertThat(p.outstanding().isZero()).isTrue();
        assertThat(p.cancelled()).isEqualTo(Money.of("1000.00", "USD"));
        assertThat(p.computations()).containsExactly("due 1,000.00, paid 0.00, outstanding 0.00, cancelled 1,000.00");
    }

    @Test
    void agencyCase_depositPaidLate_thenItsChargesPaid() {
        // Deposit 6,000.00 due 2024-01-08, paid 2024-03-20: late fee 170.00 and interest 142.03 (PaymentsTest).
        ComplianceReport r = evaluate(
                agencyCase(),
                "2024-04-30",
                payment("p1", "2024-03-20", "6000.00", "USD"),
                ref(payment("p2", "2024-03-25", "200.00", "USD"), "deposit#1"));
        PaymentReport d = money(r, "deposit#1");
        assertThat(charge(d, Remedy.Kind.LATE_FEE).paid()).isEqualTo(Money.of("170.00", "USD"));
        assertThat(charge(d, Remedy.Kind.INTEREST).paid()).isEqualTo(Money.of("30.00", "USD"));
        assertThat(charge(d, Remedy.Kind.INTEREST).outstanding()).isEqualTo(Money.of("112.03", "USD"));
        assertThat(r.owedBy(CLIENT)).containsExactly(Money.of("112.03", "USD"));
    }
}
