package dev.pacta.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * An amount of money in one currency, at the currency's minor-unit scale (JPY 0, USD 2, BHD 3).
 *
 * <p>Currencies without minor units (the "no currency" code and precious metals such as XAU) are rejected. Equality ignores trailing zeros
 * ({@code USD 5} equals {@code USD 5.00}); amounts are always stored at the currency's scale.
 * This class is immutable and thread-safe.
 */
public final class Money implements Comparable<Money> {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BigDecimal amount;
    private final Currency currency;

    private Money(BigDecimal amount, Currency currency) {
        this.amount = amount;
        this.currency = currency;
    }

    /**
     * Returns money of an exact amount.
     *
     * @param amount the amount; must not have more decimals than the currency's minor unit, and be within the bounds
     *     of {@link Decimals#requireBounded}
     * @param currency the currency; must have minor units
     * @return the money at the currency's scale
     * @throws IllegalArgumentException if the currency has no minor units, the amount needs rounding or is out of
     *     bounds
     */
    public static Money of(BigDecimal amount, Currency currency) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Decimals.requireBounded(amount);
        int scale = scaleOf(currency);
        BigDecimal scaled;
        try {
            scaled = amount.setScale(scale);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("amount " + amount.toPlainString() + " has more decimals than "
                    + currency + " allows (" + scale + ")");
        }
        return new Money(scaled, currency);
    }

    /**
     * Returns money of an exact amount given as text.
     *
     * @param amount the amount, e.g. {@code "1001.01"}
     * @param currencyCode the ISO 4217 code, e.g. {@code "USD"}
     * @return the money
     * @throws IllegalArgumentException if the amount or currency is not valid
     */
    public static Money of(String amount, String currencyCode) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currencyCode, "currencyCode");
        return of(Decimals.parse(amount), currency(currencyCode));
    }

    /**
     * Returns the currency with the code, rejecting currencies without minor units.
     *
     * @param code the ISO 4217 code
     * @return the currency
     * @throws IllegalArgumentException if the code is unknown or the currency has no minor units
     */
    public static Currency currency(String code) {
        Currency currency;
        try {
            currency = Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("currency '" + code + "' is not an ISO 4217 currency code");
        }
        scaleOf(currency);
        return currency;
    }

    static int scaleOf(Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw new IllegalArgumentException("currency '" + currency.getCurrencyCode()
                    + "' has no minor unit; use a currency such as USD, EUR or JPY");
        }
        return digits;
    }

    /**
     * The amount, at the currency's scale.
     *
     * @return the amount
     */
    public BigDecimal amount() {
        return amount;
    }

    /**
     * The currency.
     *
     * @return the currency
     */
    public Currency currency() {
        return currency;
    }

    /**
     * Returns zero in a currency.
     *
     * @param currency the currency; must have minor units
     * @return zero at the currency's scale
     * @throws IllegalArgumentException if the currency has no minor units
     */
    public static Money zero(Currency currency) {
        Objects.requireNonNull(currency, "currency");
        return new Money(BigDecimal.ZERO.setScale(scaleOf(currency)), currency);
    }

    /**
     * Adds money of the same currency.
     *
     * @param other the amount to add
     * @return {@code this + other}
     * @throws IllegalArgumentException if the currencies differ
     */
    public Money plus(Money other) {
        requireSameCurrency(other, "add");
        return new Money(amount.add(other.amount), currency);
    }

    /**
     * Subtracts money of the same currency.
     *
     * @param other the amount to subtract
     * @return {@code this - other}, possibly negative
     * @throws IllegalArgumentException if the currencies differ
     */
    public Money minus(Money other) {
        requireSameCurrency(other, "subtract");
        return new Money(amount.subtract(other.amount), currency);
    }

    /**
     * Returns the opposite amount.
     *
     * @return {@code -this}
     */
    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    /**
     * Tells whether the amount is zero.
     *
     * @return true if zero
     */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /**
     * Tells whether the amount is above zero.
     *
     * @return true if positive
     */
    public boolean isPositive() {
        return amount.signum() > 0;
    }

    /**
     * Tells whether the amount is below zero.
     *
     * @return true if negative
     */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /**
     * Returns the smaller of two amounts of the same currency.
     *
     * @param other the other amount
     * @return the smaller amount; {@code this} if equal
     * @throws IllegalArgumentException if the currencies differ
     */
    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /**
     * Returns the larger of two amounts of the same currency.
     *
     * @param other the other amount
     * @return the larger amount; {@code this} if equal
     * @throws IllegalArgumentException if the currencies differ
     */
    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /**
     * Returns a percentage of this amount, rounded HALF_UP to the currency's minor unit.
     *
     * <p>Example: 50 % of USD 1,001.01 is USD 500.51 (500.505 rounded up).
     *
     * @param percent the percentage, e.g. {@code 50} for half; bounded as by {@link Decimals#requireBounded}
     * @return {@code this × percent / 100}, rounded HALF_UP
     * @throws IllegalArgumentException if the percentage is out of bounds
     */
    public Money percentage(BigDecimal percent) {
        Objects.requireNonNull(percent, "percent");
        Decimals.requireBounded(percent);
        return new Money(
                amount.multiply(percent).movePointLeft(2).setScale(amount.scale(), RoundingMode.HALF_UP), currency);
    }

    /**
     * Splits this amount by percentages whose shares always sum exactly to the whole.
     *
     * <p>Every share but the last is {@link #percentage(BigDecimal) rounded HALF_UP}, but never more than what is
     * left to allocate; the last share is the remainder. Example: USD 1,001.01 at 50/50 gives USD 500.51 and USD
     * 500.50. The last share can differ from its exact value by up to half a minor unit per other share, and no share
     * of a non-negative amount is ever negative: with many shares of a tiny amount the early shares take what there
     * is (USD 0.01 at 50/50/0 gives 0.01, 0.00, 0.00; plain rounding would give 0.01, 0.01, -0.01).
     *
     * @param percents the percentages, each 0 or more, summing to exactly 100
     * @return the shares, in the order of the percentages
     * @throws IllegalArgumentException if the list is empty, a percentage is negative or out of bounds, or the sum is
     *     not 100
     */
    public List<Money> allocate(List<BigDecimal> percents) {
        Objects.requireNonNull(percents, "percents");
        if (percents.isEmpty()) {
            throw new IllegalArgumentException("percentages are empty: expected at least one, summing to 100");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < percents.size(); i++) {
            BigDecimal p = Objects.requireNonNull(percents.get(i), "percents[" + i + "]");
            Decimals.requireBounded(p);
            if (p.signum() < 0) {
                throw new IllegalArgumentException(
                        "percentage " + p.toPlainString() + " at index " + i + " is negative: expected 0 or more");
            }
            sum = sum.add(p);
        }
        if (sum.compareTo(HUNDRED) != 0) {
            throw new IllegalArgumentException(
                    "percentages " + percents + " sum to " + sum.toPlainString() + ": expected exactly 100");
        }
        List<Money> shares = new ArrayList<>(percents.size());
        Money allocated = zero(currency);
        for (int i = 0; i < percents.size() - 1; i++) {
            Money share = percentage(percents.get(i));
            Money left = minus(allocated);
            if (!isNegative() && share.compareTo(left) > 0) {
                share = left;
            }
            shares.add(share);
            allocated = allocated.plus(share);
        }
        shares.add(minus(allocated));
        return List.copyOf(shares);
    }

    /**
     * Splits this amount into equal shares that always sum exactly to the whole, the remainder on the last share.
     *
     * <p>Every share but the last is the amount divided by {@code n}, truncated toward zero to the minor unit; the last
     * share takes the remainder, so it is never smaller in magnitude than the others. Examples: USD 100.00 in 3 gives
     * 33.33, 33.33, 33.34; JPY 1001 in 3 gives 333, 333, 335. (Unlike {@link #allocate}, which rounds HALF_UP.)
     *
     * @param n the number of shares, 1 or more
     * @return the shares
     * @throws IllegalArgumentException if {@code n} is below 1
     */
    public List<Money> split(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("number of shares " + n + " is not valid: expected 1 or more");
        }
        BigDecimal share = amount.divide(BigDecimal.valueOf(n), amount.scale(), RoundingMode.DOWN);
        List<Money> shares = new ArrayList<>(n);
        for (int i = 0; i < n - 1; i++) {
            shares.add(new Money(share, currency));
        }
        shares.add(new Money(amount.subtract(share.multiply(BigDecimal.valueOf(n - 1))), currency));
        return List.copyOf(shares);
    }

    /**
     * Formats the amount with comma-grouped thousands and the currency's decimals, the same in every locale.
     *
     * @return e.g. {@code "5,000.00"}, {@code "-1,234.567"} (BHD) or {@code "1,001"} (JPY)
     */
    public String format() {
        String plain = amount.abs().toPlainString();
        int dot = plain.indexOf('.');
        String integer = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder s = new StringBuilder(plain.length() + plain.length() / 3 + 1);
        if (amount.signum() < 0) {
            s.append('-');
        }
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                s.append(',');
            }
            s.append(integer.charAt(i));
        }
        if (dot >= 0) {
            s.append(plain, dot, plain.length());
        }
        return s.toString();
    }

    /**
     * Formats the amount after its currency code.
     *
     * @return e.g. {@code "USD 5,000.00"}
     */
    public String formatWithCurrency() {
        return currency.getCurrencyCode() + " " + format();
    }

    private void requireSameCurrency(Money other, String operation) {
        Objects.requireNonNull(other, "other");
        if (!other.currency.equals(currency)) {
            throw new IllegalArgumentException("cannot " + operation + " " + other + " and " + this
                    + ": expected the same currency, was " + other.currency + " and " + currency);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Money m && m.currency.equals(currency) && m.amount.compareTo(amount) == 0;
    }

    @Override
    public int hashCode() {
        return currency.hashCode() * 31 + amount.stripTrailingZeros().hashCode();
    }

    /**
     * Compares amounts of the same currency.
     *
     * @throws IllegalArgumentException if the currencies differ
     */
    @Override
    public int compareTo(Money other) {
        if (!other.currency.equals(currency)) {
            throw new IllegalArgumentException("cannot compare " + this + " with " + other + ": currencies differ");
        }
        return amount.compareTo(other.amount);
    }

    /** Returns e.g. {@code "USD 1001.01"}. */
    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }
}
