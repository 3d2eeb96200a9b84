package dev.pacta.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.AgreementId;
import dev.pacta.core.model.Category;
import dev.pacta.core.model.DeadlineRule;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.EventId;
import dev.pacta.core.model.EventTime;
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
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.InstanceState;
import dev.pacta.core.report.PaymentBalance;
import dev.pacta.core.report.PaymentReport;
import dev.pacta.core.time.Recurrence;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Invariants of payments: conservation, exact schedules, no charges when on time, interest monotone in lateness. */
class PaymentProperties {
    static final ComplianceEngine ENGINE = ComplianceEngine.builder().build();
    static final LocalDate START = LocalDate.of(2026, 1, 5);

    record Case(Agreement agreement, Timeline timeline, LocalDate asOf) {}

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<String> currency = Arbitraries.of("USD", "JPY", "BHD");
        Arbitrary<Long> value = Arbitraries.longs().between(1, 5_000_000);
        Arbitrary<List<Integer>> shares = Arbitraries.integers()
                .between(1, 4)
                .flatMap(n -> Arbitraries.integers()
                        .between(1, 97)
                        .list()
                        .ofSize(n - 1)
                        .uniqueElements()
                        .map(cuts -> {
                            List<Integer> sorted = new ArrayList<>(cuts);
                            sorted.sort(Integer::compare);
                            List<Integer> parts = new ArrayList<>();
                            int previous = 0;
                            for (int c : sorted) {
                                parts.add(c - previous);
                                previous = c;
                            }
                            parts.add(100 - previous);
                            return parts;
                        }));
        return Combinators.combine(
                        currency, value, shares, Arbitraries.integers().between(10, 45))
                .flatAs((code, minor, parts, asOfDay) -> {
                    Currency c = Currency.getInstance(code);
                    Money total = Money.of(BigDecimal.valueOf(minor, c.getDefaultFractionDigits()), c);
                    Agreement agreement = agreement(total, parts);
                    return payments(agreement, total)
                            .map(events -> new Case(agreement, Timeline.of(events), START.plusDays(asOfDay)));
                });
    }

    static Agreement agreement(Money total, List<Integer> parts) {
        Agreement.Builder b = Agreement.builder()
                .id(AgreementId.of("p"))
                .title("payments")
                .addParties(Party.of("client", "Client", Role.CLIENT))
                .addParties(Party.of("studio", "Studio", Role.PROVIDER))
                .zone(ZoneId.of("UTC"))
                .effectiveDate(START)
                .value(total);
        Remedy interest = Remedy.builder()
                .kind(Remedy.Kind.INTEREST)
                .annualRatePercent(new BigDecimal("8"))
                .build();
        Remedy fee = Remedy.builder()
                .kind(Remedy.Kind.LATE_FEE)
                .percent(new BigDecimal("1.5"))
                .build();
        for (int k = 0; k < parts.size(); k++) {
            b.addObligations(Obligation.builder()
                    .id(ObligationId.of("share-" + k))
                    .title("share " + k)
                    .category(Category.PAYMENT)
                    .obligor(PartyId.of("client"))
                    .beneficiary(PartyId.of("studio"))
                    .trigger(Trigger.onEffectiveDate())
                    .deadline(DeadlineRule.ofCalendarDays(3L * k))
                    .percentOfValue(BigDecimal.valueOf(parts.get(k)))
                    .addRemedies(interest, fee)
                    .build());
        }
        b.addObligations(Obligation.builder()
                .id(ObligationId.of("retainer"))
                .title("weekly retainer")
                .category(Category.PAYMENT)
                .obligor(PartyId.of("client"))
                .beneficiary(PartyId.of("studio"))
                .trigger(Trigger.recurring(Recurrence.builder()
                        .frequency(Recurrence.Frequency.WEEKLY)
                        .count(4)
                        .build()))
                .deadline(DeadlineRule.ofCalendarDays(2))
                .amount(total.percentage(BigDecimal.TEN).max(Money.of(BigDecimal.ONE, total.currency())))
                .addRemedies(interest)
                .build());
        return b.build();
    }

    static Arbitrary<List<Event>> payments(Agreement agreement, Money total) {
        Currency c = total.currency();
        Arbitrary<Event> payment = Combinators.combine(
                        Arbitraries.integers().between(0, 40),
                        Arbitraries.longs()
                                .between(
                                        1,
                                        Math.max(
                                                2,
                                                total.amount().unscaledValue().longValue())),
                        Arbitraries.of("client", "client", "client", "studio"),
                        Arbitraries.of("", "", "", "share-0#1", "retainer#2", "share-1#1"),
                        Arbitraries.of(c.getCurrencyCode(), c.getCurrencyCode(), c.getCurrencyCode(), "EUR"))
                .as((day, minor, actor, ref, code) -> {
                    Currency currency = Currency.getInstance(code);
                    Event.Builder e = Event.builder()
                            .id(EventId.of("x"))
                            .at(EventTime.of(START.plusDays(day)))
                            .kind("payment")
                            .actor(PartyId.of(actor))
                            .amount(Money.of(
                                    BigDecimal.valueOf(minor, c.getDefaultFractionDigits())
                                            .setScale(currency.getDefaultFractionDigits(), java.math.RoundingMode.DOWN)
                                            .max(BigDecimal.ONE),
                                    currency));
                    if (!ref.isEmpty()) {
                        e.ref(ref);
                    }
                    return e.build();
                });
        return payment.list().ofMinSize(2).ofMaxSize(10).map(list -> {
            List<Event> numbered = new ArrayList<>();
            for (int k = 0; k < list.size(); k++) {
                numbered.add(Event.builder()
                        .from(list.get(k))
                        .id(EventId.of("p" + k))
                        .build());
            }
            return numbered;
        });
    }

    @Property(tries = 300)
    void conservation_receivedIsAppliedPlusCredit_dueMinusAppliedIsOutstanding(@ForAll("cases") Case c) {
        ComplianceReport r = ENGINE.evaluate(c.agreement(), c.timeline(), c.asOf());
        for (PaymentBalance b : r.balances()) {
            assertThat(b.received()).isEqualTo(b.applied().plus(b.credit()));
            assertThat(b.due().minus(b.applied())).isEqualTo(b.outstanding());
            assertThat(b.outstanding().isNegative()).isFalse();
        }
        for (InstanceReport i : r.instances()) {
            if (i.payment().isPresent()) {
                PaymentReport p = i.payment().get();
                assertThat(p.outstanding().isNegative()).isFalse();
                assertThat(p.paid().compareTo(p.due())).isLessThanOrEqualTo(0);
            }
        }
        Statistics.collect(
                r.balances().stream().anyMatch(b -> b.received().isPositive()) ? "paid" : "nothing paid",
                r.balances().stream().anyMatch(b -> b.credit().isPositive()) ? "credit" : "no credit",
                r.instances().stream().anyMatch(i -> i.state() == InstanceState.FULFILLED_LATE) ? "late" : "-");
    }

    @Property(tries = 300)
    void schedule_sharesSumExactlyToTheValue(@ForAll("cases") Case c) {
        ComplianceReport r = ENGINE.evaluate(c.agreement(), Timeline.of(List.of()), START);
        Money total = c.agreement().value().orElseThrow();
        Money sum = Money.zero(total.currency());
        for (InstanceReport i : r.instances()) {
            if (i.obligation().value().startsWith("share-")) {
                sum = sum.plus(i.payment().orElseThrow().due());
            }
        }
        assertThat(sum).isEqualTo(total);
    }

    @Property(tries = 300)
    void paidOnTime_noFeeNoInterestNoPenalty(@ForAll("cases") Case c) {
        ComplianceReport r = ENGINE.evaluate(c.agreement(), c.timeline(), c.asOf());
        for (InstanceReport i : r.instances()) {
            if (i.state() == InstanceState.FULFILLED && i.payment().isPresent()) {
                assertThat(i.payment().get().lateFee()).isEmpty();
                assertThat(i.payment().get().interest()).isEmpty();
                assertThat(i.payment().get().penalty()).isEmpty();
            }
        }
    }

    @Property(tries = 200)
    void interest_payingLaterNeverCostsLess(
            @ForAll("amounts") long minor,
            @ForAll("days") int firstDay,
            @ForAll("days") int secondDay,
            @ForAll boolean act360) {
        Money due = Money.of(BigDecimal.valueOf(minor, 2), Currency.getInstance("USD"));
        Agreement a = Agreement.builder()
                .id(AgreementId.of("i"))
                .title("interest")
                .addParties(Party.of("client", "Client", Role.CLIENT))
                .addParties(Party.of("studio", "Studio", Role.PROVIDER))
                .zone(ZoneId.of("UTC"))
                .effectiveDate(START)
                .addObligations(Obligation.builder()
                        .id(ObligationId.of("invoice"))
                        .title("invoice")
                        .category(Category.PAYMENT)
                        .obligor(PartyId.of("client"))
                        .beneficiary(PartyId.of("studio"))
                        .trigger(Trigger.onEffectiveDate())
                        .deadline(DeadlineRule.onDate(START))
                        .amount(due)
                        .addRemedies(Remedy.builder()
                                .kind(Remedy.Kind.INTEREST)
                                .annualRatePercent(new BigDecimal("9.75"))
                                .dayCount(act360 ? DayCount.ACT_360 : DayCount.ACT_365F)
                                .build())
                        .build())
                .build();
        int early = Math.min(firstDay, secondDay);
        int late = Math.max(firstDay, secondDay);
        Money earlyInterest = interestWhenPaidOn(a, due, early);
        Money lateInterest = interestWhenPaidOn(a, due, late);
        assertThat(earlyInterest.compareTo(lateInterest)).isLessThanOrEqualTo(0);
    }

    private static Money interestWhenPaidOn(Agreement a, Money due, int day) {
        Event paid = Event.builder()
                .id(EventId.of("p"))
                .at(EventTime.of(START.plusDays(day)))
                .kind("payment")
                .actor(PartyId.of("client"))
                .amount(due)
                .build();
        ComplianceReport r = ENGINE.evaluate(a, Timeline.of(List.of(paid)), START.plusDays(400));
        return r.instance("invoice#1")
                .orElseThrow()
                .payment()
                .orElseThrow()
                .interest()
                .orElse(Money.zero(due.currency()));
    }

    @Provide
    Arbitrary<Long> amounts() {
        return Arbitraries.longs().between(1, 10_000_000_00L);
    }

    @Provide
    Arbitrary<Integer> days() {
        return Arbitraries.integers().between(0, 365);
    }
}
