package dev.pacta.core.money;

/**
 * How a number of days becomes a fraction of a year for interest: actual days over a fixed denominator.
 *
 * <p>{@link #ACT_365F} is the default: 366 days (a whole leap year) are 366/365 of a year's interest.
 */
public enum DayCount {
    /** Actual days over 365, whatever the year ("ACT/365F", the default). */
    ACT_365F(365, "ACT/365F"),
    /** Actual days over 360 ("ACT/360"). */
    ACT_360(360, "ACT/360");

    private final int denominator;
    private final String label;

    DayCount(int denominator, String label) {
        this.denominator = denominator;
        this.label = label;
    }

    /**
     * The number of days in the conventional year.
     *
     * @return 365 or 360
     */
    public int denominator() {
        return denominator;
    }

    /**
     * The market name of the convention.
     *
     * @return e.g. {@code "ACT/365F"}
     */
    public String label() {
        return label;
    }

    /**
     * Returns the convention with a label or a constant name.
     *
     * @param text {@code "ACT/365F"} or {@code "ACT_365F"}, {@code "ACT/360"} or {@code "ACT_360"}, in any case
     * @return the convention
     * @throws IllegalArgumentException if the text names no convention
     */
    public static DayCount of(String text) {
        for (DayCount d : values()) {
            if (d.label.equalsIgnoreCase(text) || d.name().equalsIgnoreCase(text)) {
                return d;
            }
        }
        throw new IllegalArgumentException("day count '" + text + "' is not known: expected ACT/365F or ACT/360");
    }
}
