package dev.pacta.core.template;

/**
 * The type of a template {@link Parameter}: what kind of value it takes and which Java values are accepted for it.
 *
 * <p>{@link AgreementTemplate#instantiate(java.util.Map)} accepts either a {@link ParameterValue} of exactly the
 * parameter's type, or a plain Java value as listed for each constant. Text is never converted to another type (use
 * {@link ParameterValue#parse(ParameterType, String)} for that), and floating-point numbers are never accepted.
 */
public enum ParameterType {
    /** Calendar days, 0 to 3650: an {@code Integer}, {@code Long}, {@code Short} or {@code Byte}. */
    DAYS("days", "a whole number of days"),
    /** Business days, 0 to 2610: an {@code Integer}, {@code Long}, {@code Short} or {@code Byte}. */
    BUSINESS_DAYS("business days", "a whole number of business days"),
    /** An amount of money: a {@link dev.pacta.core.money.Money}. */
    AMOUNT("amount", "an amount of money"),
    /**
     * A percentage in (0, 100]: a {@link java.math.BigDecimal} or a whole number ({@code Integer}, {@code Long},
     * ...).
     */
    PERCENTAGE("percentage", "a percentage in (0, 100]"),
    /** A date: a {@link java.time.LocalDate}. */
    DATE("date", "a date"),
    /** The name of a party, e.g. {@code "Acme Bakery Ltd"}: a {@code String}. */
    PARTY_NAME("party name", "a party name"),
    /** Free text: a {@code String}. */
    TEXT("text", "a text"),
    /**
     * The id of a business calendar, resolved by the engine's {@link dev.pacta.core.time.CalendarSource} at
     * evaluation as the agreement's own calendar id is: a {@link dev.pacta.core.time.CalendarId}.
     */
    CALENDAR("calendar", "a calendar id");

    private final String label;
    private final String expectation;

    ParameterType(String label, String expectation) {
        this.label = label;
        this.expectation = expectation;
    }

    /**
     * The type in words, e.g. {@code "business days"}.
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    /**
     * What a value of this type is, for messages, e.g. {@code "a whole number of business days"}.
     *
     * @return the description
     */
    public String expectation() {
        return expectation;
    }

    /**
     * Whether values of this type are ordered, so that a parameter may declare bounds.
     *
     * @return true for days, business days, amounts, percentages and dates
     */
    public boolean isOrdered() {
        return this != PARTY_NAME && this != TEXT && this != CALENDAR;
    }
}
