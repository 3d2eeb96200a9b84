package dev.pacta.core.model;

import static dev.pacta.core.model.ValidationCodes.AMOUNT_ON_NON_PAYMENT;
import static dev.pacta.core.model.ValidationCodes.CURRENCY_MISMATCH;
import static dev.pacta.core.model.ValidationCodes.MISSING_VALUE;
import static dev.pacta.core.model.ValidationCodes.PAYMENT_AMOUNT_AMBIGUOUS;
import static dev.pacta.core.model.ValidationCodes.PAYMENT_AMOUNT_MISSING;
import static dev.pacta.core.model.ValidationCodes.PERCENT_OUT_OF_RANGE;
import static dev.pacta.core.model.ValidationCodes.SCHEDULE_NOT_100_PERCENT;

import dev.pacta.core.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The rules of amounts and the payment schedule: a payment has exactly one of {@code amount} and
 * {@code percentOfValue} ({@code PAYMENT_AMOUNT_MISSING}, {@code PAYMENT_AMOUNT_AMBIGUOUS}) and nothing else has
 * either ({@code AMOUNT_ON_NON_PAYMENT}); amounts are valid ({@code INVALID_AMOUNT}, through {@link ValueRules}) and in
 * the agreement value's currency ({@code CURRENCY_MISMATCH}); a percentage is in (0, 100]
 * ({@code PERCENT_OUT_OF_RANGE}) of a value the agreement has ({@code MISSING_VALUE}); and the shares of the schedule
 * sum to 100 ({@code SCHEDULE_NOT_100_PERCENT}).
 *
 * <p>Amounts and percentages belong to payments only: on any other obligation the engine would ignore them, so they
 * are rejected; a penalty on a deliverable states its {@code base}. The payment schedule is every obligation with
 * {@code percentOfValue} except those triggered {@code ON_BREACH}, which are contingent remedies rather than shares of
 * the price. Its sum is checked only when the agreement has a value and every share is itself in range, so that one
 * mistake is reported once.
 */
final class PaymentRules {
    private PaymentRules() {}

    /** The currency amounts of an obligation are in: its amount's, else the agreement value's. */
    static Optional<Currency> currencyOf(Agreement agreement, Obligation o) {
        return o.amount().or(agreement::value).map(Money::currency);
    }

    /**
     * Whether an obligation's instances have an amount a percentage can apply to; payments always do (a payment
     * without one is reported as {@code PAYMENT_AMOUNT_MISSING}, once).
     */
    static boolean hasAmount(Obligation o) {
        return o.category() == Category.PAYMENT
                || o.amount().isPresent()
                || o.percentOfValue().isPresent();
    }

    static void amounts(ValidationRun run, Obligation o, String path, String owner) {
        Agreement agreement = run.agreement;
        boolean payment = o.category() == Category.PAYMENT;
        if (payment && o.amount().isEmpty() && o.percentOfValue().isEmpty()) {
            run.add(
                    PAYMENT_AMOUNT_MISSING,
                    path + ".amount",
                    owner + ": payment has neither amount nor percentOfValue; expected exactly one");
        } else if (payment && o.amount().isPresent() && o.percentOfValue().isPresent()) {
            run.add(
                    PAYMENT_AMOUNT_AMBIGUOUS,
                    path + ".percentOfValue",
                    owner + ": payment has both amount "
                            + o.amount().get() + " and percentOfValue "
                            + ValueRules.text(o.percentOfValue().get())
                            + "; expected exactly one");
        }
        if (!payment && o.amount().isPresent()) {
            run.add(
                    AMOUNT_ON_NON_PAYMENT,
                    path + ".amount",
                    owner + ": amount " + o.amount().get() + " on a " + o.category()
                            + " obligation; expected amounts only on PAYMENT obligations");
        }
        if (!payment && o.percentOfValue().isPresent()) {
            run.add(
                    AMOUNT_ON_NON_PAYMENT,
                    path + ".percentOfValue",
                    owner + ": percentOfValue "
                            + ValueRules.text(o.percentOfValue().get()) + " on a " + o.category()
                            + " obligation; expected percentages only on PAYMENT obligations");
        }
        o.amount().ifPresent(a -> {
            ValueRules.money(run, a, path + ".amount", owner + ": amount");
            agreement.value().ifPresent(v -> {
                if (!v.currency().equals(a.currency())) {
                    run.add(
                            CURRENCY_MISMATCH,
                            path + ".amount",
                            owner + ": amount " + a + " is in "
                                    + a.currency() + " but agreement '" + agreement.id() + "' has value " + v
                                    + "; expected " + v.currency());
                }
            });
        });
        o.percentOfValue().ifPresent(p -> {
            if (!ValueRules.percentInRange(p)) {
                run.add(
                        PERCENT_OUT_OF_RANGE,
                        path + ".percentOfValue",
                        owner + ": percentOfValue " + ValueRules.text(p)
                                + " is out of range; expected more than 0 and at most 100");
            }
            if (agreement.value().isEmpty()) {
                run.add(
                        MISSING_VALUE,
                        path + ".percentOfValue",
                        owner + ": percentOfValue " + ValueRules.text(p) + " needs a value, but agreement '"
                                + agreement.id() + "' has none");
            }
        });
    }

    /** An amount a remedy charges (a flat fee, a penalty's base): valid and in the obligation's currency. */
    static void remedyMoney(ValidationRun run, Obligation o, Money money, String path, String what) {
        ValueRules.money(run, money, path, what);
        currencyOf(run.agreement, o).ifPresent(c -> {
            if (!c.equals(money.currency())) {
                run.add(
                        CURRENCY_MISMATCH,
                        path,
                        what + " " + money + " is in " + money.currency() + " but obligation '" + o.id() + "' is in "
                                + c + "; expected " + c);
            }
        });
    }

    /** The shares of the payment schedule sum to exactly 100 %. */
    static void schedule(ValidationRun run) {
        Agreement agreement = run.agreement;
        if (agreement.value().isEmpty()) {
            return;
        }
        List<Obligation> shares = new ArrayList<>();
        for (Obligation o : agreement.obligations()) {
            if (o.percentOfValue().isPresent() && o.trigger().kind() != Trigger.Kind.ON_BREACH) {
                if (!ValueRules.percentInRange(o.percentOfValue().get())) {
                    return; // reported as PERCENT_OUT_OF_RANGE; a sum would only repeat it
                }
                shares.add(o);
            }
        }
        if (shares.isEmpty()) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Obligation o : shares) {
            sum = sum.add(o.percentOfValue().get());
        }
        if (!ValueRules.isHundred(sum)) {
            StringBuilder list = new StringBuilder();
            for (Obligation o : shares) {
                list.append(list.length() == 0 ? "" : ", ")
                        .append(o.id())
                        .append(' ')
                        .append(ValueRules.text(o.percentOfValue().get()))
                        .append(" %");
            }
            run.add(
                    SCHEDULE_NOT_100_PERCENT,
                    "obligations",
                    "agreement '" + agreement.id()
                            + "': payment schedule shares sum to " + ValueRules.text(sum)
                            + " %; expected exactly 100 %; shares are ["
                            + list + "]");
        }
    }
}
