package dev.pacta.core.engine;

import dev.pacta.core.model.EventId;
import dev.pacta.core.money.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a report shows of the money between the parties as of an instant: per payer, payee and currency, what was
 * received, applied, held as credit, due and outstanding, and what the credit held pays of charges that grew since the
 * simulation last netted it. Views of the ledger worked out for a report (see {@link Payments} for the rule that
 * applies payments and credit); the ledger is unchanged.
 */
final class PaymentBalances {
    private PaymentBalances() {}

    /**
     * What the credit held as of {@code asOf} pays of charges that grew since the simulation last netted it (at a
     * breach, a fulfilment or a payment between the two parties): interest or a penalty per period still growing. A
     * view for a report, oldest first as always; the ledger is unchanged. Per instance: what it pays of which charge.
     */
    static Map<Inst, List<Inst.ChargePaid>> nettedAt(Ledger ledger, Remedies remedies, Instant asOf) {
        Map<Inst, List<Inst.ChargePaid>> netted = new java.util.IdentityHashMap<>();
        for (Map.Entry<Ledger.BalanceKey, Ledger.Balance> e : ledger.balances.entrySet()) {
            Money credit = e.getValue().credit;
            EventId source = e.getValue().creditSource;
            if (!credit.isPositive()) {
                continue;
            }
            Ledger.BalanceKey key = e.getKey();
            for (Inst i : Payments.debts(Payments.owedBy(ledger, key.payer(), Optional.of(key.payee())))) {
                if (credit.isZero()) {
                    break;
                }
                if (!Remedies.hasCharges(i.obl.def) || Remedies.released(i)) {
                    continue;
                }
                for (Remedies.Charge c : remedies.charges(i, asOf)) {
                    if (c.amount().currency().equals(credit.currency()) && credit.isPositive()) {
                        Money rest = c.amount().minus(i.chargePaid(c.remedy(), credit.currency()));
                        if (rest.isPositive()) {
                            Money pay = credit.min(rest);
                            netted.computeIfAbsent(i, k -> new ArrayList<>(1))
                                    .add(new Inst.ChargePaid(c.remedy(), source, asOf, pay));
                            credit = credit.minus(pay);
                        }
                    }
                }
            }
        }
        return netted;
    }

    /**
     * Per payer, payee and currency: received, applied (to amounts due and to charges), credit, due and outstanding
     * (amounts due and charges as of {@code asOf}; a released instance is due only what was paid before).
     */
    static List<dev.pacta.core.report.PaymentBalance> balances(
            Ledger ledger, Remedies remedies, Instant asOf, Map<Inst, List<Inst.ChargePaid>> netted) {
        Map<Ledger.BalanceKey, Money> nettedByKey = new HashMap<>();
        java.util.Map<Ledger.BalanceKey, Money[]> sums = new java.util.TreeMap<>();
        for (Inst i : ledger.all) {
            boolean released = Remedies.released(i);
            if (i.isPayment()) {
                Money due = i.facts().due();
                Money[] s = sums(sums, i, due.currency());
                s[0] = s[0].plus(i.facts().paid());
                s[1] = s[1].plus(released ? i.facts().paid() : due);
                s[2] = s[2].plus(released ? Money.zero(due.currency()) : i.outstanding());
            }
            for (Remedies.Charge c : remedies.charges(i, asOf)) {
                Money charged = c.amount();
                Money paid = i.chargePaid(c.remedy(), charged.currency());
                for (Inst.ChargePaid view : netted.getOrDefault(i, List.of())) {
                    if (view.remedy() == c.remedy()) {
                        paid = paid.plus(view.amount());
                        nettedByKey.merge(key(i, charged.currency()), view.amount(), Money::plus);
                    }
                }
                Money[] s = sums(sums, i, charged.currency());
                s[0] = s[0].plus(paid);
                s[1] = s[1].plus(released ? paid : charged.max(paid));
                s[2] = s[2].plus(
                        released
                                ? Money.zero(paid.currency())
                                : charged.max(paid).minus(paid));
            }
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
            Money credit = b == null ? zero : b.credit.minus(nettedByKey.getOrDefault(e.getKey(), zero));
            balances.add(dev.pacta.core.report.PaymentBalance.builder()
                    .payer(e.getKey().payer())
                    .payee(e.getKey().payee())
                    .received(b == null ? zero : b.received)
                    .applied(s[0])
                    .credit(credit)
                    .due(s[1])
                    .outstanding(s[2])
                    .build());
        }
        return balances;
    }

    /** The sums (applied, due, outstanding) of an instance's obligor, beneficiary and a currency. */
    private static Money[] sums(java.util.Map<Ledger.BalanceKey, Money[]> sums, Inst i, java.util.Currency currency) {
        Money zero = Money.zero(currency);
        return sums.computeIfAbsent(key(i, currency), k -> new Money[] {zero, zero, zero});
    }

    private static Ledger.BalanceKey key(Inst i, java.util.Currency currency) {
        return new Ledger.BalanceKey(i.obl.def.obligor(), i.obl.def.beneficiary(), currency.getCurrencyCode());
    }
}
