package dev.pacta.core.template;

import dev.pacta.core.money.Decimals;
import dev.pacta.core.money.Money;
import dev.pacta.core.time.CalendarId;
import dev.pacta.core.time.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A typed value of a template parameter: days, business days, money, a percentage, a date, a party name, text or a
 * calendar id.
 *
 * <p>Each value has exactly one {@link #type()} and one accessor that returns it; the other accessors throw
 * {@link IllegalStateException}. The factories check each type's own domain: days from 0 to {@link #MAX_DAYS},
 * business days from 0 to {@link #MAX_BUSINESS_DAYS} (the bounds of deadline offsets), percentages in (0, 100] within the bounds of {@link Decimals}. {@link #toString()} and
 * {@link #parse(ParameterType, String)} agree: {@code "10 business days"}, {@code "EUR 1500.00"}, {@code "50 %"},
 * {@code "2026-06-01"}, and text and calendar ids as is.
 *
 * <p>Equality is by type and value; percentages ignore trailing zeros ({@code 50} equals {@code 50.0}), as money
 * does. This class is immutable and thread-safe.
 */
public final class ParameterValue {
    /** The largest number of calendar days a value may hold: {@link Span.Unit#maxAmount()} of calendar days. */
    public static final int MAX_DAYS = (int) Span.Unit.CALENDAR_DAYS.maxAmount();

    /** The largest number of business days a value may hold: {@link Span.Unit#maxAmount()} of business days. */
    public static final int MAX_BUSINESS_DAYS = (int) Span.Unit.BUSINESS_DAYS.maxAmount();

    /**
     * The largest value of a days type: the bound of its span unit, {@link Span.Unit#maxAmount()}, so that every value
     * fits a deadline offset or grace period of that unit.
     *
     * @param type {@code DAYS} or {@code BUSINESS_DAYS}
     * @return {@link #MAX_DAYS} or {@link #MAX_BUSINESS_DAYS}
     * @throws IllegalArgumentException for another type
     */
    public static int maxDays(ParameterType type) {
        return switch (type) {
            case DAYS -> MAX_DAYS;
            case BUSINESS_DAYS -> MAX_BUSINESS_DAYS;
            default -> throw new IllegalArgumentException(type + " is not a number of days");
        };
    }

    private final ParameterType type;
    private final Object value;

    private ParameterValue(ParameterType type, Object value) {
        this.type = type;
        this.value = value;
    }

    /**
     * A number of calendar days.
     *
     * @param days from 0 to {@link #MAX_DAYS}
     * @return the value
     * @throws IllegalArgumentException if out of range
     */
    public static ParameterValue ofDays(int days) {
        return new ParameterValue(ParameterType.DAYS, checkDays(days, ParameterType.DAYS));
    }

    /**
     * A number of business days.
     *
     * @param days from 0 to {@link #MAX_BUSINESS_DAYS}
     * @return the value
     * @throws IllegalArgumentException if out of range
     */
    public static ParameterValue ofBusinessDays(int days) {
        return new ParameterValue(ParameterType.BUSINESS_DAYS, checkDays(days, ParameterType.BUSINESS_DAYS));
    }

    /**
     * An amount of money.
     *
     * @param amount the amount
     * @return the value
     */
    public static ParameterValue ofAmount(Money amount) {
        return new ParameterValue(ParameterType.AMOUNT, Objects.requireNonNull(amount, "amount"));
    }

    /**
     * A percentage, e.g. {@code 50} for 50 %.
     *
     * @param percent in (0, 100]
     * @return the value
     * @throws IllegalArgumentException if out of range or out of the decimal bounds
     */
    public static ParameterValue ofPercentage(BigDecimal percent) {
        Objects.requireNonNull(percent, "percent");
        if (!isPercentage(percent)) {
            throw new IllegalArgumentException("percentage must be in (0, 100], was " + percent.toPlainString());
        }
        return new ParameterValue(ParameterType.PERCENTAGE, percent);
    }

    /**
     * A date.
     *
     * @param date the date
     * @return the value
     */
    public static ParameterValue ofDate(LocalDate date) {
        return new ParameterValue(ParameterType.DATE, Objects.requireNonNull(date, "date"));
    }

    /**
     * The name of a party.
     *
     * @param name the name, e.g. {@code "Acme Bakery Ltd"}
     * @return the value
     */
    public static ParameterValue ofPartyName(String name) {
        return new ParameterValue(ParameterType.PARTY_NAME, Objects.requireNonNull(name, "name"));
    }

    /**
     * Free text.
     *
     * @param text the text
     * @return the value
     */
    public static ParameterValue ofText(String text) {
        return new ParameterValue(ParameterType.TEXT, Objects.requireNonNull(text, "text"));
    }

    /**
     * The id of a business calendar, e.g. {@code ES-MD}: resolved by the engine's calendar source at evaluation, so an
     * id it does not know is an unknown calendar there, as the agreement's own calendar id would be.
     *
     * @param calendar the calendar id
     * @return the value
     */
    public static ParameterValue ofCalendar(CalendarId calendar) {
        return new ParameterValue(ParameterType.CALENDAR, Objects.requireNonNull(calendar, "calendar"));
    }

    /**
     * Parses the text form of a value of the given type: a whole number optionally followed by its unit
     * ({@code "10"}, {@code "10 business days"}), money as {@code "EUR 1500.00"}, a percentage as {@code "50"} or
     * {@code "50 %"}, an ISO date, any text for party names and text, or a calendar id such as {@code "ES-MD"}.
     *
     * @param type the type
     * @param text the text
     * @return the value
     * @throws IllegalArgumentException if the text is not a value of the type
     */
    public static ParameterValue parse(ParameterType type, String text) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        try {
            return switch (type) {
                case DAYS -> ofDays(wholeNumber(strip(text, " days", " day"), type));
                case BUSINESS_DAYS -> ofBusinessDays(wholeNumber(strip(text, " business days", " business day"), type));
                case AMOUNT -> {
                    int space = text.indexOf(' ');
                    if (space < 0) {
                        throw new IllegalArgumentException("missing currency");
                    }
                    yield ofAmount(Money.of(text.substring(space + 1), text.substring(0, space)));
                }
                case PERCENTAGE -> ofPercentage(Decimals.parse(strip(text, " %", "%")));
                case DATE -> ofDate(LocalDate.parse(text));
                case PARTY_NAME -> ofPartyName(text);
                case TEXT -> ofText(text);
                case CALENDAR -> ofCalendar(CalendarId.of(text));
            };
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not " + type.expectation() + " (" + e.getMessage() + ")");
        }
    }

    private static String strip(String text, String... suffixes) {
        for (String suffix : suffixes) {
            if (text.endsWith(suffix)) {
                return text.substring(0, text.length() - suffix.length());
            }
        }
        return text;
    }

    private static int wholeNumber(String text, ParameterType type) {
        if (text.isEmpty() || text.length() > 9 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("expected a whole number from 0 to " + maxDays(type));
        }
        return Integer.parseInt(text);
    }

    private static int checkDays(int days, ParameterType type) {
        if (days < 0 || days > maxDays(type)) {
            throw new IllegalArgumentException(type.label() + " must be from 0 to " + maxDays(type) + ", was " + days);
        }
        return days;
    }

    static boolean isPercentage(BigDecimal percent) {
        try {
            Decimals.requireBounded(percent);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return percent.signum() > 0 && percent.compareTo(BigDecimal.valueOf(100)) <= 0;
    }

    /**
     * The type of this value.
     *
     * @return the type
     */
    public ParameterType type() {
        return type;
    }

    /**
     * The number of days, for {@code DAYS} and {@code BUSINESS_DAYS} values.
     *
     * @return the days
     * @throws IllegalStateException for other types
     */
    public int days() {
        if (type != ParameterType.DAYS && type != ParameterType.BUSINESS_DAYS) {
            throw wrongAccessor("days");
        }
        return (Integer) value;
    }

    /**
     * The span, for {@code DAYS} (calendar days) and {@code BUSINESS_DAYS} values.
     *
     * @return the span, e.g. "10 business days"
     * @throws IllegalStateException for other types
     */
    public Span span() {
        int days = days();
        return type == ParameterType.DAYS ? Span.ofCalendarDays(days) : Span.ofBusinessDays(days);
    }

    /**
     * The money, for {@code AMOUNT} values.
     *
     * @return the amount
     * @throws IllegalStateException for other types
     */
    public Money amount() {
        return as(ParameterType.AMOUNT, Money.class);
    }

    /**
     * The percentage, for {@code PERCENTAGE} values.
     *
     * @return the percentage, e.g. {@code 50} for 50 %
     * @throws IllegalStateException for other types
     */
    public BigDecimal percentage() {
        return as(ParameterType.PERCENTAGE, BigDecimal.class);
    }

    /**
     * The date, for {@code DATE} values.
     *
     * @return the date
     * @throws IllegalStateException for other types
     */
    public LocalDate date() {
        return as(ParameterType.DATE, LocalDate.class);
    }

    /**
     * The text, for {@code PARTY_NAME} and {@code TEXT} values.
     *
     * @return the text
     * @throws IllegalStateException for other types
     */
    public String text() {
        if (type != ParameterType.PARTY_NAME && type != ParameterType.TEXT) {
            throw wrongAccessor("text");
        }
        return (String) value;
    }

    /**
     * The calendar id, for {@code CALENDAR} values.
     *
     * @return the calendar id
     * @throws IllegalStateException for other types
     */
    public CalendarId calendar() {
        return as(ParameterType.CALENDAR, CalendarId.class);
    }

    private <T> T as(ParameterType expected, Class<T> javaType) {
        if (type != expected) {
            throw wrongAccessor(expected.label());
        }
        return javaType.cast(value);
    }

    private IllegalStateException wrongAccessor(String asked) {
        return new IllegalStateException("value " + this + " is " + type + ", not " + asked);
    }

    /**
     * Compares two values of the same ordered type (and the same currency for amounts).
     *
     * @throws IllegalArgumentException if the types or currencies differ, or the type is not ordered
     */
    int compareTo(ParameterValue other) {
        if (other.type != type || !type.isOrdered()) {
            throw new IllegalArgumentException("cannot compare " + this + " with " + other);
        }
        return switch (type) {
            case DAYS, BUSINESS_DAYS -> Integer.compare(days(), other.days());
            case AMOUNT -> amount().compareTo(other.amount());
            case PERCENTAGE -> percentage().compareTo(other.percentage());
            case DATE -> date().compareTo(other.date());
            default -> throw new IllegalArgumentException("cannot compare " + this + " with " + other);
        };
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ParameterValue v) || v.type != type) {
            return false;
        }
        return type == ParameterType.PERCENTAGE ? percentage().compareTo(v.percentage()) == 0 : value.equals(v.value);
    }

    @Override
    public int hashCode() {
        Object key = type == ParameterType.PERCENTAGE ? percentage().stripTrailingZeros() : value;
        return type.hashCode() * 31 + key.hashCode();
    }

    /**
     * Returns the text form: {@code "10 days"}, {@code "10 business days"}, {@code "EUR 1500.00"}, {@code "50 %"},
     * {@code "2026-06-01"}, or the text or calendar id itself.
     */
    @Override
    public String toString() {
        return switch (type) {
            case DAYS, BUSINESS_DAYS -> span().toString();
            case PERCENTAGE -> percentage().toPlainString() + " %";
            default -> value.toString();
        };
    }
}
