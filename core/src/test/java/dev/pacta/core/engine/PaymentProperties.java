package dev.pacta.core.engine;

import static dev.pacta.core.gen.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.pacta.core.gen.Coverage;
import dev.pacta.core.gen.Gens;
import dev.pacta.core.gen.HardCases;
import dev.pacta.core.gen.ModelGen;
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
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Invariants of payments: conservation, exact schedules, no charges when on time, interest monotone in lateness.
 *
 * <p>The cases are payment schedules of one to four shares and a weekly retainer, with two to ten payments that are
 * partial, exact or over what the instance they aim at asks for, by the wrong party or in the wrong currency, often
 * several on one day. Each property over them counts {@link HardCases} (partial payments, overpayments, same-instant
 * payments) and fails when their share falls below its floor. Every floor sits at or below the five-sigma floor of the
 * share seen with the property's fixed seed (run with {@code -Dpacta.stats=true} to see the table).
 */
class PaymentProperties {
    static final ComplianceEngine ENGINE = ComplianceEngine.of(ModelGen.CALENDARS);
    static final LocalDate START = LocalDate.of(2026, 1, 5);

    /**
     * A payment schedule, its payments and the day of the report.
     *
     * @param agreement the schedule
     * @param timeline the payments
     * @param asOf the day of the report, 10 to 45 days after the start
     * @param intents what each payment aims for ({@code payment.partial}, {@code payment.over}...), for the counts
     */
    record Case(Agreement agreement, Timeline timeline, LocalDate asOf, Map<EventId, List<String>> intents) {
        HardCases hardCases() {
            return HardCases.of(agreement, timeline, intents);
        }

        @Override
        public String toString() {
            return "Case[asOf=" + asOf + ", agreement=" + agreement + ", timeline=" + timeline + "]";
        }
    }

    /** The percentage shares of a schedule: 1 to 4 parts of 100, cut at distinct points from 1 to 97. */
    static Gen<List<Integer>> shares() {
        return in -> {
            int n = integers().between(1, 4).generate(in);
            TreeSet<Integer> cuts = new TreeSet<>();
            // Distinct cuts: a repeated draw is drawn again (rarely needed).
            for (int attempt = 0; cuts.size() < n - 1 && attempt < 100; attempt++) {
                cuts.add(integers().between(1, 97).generate(in));
            }
            List<Integer> parts = new ArrayList<>();
            int previous = 0;
            for (int c : cuts) {
                parts.add(c - previous);
                previous = c;
            }
            parts.add(100 - previous);
            return parts;
        };
    }

    /** Schedules of a value of 1 to 5,000,000 minor units in USD, JPY or BHD, with their payments. */
    static Gen<Case> cases() {
        return in -> {
            Currency c = Currency.getInstance(Gens.of("USD", "JPY", "BHD").generate(in));
            long minor = longs().between(1, 5_000_000).generate(in);
            List<Integer> parts = shares().generate(in);
            int asOfDay = integers().between(10, 45).generate(in);
            Money total = Money.of(BigDecimal.valueOf(minor, c.getDefaultFractionDigits()), c);
            Agreement agreement = agreement(total, parts);
            List<Event> events = payments(agreement, total).generate(in);
            return new Case(agreement, Timeline.of(events), START.plusDays(asOfDay), intents(agreement, events));
        };
    }

    static Agreement agreement(Money total, List<Integer> parts) {
        return agreement(total, parts, new BigDecimal("1.5"));
    }

    /**
     * Like {@link #cases()}, but with a late fee of 40 % on the shares, so that payments often pay charges in part.
     */
    static Gen<Case> chargeCases() {
        return cases().map(c -> {
            Money total = c.agreement().value().orElseThrow();
            List<Integer> parts = new ArrayList<>();
            for (Obligation o : c.agreement().obligations()) {
                o.percentOfValue().ifPresent(p -> parts.add(p.intValueExact()));
            }
            return new Case(agreement(total, parts, new BigDecimal("40")), c.timeline(), c.asOf(), c.intents());
        });
    }

    static Agreement agreement(Money total, List<Integer> parts, BigDecimal feePercent) {
        Agreement.Builder b = Agreement.builder()
                .id(AgreementId.of("p"))
                .title("payments")
                .addParties(Party.of("client", "Client", Role.CLIENT))
                .addParties(Party.of("studio", "Studio", Role.PROVIDER))
                .zone(ZoneId.of("UTC"))
                .effectiveDate(START)
                .value(total);
        Remedy interest =
                Remedy.Interest.builder().annualRatePercent(new BigDecimal("8")).build();
        Remedy fee = Remedy.LateFee.builder().percent(feePercent).build();
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

    /** Two to ten payments of 1 to the whole value, mostly by the client in the agreement's currency. */
    static Gen<List<Event>> payments(Agreement agreement, Money total) {
        Currency c = total.currency();
        Gen<Event> payment = in -> {
            int day = integers().between(0, 40).generate(in);
            long minor = longs().between(
                            1, Math.max(2, total.amount().unscaledValue().longValue()))
                    .generate(in);
            String actor = Gens.of("client", "client", "client", "studio").generate(in);
            String ref =
                    Gens.of("", "", "", "share-0#1", "retainer#2", "share-1#1").generate(in);
            String code = Gens.of(c.getCurrencyCode(), c.getCurrencyCode(), c.getCurrencyCode(), "EUR")
                    .generate(in);
            Currency currency = Currency.getInstance(code);
            Event.Builder e = Event.builder()
                    .id(EventId.of("x"))
                    .at(EventTime.of(START.plusDays(day)))
                    .kind("payment")
                    .actor(PartyId.of(actor))
                    .amount(Money.of(
                            BigDecimal.valueOf(minor, c.getDefaultFractionDigits())
                                    .setScale(currency.getDefaultFractionDigits(), RoundingMode.DOWN)
                                    .max(BigDecimal.ONE),
                            currency));
            if (!ref.isEmpty()) {
                e.ref(ref);
            }
            return e.build();
        };
        return in -> {
            int size = integers().between(2, 10).generate(in);
            List<Event> numbered = new ArrayList<>();
            for (int k = 0; k < size; k++) {
                numbered.add(Event.builder()
                        .from(payment.generate(in))
                        .id(EventId.of("p" + k))
                        .build());
            }
            return numbered;
        };
    }

    /**
     * What each payment aims for, from the inputs alone: by the studio, the wrong party; in another currency, the
     * wrong currency; else partial, full or over against the instance it names, or against {@code share-0#1} (the first
     * due) when it names none.
     */
    static Map<EventId, List<String>> intents(Agreement agreement, List<Event> events) {
        Money total = agreement.value().orElseThrow();
        Map<EventId, List<String>> intents = new LinkedHashMap<>();
        for (Event e : events) {
            Money paid = e.amount().orElseThrow();
            String intent;
            if (!e.actor().equals(PartyId.of("client"))) {
                intent = "payment.wrong-party";
            } else if (!paid.currency().equals(total.currency())) {
                intent = "payment.wrong-currency";
            } else {
                Optional<Money> due = dueOf(agreement, e.ref().orElse("share-0#1"));
                int compared = due.map(d -> paid.compareTo(d)).orElse(1);
                intent = compared < 0 ? "payment.partial" : compared == 0 ? "payment.full" : "payment.over";
            }
            intents.put(e.id(), List.of(intent));
        }
        return intents;
    }

    /** About what an instance asks for (its share of the value, before the schedule's exact rounding). */
    private static Optional<Money> dueOf(Agreement agreement, String instance) {
        String obligation = instance.replaceFirst("#[0-9]+$", "");
        return agreement.obligations().stream()
                .filter(o -> o.id().value().equals(obligation))
                .findFirst()
                .map(o -> o.amount()
                        .orElseGet(() -> agreement
                                .value()
                                .orElseThrow()
                                .percentage(o.percentOfValue().orElseThrow())));
    }

    @Test
    void conservation_receivedIsAppliedPlusCredit_dueMinusAppliedIsOutstanding() {
        Coverage coverage = Coverage.forCaller()
                .atLeast(HardCases.Case.SAME_INSTANT.name(), 0.17)
                .atLeast(HardCases.Case.PARTIAL_PAYMENT.name(), 0.53)
                .atLeast(HardCases.Case.OVERPAYMENT.name(), 0.625)
                .atLeast("paid", 0.675)
                .atLeast("credit", 0.12)
                .atLeast("paid in part", 0.34)
                .atLeast("late", 0.45);
        qt(300).forAll(cases()).checkAssert(c -> {
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
            c.hardCases().countIn(coverage);
            countOutcomes(coverage, r);
        });
        coverage.check();
    }

    /**
     * Issue 19: every payment and charge row adds up ({@code due = paid + outstanding + cancelled}, none negative), no
     * payment is lost (what the balances received, per currency, is every payment with a positive amount by a party,
     * whether it matched anything or not), and received = applied + credit, in each balance and in total.
     */
    @Test
    void everyRowAddsUp_noPaymentLost_receivedIsAppliedPlusCredit() {
        Coverage coverage = Coverage.forCaller()
                .atLeast(HardCases.Case.PARTIAL_PAYMENT.name(), 0.5)
                .atLeast(HardCases.Case.OVERPAYMENT.name(), 0.6)
                .atLeast("a charge", 0.95)
                .atLeast("a charge paid in part", 0.025)
                .atLeast("a charge paid in full", 0.54)
                .atLeast("a payment that matched nothing", 0.725)
                .atLeast("credit", 0.745);
        qt(300).forAll(chargeCases()).checkAssert(c -> {
            ComplianceReport r = ENGINE.evaluate(c.agreement(), c.timeline(), c.asOf());
            List<dev.pacta.core.report.Charge> charges = new ArrayList<>();
            for (InstanceReport i : r.instances()) {
                if (i.payment().isPresent()) {
                    PaymentReport p = i.payment().get();
                    assertThat(p.paid().plus(p.outstanding()).plus(p.cancelled()))
                            .isEqualTo(p.due());
                    assertThat(p.outstanding().isNegative() || p.cancelled().isNegative())
                            .isFalse();
                    for (dev.pacta.core.report.Charge ch : p.charges()) {
                        assertThat(ch.paid().plus(ch.outstanding()).plus(ch.cancelled()))
                                .isEqualTo(ch.due());
                        assertThat(ch.paid().isNegative() || ch.outstanding().isNegative())
                                .isFalse();
                        charges.add(ch);
                    }
                }
            }
            Map<String, Money> received = new java.util.TreeMap<>();
            Map<String, Money> appliedAndCredit = new java.util.TreeMap<>();
            for (PaymentBalance b : r.balances()) {
                assertThat(b.received()).isEqualTo(b.applied().plus(b.credit()));
                assertThat(b.due().minus(b.applied())).isEqualTo(b.outstanding());
                received.merge(b.received().currency().getCurrencyCode(), b.received(), Money::plus);
                appliedAndCredit.merge(
                        b.received().currency().getCurrencyCode(), b.applied().plus(b.credit()), Money::plus);
            }
            Map<String, Money> paid = new java.util.TreeMap<>();
            for (Event e : c.timeline().events()) {
                Money m = e.amount().orElseThrow();
                if (!e.at().toLocalDate(c.agreement().zone()).isAfter(c.asOf())) {
                    paid.merge(m.currency().getCurrencyCode(), m, Money::plus);
                }
            }
            received.values().removeIf(Money::isZero); // a balance of instances only, with nothing paid
            appliedAndCredit.values().removeIf(Money::isZero);
            assertThat(received).isEqualTo(paid);
            assertThat(appliedAndCredit).isEqualTo(paid);
            coverage.count("a charge", !charges.isEmpty());
            coverage.count(
                    "a charge paid in part",
                    charges.stream()
                            .anyMatch(ch ->
                                    ch.paid().isPositive() && ch.outstanding().isPositive()));
            coverage.count(
                    "a charge paid in full",
                    charges.stream()
                            .anyMatch(ch ->
                                    ch.paid().isPositive() && ch.outstanding().isZero()));
            coverage.count(
                    "a payment that matched nothing",
                    r.findings().stream()
                            .anyMatch(f -> f.code().equals(dev.pacta.core.report.FindingCodes.PAYMENT_WRONG_PARTY)
                                    || f.code().equals(dev.pacta.core.report.FindingCodes.PAYMENT_CURRENCY_MISMATCH)
                                    || f.code().equals(dev.pacta.core.report.FindingCodes.PAYMENT_HELD_AS_CREDIT)));
            coverage.count(
                    "credit", r.balances().stream().anyMatch(b -> b.credit().isPositive()));
            c.hardCases().countIn(coverage);
        });
        coverage.check();
    }

    /** What a report shows of the payments: anything received, a credit carried, an instance paid in part, late. */
    private static void countOutcomes(Coverage coverage, ComplianceReport r) {
        coverage.count("paid", r.balances().stream().anyMatch(b -> b.received().isPositive()));
        coverage.count("credit", r.balances().stream().anyMatch(b -> b.credit().isPositive()));
        coverage.count(
                "paid in part",
                r.instances().stream()
                        .flatMap(i -> i.payment().stream())
                        .anyMatch(p -> p.paid().isPositive() && p.outstanding().isPositive()));
        coverage.count("late", r.instances().stream().anyMatch(i -> i.state() == InstanceState.FULFILLED_LATE));
    }

    @Test
    void schedule_sharesSumExactlyToTheValue() {
        Coverage coverage = Coverage.forCaller()
                .atLeast("shares", 1, 0.12)
                .atLeast("shares", 2, 0.13)
                .atLeast("shares", 3, 0.11)
                .atLeast("shares", 4, 0.12)
                .atLeast("currency", "USD", 0.21)
                .atLeast("currency", "JPY", 0.22)
                .atLeast("currency", "BHD", 0.15);
        qt(300).forAll(cases()).checkAssert(c -> {
            ComplianceReport r = ENGINE.evaluate(c.agreement(), Timeline.of(List.of()), START);
            Money total = c.agreement().value().orElseThrow();
            Money sum = Money.zero(total.currency());
            int shares = 0;
            for (InstanceReport i : r.instances()) {
                if (i.obligation().value().startsWith("share-")) {
                    sum = sum.plus(i.payment().orElseThrow().due());
                    shares++;
                }
            }
            coverage.collect("shares", shares);
            coverage.collect("currency", total.currency().getCurrencyCode());
            assertThat(sum).isEqualTo(total);
        });
        coverage.check();
    }

    @Test
    void paidOnTime_noFeeNoInterestNoPenalty() {
        Coverage coverage = Coverage.forCaller()
                .atLeast("an instance paid on time", 0.14)
                .atLeast(HardCases.Case.SAME_INSTANT.name(), 0.25)
                .atLeast(HardCases.Case.PARTIAL_PAYMENT.name(), 0.51)
                .atLeast(HardCases.Case.OVERPAYMENT.name(), 0.7)
                .atLeast("paid", 0.695)
                .atLeast("credit", 0.13)
                .atLeast("paid in part", 0.325)
                .atLeast("late", 0.52);
        qt(300).forAll(cases()).checkAssert(c -> {
            ComplianceReport r = ENGINE.evaluate(c.agreement(), c.timeline(), c.asOf());
            boolean onTime = false;
            for (InstanceReport i : r.instances()) {
                if (i.state() == InstanceState.FULFILLED && i.payment().isPresent()) {
                    onTime = true;
                    assertThat(i.payment().get().lateFee()).isEmpty();
                    assertThat(i.payment().get().interest()).isEmpty();
                    assertThat(i.payment().get().penalty()).isEmpty();
                }
            }
            coverage.count("an instance paid on time", onTime);
            c.hardCases().countIn(coverage);
            countOutcomes(coverage, r);
        });
        coverage.check();
    }

    @Test
    void interest_payingLaterNeverCostsLess() {
        Coverage coverage = Coverage.forCaller()
                .atLeast("day count", "ACT_365F", 0.31)
                .atLeast("day count", "ACT_360", 0.33)
                .atLeast("later costs more", 0.86);
        // Uniform, with the ends (a cent, ten million dollars, paid on the due date, a year late) as edge cases.
        Gen<Integer> days = Gens.uniformWithEnds(0, 365, d -> (int) (long) d);
        Gen<Long> amounts = Gens.uniformWithEnds(1, 10_000_000_00L, m -> m);
        qt(200).forAll(amounts, days, days, booleans().all()).checkAssert((minor, firstDay, secondDay, act360) -> {
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
                            .addRemedies(Remedy.Interest.builder()
                                    .annualRatePercent(new BigDecimal("9.75"))
                                    .dayCount(act360 ? DayCount.ACT_360 : DayCount.ACT_365F)
                                    .build())
                            .build())
                    .build();
            int early = Math.min(firstDay, secondDay);
            int late = Math.max(firstDay, secondDay);
            Money earlyInterest = interestWhenPaidOn(a, due, early);
            Money lateInterest = interestWhenPaidOn(a, due, late);
            coverage.collect("day count", act360 ? "ACT_360" : "ACT_365F");
            coverage.count("later costs more", earlyInterest.compareTo(lateInterest) < 0);
            coverage.count("paid on the same day", early == late);
            assertThat(earlyInterest.compareTo(lateInterest)).isLessThanOrEqualTo(0);
        });
        coverage.check();
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
}
