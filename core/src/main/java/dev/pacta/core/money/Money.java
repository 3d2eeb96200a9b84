package dev.pacta.core.money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in one currency, at the currency's minor-unit scale (JPY 0, USD 2, BHD 3).
 *
 * <p>Currencies without minor units (XXX, XAU, ...) are rejected. Equality ignores trailing zeros
 * ({@code USD 5} equals {@code USD 5.00}); amounts are always stored at the currency's scale.
 * This class is immutable and thread-safe.
 */
public final class Money implements Comparable<Money> {
    private final BigDecimal amount;
    private final Currency currency;

    private Money(BigDecimal amount, Currency currency) {
        this.amount = amount;
        this.currency = currency;
    }

    /**
     * Returns money of an exact amount.
     *
     * @param amount the amount; must not have more decimals than the currency's minor unit
     * @param currency the currency; must have minor units
     * @return the money at the currency's scale
     * @throws IllegalArgumentException if the currency has no minor units or the amount needs rounding
     */
    public static Money of(BigDecimal amount, Currency currency) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
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
