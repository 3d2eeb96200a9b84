package dev.pacta.core.engine;

import static dev.pacta.core.engine.ComplianceEngineTest.codes;
import static dev.pacta.core.engine.ComplianceEngineTest.control;
import static dev.pacta.core.engine.ComplianceEngineTest.evaluate;
import static dev.pacta.core.engine.ComplianceEngineTest.event;
import static dev.pacta.core.engine.ComplianceEngineTest.instance;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.AgreementId;
import dev.pacta.core.model.Category;
import dev.pacta.core.model.DeadlineRule;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.Modality;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.ObligationId;
import dev.pacta.core.model.Party;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.model.Remedy;
import dev.pacta.core.model.Role;
import dev.pacta.core.model.Trigger;
import dev.pacta.core.money.Money;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.Finding;
import dev.pacta.core.report.FindingCodes;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.InstanceState;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Rights granted by a breach, exercised (issue 19, section 1): a seller holding a right to suspend delivery after the
 * buyer's payment breach suspends it, the buyer pays late, the seller resumes, and delivery is due later by the
 * suspended days; a suspension without the right is ignored with a finding; with {@code untilCured}, the suspension
 * ends by itself when the breach is cured.
 */
class RightsTest {
    /**
     * A sale: the buyer pays EUR 1,000 within 7 days of Mon 2 March 2026 (due Mon 9 March; breached Tue 10 March), the
     * seller delivers by Fri 20 March, and packs each order line within 2 days of the buyer's request. The payment's
     * breach gives the seller the rights to suspend work and to terminate.
     */
    static Agreement sale(boolean untilCured) {
        PartyId buyer = PartyId.of("buyer");
        PartyId seller = PartyId.of("seller");
        return Agreement.builder()
                .id(AgreementId.of("sale-2026"))
                .title("Sale of a bakery oven")
                .addParties(Party.builder()
                        .id(buyer)
                        .name("Acme Bakery")
                        .role(Role.CLIENT)
                        .build())
                .addParties(Party.builder()
                        .id(seller)
                        .name("Oven Works")
                        .role(Role.PROVIDER)
                        .build())
                .zone(ZoneId.of("Europe/Madrid"))
                .effectiveDate(LocalDate.of(2026, 3, 2))
                .addObligations(
                        Obligation.builder()
                                .id(ObligationId.of("payment"))
                                .title("Pay for the oven")
                                .category(Category.PAYMENT)
                                .obligor(buyer)
                                .beneficiary(seller)
                                .trigger(Trigger.onEffectiveDate())
                                .deadline(DeadlineRule.ofCalendarDays(7))
                                .amount(Money.of("1000.00", "EUR"))
                                .addRemedies(
                                        Remedy.Right.builder()
                                                .right(Remedy.SUSPEND_WORK)
                                                .untilCured(untilCured)
                                                .build(),
                                        Remedy.Right.builder()
                                                .right(Remedy.TERMINATE)
                                                .build())
                                .build(),
                        Obligation.builder()
                                .id(ObligationId.of("delivery"))
                                .title("Deliver the oven")
                                .category(Category.DELIVERABLE)
                                .obligor(seller)
                                .beneficiary(buyer)
                                .trigger(Trigger.onEffectiveDate())
                                .deadline(DeadlineRule.onDate(LocalDate.of(2026, 3, 20)))
                                .addFulfilledBy("oven.delivered")
                                .build(),
                        Obligation.builder()
                                .id(ObligationId.of("pack"))
                                .title("Pack an order line")
                                .category(Category.DELIVERABLE)
                                .obligor(seller)
                                .beneficiary(buyer)
                                .trigger(Trigger.onEvent("line.ordered"))
                                .deadline(DeadlineRule.ofCalendarDays(2))
                                .addFulfilledBy("line.packed")
                                .build(),
                        Obligation.builder()
                                .id(ObligationId.of("confidentiality"))
                                .title("Keep the buyer's recipes confidential")
                                .category(Category.CONFIDENTIALITY)
                                .obligor(seller)
                                .beneficiary(buyer)
                                .modality(Modality.MUST_NOT)
                                .trigger(Trigger.onEffectiveDate())
                                .deadline(DeadlineRule.open())
                                .addFulfilledBy("recipe.disclosed")
                                .build())
                .build();
    }

    static Event paid(String id, String date) {
        return Event.builder()
                .from(event(id, date, "payment", "buyer"))
                .amount(Money.of("1000.00", "EUR"))
                .build();
    }

    @Test
    void sale_sellerSuspendsAfterPaymentBreach_buyerPaysLate_sellerResumes_deliveryDueLaterBySuspendedDays() {
        Event suspend = event("s1", "2026-03-11", "suspension", "seller");
        Event pay = paid("p1", "2026-03-16");
        Event resume = event("r1", "2026-03-18", "resumption", "seller");
        Event delivered = event("d1", "2026-03-26", "oven.delivered", "seller");

        ComplianceReport during = evaluate(sale(false), "2026-03-17", suspend, pay);
        InstanceReport held = instance(during, "delivery#1");
        assertThat(held.state()).isEqualTo(InstanceState.SUSPENDED);
        assertThat(held.explanation())
                .endsWith("; suspended by seller under its right from payment#1's breach (s1, Wed 2026-03-11)");
        // A prohibition is not performance: the right does not suspend it.
        assertThat(instance(during, "confidentiality#1").state()).isEqualTo(InstanceState.UPCOMING);
        assertThat(codes(during)).doesNotContain(FindingCodes.UNAUTHORISED_SUSPENSION);

        ComplianceReport after = evaluate(sale(false), "2026-03-31", suspend, pay, resume, delivered);
        InstanceReport delivery = instance(after, "delivery#1");
        // Suspended Wed 11 to Wed 18 March: 7 days; due Fri 20 March, now Fri 27 March; delivered on time.
        assertThat(delivery.state()).isEqualTo(InstanceState.FULFILLED);
        assertThat(delivery.dueDate()).contains(LocalDate.of(2026, 3, 27));
        assertThat(delivery.explanation())
                .contains("; suspended by seller under its right from payment#1's breach (s1, Wed 2026-03-11) and"
                        + " resumed (r1, Wed 2026-03-18): deadline moved 7 days to Fri 2026-03-27;");
        assertThat(instance(after, "payment#1").state()).isEqualTo(InstanceState.FULFILLED_LATE);
    }

    @Test
    void sale_suspendedAndNeverResumed_deliveryIsNotBreached() {
        ComplianceReport r = evaluate(sale(false), "2026-04-30", event("s1", "2026-03-11", "suspension", "seller"));
        assertThat(instance(r, "delivery#1").state()).isEqualTo(InstanceState.SUSPENDED);
        assertThat(r.findings())
                .noneMatch(f -> f.code().equals(FindingCodes.BREACH)
                        && f.instance()
                                .map(i -> i.toString().equals("delivery#1"))
                                .orElse(false));
    }

    @Test
    void suspension_beforeTheBreach_ignoredWithFinding_deliveryBreachedLater() {
        ComplianceReport r = evaluate(
                sale(false),
                "2026-03-31",
                control("s1", "2026-03-05", "suspension", "seller", "delivery"),
                paid("p1", "2026-03-06"));
        assertThat(instance(r, "delivery#1").state()).isEqualTo(InstanceState.BREACHED);
        Finding f = r.findings().stream()
                .filter(x -> x.code().equals(FindingCodes.UNAUTHORISED_SUSPENSION))
                .findFirst()
                .orElseThrow();
        assertThat(f.message())
                .isEqualTo("suspension s1 by 'seller' of 'delivery' ignored: only the beneficiary 'buyer' may do that,"
                        + " or 'seller' under a right to suspend work from a breach by 'buyer' that is not cured; it"
                        + " holds none");
    }

    @Test
    void suspension_afterTheBreachIsCured_ignored_theRightLapsed() {
        ComplianceReport r = evaluate(
                sale(false), "2026-03-31", paid("p1", "2026-03-12"), event("s1", "2026-03-13", "suspension", "seller"));
        assertThat(instance(r, "delivery#1").state()).isEqualTo(InstanceState.BREACHED);
        assertThat(codes(r)).contains(FindingCodes.UNAUTHORISED_SUSPENSION);
    }

    @Test
    void suspension_byTheBeneficiary_asBefore_byTheObligorWithoutARight_ignored() {
        ComplianceReport r =
                evaluate(sale(false), "2026-03-12", control("s1", "2026-03-11", "suspension", "buyer", "delivery#1"));
        // The buyer is the beneficiary of delivery: it may suspend it, as before (what is owed to it).
        assertThat(instance(r, "delivery#1").state()).isEqualTo(InstanceState.SUSPENDED);
        assertThat(instance(r, "delivery#1").explanation()).endsWith("; suspended by buyer (s1, Wed 2026-03-11)");

        // The buyer holds no right: it may not suspend its own payment.
        ComplianceReport r2 =
                evaluate(sale(false), "2026-03-12", control("s1", "2026-03-05", "suspension", "buyer", "payment#1"));
        assertThat(instance(r2, "payment#1").state()).isEqualTo(InstanceState.BREACHED);
        assertThat(codes(r2)).contains(FindingCodes.UNAUTHORISED_SUSPENSION);
    }

    @Test
    void suspensionOfAllWork_holdsWorkThatComesIntoForceLater_resumedByNamingTheSuspension() {
        ComplianceReport r = evaluate(
                sale(false),
                "2026-03-31",
                event("s1", "2026-03-11", "suspension", "seller"),
                event("o1", "2026-03-12", "line.ordered", "buyer"),
                control("r1", "2026-03-19", "resumption", "seller", "s1"),
                event("k1", "2026-03-20", "line.packed", "seller"));
        InstanceReport pack = instance(r, "pack#1");
        // Ordered Thu 12 March, due Mon 16 March (Sat 14 moved to the following business day); held from the order
        // until Thu 19 March: 7 days later, Mon 23 March.
        assertThat(pack.state()).isEqualTo(InstanceState.FULFILLED);
        assertThat(pack.dueDate()).contains(LocalDate.of(2026, 3, 23));
        assertThat(pack.explanation())
                .contains("suspended by seller under its right from payment#1's breach (s1, Thu 2026-03-12) and resumed"
                        + " (r1, Thu 2026-03-19): deadline moved 7 days to Mon 2026-03-23");
        assertThat(instance(r, "delivery#1").dueDate()).contains(LocalDate.of(2026, 3, 28));
    }

    @Test
    void resumption_byTheBuyer_ofTheSellersSuspension_ignored() {
        ComplianceReport r = evaluate(
                sale(false),
                "2026-03-31",
                event("s1", "2026-03-11", "suspension", "seller"),
                control("r1", "2026-03-12", "resumption", "buyer", "s1"));
        assertThat(instance(r, "delivery#1").state()).isEqualTo(InstanceState.SUSPENDED);
        assertThat(codes(r)).contains(FindingCodes.UNAUTHORISED_RESUMPTION);
    }

    @Test
    void untilCured_suspensionEndsByItselfWhenThePaymentArrives() {
        ComplianceReport r = evaluate(
                sale(true),
                "2026-03-31",
                event("s1", "2026-03-11", "suspension", "seller"),
                paid("p1", "2026-03-16"),
                event("o1", "2026-03-17", "line.ordered", "buyer"));
        InstanceReport delivery = instance(r, "delivery#1");
        assertThat(delivery.state()).isEqualTo(InstanceState.BREACHED);
        assertThat(delivery.dueDate()).contains(LocalDate.of(2026, 3, 25));
        assertThat(delivery.explanation())
                .contains("; suspended by seller under its right from payment#1's breach (s1, Wed 2026-03-11) and"
                        + " resumed when the breach was cured (p1, Mon 2026-03-16): deadline moved 5 days to Wed"
                        + " 2026-03-25;");
        // The hold ended with the cure: an order after it is not held.
        assertThat(instance(r, "pack#1").explanation()).doesNotContain("suspended");
    }

    @Test
    void untilCured_aWaiverOfTheBreachCuresItToo() {
        ComplianceReport r = evaluate(
                sale(true),
                "2026-03-31",
                event("s1", "2026-03-11", "suspension", "seller"),
                control("w1", "2026-03-13", "waiver", "seller", "payment#1"));
        assertThat(instance(r, "delivery#1").dueDate()).contains(LocalDate.of(2026, 3, 22));
        assertThat(instance(r, "delivery#1").explanation()).contains("resumed when the breach was cured (w1,");
    }
}
