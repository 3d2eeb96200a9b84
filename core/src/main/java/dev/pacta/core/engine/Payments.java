package dev.pacta.core.engine;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Category;
import dev.pacta.core.model.ControlKind;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.Modality;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.ObligationId;
import dev.pacta.core.money.Money;
import dev.pacta.core.report.FindingCodes;
import dev.pacta.core.report.Severity;
import dev.pacta.core.time.Recurrence;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Payments of a simulation: the amount due of each payment instance (fixed, or a share of the agreement's value
 * allocated exactly), payment events applied to the referenced or the oldest open instance of that payer, payee and
 * currency, overpayment carried as credit, and payments that cannot be applied reported as findings.
 */
final class Payments {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Ledger ledger;
    private final Matching matching;
    private final FollowUps loop;

    Payments(Ledger ledger, Matching matching, FollowUps loop) {
        this.ledger = ledger;
        this.matching = matching;
        this.loop = loop;
    }

    /**
     * The shares of the agreement's value of its percentage payments, in declaration order, with the remainder on the
     * last share so that they sum exactly to the value.
     */
    static Map<ObligationId, Money> shares(Agreement agreement) {
        Map<ObligationId, Money> shares = new HashMap<>();
        if (agreement.value().isEmpty()) {
            return shares;
        }
        List<Obligation> scheduled = agreement.obligations().stream()
                .filter(o ->
                        o.category() == Category.PAYMENT && o.percentOfValue().isPresent())
                .toList();
        if (scheduled.isEmpty()) {
            return shares;
        }
        List<BigDecimal> percents = new ArrayList<>(
                scheduled.stream().map(o -> o.percentOfValue().get()).toList());
        BigDecimal sum = percents.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Money value = agreement.value().get();
        List<Money> allocated;
        if (sum.compareTo(HUNDRED) == 0) {
            allocated = value.allocate(percents);
        } else {
            // Amendment-added payments may not form a 100 % schedule; each takes its own rounded share.
            allocated = percents.stream().map(value::percentage).toList();
        }
        for (int k = 0; k < scheduled.size(); k++) {
            shares.put(scheduled.get(k).id(), allocated.get(k));
        }
        return shares;
    }

    /** The amount due of the n-th instance of a payment obligation; a counted schedule splits its share in n. */
    static Money dueOf(Obl o, int number) {
        if (o.def.amount().isPresent()) {
            return o.def.amount().get();
        }
        if (o.share == null) {
            return null;
        }
        Optional<Integer> count = o.def.trigger().recurrence().flatMap(Recurrence::count);
        if (count.isPresent() && number <= count.get()) {
            return o.share.split(count.get()).get(number - 1);
        }
        return o.share;
    }

    /** Pays a new payment instance from the payer's credit with its payee, if any. */
    void applyCredit(Inst i, Instant t) {
        Ledger.Balance b = ledger.balances.get(key(i));
        if (b == null || b.credit.isZero()) {
            return;
        }
        Money pay = b.credit.min(i.outstanding());
        b.credit = b.credit.minus(pay);
        ledger.pay(i, new Inst.Paid(b.creditSource, t, pay), null);
        if (i.outstanding().isZero()) {
            loop.fulfil(i, b.creditSource, ControlKind.PAYMENT.kind(), t);
        }
    }

    private static Ledger.BalanceKey key(Inst i) {
        return new Ledger.BalanceKey(
                i.obl.def.obligor(),
                i.obl.def.beneficiary(),
                i.facts().due().currency().getCurrencyCode());
    }

    private Ledger.Balance balance(Ledger.BalanceKey key, java.util.Currency currency) {
        return ledger.balances.computeIfAbsent(key, k -> new Ledger.Balance(currency));
    }

    /**
     * Applies a payment: to the instance its ref names, else to the payer's oldest open instance owed to the payee in
     * that currency; an overpayment pays the next instances and the rest is held as credit. A payment by a party that
     * owes no payment, or in another currency, is not applied.
     */
    boolean payment(Event e, Instant t) {
        if (e.amount().isEmpty() || !e.amount().get().isPositive()) {
            ledger.finding(
                    FindingCodes.INVALID_PAYMENT,
                    Severity.WARNING,
                    e.actor(),
                    null,
                    List.of(e.id()),
                    "payment " + e.id() + " by '" + e.actor() + "' ignored: it has no positive amount");
            return false;
        }
        Money amount = e.amount().get();
        List<Obl> owed = new ArrayList<>();
        for (Obl o : ledger.obls.values()) {
            if (o.def.category() == Category.PAYMENT
                    && o.def.modality() == Modality.MUST
                    && o.def.obligor().equals(e.actor())
                    && e.payee().map(p -> p.equals(o.def.beneficiary())).orElse(true)) {
                owed.add(o);
            }
        }
        if (owed.isEmpty()) {
            paymentNotApplied(
                    e,
                    FindingCodes.PAYMENT_WRONG_PARTY,
                    "'" + e.actor() + "' owes no payment"
                            + e.payee().map(p -> " to '" + p + "'").orElse(""));
            return false;
        }
        List<Inst> open = new ArrayList<>();
        if (e.ref().isPresent()) {
            Optional<List<Inst>> named = matching.refTargets(e.ref().get(), owed);
            Inst target = named.flatMap(l -> l.stream()
                            .filter(i -> i.isPayment() && matching.accepts(i, t))
                            .findFirst())
                    .orElse(null);
            if (target == null) {
                paymentNotApplied(
                        e,
                        FindingCodes.DANGLING_REFERENCE,
                        "'" + e.ref().get() + "' names no open payment instance of '" + e.actor() + "'");
                return false;
            }
            open.add(target);
        }
        for (Inst i : Matching.oldestFirst(openInstances(owed))) {
            if (i.isPayment() && matching.accepts(i, t) && !open.contains(i)) {
                open.add(i);
            }
        }
        String currency = amount.currency().getCurrencyCode();
        List<Inst> sameCurrency = open.stream()
                .filter(i -> i.facts().due().currency().equals(amount.currency()))
                .toList();
        if (sameCurrency.isEmpty() || !open.get(0).facts().due().currency().equals(amount.currency())) {
            boolean futureInCurrency = open.isEmpty()
                    && owed.stream()
                            .anyMatch(o -> o.instances.isEmpty()
                                    && currencyOf(o).filter(currency::equals).isPresent());
            if (futureInCurrency) {
                Obl o = owed.stream()
                        .filter(x -> currencyOf(x).filter(currency::equals).isPresent())
                        .findFirst()
                        .orElseThrow();
                Ledger.Balance b =
                        balance(new Ledger.BalanceKey(e.actor(), o.def.beneficiary(), currency), amount.currency());
                b.received = b.received.plus(amount);
                b.credit = b.credit.plus(amount);
                b.creditSource = e.id();
                ledger.finding(
                        FindingCodes.PAYMENT_HELD_AS_CREDIT,
                        Severity.INFO,
                        e.actor(),
                        null,
                        List.of(e.id()),
                        "payment " + e.id() + " of " + amount.formatWithCurrency() + " by '" + e.actor()
                                + "' is held as credit: no payment instance is open yet");
                return true;
            }
            paymentNotApplied(
                    e,
                    FindingCodes.PAYMENT_CURRENCY_MISMATCH,
                    open.isEmpty()
                            ? "no open payment instance of '" + e.actor() + "' is in " + currency
                            : open.get(0).id() + " is due in "
                                    + open.get(0).facts().due().currency().getCurrencyCode() + ", the payment is in "
                                    + currency
                                    + " (Pacta applies no exchange rates)");
            return false;
        }
        Inst first = sameCurrency.get(0);
        Ledger.Balance b = balance(key(first), amount.currency());
        b.received = b.received.plus(amount);
        Money remaining = amount;
        Inst last = first;
        for (Inst i : sameCurrency) {
            if (!key(i).equals(key(first))) {
                continue;
            }
            if (remaining.isZero()) {
                break;
            }
            if (i != first) {
                ledger.pay(last, null, remaining);
            }
            Money pay = remaining.min(i.outstanding());
            ledger.pay(i, new Inst.Paid(e.id(), t, pay), null);
            remaining = remaining.minus(pay);
            if (i.outstanding().isZero()) {
                loop.fulfil(i, e.id(), ControlKind.PAYMENT.kind(), t);
            }
            last = i;
        }
        if (remaining.isPositive()) {
            ledger.pay(last, null, remaining);
            b.credit = b.credit.plus(remaining);
            b.creditSource = e.id();
        }
        return true;
    }

    /** Per payer, payee and currency: received, applied, credit, due and outstanding. */
    static List<dev.pacta.core.report.PaymentBalance> balances(Ledger ledger) {
        java.util.Map<Ledger.BalanceKey, Money[]> sums = new java.util.TreeMap<>();
        for (Inst i : ledger.all) {
            if (!i.isPayment()) {
                continue;
            }
            Ledger.BalanceKey key = new Ledger.BalanceKey(
                    i.obl.def.obligor(),
                    i.obl.def.beneficiary(),
                    i.facts().due().currency().getCurrencyCode());
            Money zero = Money.zero(i.facts().due().currency());
            Money[] s = sums.computeIfAbsent(key, k -> new Money[] {zero, zero, zero});
            s[0] = s[0].plus(i.facts().paid());
            // A waived or cancelled instance is due only what was paid before it was released.
            boolean released = i.facts().waivedAt() != null || i.facts().cancelledAt() != null;
            s[1] = s[1].plus(released ? i.facts().paid() : i.facts().due());
            s[2] = s[2].plus(released ? zero : i.outstanding());
        }
        for (Ledger.BalanceKey key : ledger.balances.keySet()) {
            Money zero = Money.zero(ledger.balances.get(key).received.currency());
            sums.computeIfAbsent(key, k -> new Money[] {zero, zero, zero});
        }
        List<dev.pacta.core.report.PaymentBalance> balances = new ArrayList<>();
        for (java.util.Map.Entry<Ledger.BalanceKey, Money[]> e : sums.entrySet()) {
            Money[] s = e.getValue();
            Ledger.Balance b = ledger.balances.get(e.getKey());
            Money zero = Money.zero(s[0].currency());
            balances.add(dev.pacta.core.report.PaymentBalance.builder()
                    .payer(e.getKey().payer())
                    .payee(e.getKey().payee())
                    .received(b == null ? zero : b.received)
                    .applied(s[0])
                    .credit(b == null ? zero : b.credit)
                    .due(s[1])
                    .outstanding(s[2])
                    .build());
        }
        return balances;
    }

    private static Optional<String> currencyOf(Obl o) {
        Money due = dueOf(o, 1);
        return Optional.ofNullable(due).map(m -> m.currency().getCurrencyCode());
    }

    /** The instances of the obligations that may still accept a payment (the others would be skipped anyway). */
    private static List<Inst> openInstances(List<Obl> obligations) {
        List<Inst> open = new ArrayList<>();
        for (Obl o : obligations) {
            open.addAll(Matching.openInstances(o));
        }
        return open;
    }

    private void paymentNotApplied(Event e, String code, String why) {
        ledger.finding(
                code,
                Severity.WARNING,
                e.actor(),
                null,
                List.of(e.id()),
                "payment " + e.id() + " of " + e.amount().get().formatWithCurrency() + " by '" + e.actor()
                        + "' not applied: " + why);
    }
}
