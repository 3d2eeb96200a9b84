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
 * interest on the outstanding amount as it changes, and a capped penalty per period of lateness.
 */
final class Remedies {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Ledger ledger;
    private final Responsibility responsibility;
    private final Days days;
    private final Instant asOf;

    Remedies(Ledger ledger, Responsibility responsibility, Days days, Instant asOf) {
        this.ledger = ledger;
        this.responsibility = responsibility;
        this.days = days;
        this.asOf = asOf;
    }

    /**
     * The money side of an instance: for payments, due/paid/outstanding/credit and remedies once breached; for other
     * obligations with a late fee or penalty, those charges once breached (nothing due). Empty when there is no money.
     */
    java.util.Optional<PaymentReport> money(Inst i) {
        if (i.isPayment()) {
            return java.util.Optional.of(
                    payment(i, i.facts().due(), i.facts().paid(), i.facts().carried()));
        }
        if (i.facts().breachedAt() == null
                || i.facts().waivedAt() != null
                || i.facts().deadline() == null
                || i.mustNot() && i.facts().breachEvent() == null) {
            return java.util.Optional.empty();
        }
        Money base = null;
        for (Remedy r : i.obl.def.remedies()) {
            if (r.kind() == Remedy.Kind.LATE_FEE || r.kind() == Remedy.Kind.PENALTY) {
                base = r.base()
                        .or(() -> r.flat())
                        .or(() -> ledger.current.value())
                        .orElse(base);
            }
        }
        if (base == null) {
            return java.util.Optional.empty();
        }
        Money zero = Money.zero(base.currency());
        return java.util.Optional.of(payment(i, zero, zero, zero));
    }

    private PaymentReport payment(Inst i, Money due, Money paid, Money carried) {
        PaymentReport.Builder b = PaymentReport.builder()
                .due(due)
                .paid(paid)
                .outstanding(
                        i.facts().waivedAt() != null || i.facts().cancelledAt() != null
                                ? Money.zero(due.currency())
                                : due.minus(paid))
                .credit(carried);
        b.payments(i.paymentEvents());
        List<String> computations = new ArrayList<>();
        if (i.isPayment()) {
            computations.add("due " + due.format() + ", paid " + paid.format() + ", outstanding "
                    + due.minus(paid).format()
                    + (carried.isPositive() ? ", " + carried.format() + " carried forward as credit" : ""));
        }
        Money feeBase = i.isPayment() ? due : ledger.current.value().orElse(null);
        if (i.facts().breachedAt() != null
                && i.facts().waivedAt() == null
                && i.facts().deadline() != null) {
            for (Remedy r : i.obl.def.remedies()) {
                switch (r.kind()) {
                    case LATE_FEE ->
                        lateFee(r, r.base().orElse(feeBase)).ifPresent(fee -> {
                            b.lateFee(fee.amount);
                            computations.add("late fee: " + fee.text);
                        });
                    case INTEREST -> {
                        if (i.isPayment()) {
                            Computed interest = interest(r, i);
                            b.interest(interest.amount);
                            computations.add("interest: " + interest.text);
                        }
                    }
                    case PENALTY ->
                        penalty(r, i, i.isPayment() ? due : null).ifPresent(p -> {
                            b.penalty(p.amount);
                            computations.add("penalty: " + p.text);
                        });
                    case OBLIGATION, RIGHT -> {}
                }
            }
        }
        return b.computations(computations).build();
    }

    /** The rights granted by breaches as of {@code asOf}, in the order of the breaches. */
    List<dev.pacta.core.report.GrantedRight> rights() {
        List<Inst> breached = new ArrayList<>();
        for (Inst i : ledger.all) {
            if (i.facts().breachedAt() != null && !i.facts().breachedAt().isAfter(asOf)) {
                breached.add(i);
            }
        }
        breached.sort((a, b) -> a.facts().breachedAt().compareTo(b.facts().breachedAt()));
        List<dev.pacta.core.report.GrantedRight> rights = new ArrayList<>();
        for (Inst i : breached) {
            for (Remedy r : Rights.granted(i)) {
                rights.add(dev.pacta.core.report.GrantedRight.builder()
                        .party(i.obl.def.beneficiary())
                        .right(r.right().orElseThrow())
                        .instance(i.id())
                        .from(i.facts().breachedAt())
                        .build());
            }
        }
        return rights;
    }

    /** A computed amount with the words that show how. */
    record Computed(Money amount, String text) {}

    /** Flat fee plus a percentage of the base, charged once. */
    static java.util.Optional<Computed> lateFee(Remedy r, Money base) {
        Money fee = null;
        List<String> parts = new ArrayList<>();
        if (r.flat().isPresent()) {
            fee = r.flat().get();
            parts.add(fee.format());
        }
        if (r.percent().isPresent() && base != null) {
            Money pct = base.percentage(r.percent().get());
            parts.add(plain(r.percent().get()) + " % × " + base.format());
            fee = fee == null ? pct : sameCurrency(fee, pct) ? fee.plus(pct) : fee;
        }
        if (fee == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Computed(fee, String.join(" + ", parts) + " = " + fee.format()));
    }

    private static boolean sameCurrency(Money a, Money b) {
        return a.currency().equals(b.currency());
    }

    /**
     * Simple interest from the day after the due date to each payment date on the outstanding amount as it changes,
     * then to the evaluation date on what is still outstanding; rounded once at the end.
     */
    Computed interest(Remedy r, Inst i) {
        LocalDate due = responsibility.dueDate(i);
        SimpleInterest interest = SimpleInterest.of(r.annualRatePercent().orElseThrow(), r.dayCount());
        Money outstanding = i.facts().due();
        LocalDate from = due;
        for (Inst.Paid p : i.facts().payments()) {
            LocalDate paid = days.localDate(p.at());
            if (paid.isAfter(from)) {
                interest = interest.accrue(outstanding, ChronoUnit.DAYS.between(from, paid));
                from = paid;
            }
            outstanding = outstanding.minus(p.amount());
        }
        LocalDate end = days.localDate(asOf);
        if (outstanding.isPositive() && end.isAfter(from)) {
            interest = interest.accrue(outstanding, ChronoUnit.DAYS.between(from, end));
        }
        if (interest.segments().isEmpty()) {
            interest = interest.accrue(Money.zero(i.facts().due().currency()), 0);
        }
        return new Computed(interest.total(), interest.explanation());
    }

    /** A percentage of the base per whole (or pro rata) period of lateness, capped. */
    java.util.Optional<Computed> penalty(Remedy r, Inst i, Money due) {
        Money base = r.base().orElse(due);
        if (base == null || r.per().isEmpty() || r.percent().isEmpty()) {
            return java.util.Optional.empty();
        }
        Span per = r.per().get();
        Instant until = i.facts().fulfilledAt() != null ? i.facts().fulfilledAt() : asOf;
        GuardedCalendar.Count count = responsibility.lateIn(per.unit(), i, until);
        long late = count.amount();
        BigDecimal periods = per.amount() == 0
                ? BigDecimal.ZERO
                : r.proRata()
                        ? BigDecimal.valueOf(late).divide(BigDecimal.valueOf(per.amount()), 10, RoundingMode.DOWN)
                        : BigDecimal.valueOf(late / per.amount());
        BigDecimal percent = periods.multiply(r.percent().get());
        BigDecimal cap = r.capPercent().orElse(HUNDRED);
        boolean capped = percent.compareTo(cap) > 0;
        BigDecimal applied = capped ? cap : percent;
        Money amount = base.percentage(applied);
        String text = plain(r.percent().get()) + " % × " + plain(periods) + " periods of " + per + " (" + late + " "
                + count.unit().label(late) + " late)" + (capped ? ", capped at " + plain(cap) + " %" : "") + " = "
                + plain(applied) + " % × " + base.format() + " = " + amount.format();
        return java.util.Optional.of(new Computed(amount, text));
    }

    private static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
