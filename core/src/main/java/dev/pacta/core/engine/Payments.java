package dev.pacta.core.engine;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Category;
import dev.pacta.core.model.ControlKind;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.EventId;
import dev.pacta.core.model.Modality;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.ObligationId;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.model.Trigger;
import dev.pacta.core.money.Money;
import dev.pacta.core.report.FindingCodes;
import dev.pacta.core.report.Severity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Payments of a simulation: the amount due of each payment instance (fixed, or a share of the agreement's value
 * allocated exactly), and what a payment pays: the debts of the payer to the payee in the payment's currency, the
 * instance its ref names first, then oldest first, each instance's amount due before the charges its breach added (see
 * {@link #payment}); what is left is held as credit, which pays instances as they come into force and nets against
 * charges as they arise. A payment is never lost: one that matches nothing is still received, as credit, with a
 * finding.
 */
final class Payments {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Ledger ledger;
    private final Matching matching;
    private final Remedies remedies;
    private final FollowUps loop;

    Payments(Ledger ledger, Matching matching, Remedies remedies, FollowUps loop) {
        this.ledger = ledger;
        this.matching = matching;
        this.remedies = remedies;
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
        Optional<Integer> count =
                o.def.trigger() instanceof Trigger.Recurring r ? r.recurrence().count() : Optional.empty();
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
            loop.fulfil(i, b.creditNumber, ControlKind.PAYMENT.kind(), t);
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
     * A breach put charges on an instance's obligor: the credit it holds with the beneficiary pays them (and any other
     * charge to that beneficiary that grew since it was last looked at), oldest first.
     */
    void chargesArise(Inst i, Instant t) {
        if (Remedies.hasCharges(i.obl.def)) {
            netCredit(i.obl.def.obligor(), i.obl.def.beneficiary(), t);
        }
    }

    /**
     * Applies the credit a payer holds with a payee, in every currency, to the charges it owes the payee as of t: its
     * breached instances that may still owe a charge, oldest first (the others owe none: never breached, or settled).
     */
    private void netCredit(PartyId payer, PartyId payee, Instant t) {
        List<Inst> debts = null;
        for (Map.Entry<Ledger.BalanceKey, Ledger.Balance> e : ledger.balances.entrySet()) {
            Ledger.Balance b = e.getValue();
            if (!e.getKey().payer().equals(payer) || !e.getKey().payee().equals(payee) || !b.credit.isPositive()) {
                continue;
            }
            if (debts == null) {
                debts = unsettled(payer, payee);
            }
            for (Inst i : debts) {
                if (b.credit.isZero()) {
                    break;
                }
                b.credit = netCharges(i, b.credit, b.creditSource, t);
            }
        }
    }

    /**
     * The breached instances of a payer's obligations to a payee whose breach charges it, that may still owe a charge,
     * oldest first: what credit nets against.
     */
    private List<Inst> unsettled(PartyId payer, PartyId payee) {
        List<Inst> debts = new ArrayList<>();
        int lists = 0;
        for (Obl o : ledger.obls.values()) {
            if (o.unsettled != null
                    && !o.unsettled.isEmpty()
                    && o.def.obligor().equals(payer)
                    && o.def.beneficiary().equals(payee)
                    && Remedies.hasCharges(o.def)) {
                debts.addAll(o.unsettled);
                lists++;
            }
        }
        return lists > 1 ? Matching.oldestFirst(debts) : debts;
    }

    /**
     * Pays an instance's charges as of t from credit, as {@link #payCharges} does; returns what is left. An instance
     * that then owes no charge, and whose charges can no longer grow, is settled: credit need not look at it again
     * unless a transition changes it (see {@link Ledger#settled}).
     */
    private Money netCharges(Inst i, Money amount, EventId by, Instant t) {
        if (Remedies.released(i)) {
            ledger.settled(i);
            return amount;
        }
        Money left = amount;
        boolean owing = false;
        List<Remedies.Charge> charges = remedies.charges(i, t);
        for (Remedies.Charge c : charges) {
            java.util.Currency currency = c.amount().currency();
            Money rest = c.amount().minus(i.chargePaid(c.remedy(), currency));
            if (rest.isPositive() && !left.isZero() && currency.equals(left.currency())) {
                Money pay = left.min(rest);
                ledger.payCharge(i, new Inst.ChargePaid(c.remedy(), by, t, pay));
                left = left.minus(pay);
                rest = rest.minus(pay);
            }
            owing |= rest.isPositive();
        }
        if (!owing && stopped(i, charges, t)) {
            ledger.settled(i);
        }
        return left;
    }

    /**
     * Whether none of an instance's charges as of t can grow after t: it was breached by then and each charge is a late
     * fee (fixed at the breach), interest on nothing outstanding (every payment applied is at or before t), or a
     * penalty on a duty done by t. What would change that goes through a transition that unsettles it again (a
     * breach, a moved deadline, an amendment).
     */
    private static boolean stopped(Inst i, List<Remedies.Charge> charges, Instant t) {
        Facts f = i.facts();
        if (f.breachedAt() == null || f.breachedAt().isAfter(t)) {
            return false;
        }
        for (Remedies.Charge c : charges) {
            boolean stopped = switch (c.kind()) {
                case LATE_FEE -> true;
                case INTEREST -> i.isPayment() && i.outstanding().isZero();
                case PENALTY -> f.fulfilledAt() != null && !f.fulfilledAt().isAfter(t);
                default -> false;
            };
            if (!stopped) {
                return false;
            }
        }
        return true;
    }

    /**
     * The obligations a payer owes money under (to the payee, if named): payments it must make, and any obligation of
     * its whose breach puts a charge on it.
     */
    static List<Obl> owedBy(Ledger ledger, PartyId payer, Optional<PartyId> payee) {
        List<Obl> owed = new ArrayList<>();
        for (Obl o : ledger.obls.values()) {
            if (o.def.obligor().equals(payer)
                    && payee.map(p -> p.equals(o.def.beneficiary())).orElse(true)
                    && (o.def.category() == Category.PAYMENT && o.def.modality() == Modality.MUST
                            || Remedies.hasCharges(o.def))) {
                owed.add(o);
            }
        }
        return owed;
    }

    /**
     * The instances of those obligations that may owe something, oldest first: the payment instances still open, and
     * every instance of an obligation with charges (its breach may have charged it).
     */
    static List<Inst> debts(List<Obl> owed) {
        List<Inst> debts = new ArrayList<>();
        for (Obl o : owed) {
            debts.addAll(Remedies.hasCharges(o.def) ? o.instances : Matching.openInstances(o));
        }
        return Matching.oldestFirst(debts);
    }

    /** Whether its amount due can take a payment in a currency at t: open (or still owed), unpaid, accepting. */
    private boolean principalPayable(Inst i, java.util.Currency currency, Instant t) {
        return i.isPayment()
                && i.facts().due().currency().equals(currency)
                && i.outstanding().isPositive()
                && matching.accepts(i, t);
    }

    /** What an instance owes in a currency at t: its payable amount due and the charges outstanding. */
    private Money owes(Inst i, java.util.Currency currency, Instant t) {
        Money owed = principalPayable(i, currency, t) ? i.outstanding() : Money.zero(currency);
        if (Remedies.released(i)) {
            return owed;
        }
        for (Remedies.Charge c : remedies.charges(i, t)) {
            if (c.amount().currency().equals(currency)) {
                Money rest = c.amount().minus(i.chargePaid(c.remedy(), currency));
                if (rest.isPositive()) {
                    owed = owed.plus(rest);
                }
            }
        }
        return owed;
    }

    /** Pays an instance's charges as of t from an amount, in the order of its remedies; returns what is left. */
    private Money payCharges(Inst i, Money amount, EventId by, Instant t) {
        if (Remedies.released(i)) {
            return amount;
        }
        Money left = amount;
        for (Remedies.Charge c : remedies.charges(i, t)) {
            if (left.isZero()) {
                break;
            }
            if (!c.amount().currency().equals(left.currency())) {
                continue;
            }
            Money rest = c.amount().minus(i.chargePaid(c.remedy(), left.currency()));
            if (rest.isPositive()) {
                Money pay = left.min(rest);
                ledger.payCharge(i, new Inst.ChargePaid(c.remedy(), by, t, pay));
                left = left.minus(pay);
            }
        }
        return left;
    }

    /**
     * Applies a payment. What it pays: the payer's debts to the payee (the one it names, else the beneficiary of its
     * first debt in the payment's currency) in that currency; first the instance(s) its ref names, then the others
     * oldest first (by when they came into force); within an instance, its amount due before the charges its breach
     * added (late fee, interest, penalty, in the order of its remedies), so that paying what was due settles the duty
     * and a late payment still pays. Credit already held pays grown charges before the payment does. What is left is
     * held as credit. A ref that names nothing owed, a payment in a currency nothing is owed in, or by a party that
     * owes nothing, is still received and held as credit, with a finding. Returns false only for a payment without a
     * positive amount, which is ignored.
     */
    boolean payment(Event e, int n, Instant t) {
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
        java.util.Currency currency = amount.currency();
        PartyId payer = e.actor();
        List<Obl> owed = owedBy(ledger, payer, e.payee());
        List<Inst> order = new ArrayList<>();
        if (e.ref().isPresent()) {
            List<Inst> named = matching.refTargets(e.ref().get(), owed).orElse(List.of()).stream()
                    .filter(i -> owes(i, currency, t).isPositive())
                    .toList();
            if (named.isEmpty()) {
                ledger.finding(
                        FindingCodes.DANGLING_REFERENCE,
                        Severity.WARNING,
                        payer,
                        null,
                        List.of(e.id()),
                        "payment " + e.id() + " of " + amount.formatWithCurrency() + " by '" + payer + "' refers to '"
                                + e.ref().get() + "', which names nothing '" + payer + "' owes in "
                                + currency.getCurrencyCode() + "; applied oldest first instead");
            }
            order.addAll(named);
        }
        List<Inst> debts = debts(owed);
        for (Inst i : debts) {
            if (!order.contains(i)) {
                order.add(i);
            }
        }
        PartyId payee = e.payee().orElse(null);
        Inst firstOwing = null;
        for (Inst i : order) {
            if (owes(i, currency, t).isPositive()) {
                firstOwing = i;
                break;
            }
        }
        if (payee == null && firstOwing != null) {
            payee = firstOwing.obl.def.beneficiary();
        }
        Obl future = null;
        for (Obl o : owed) {
            if (o.instances.isEmpty()
                    && currencyOf(o).filter(currency.getCurrencyCode()::equals).isPresent()) {
                future = o;
                break;
            }
        }
        if (payee == null && future != null) {
            payee = future.def.beneficiary();
        }
        if (payee == null) {
            payee = owed.isEmpty() ? otherParty(payer) : owed.get(0).def.beneficiary();
        }
        Ledger.Balance b = balance(new Ledger.BalanceKey(payer, payee, currency.getCurrencyCode()), currency);
        b.received = b.received.plus(amount);
        netCredit(payer, payee, t);
        Money remaining = amount;
        Inst last = null;
        for (Inst i : order) {
            if (remaining.isZero()) {
                break;
            }
            if (!i.obl.def.beneficiary().equals(payee) || !owes(i, currency, t).isPositive()) {
                continue;
            }
            if (last != null && last.isPayment()) {
                ledger.pay(last, null, remaining); // carried forward from the instance paid before
            }
            if (principalPayable(i, currency, t)) {
                Money pay = remaining.min(i.outstanding());
                ledger.pay(i, new Inst.Paid(e.id(), t, pay), null);
                remaining = remaining.minus(pay);
                if (i.outstanding().isZero()) {
                    loop.fulfil(i, n, ControlKind.PAYMENT.kind(), t);
                }
            }
            remaining = payCharges(i, remaining, e.id(), t);
            last = i;
        }
        if (remaining.isPositive()) {
            if (last != null && last.isPayment()) {
                ledger.pay(last, null, remaining);
            }
            b.credit = b.credit.plus(remaining);
            b.creditSource = e.id();
            b.creditNumber = n;
        }
        if (remaining.equals(amount)) {
            heldAsCredit(e, payee, owed, order, future != null);
        }
        return true;
    }

    /** The finding for a payment that paid nothing and is held as credit: why it matched nothing. */
    private void heldAsCredit(Event e, PartyId payee, List<Obl> owed, List<Inst> order, boolean futureInCurrency) {
        Money amount = e.amount().get();
        String currency = amount.currency().getCurrencyCode();
        String held = "payment " + e.id() + " of " + amount.formatWithCurrency() + " by '" + e.actor()
                + "' is held as credit with '" + payee + "': ";
        Inst otherCurrency = null;
        for (Inst i : order) {
            if (i.isPayment() && i.outstanding().isPositive() && !Remedies.released(i)) {
                otherCurrency = i;
                break;
            }
        }
        if (owed.isEmpty()) {
            ledger.finding(
                    FindingCodes.PAYMENT_WRONG_PARTY,
                    Severity.WARNING,
                    e.actor(),
                    null,
                    List.of(e.id()),
                    held + "'" + e.actor() + "' owes no payment"
                            + e.payee().map(p -> " to '" + p + "'").orElse(""));
        } else if (otherCurrency != null && !futureInCurrency) {
            ledger.finding(
                    FindingCodes.PAYMENT_CURRENCY_MISMATCH,
                    Severity.WARNING,
                    e.actor(),
                    null,
                    List.of(e.id()),
                    held + otherCurrency.id() + " is due in "
                            + otherCurrency.facts().due().currency().getCurrencyCode() + ", the payment is in "
                            + currency + " (Pacta applies no exchange rates)");
        } else {
            ledger.finding(
                    FindingCodes.PAYMENT_HELD_AS_CREDIT,
                    Severity.INFO,
                    e.actor(),
                    null,
                    List.of(e.id()),
                    held
                            + (futureInCurrency
                                    ? "no payment instance is open yet"
                                    : "nothing it owes in " + currency + " is open"));
        }
    }

    /** The first party of the agreement other than {@code payer}: whom a payment by a party owing nothing is to. */
    private PartyId otherParty(PartyId payer) {
        for (dev.pacta.core.model.Party p : ledger.current.parties()) {
            if (!p.id().equals(payer)) {
                return p.id();
            }
        }
        return payer;
    }

    private static Optional<String> currencyOf(Obl o) {
        Money due = dueOf(o, 1);
        return Optional.ofNullable(due).map(m -> m.currency().getCurrencyCode());
    }
}
