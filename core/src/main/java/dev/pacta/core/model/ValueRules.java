package dev.pacta.core.model;

import static dev.pacta.core.model.ValidationCodes.BLANK_TEXT;
import static dev.pacta.core.model.ValidationCodes.INVALID_AMOUNT;
import static dev.pacta.core.model.ValidationCodes.INVALID_EVENT_KIND;
import static dev.pacta.core.model.ValidationCodes.OFFSET_OUT_OF_BOUNDS;

import dev.pacta.core.money.Decimals;
import dev.pacta.core.money.Money;
import dev.pacta.core.time.Span;
import java.math.BigDecimal;

/**
 * The rules of single values, wherever they stand in an agreement: {@code BLANK_TEXT} (titles, names, contacts),
 * {@code INVALID_AMOUNT} (an amount of money is positive and within the decimal bounds), {@code OFFSET_OUT_OF_BOUNDS}
 * (a span is from 0 to its unit's {@link Span.Unit#maxAmount()}) and {@code INVALID_EVENT_KIND}; and the decimal
 * bounds percentages share.
 */
final class ValueRules {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ValueRules() {}

    static void blank(ValidationRun run, String text, String path, String what) {
        if (text.isBlank()) {
            run.add(BLANK_TEXT, path, what + " is blank; expected some text");
        }
    }

    static void money(ValidationRun run, Money money, String path, String what) {
        BigDecimal amount = money.amount();
        if (!bounded(amount)) {
            run.add(
                    INVALID_AMOUNT,
                    path,
                    what + " " + money.currency() + " " + amount
                            + " is out of bounds; expected at most " + Decimals.MAX_PRECISION
                            + " digits and a magnitude below 1e" + Decimals.MAX_EXPONENT);
        } else if (amount.signum() <= 0) {
            run.add(INVALID_AMOUNT, path, what + " " + money + " is not positive; expected an amount above zero");
        }
    }

    static boolean inBounds(Span span) {
        return span.amount() >= 0 && span.amount() <= span.unit().maxAmount();
    }

    static void span(ValidationRun run, Span span, String path, String what) {
        long max = span.unit().maxAmount();
        if (!inBounds(span)) {
            run.add(
                    OFFSET_OUT_OF_BOUNDS,
                    path + ".amount",
                    what + " " + span + " is out of bounds; expected 0 to " + max + " "
                            + span.unit().label(max) + " (ten years)");
        }
    }

    static boolean validKind(String kind) {
        return Event.isKind(kind);
    }

    static void eventKind(ValidationRun run, String kind, String path, String what) {
        if (!validKind(kind)) {
            run.add(
                    INVALID_EVENT_KIND,
                    path,
                    what + " event kind '" + ValidationRun.abbreviate(kind)
                            + "' is not valid; expected lower-case words such as content.delivered");
        }
    }

    static boolean bounded(BigDecimal value) {
        return value.precision() <= Decimals.MAX_PRECISION
                && value.scale() <= Decimals.MAX_PRECISION
                && (long) value.precision() - value.scale() <= Decimals.MAX_EXPONENT;
    }

    static boolean percentInRange(BigDecimal p) {
        return bounded(p) && p.signum() > 0 && p.compareTo(HUNDRED) <= 0;
    }

    /** The sum of percentages that makes a whole. */
    static boolean isHundred(BigDecimal sum) {
        return sum.compareTo(HUNDRED) == 0;
    }

    /** A decimal as written, in plain form when bounded (never expanding {@code 1E+999999999}). */
    static String text(BigDecimal value) {
        return bounded(value) ? value.toPlainString() : value.toString();
    }
}
