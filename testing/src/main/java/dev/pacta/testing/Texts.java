package dev.pacta.testing;

import dev.pacta.core.money.Money;
import dev.pacta.core.report.InstanceChange;
import dev.pacta.core.report.InstanceReport;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The words of failure messages: instances, changes and money as a person reads them. */
final class Texts {
    private Texts() {}

    /** One line about an instance: {@code approve-mockup#2 BREACHED: due Fri ...}. */
    static String line(InstanceReport i) {
        return i.id() + " " + i.state() + ": " + i.explanation();
    }

    /** The instances, one per line, indented; {@code "(none)"} if there are none. */
    static String lines(List<InstanceReport> instances) {
        if (instances.isEmpty()) {
            return "\n    (none)";
        }
        return instances.stream().map(i -> "\n    " + line(i)).collect(Collectors.joining());
    }

    /** One line about a change: {@code approve-mockup#2: UPCOMING -> FULFILLED_LATE [STATE, FULFILMENT] (...)}. */
    static String line(InstanceChange c) {
        return c.instance() + ": " + state(c.before()) + " -> " + state(c.after()) + " " + c.aspects()
                + c.report().map(r -> " (" + r.explanation() + ")").orElse("");
    }

    private static String state(Optional<?> state) {
        return state.map(Object::toString).orElse("(none)");
    }

    /**
     * Money written as Pacta writes it, {@code "EUR 1200.00"}.
     *
     * @throws IllegalArgumentException if the text is not a currency code and an amount
     */
    static Money money(String text) {
        String[] parts = text.trim().split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException(
                    "expected money as a currency code and an amount, e.g. \"EUR 1200.00\", was \"" + text + "\"");
        }
        return Money.of(parts[1], parts[0]);
    }

    /** A rate in percent as a person writes it: {@code 50%}, {@code 66.7%}; {@code none} when absent. */
    static String rate(Optional<BigDecimal> rate) {
        return rate.map(r -> r.stripTrailingZeros().toPlainString() + "%").orElse("none");
    }
}
