package dev.pacta.core.template;

import dev.pacta.core.Problem;
import dev.pacta.core.ValidationException;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.money.Money;
import dev.pacta.core.time.CalendarId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * An agreement with typed parameters: a provider's standard web-development agreement in which the approval window,
 * the deposit and the launch date are filled in per client.
 *
 * <p>{@link #instantiate(Map)} checks the given values against the {@link #parameters()} and reports <em>every</em>
 * problem, each with the path {@code parameters.<name>}:
 * <ul>
 *   <li>{@link #UNKNOWN_PARAMETER} — a value for a name the template does not declare;
 *   <li>{@link #MISSING_VALUE} — no value for a parameter without a default;
 *   <li>{@link #WRONG_TYPE} — a value that is not of the parameter's type (see {@link ParameterType} for the Java
 *       values accepted), {@code null}, or an amount in another currency than the parameter's default and bounds;
 *   <li>{@link #OUT_OF_BOUNDS} — a value outside the parameter's declared bounds ({@code min}, {@code max}), named in
 *       the message;
 *   <li>{@link #OUT_OF_RANGE} — a value outside its type's own domain but within the declared bounds, if any
 *       (negative days, a percentage outside (0, 100]).
 * </ul>
 * Only when the values are fine is the {@link #body()} run; then the agreement's own validation problems (from
 * {@link dev.pacta.core.ValidationException}) are reported with their agreement paths, and an exception from the
 * body as one {@link #TEMPLATE_BODY_ERROR} problem at the path {@code body}. Nothing escapes as an exception.
 *
 * <p>This class is immutable and thread-safe if its body is.
 */
@Value.Immutable
public abstract class AgreementTemplate {
    /** A value was given for a parameter the template does not declare. */
    public static final String UNKNOWN_PARAMETER = "UNKNOWN_PARAMETER";
    /** No value was given for a parameter without a default. */
    public static final String MISSING_VALUE = "MISSING_VALUE";
    /** A value is not of its parameter's type. */
    public static final String WRONG_TYPE = "WRONG_TYPE";
    /** A value is outside its parameter's declared bounds. */
    public static final String OUT_OF_BOUNDS = "OUT_OF_BOUNDS";
    /** A value is outside its type's own domain (negative days, a percentage above 100), not its declared bounds. */
    public static final String OUT_OF_RANGE = "OUT_OF_RANGE";
    /** The template's body failed: a bug in the template, not in the values. */
    public static final String TEMPLATE_BODY_ERROR = "TEMPLATE_BODY_ERROR";

    AgreementTemplate() {}

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The template's id.
     *
     * @return the id
     */
    public abstract TemplateId id();

    /**
     * A short title, e.g. {@code "Website development"}.
     *
     * @return the title
     */
    public abstract String title();

    /**
     * What the template is for; empty by default.
     *
     * @return the description
     */
    @Value.Default
    public String description() {
        return "";
    }

    /**
     * The parameters, in the order a person fills them in; names are unique.
     *
     * @return the parameters
     */
    public abstract List<Parameter> parameters();

    /**
     * Builds the agreement from resolved values.
     *
     * @return the body
     */
    public abstract TemplateBody body();

    /**
     * The parameter with the name.
     *
     * @param name the name
     * @return the parameter, if declared
     */
    public Optional<Parameter> parameter(String name) {
        return parameters().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * Builds the agreement from parameter values, or reports every problem.
     *
     * @param values by parameter name: a {@link ParameterValue} of the parameter's type, or a plain Java value
     *     accepted by the type (see {@link ParameterType}); parameters with a default may be left out
     * @return the agreement, or every problem
     */
    public TemplateResult instantiate(Map<String, ?> values) {
        Objects.requireNonNull(values, "values");
        List<Problem> problems = new ArrayList<>();
        Map<String, ParameterValue> resolved = new LinkedHashMap<>();
        for (Parameter p : parameters()) {
            String path = "parameters." + p.name();
            if (!values.containsKey(p.name())) {
                if (p.defaultValue().isPresent()) {
                    resolved.put(p.name(), p.defaultValue().get());
                } else {
                    problems.add(new Problem(
                            MISSING_VALUE,
                            path,
                            "parameter '" + p.name() + "' (" + p.type().label() + ") has no value and no default"));
                }
                continue;
            }
            resolve(p, values.get(p.name()), path, problems).ifPresent(v -> resolved.put(p.name(), v));
        }
        List<String> declared = parameters().stream().map(Parameter::name).toList();
        for (String name : new TreeSet<>(values.keySet())) {
            if (!declared.contains(name)) {
                problems.add(new Problem(
                        UNKNOWN_PARAMETER,
                        "parameters." + name,
                        "template '" + id() + "' has no parameter '" + name + "'; parameters are " + declared));
            }
        }
        if (!problems.isEmpty()) {
            return TemplateResult.of(id(), problems);
        }
        Agreement agreement;
        try {
            agreement = body().apply(new ResolvedValues(id(), resolved));
        } catch (ValidationException e) {
            return TemplateResult.of(id(), e.problems());
        } catch (RuntimeException e) {
            return TemplateResult.of(
                    id(),
                    List.of(new Problem(
                            TEMPLATE_BODY_ERROR,
                            "body",
                            "template '" + id() + "': the body failed: " + e.getMessage())));
        }
        if (agreement == null) {
            return TemplateResult.of(
                    id(),
                    List.of(new Problem(
                            TEMPLATE_BODY_ERROR,
                            "body",
                            "template '" + id() + "': the body returned null instead of an agreement")));
        }
        return TemplateResult.of(id(), agreement);
    }

    /**
     * Builds the agreement from parameter values, throwing if anything is wrong.
     *
     * @param values by parameter name, as for {@link #instantiate(Map)}
     * @return the agreement
     * @throws ValidationException with every problem, if there is any
     */
    public Agreement instantiateOrThrow(Map<String, ?> values) {
        return instantiate(values).orElseThrow();
    }

    /** Converts and checks one given value; adds a problem and returns empty if it is not acceptable. */
    private static Optional<ParameterValue> resolve(Parameter p, Object raw, String path, List<Problem> problems) {
        ParameterValue value;
        if (raw instanceof ParameterValue given) {
            if (given.type() != p.type()) {
                problems.add(wrongType(p, path, given + " (" + given.type() + ")"));
                return Optional.empty();
            }
            value = given;
        } else {
            Object converted = convert(p.type(), raw);
            if (converted == null) {
                problems.add(wrongType(p, path, describe(raw)));
                return Optional.empty();
            }
            if (converted instanceof String outOfDomain) {
                // A value outside the declared bounds is told so, with the bounds, even when it is outside the
                // type's domain too: the bounds are what the person filling in the template was given.
                BigDecimal number = raw instanceof BigDecimal d ? d : BigDecimal.valueOf(((Number) raw).longValue());
                if (!p.withinBounds(number)) {
                    problems.add(new Problem(
                            OUT_OF_BOUNDS,
                            path,
                            "parameter '" + p.name() + "': expected " + p.boundsText() + ", was "
                                    + number.toPlainString()));
                } else {
                    problems.add(new Problem(
                            OUT_OF_RANGE,
                            path,
                            "parameter '" + p.name() + "': expected " + outOfDomain + ", was " + describe(raw)));
                }
                return Optional.empty();
            }
            value = (ParameterValue) converted;
        }
        if (value.type() == ParameterType.AMOUNT) {
            Optional<ParameterValue> reference = p.defaultValue().or(p::min).or(p::max);
            if (reference.isPresent()
                    && !reference
                            .get()
                            .amount()
                            .currency()
                            .equals(value.amount().currency())) {
                problems.add(new Problem(
                        WRONG_TYPE,
                        path,
                        "parameter '" + p.name() + "': expected an amount in "
                                + reference.get().amount().currency() + ", was " + value));
                return Optional.empty();
            }
        }
        if (!p.withinBounds(value)) {
            problems.add(new Problem(
                    OUT_OF_BOUNDS,
                    path,
                    "parameter '" + p.name() + "': expected " + p.boundsText() + ", was " + value));
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /**
     * A plain Java value as a value of the type: the value, a String saying what the type's domain is if the value
     * is of an acceptable Java type but outside that domain, or null if the Java type is not acceptable.
     */
    private static Object convert(ParameterType type, Object raw) {
        return switch (type) {
            case DAYS, BUSINESS_DAYS -> {
                if (!isWholeNumber(raw)) {
                    yield null;
                }
                long days = ((Number) raw).longValue();
                if (days < 0 || days > ParameterValue.maxDays(type)) {
                    yield "from 0 to " + ParameterValue.maxDays(type) + " " + type.label();
                }
                yield type == ParameterType.DAYS
                        ? ParameterValue.ofDays((int) days)
                        : ParameterValue.ofBusinessDays((int) days);
            }
            case AMOUNT -> raw instanceof Money m ? ParameterValue.ofAmount(m) : null;
            case PERCENTAGE -> {
                BigDecimal percent = raw instanceof BigDecimal d
                        ? d
                        : isWholeNumber(raw) ? BigDecimal.valueOf(((Number) raw).longValue()) : null;
                if (percent == null) {
                    yield null;
                }
                yield ParameterValue.isPercentage(percent)
                        ? ParameterValue.ofPercentage(percent)
                        : "a percentage in (0, 100]";
            }
            case DATE -> raw instanceof LocalDate d ? ParameterValue.ofDate(d) : null;
            case PARTY_NAME -> raw instanceof String s ? ParameterValue.ofPartyName(s) : null;
            case TEXT -> raw instanceof String s ? ParameterValue.ofText(s) : null;
            case CALENDAR -> raw instanceof CalendarId c ? ParameterValue.ofCalendar(c) : null;
        };
    }

    private static boolean isWholeNumber(Object raw) {
        return raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof Byte;
    }

    private static Problem wrongType(Parameter p, String path, String was) {
        return new Problem(
                WRONG_TYPE,
                path,
                "parameter '" + p.name() + "': expected " + p.type().expectation() + ", was " + was);
    }

    private static String describe(Object raw) {
        if (raw == null) {
            return "null";
        }
        String text = raw instanceof BigDecimal d ? d.toPlainString() : String.valueOf(raw);
        if (text.length() > 70) {
            text = text.substring(0, 67) + "...";
        }
        return raw instanceof String ? "text '" + text + "'" : raw.getClass().getSimpleName() + " " + text;
    }

    @Value.Check
    void check() {
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < parameters().size(); i++) {
            Integer first = seen.putIfAbsent(parameters().get(i).name(), i);
            if (first != null) {
                problems.add(new Problem(
                        "DUPLICATE_ID",
                        "parameters[" + i + "].name",
                        "parameter name '" + parameters().get(i).name() + "' is used twice, first at parameters["
                                + first + "]"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException("template '" + id() + "'", problems);
        }
    }

    /** Returns {@code "template 'id' (title) with parameters [a, b]"}. */
    @Override
    public String toString() {
        return "template '" + id() + "' (" + title() + ") with parameters "
                + parameters().stream().map(Parameter::name).toList();
    }

    /** Builds {@link AgreementTemplate} values; {@code build()} throws if two parameters share a name. */
    public static final class Builder extends ImmutableAgreementTemplate.Builder {}
}
