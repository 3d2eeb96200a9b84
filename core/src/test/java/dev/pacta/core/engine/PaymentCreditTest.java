package dev.pacta.core.engine;

import static dev.pacta.core.engine.PaymentsTest.agreement;
import static dev.pacta.core.engine.PaymentsTest.evaluate;
import static dev.pacta.core.engine.PaymentsTest.money;
import static dev.pacta.core.engine.PaymentsTest.pay;
import static dev.pacta.core.engine.PaymentsTest.payment;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.DeadlineRule;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.EventId;
import dev.pacta.core.model.Party;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.model.Role;
import dev.pacta.core.model.Trigger;
import dev.pacta.core.money.Money;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.InstanceState;
import dev.pacta.core.report.PaymentBalance;
import dev.pacta.core.time.Recurrence;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Credit, paid in advance, pays the instances that come due later, each to the cent, as they start. */
class PaymentCreditTest {
    static Agreement monthlyRetainer() {
        return agreement("2024-01-01")
                .addObligations(pay("retainer", DeadlineRule.ofCalendarDays(10))
                        .trigger(Trigger.recurring(Recurrence.builder()
                                .frequency(Recurrence.Frequency.MONTHLY)
                                .count(3)
                                .build()))
                        .amount(Money.of("1000.00", "USD"))
                        .build())
                .build();
    }

    @Test
    void prepaymentOfTheWholeSchedule_fulfilsEveryLaterInstanceOnItsFirstDay() {
        ComplianceReport r = evaluate(monthlyRetainer(), "2024-04-30", payment("p1", "2024-01-02", "3000.00", "USD"));
        for (String id : new String[] {"retainer#1", "retainer#2", "retainer#3"}) {
            InstanceReport i = r.instance(id).orElseThrow();
            assertThat(i.state()).as(id).isEqualTo(InstanceState.FULFILLED);
            assertThat(i.fulfilledBy()).as(id).contains(EventId.of("p1"));
            assertThat(money(r, id).paid()).as(id).isEqualTo(Money.of("1000.00", "USD"));
            assertThat(money(r, id).outstanding().isZero()).as(id).isTrue();
        }
        // The credit pays March's instance the day it starts, not at the first payment after it.
        assertThat(r.instance("retainer#3").orElseThrow().fulfilledAt())
                .contains(LocalDate.of(2024, 3, 1).atStartOfDay().toInstant(ZoneOffset.UTC));
        PaymentBalance b = r.balances().get(0);
        assertThat(b.received()).isEqualTo(Money.of("3000.00", "USD"));
        assertThat(b.applied()).isEqualTo(Money.of("3000.00", "USD"));
        assertThat(b.credit().isZero()).isTrue();
    }

    @Test
    void creditShortOfAnInstance_paysWhatItCan_andTheInstanceStaysOpen() {
        ComplianceReport r = evaluate(monthlyRetainer(), "2024-02-29", payment("p1", "2024-01-02", "1250.00", "USD"));
        assertThat(r.instance("retainer#1").orElseThrow().state()).isEqualTo(InstanceState.FULFILLED);
        InstanceReport feb = r.instance("retainer#2").orElseThrow();
        assertThat(feb.state()).isEqualTo(InstanceState.BREACHED);
        assertThat(feb.fulfilledAt()).isEmpty();
        assertThat(money(r, "retainer#2").paid()).isEqualTo(Money.of("250.00", "USD"));
        assertThat(money(r, "retainer#2").outstanding()).isEqualTo(Money.of("750.00", "USD"));
    }

    @Test
    void paymentBeforeAnyInstance_isHeldWithThePayeeOfTheDutyInItsCurrency() {
        // The client owes the agency a fee in EUR and a printer a fee in USD, both from the kick-off on 03-01. A USD
        // payment in January is the printer's: held as credit with it, and it pays the printer's fee when that starts.
        Agreement a = agreement("2024-01-01")
                .addParties(Party.of("printer", "Print Shop", Role.PROVIDER))
                .addObligations(pay("agency-fee", DeadlineRule.ofCalendarDays(14))
                        .trigger(Trigger.onEvent("kickoff"))
                        .amount(Money.of("900.00", "EUR"))
                        .build())
                .addObligations(pay("print-fee", DeadlineRule.ofCalendarDays(14))
                        .beneficiary(PartyId.of("printer"))
                        .trigger(Trigger.onEvent("kickoff"))
                        .amount(Money.of("300.00", "USD"))
                        .build())
                .build();
        ComplianceReport before = evaluate(a, "2024-02-01", payment("p1", "2024-01-10", "300.00", "USD"));
        assertThat(before.balances()).singleElement().satisfies(b -> {
            assertThat(b.payee()).isEqualTo(PartyId.of("printer"));
            assertThat(b.credit()).isEqualTo(Money.of("300.00", "USD"));
        });
        ComplianceReport after = evaluate(
                a,
                "2024-03-31",
                payment("p1", "2024-01-10", "300.00", "USD"),
                Event.of("k", LocalDate.of(2024, 3, 1), "kickoff", "agency"));
        assertThat(after.instance("print-fee#1").orElseThrow().state()).isEqualTo(InstanceState.FULFILLED);
        assertThat(after.instance("agency-fee#1").orElseThrow().state()).isEqualTo(InstanceState.BREACHED);
    }
}
