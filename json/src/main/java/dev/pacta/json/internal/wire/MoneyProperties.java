package dev.pacta.json.internal.wire;

import dev.pacta.core.money.Money;
import dev.pacta.json.internal.WireType.Omitted;
import dev.pacta.json.internal.WireType.Property;
import dev.pacta.json.internal.deser.Scalars;
import dev.pacta.json.internal.ser.Write;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Properties whose value is an amount ({@code "EUR 1200.00"}), the commonest kind in a report's rows: one place for
 * how an amount is read and written, and for leaving out an amount that is zero.
 */
final class MoneyProperties {
    private MoneyProperties() {}

    /**
     * A required amount.
     *
     * @param name the property's name
     * @param set sets it on the builder
     * @param get the value's amount
     * @param <T> the value type
     * @param <B> the builder type
     * @return the property
     */
    static <T, B> Property<T, B> money(String name, BiConsumer<B, Money> set, Function<T, Money> get) {
        return new Property<>(
                name,
                Omitted.NEVER,
                (p, c, b) -> set.accept(b, Scalars.money(p)),
                (g, s, n, v) -> g.writeStringField(n, Write.money(get.apply(v))));
    }

    /**
     * An amount left out when it is zero ({@link Omitted#ZERO}).
     *
     * @param name the property's name
     * @param set sets it on the builder
     * @param get the value's amount
     * @param <T> the value type
     * @param <B> the builder type
     * @return the property
     */
    static <T, B> Property<T, B> moneyUnlessZero(String name, BiConsumer<B, Money> set, Function<T, Money> get) {
        return new Property<>(name, Omitted.ZERO, (p, c, b) -> set.accept(b, Scalars.money(p)), (g, s, n, v) -> {
            Money amount = get.apply(v);
            if (!amount.isZero()) {
                g.writeStringField(n, Write.money(amount));
            }
        });
    }
}
