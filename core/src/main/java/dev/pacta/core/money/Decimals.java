package dev.pacta.core.money;

import java.math.BigDecimal;

/**
 * Bounded decimal input: parses and checks decimals before any arithmetic, so that a hostile value such
 * as {@code 1e999999999} can never cost memory or time.
 */
public final class Decimals {
    /** The largest number of significant digits accepted. */
    public static final int MAX_PRECISION = 34;
    /** The largest absolute exponent accepted (a value's magnitude stays below 10^MAX_EXPONENT). */
    public static final int MAX_EXPONENT = 18;

    private Decimals() {}

    /**
     * Parses a plain decimal such as {@code "1001.01"} or {@code "-3"} with bounded precision and magnitude.
     *
     * @param text the decimal
     * @return the value
     * @throws IllegalArgumentException if the text is not a decimal or out of bounds
     */
    public static BigDecimal parse(String text) {
        if (text.length() > MAX_PRECISION + 24) {
            throw new IllegalArgumentException("decimal '" + text.substring(0, 20) + "...' is too long");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a decimal number");
        }
        return requireBounded(value);
    }

    /**
     * Checks that a decimal is within the bounds: at most {@link #MAX_PRECISION} significant digits and a magnitude
     * below 10^{@link #MAX_EXPONENT}, with at most {@link #MAX_PRECISION} decimals.
     *
     * @param value the decimal
     * @return the same value
     * @throws IllegalArgumentException if it is out of bounds
     */
    public static BigDecimal requireBounded(BigDecimal value) {
        if (value.precision() > MAX_PRECISION
                || value.scale() > MAX_PRECISION
                || value.precision() - value.scale() > MAX_EXPONENT) {
            throw new IllegalArgumentException("decimal " + value + " is out of bounds: at most " + MAX_PRECISION
                    + " digits and a magnitude below 1e" + MAX_EXPONENT);
        }
        return value;
    }
}
