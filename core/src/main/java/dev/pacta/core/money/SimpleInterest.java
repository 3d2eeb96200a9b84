package dev.pacta.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Simple (non-compounding) interest at an annual rate, accrued on outstanding amounts over numbers of days and rounded
 * once, at the end.
 *
 * <p>Each {@link #accrue accrual} adds a segment "outstanding × rate × days / denominator"; the {@link #total()} is the
 * exact sum of all segments, rounded HALF_UP to the currency's minor unit only once. Consecutive accruals on the same
 * outstanding amount merge into one segment.
 *
 * <pre>{@code
 * SimpleInterest.of(new BigDecimal("12.25"), DayCount.ACT_365F)
 *         .accrue(Money.of("5000", "USD"), SimpleInterest.days(dueDate, paidDate)) // 101 days
 *         .explanation(); // "5,000.00 × 12.25 % × 101/365 = 169.49"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe: {@code accrue} returns a new value.
 */
public final class SimpleInterest {
    /**
     * One accrual: an outstanding amount over a number of days.
     *
     * @param outstanding the amount bearing interest
     * @param days the number of days it bore interest
     */
    public record Segment(Money outstanding, long days) {
        /**
         * Checks the components.
         *
         * @param outstanding the amount bearing interest
         * @param days the number of days it bore interest
         */
        public Segment {
            Objects.requireNonNull(outstanding, "outstanding");
        }
    }

    private final BigDecimal annualRatePercent;
    private final DayCount dayCount;
    private final Optional<Currency> currency;
    private final List<Segment> segments;

    private SimpleInterest(
            BigDecimal annualRatePercent, DayCount dayCount, Optional<Currency> currency, List<Segment> segments) {
        this.annualRatePercent = annualRatePercent;
        this.dayCount = dayCount;
        this.currency = currency;
        this.segments = segments;
    }

    /**
     * Starts an accrual at an annual rate, with nothing accrued yet.
     *
     * @param annualRatePercent the annual rate in percent, e.g. {@code 12.25}; 0 or more, bounded as by
     *     {@link Decimals#requireBounded}
     * @param dayCount the day count convention
     * @return the empty accrual
     * @throws IllegalArgumentException if the rate is negative or out of bounds
     */
    public static SimpleInterest of(BigDecimal annualRatePercent, DayCount dayCount) {
        Objects.requireNonNull(annualRatePercent, "annualRatePercent");
        Objects.requireNonNull(dayCount, "dayCount");
        Decimals.requireBounded(annualRatePercent);
        if (annualRatePercent.signum() < 0) {
            throw new IllegalArgumentException(
                    "annual rate " + annualRatePercent.toPlainString() + " % is negative: expected 0 or more");
        }
        return new SimpleInterest(annualRatePercent, dayCount, Optional.empty(), List.of());
    }

    /**
     * Starts an accrual at an annual rate with the default day count, {@link DayCount#ACT_365F}.
     *
     * @param annualRatePercent the annual rate in percent, e.g. {@code 12.25}
     * @return the empty accrual
     * @throws IllegalArgumentException if the rate is negative or out of bounds
     */
    public static SimpleInterest of(BigDecimal annualRatePercent) {
        return of(annualRatePercent, DayCount.ACT_365F);
    }

    /**
     * The number of days that bear interest when an amount due on a date is paid on another: from the day after the
     * due date to the payment date, both inclusive.
     *
     * <p>Example: due 2024-03-01, paid 2024-06-10: 101 days. Paid on or before the due date: 0.
     *
     * @param dueDate the last day of payment on time
     * @param paidDate the day of payment
     * @return {@code paidDate - dueDate} in days, or 0 if not positive
     */
    public static long days(LocalDate dueDate, LocalDate paidDate) {
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(paidDate, "paidDate");
        return Math.max(0, ChronoUnit.DAYS.between(dueDate, paidDate));
    }

    /**
     * Returns this accrual plus interest on an outstanding amount over a number of days.
     *
     * @param outstanding the amount bearing interest; 0 or more, in the currency of earlier accruals
     * @param days the number of days, 0 or more
     * @return a new accrual with the segment added (merged into the last segment if the outstanding is equal)
     * @throws IllegalArgumentException if the amount is negative or in another currency, or the days negative
     */
    public SimpleInterest accrue(Money outstanding, long days) {
        Objects.requireNonNull(outstanding, "outstanding");
        if (outstanding.isNegative()) {
            throw new IllegalArgumentException(
                    "outstanding " + outstanding + " is negative: expected an amount of 0 or more");
        }
        if (days < 0) {
            throw new IllegalArgumentException("interest days " + days + " are negative: expected 0 or more");
        }
        if (currency.isPresent() && !currency.get().equals(outstanding.currency())) {
            throw new IllegalArgumentException("cannot accrue interest on " + outstanding + " after accruing on "
                    + currency.get() + ": expected one currency");
        }
        List<Segment> next = new ArrayList<>(segments);
        if (days > 0) {
            int last = next.size() - 1;
            if (last >= 0 && next.get(last).outstanding().equals(outstanding)) {
                next.set(
                        last,
                        new Segment(outstanding, Math.addExact(next.get(last).days(), days)));
            } else {
                next.add(new Segment(outstanding, days));
            }
        }
        return new SimpleInterest(annualRatePercent, dayCount, Optional.of(outstanding.currency()), List.copyOf(next));
    }

    /**
     * The annual rate in percent.
     *
     * @return e.g. {@code 12.25}
     */
    public BigDecimal annualRatePercent() {
        return annualRatePercent;
    }

    /**
     * The day count convention.
     *
     * @return the convention
     */
    public DayCount dayCount() {
        return dayCount;
    }

    /**
     * The segments accrued so far, in order; accruals of 0 days are not kept.
     *
     * @return an unmodifiable list
     */
    public List<Segment> segments() {
        return segments;
    }

    /**
     * The exact interest of all segments, rounded once, HALF_UP, to the currency's minor unit.
     *
     * @return the interest; zero if every accrual was of 0 days
     * @throws IllegalStateException if nothing was accrued yet (the currency is unknown)
     */
    public Money total() {
        Currency c = currency.orElseThrow(
                () -> new IllegalStateException("no interest accrued yet: expected a call to accrue before total"));
        BigDecimal amountDays = BigDecimal.ZERO;
        for (Segment s : segments) {
            amountDays = amountDays.add(s.outstanding().amount().multiply(BigDecimal.valueOf(s.days())));
        }
        BigDecimal exact = amountDays.multiply(annualRatePercent);
        BigDecimal divisor = BigDecimal.valueOf(100L * dayCount.denominator());
        return Money.of(exact.divide(divisor, Money.scaleOf(c), RoundingMode.HALF_UP), c);
    }

    /**
     * Explains the total in one line, e.g. {@code "5,000.00 × 12.25 % × 101/365 = 169.49"}, with one term per
     * segment joined by {@code " + "} when the outstanding amount changed.
     *
     * @return the explanation; {@code "no interest accrued = 0.00"} if every accrual was of 0 days
     * @throws IllegalStateException if nothing was accrued yet
     */
    public String explanation() {
        String total = total().format();
        if (segments.isEmpty()) {
            return "no interest accrued = " + total;
        }
        String rate = rateText();
        return segments.stream()
                        .map(s -> s.outstanding().format() + " × " + rate + " % × " + s.days() + "/"
                                + dayCount.denominator())
                        .collect(Collectors.joining(" + "))
                + " = " + total;
    }

    private String rateText() {
        BigDecimal stripped = annualRatePercent.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    @Override
    public boolean equals(Object other) {
        return other == this
                || (other instanceof SimpleInterest i
                        && i.annualRatePercent.compareTo(annualRatePercent) == 0
                        && i.dayCount == dayCount
                        && i.currency.equals(currency)
                        && i.segments.equals(segments));
    }

    @Override
    public int hashCode() {
        return Objects.hash(annualRatePercent.stripTrailingZeros(), dayCount, currency, segments);
    }

    /** Returns e.g. {@code "12.25 % ACT/365F: 5,000.00 × 12.25 % × 101/365 = 169.49"}. */
    @Override
    public String toString() {
        String head = rateText() + " % " + dayCount.label();
        return currency.isEmpty() ? head : head + ": " + explanation();
    }
}
