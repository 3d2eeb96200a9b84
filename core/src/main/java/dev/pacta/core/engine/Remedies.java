package dev.pacta.core.engine;

import dev.pacta.core.model.Remedy;
import dev.pacta.core.money.Money;
import dev.pacta.core.money.SimpleInterest;
import dev.pacta.core.report.PaymentReport;
import dev.pacta.core.time.Span;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The money of a payment instance as of an instant, and the monetary remedies of a breach: late fee, simple
 * interest on the outstanding amount as it changes, and a capped penalty per period of lateness. Each is a charge the
 * party in breach owes from the breach on (see {@link #charges}); what was paid of it is in the instance's facts.
 */
final class Remedies {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Ledger ledger;
    private final Responsibility responsibility;
    private final Days days;

    Remedies(Ledger ledger, Responsibility responsibility, Days days) {
        this.ledger = ledger;
        this.responsibility = responsibility;
        this.days = days;
    }

    /** A charge of a breached instance as of an instant: its obligation's remedy at an index, and the amount. */
    record Charge(int remedy, Remedy.Kind kind, Computed computed) {
        Money amount() {
            return computed.amount();
        }
    }

    /** Whether an obligation's breach puts a charge on its obligor: a late fee, interest or a penalty. */
    static boolean hasCharges(dev.pacta.core.model.Obligation def) {
        for (Remedy r : def.remedies()) {
            if (r.kind() == Remedy.Kind.LATE_FEE
                    || r.kind() == Remedy.Kind.INTEREST
                    || r.kind() == Remedy.Kind.PENALTY) {
                return true;
            }
        }
        return false;
    }

    /** Whether an instance was released (waived or cancelled): it owes nothing more. */
    static boolean released(Inst i) {
        return i.facts().waivedAt() != null || i.facts().cancelledAt() != null;
    }

    /**
     * The charges of an instance as of {@code at}, in the order of its obligation's remedies: none before its breach
     * (after grace); a late fee is fixed at the breach, interest (payments only) and a penalty per period grow until
     * the duty is done, and stop at a waiver. A prohibition is charged only when an act broke it.
     */
    List<Charge> charges(Inst i, Instant at) {
        Facts f = i.facts();
        if (f.breachedAt() == null
                || f.breachedAt().isAfter(at)
                || f.deadline() == null
                || i.mustNot() && f.breachEvent() == EventNames.NONE
                || !hasCharges(i.obl.def)) {
            return List.of();
        }
        Instant until = f.waivedAt() != null && f.waivedAt().isBefore(at) ? f.waivedAt() : at;
        Money feeBase = i.isPayment() ? f.due() : ledger.current.value().orElse(null);
        List<Remedy> remedies = i.obl.def.remedies();
        List<Charge> charges = new ArrayList<>(remedies.size());
        for (int k = 0; k < remedies.size(); k++) {
            Remedy r = remedies.get(k);
            java.util.Optional<Computed> amount = switch (r.kind()) {
                case LATE_FEE -> lateFee((Remedy.LateFee) r, feeBase);
                case INTEREST ->
                    i.isPayment()
                            ? java.util.Optional.of(interest((Remedy.Interest) r, i, until))
                            : java.util.Optional.empty();
                case PENALTY -> penalty((Remedy.Penalty) r, i, i.isPayment() ? f.due() : null, until);
                case OBLIGATION, RIGHT -> java.util.Optional.empty();
            };
            int index = k;
            amount.ifPresent(c -> charges.add(new Charge(index, r.kind(), c)));
        }
        return charges;
    }

    /**
     * The money side of an instance as of {@code asOf}: for payments, due/paid/outstanding/cancelled/credit and, once
     * breached, its charges; for other obligations with a late fee or penalty, those charges once breached (nothing
     * due), {@code netted} (or null) what the credit held pays of them as of the report (see
     * {@link Payments#nettedAt}). A waived instance shows only the charges something was paid on, the rest cancelled. Empty when there is
     * no money.
     */
    java.util.Optional<PaymentReport> money(Inst i, Instant asOf, List<Inst.ChargePaid> netted) {
        Facts f = i.facts();
        boolean released = released(i);
        List<Charge> charges = charges(i, asOf);
        List<dev.pacta.core.report.Charge> lines = new ArrayList<>(charges.size());
        List<String> computations = new ArrayList<>();
        PaymentReport.Builder b = PaymentReport.builder();
        for (Charge c : charges) {
            Money paid = i.chargePaid(c.remedy(), c.amount().currency());
            List<dev.pacta.core.model.EventId> events = chargeEvents(i, c.remedy());
            for (Inst.ChargePaid view : netted == null ? List.<Inst.ChargePaid>of() : netted) {
                if (view.remedy() == c.remedy()) {
                    // Credit held nets against what grew since it was last netted (its event is listed once the
                    // simulation nets it, at the next breach, fulfilment or payment between the parties).
                    paid = paid.plus(view.amount());
                }
            }
            if (released && paid.isZero()) {
                continue; // released unpaid: nothing owed, nothing to account for
            }
            // A charge never shrinks, so what was paid of it never exceeds it; max() keeps the row whole regardless.
            Money due = c.amount().max(paid);
            Money rest = due.minus(paid);
            lines.add(dev.pacta.core.report.Charge.builder()
                    .kind(c.kind())
                    .due(due)
                    .paid(paid)
                    .outstanding(released ? Money.zero(due.currency()) : rest)
                    .cancelled(released ? rest : Money.zero(due.currency()))
                    .payments(events)
                    .build());
            if (!released) {
                switch (c.kind()) {
                    case LATE_FEE -> b.lateFee(c.amount());
                    case INTEREST -> b.interest(c.amount());
                    case PENALTY -> b.penalty(c.amount());
                    default -> {}
                }
                computations.add(label(c.kind()) + ": " + c.computed().text());
            }
        }
        Money due;
        Money paid;
        Money carried;
        if (i.isPayment()) {
            due = f.due();
            paid = f.paid();
            carried = f.carried();
        } else if (!lines.isEmpty()) {
            due = Money.zero(lines.get(0).due().currency());
            paid = due;
            carried = due;
        } else {
            return java.util.Optional.empty();
        }
        Money rest = due.minus(paid);
        Money outstanding = released ? Money.zero(due.currency()) : rest;
        Money cancelled = released ? rest : Money.zero(due.currency());
        if (i.isPayment()) {
            computations.add(
                    0,
                    "due " + due.format() + ", paid " + paid.format() + ", outstanding " + outstanding.format()
                            + (cancelled.isPositive()
                                    ? ", cancelled " + cancelled.format() + (f.waivedAt() != null ? " (waived)" : "")
                                    : "")
                            + (carried.isPositive() ? ", " + carried.format() + " carried forward as credit" : ""));
        }
        return java.util.Optional.of(b.due(due)
                .paid(paid)
                .outstanding(outstanding)
                .cancelled(cancelled)
                .credit(carried)
                .payments(i.paymentEvents())
                .charges(lines)
                .computations(computations)
                .build());
    }

    private static String label(Remedy.Kind kind) {
        return switch (kind) {
            case LATE_FEE -> "late fee";
            case INTEREST -> "interest";
            case PENALTY -> "penalty";
            default -> kind.name();
        };
    }

    /** The events whose money was applied to a charge, each once, in order. */
    private static List<dev.pacta.core.model.EventId> chargeEvents(Inst i, int remedy) {
        List<dev.pacta.core.model.EventId> events = new ArrayList<>(1);
        for (Inst.ChargePaid p : i.facts().chargePayments()) {
            if (p.remedy() == remedy && p.event() != null && !events.contains(p.event())) {
                events.add(p.event());
            }
        }
        return events;
    }

    /** The rights granted by breaches as of {@code asOf}, in the order of the breaches. */
    List<dev.pacta.core.report.GrantedRight> rights(Instant asOf) {
        List<Inst> breached = new ArrayList<>();
        for (Inst i : ledger.all) {
            if (i.facts().breachedAt() != null && !i.facts().breachedAt().isAfter(asOf)) {
                breached.add(i);
            }
        }
        breached.sort((a, b) -> a.facts().breachedAt().compareTo(b.facts().breachedAt()));
        List<dev.pacta.core.report.GrantedRight> rights = new ArrayList<>();
        for (Inst i : breached) {
            for (Remedy.Right r : Rights.granted(i)) {
                rights.add(dev.pacta.core.report.GrantedRight.builder()
                        .party(i.obl.def.beneficiary())
                        .right(r.right())
                        .instance(i.id())
                        .from(i.facts().breachedAt())
                        .build());
            }
        }
        return rights;
    }

    /** A computed amount with the words that show how. */
    record Computed(Money amount, java.util.function.Supplier<String> words) {
        /** How it was computed, in words: made only when a report shows it (netting credit needs the amount alone). */
        String text() {
            return words.get();
        }
    }

    /** Flat fee plus a percentage of the base, charged once. */
    static java.util.Optional<Computed> lateFee(Remedy.LateFee r, Money base) {
        Money flat = r.flat().orElse(null);
        BigDecimal percent = r.percent().orElse(null);
        boolean onBase = percent != null && base != null;
        Money fee = flat;
        if (onBase) {
            Money pct = base.percentage(percent);
            fee = fee == null ? pct : sameCurrency(fee, pct) ? fee.plus(pct) : fee;
        }
        if (fee == null) {
            return java.util.Optional.empty();
        }
        Money total = fee;
        return java.util.Optional.of(new Computed(total, () -> {
            List<String> parts = new ArrayList<>(2);
            if (flat != null) {
                parts.add(flat.format());
            }
            if (onBase) {
                parts.add(plain(percent) + " % × " + base.format());
            }
            return String.join(" + ", parts) + " = " + total.format();
        }));
    }

    private static boolean sameCurrency(Money a, Money b) {
        return a.currency().equals(b.currency());
    }

    /**
     * Simple interest from the day after the due date to each payment date on the outstanding amount as it changes,
     * then to the evaluation date on what is still outstanding; rounded once at the end.
     */
    Computed interest(Remedy.Interest r, Inst i, Instant at) {
        LocalDate due = responsibility.dueDate(i);
        SimpleInterest interest = SimpleInterest.of(r.annualRatePercent(), r.dayCount());
        Money outstanding = i.facts().due();
        LocalDate from = due;
        for (Inst.Paid p : i.facts().payments()) {
            if (p.at().isAfter(at)) {
                break;
            }
            LocalDate paid = days.localDate(p.at());
            if (paid.isAfter(from)) {
                interest = interest.accrue(outstanding, ChronoUnit.DAYS.between(from, paid));
                from = paid;
            }
            outstanding = outstanding.minus(p.amount());
        }
        LocalDate end = days.localDate(at);
        if (outstanding.isPositive() && end.isAfter(from)) {
            interest = interest.accrue(outstanding, ChronoUnit.DAYS.between(from, end));
        }
        if (interest.segments().isEmpty()) {
            interest = interest.accrue(Money.zero(i.facts().due().currency()), 0);
        }
        SimpleInterest accrued = interest;
        return new Computed(accrued.total(), accrued::explanation);
    }

    /** A percentage of the base per whole (or pro rata) period of lateness, capped. */
    java.util.Optional<Computed> penalty(Remedy.Penalty r, Inst i, Money due, Instant at) {
        Money base = r.base().orElse(due);
        if (base == null) {
            return java.util.Optional.empty();
        }
        Span per = r.per();
        Instant fulfilled = i.facts().fulfilledAt();
        Instant until = fulfilled != null && !fulfilled.isAfter(at) ? fulfilled : at;
        GuardedCalendar.Count count = responsibility.lateIn(per.unit(), i, until);
        long late = count.amount();
        BigDecimal periods = per.amount() == 0
                ? BigDecimal.ZERO
                : r.proRata()
                        ? BigDecimal.valueOf(late).divide(BigDecimal.valueOf(per.amount()), 10, RoundingMode.DOWN)
                        : BigDecimal.valueOf(late / per.amount());
        BigDecimal percent = periods.multiply(r.percent());
        BigDecimal cap = r.capPercent().orElse(HUNDRED);
        boolean capped = percent.compareTo(cap) > 0;
        BigDecimal applied = capped ? cap : percent;
        Money amount = base.percentage(applied);
        return java.util.Optional.of(new Computed(
                amount,
                () -> plain(r.percent()) + " % × " + plain(periods) + " periods of " + per + " (" + late + " "
                        + count.unit().label(late) + " late)" + (capped ? ", capped at " + plain(cap) + " %" : "")
                        + " = " + plain(applied) + " % × " + base.format() + " = " + amount.format()));
    }

    private static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
