package dev.pacta.core.template;

import dev.pacta.core.Identifier;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A typed parameter of an {@link AgreementTemplate}: its name, type, optional default, optional inclusive bounds and
 * a description for the person filling it in.
 *
 * <p>Names have the lexical form of identifiers ({@link Identifier#LEXICAL_FORM}, e.g. {@code approvalDays}); the
 * JSON {@code template/1} format refers to them by that name. Bounds are allowed only on ordered types
 * ({@link ParameterType#isOrdered()}), are inclusive, and have the parameter's type; the default, if any, has the
 * parameter's type and lies within the bounds. An amount parameter with a default or bounds fixes its currency:
 * values in another currency are the wrong type.
 *
 * <pre>{@code
 * Parameter.builder()
 *         .name("approvalDays")
 *         .type(ParameterType.BUSINESS_DAYS)
 *         .defaultValue(ParameterValue.ofBusinessDays(2))
 *         .min(ParameterValue.ofBusinessDays(1))
 *         .max(ParameterValue.ofBusinessDays(10))
 *         .description("business days the client has to approve each mock-up")
 *         .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Parameter {
    Parameter() {}

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A parameter without default or bounds.
     *
     * @param name the name, e.g. {@code "launchDate"}
     * @param type the type
     * @param description what it means, for the person filling it in
     * @return the parameter
     */
    public static Parameter of(String name, ParameterType type, String description) {
        return builder().name(name).type(type).description(description).build();
    }

    /**
     * The name, unique within the template, e.g. {@code approvalDays}.
     *
     * @return the name
     */
    public abstract String name();

    /**
     * The type of its values.
     *
     * @return the type
     */
    public abstract ParameterType type();

    /**
     * The value used when none is given.
     *
     * @return the default
     */
    public abstract Optional<ParameterValue> defaultValue();

    /**
     * The smallest allowed value, inclusive.
     *
     * @return the lower bound
     */
    public abstract Optional<ParameterValue> min();

    /**
     * The largest allowed value, inclusive.
     *
     * @return the upper bound
     */
    public abstract Optional<ParameterValue> max();

    /**
     * What the parameter means, for the person filling it in; empty by default.
     *
     * @return the description
     */
    @Value.Default
    public String description() {
        return "";
    }

    /** The bounds in words, e.g. {@code "from 1 business day to 10 business days"}, or empty without bounds. */
    String boundsText() {
        if (min().isPresent() && max().isPresent()) {
            return "from " + min().get() + " to " + max().get();
        }
        return min().map(m -> "at least " + m)
                .or(() -> max().map(m -> "at most " + m))
                .orElse("");
    }

    @Value.Check
    void check() {
        if (!Identifier.isValid(name())) {
            throw new IllegalArgumentException("parameter name '" + name()
                    + "' is not valid: expected 1 to 64 characters from A-Z a-z 0-9 . _ -, starting with a letter or"
                    + " digit");
        }
        // Default and bounds have the parameter's type.
        sameType("defaultValue", defaultValue());
        sameType("min", min());
        sameType("max", max());
        // Bounds only on ordered types, where "min <= value <= max" means something.
        if (!type().isOrdered() && (min().isPresent() || max().isPresent())) {
            throw new IllegalStateException(
                    "parameter '" + name() + "': " + type() + " values are not ordered and take no bounds");
        }
        // All amounts (default and bounds) are in one currency, so that they can be compared.
        if (type() == ParameterType.AMOUNT) {
            long currencies = java.util.stream.Stream.of(defaultValue(), min(), max())
                    .flatMap(Optional::stream)
                    .map(v -> v.amount().currency())
                    .distinct()
                    .count();
            if (currencies > 1) {
                throw new IllegalStateException("parameter '" + name()
                        + "': default and bounds must be in one currency, were "
                        + defaultValue().orElse(null)
                        + ", " + min().orElse(null) + ", " + max().orElse(null));
            }
        }
        if (min().isPresent() && max().isPresent() && min().get().compareTo(max().get()) > 0) {
            throw new IllegalStateException(
                    "parameter '" + name() + "': min " + min().get() + " is greater than max " + max().get());
        }
        defaultValue().ifPresent(d -> {
            if (!withinBounds(d)) {
                throw new IllegalStateException(
                        "parameter '" + name() + "': default " + d + " is out of bounds; expected " + boundsText());
            }
        });
    }

    private void sameType(String attribute, Optional<ParameterValue> value) {
        value.ifPresent(v -> {
            if (v.type() != type()) {
                throw new IllegalStateException("parameter '" + name() + "': " + attribute + " " + v + " is " + v.type()
                        + ", expected " + type());
            }
        });
    }

    /** Whether a value of this parameter's type (and currency) is within the bounds. */
    /**
     * Whether a number (days, or a percentage) is within the declared bounds, for a value outside the type's domain,
     * which cannot be a {@link ParameterValue}.
     */
    boolean withinBounds(java.math.BigDecimal number) {
        return min().map(m -> number(m).compareTo(number) <= 0).orElse(true)
                && max().map(m -> number.compareTo(number(m)) <= 0).orElse(true);
    }

    private static java.math.BigDecimal number(ParameterValue bound) {
        return bound.type() == ParameterType.PERCENTAGE
                ? bound.percentage()
                : java.math.BigDecimal.valueOf(bound.days());
    }

    boolean withinBounds(ParameterValue value) {
        return min().map(m -> m.compareTo(value) <= 0).orElse(true)
                && max().map(m -> value.compareTo(m) <= 0).orElse(true);
    }

    /** Builds {@link Parameter} values. */
    public static final class Builder extends ImmutableParameter.Builder {}
}
