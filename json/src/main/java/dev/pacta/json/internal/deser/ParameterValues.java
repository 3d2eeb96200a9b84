package dev.pacta.json.internal.deser;

import com.fasterxml.jackson.core.JsonToken;
import dev.pacta.core.money.Decimals;
import dev.pacta.core.template.ParameterType;
import dev.pacta.core.template.ParameterValue;
import dev.pacta.json.JsonCodes;
import dev.pacta.json.JsonProblem;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The JSON form of template parameter values, the same as the form of the positions they stand in: days and business
 * days as whole numbers, amounts as {@code "EUR 1500.00"}, percentages as JSON numbers, dates as
 * {@code "2026-06-01"}, party names and texts as strings.
 */
public final class ParameterValues {
    private ParameterValues() {}

    /** A value that is not of its parameter's type or out of the type's domain. */
    public static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        @SuppressWarnings("serial") // a record of strings and ints
        private final JsonProblem problem;

        Invalid(JsonProblem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }

        /**
         * The problem.
         *
         * @return the problem, at the value's path
         */
        public JsonProblem problem() {
            return problem;
        }
    }

    /**
     * What a value of the type looks like in JSON.
     *
     * @param type the type
     * @return e.g. {@code "a whole number of business days from 0 to 2610"}
     */
    public static String form(ParameterType type) {
        return switch (type) {
            case DAYS, BUSINESS_DAYS ->
                "a whole number of " + type.label() + " from 0 to " + ParameterValue.maxDays(type);
            case AMOUNT -> Scalars.MONEY_FORM;
            case PERCENTAGE -> "a percentage in (0, 100] as a JSON number such as 50 or 12.5";
            case DATE -> "a date yyyy-MM-dd";
            case PARTY_NAME -> "a party name (a string)";
            case TEXT -> "a text (a string)";
            case CALENDAR -> "a calendar id (a string such as \"ES-MD\" or \"WEEKENDS\")";
        };
    }

    /**
     * Reads a value of a parameter type from its JSON form.
     *
     * @param type the parameter's type
     * @param raw the value as written
     * @param owner the value in words, e.g. {@code "parameter 'approvalDays'"}
     * @return the value
     * @throws Invalid with a problem at the value's path, for the wrong JSON type or a value outside the type's domain
     */
    public static ParameterValue read(ParameterType type, RawScalar raw, String owner) throws Invalid {
        String expected = owner + " (" + type + "): expected " + form(type) + ", was " + raw.describe();
        switch (type) {
            case DAYS, BUSINESS_DAYS -> {
                if (raw.token() != JsonToken.VALUE_NUMBER_INT) {
                    throw new Invalid(raw.problem(JsonCodes.WRONG_TYPE, expected));
                }
                long days = raw.integral() ? Long.parseLong(raw.text()) : -1;
                if (days < 0 || days > ParameterValue.maxDays(type)) {
                    throw new Invalid(raw.problem(JsonCodes.OUT_OF_RANGE, expected));
                }
                return type == ParameterType.DAYS
                        ? ParameterValue.ofDays((int) days)
                        : ParameterValue.ofBusinessDays((int) days);
            }
            case AMOUNT -> {
                if (raw.token() != JsonToken.VALUE_STRING) {
                    throw new Invalid(raw.problem(JsonCodes.WRONG_TYPE, expected));
                }
                try {
                    return ParameterValue.ofAmount(Scalars.parseMoney(raw.text()));
                } catch (IllegalArgumentException e) {
                    throw new Invalid(
                            raw.problem(JsonCodes.INVALID_VALUE, owner + " (" + type + "): " + e.getMessage()));
                }
            }
            case PERCENTAGE -> {
                if (raw.token() != JsonToken.VALUE_NUMBER_INT && raw.token() != JsonToken.VALUE_NUMBER_FLOAT) {
                    throw new Invalid(raw.problem(JsonCodes.WRONG_TYPE, expected));
                }
                try {
                    BigDecimal percent = Decimals.parse(raw.text());
                    return ParameterValue.ofPercentage(percent.scale() < 0 ? percent.setScale(0) : percent);
                } catch (IllegalArgumentException e) {
                    throw new Invalid(raw.problem(JsonCodes.OUT_OF_RANGE, expected));
                }
            }
            case DATE -> {
                if (raw.token() != JsonToken.VALUE_STRING) {
                    throw new Invalid(raw.problem(JsonCodes.WRONG_TYPE, expected));
                }
                LocalDate date = DateTexts.parseDate(raw.text(), 0, raw.text().length());
                if (date == null) {
                    throw new Invalid(raw.problem(JsonCodes.INVALID_VALUE, expected));
                }
                return ParameterValue.ofDate(date);
            }
            case PARTY_NAME, TEXT -> {
                if (raw.token() != JsonToken.VALUE_STRING) {
                    throw new Invalid(raw.problem(JsonCodes.WRONG_TYPE, expected));
                }
                return type == ParameterType.TEXT
                        ? ParameterValue.ofText(raw.text())
                        : ParameterValue.ofPartyName(raw.text());
            }
            case CALENDAR -> {
                if (raw.token() != JsonToken.VALUE_STRING) {
                    throw new Invalid(raw.problem(JsonCodes.WRONG_TYPE, expected));
                }
                if (!dev.pacta.core.Identifier.isValid(raw.text())) {
                    throw new Invalid(raw.problem(JsonCodes.INVALID_VALUE, expected));
                }
                return ParameterValue.ofCalendar(dev.pacta.core.time.CalendarId.of(raw.text()));
            }
            default -> throw new IllegalStateException("unknown type " + type);
        }
    }
}
