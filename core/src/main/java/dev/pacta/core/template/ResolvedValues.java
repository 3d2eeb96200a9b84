package dev.pacta.core.template;

import dev.pacta.core.money.Money;
import dev.pacta.core.time.CalendarId;
import dev.pacta.core.time.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values a {@link TemplateBody} sees: one checked value for every declared parameter, given or default.
 *
 * <p>The typed getters name the parameter they are asked for. Asking for a parameter the template does not declare,
 * or with the getter of another type ({@code days} for a {@code BUSINESS_DAYS} parameter), is a bug in the template
 * and throws {@link IllegalStateException}; {@link AgreementTemplate#instantiate(Map)} reports it as a
 * {@link AgreementTemplate#TEMPLATE_BODY_ERROR} problem.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ResolvedValues {
    private final TemplateId template;
    private final Map<String, ParameterValue> values;

    ResolvedValues(TemplateId template, Map<String, ParameterValue> values) {
        this.template = template;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * The template the values are for.
     *
     * @return the template id
     */
    public TemplateId template() {
        return template;
    }

    /**
     * Every value by parameter name, in declaration order.
     *
     * @return an unmodifiable map
     */
    public Map<String, ParameterValue> asMap() {
        return values;
    }

    /**
     * The value of a parameter, of any type.
     *
     * @param name the parameter's name
     * @return the value
     * @throws IllegalStateException if the template declares no such parameter
     */
    public ParameterValue value(String name) {
        ParameterValue value = values.get(name);
        if (value == null) {
            throw new IllegalStateException(
                    "template '" + template + "' has no parameter '" + name + "'; parameters are " + values.keySet());
        }
        return value;
    }

    private ParameterValue typed(String name, ParameterType type) {
        ParameterValue value = value(name);
        if (value.type() != type) {
            throw new IllegalStateException(
                    "template '" + template + "': parameter '" + name + "' is " + value.type() + ", not " + type);
        }
        return value;
    }

    /**
     * The number of calendar days of a {@code DAYS} parameter.
     *
     * @param name the parameter's name
     * @return the days
     * @throws IllegalStateException if there is no such parameter or it has another type
     */
    public int days(String name) {
        return typed(name, ParameterType.DAYS).days();
    }

    /**
     * The number of business days of a {@code BUSINESS_DAYS} parameter.
     *
     * @param name the parameter's name
     * @return the business days
     * @throws IllegalStateException if there is no such parameter or it has another type
     */
    public int businessDays(String name) {
        return typed(name, ParameterType.BUSINESS_DAYS).days();
    }

    /**
     * The span of a {@code DAYS} (calendar days) or {@code BUSINESS_DAYS} parameter.
     *
     * @param name the parameter's name
     * @return the span, e.g. "2 business days"
     * @throws IllegalStateException if there is no such parameter or it has another type
     */
    public Span span(String name) {
        ParameterValue value = value(name);
        if (value.type() != ParameterType.DAYS && value.type() != ParameterType.BUSINESS_DAYS) {
            throw new IllegalStateException("template '" + template + "': parameter '" + name + "' is " + value.type()
                    + ", not DAYS or BUSINESS_DAYS");
        }
        return value.span();
    }

    /**
     * The money of an {@code AMOUNT} parameter.
     *
     * @param name the parameter's name
     * @return the amount
     * @throws IllegalStateException if there is no such parameter or it has another type
     */
    public Money amount(String name) {
        return typed(name, ParameterType.AMOUNT).amount();
    }

    /**
     * The percentage of a {@code PERCENTAGE} parameter.
     *
     * @param name the parameter's name
     * @return the percentage in (0, 100], e.g. {@code 50}
     * @throws IllegalStateException if there is no such parameter or it has another type
     */
    public BigDecimal percentage(String name) {
        return typed(name, ParameterType.PERCENTAGE).percentage();
    }

    /**
     * The date of a {@code DATE} parameter.
     *
     * @param name the parameter's name
     * @return the date
     * @throws IllegalStateException if there is no such parameter or it has another type
     */
    public LocalDate date(String name) {
        return typed(name, ParameterType.DATE).date();
    }

    /**
     * The name of a {@code PARTY_NAME} parameter.
     *
     * @param name the parameter's name
     * @return the party's name
     * @throws IllegalStateException if there is no such parameter or it has another type
     */
    public String partyName(String name) {
        return typed(name, ParameterType.PARTY_NAME).text();
    }

    /**
     * The text of a {@code TEXT} parameter.
     *
     * @param name the parameter's name
     * @return the text
     * @throws IllegalStateException if there is no such parameter or it has another type
     */
    public String text(String name) {
        return typed(name, ParameterType.TEXT).text();
    }

    /**
     * The calendar id of a {@code CALENDAR} parameter, for {@code Agreement.Builder.calendar}.
     *
     * @param name the parameter's name
     * @return the calendar id
     * @throws IllegalStateException if there is no such parameter or it has another type
     */
    public CalendarId calendar(String name) {
        return typed(name, ParameterType.CALENDAR).calendar();
    }

    /** Returns e.g. {@code "web-development{approvalDays=2 business days, launchDate=2026-06-01}"}. */
    @Override
    public String toString() {
        return template + values.toString();
    }
}
