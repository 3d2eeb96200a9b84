package dev.pacta.core.scenario;

import dev.pacta.core.model.PartyId;
import dev.pacta.core.money.Money;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.InstanceState;
import dev.pacta.core.report.PaymentReport;
import dev.pacta.core.report.Scorecard;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Where a scenario run finds the payment amounts of instances and the scorecard figures of parties that
 * expectations name.
 *
 * <p>An empty result means "not available", which the runner reports as a mismatch for every expectation that asks
 * for the figure. The {@link #builtIn()} lookup reads the report: amounts from {@link InstanceReport#payment()},
 * figures from {@link ComplianceReport#scorecard(PartyId)}. An application can plug in its own lookup with
 * {@link ScenarioRunner#withActualValues(ActualValues)}.
 *
 * <h2>Amounts</h2>
 * {@code outstanding} and {@code paid} are the payment's; {@code lateFee} and {@code interest} are the payment's
 * charges, zero in the instance's currency when there is none (not breached, or no such remedy). An instance
 * without payment figures (not a payment, and no late fee or penalty) has none of the four: "not available".
 *
 * <h2>Scorecard figures</h2>
 * The names are those of the {@link Scorecard} accessors that are numbers ({@link #SCORECARD_FIGURES}:
 * {@code instances}, {@code decided}, {@code onTime}, {@code onTimeRate}, {@code responses},
 * {@code responsesWithinWindow}, {@code medianResponseDays}, {@code p90ResponseDays}, {@code worstResponseDays},
 * {@code medianWindowDays}, {@code delayCausedToOthers}, {@code lateWithNotice}, {@code lateWithoutNotice}), plus
 * {@code count.<STATE>} (e.g. {@code count.BREACHED}: the party's instances in that state, from
 * {@link Scorecard#counts()}) and {@code owed.<CURRENCY>} (e.g. {@code owed.EUR}: what the party owes in that
 * currency, zero if nothing, from {@link Scorecard#owed()}). A figure the scorecard leaves empty (the on-time rate
 * when nothing is decided, response times without responses), an unknown name and a party without a scorecard are
 * "not available".
 */
public interface ActualValues {
    /** The scorecard figures that are plain accessors of {@link Scorecard}, in the accessors' order. */
    List<String> SCORECARD_FIGURES = List.of(
            "instances",
            "decided",
            "onTime",
            "onTimeRate",
            "responses",
            "responsesWithinWindow",
            "medianResponseDays",
            "p90ResponseDays",
            "worstResponseDays",
            "medianWindowDays",
            "delayCausedToOthers",
            "lateWithNotice",
            "lateWithoutNotice");

    /** The payment amounts of an instance that an {@link InstanceExpectation} can expect. */
    enum Amount {
        /** The amount still owed. */
        OUTSTANDING("outstanding"),
        /** The amount paid. */
        PAID("paid"),
        /** The late fee charged. */
        LATE_FEE("lateFee"),
        /** The interest accrued. */
        INTEREST("interest");

        private final String field;

        Amount(String field) {
            this.field = field;
        }

        /**
         * The name of the expectation's attribute, e.g. {@code lateFee}.
         *
         * @return the field name
         */
        public String field() {
            return field;
        }
    }

    /**
     * Tells whether the built-in lookup knows a scorecard figure: one of {@link #SCORECARD_FIGURES},
     * {@code count.<STATE>} with a state of {@link InstanceState}, or {@code owed.<CURRENCY>} with an ISO 4217 code
     * that has minor units.
     *
     * @param name the figure's name
     * @return true if known
     */
    static boolean isScorecardFigure(String name) {
        return SCORECARD_FIGURES.contains(name)
                || state(name).isPresent()
                || currency(name).isPresent();
    }

    private static Optional<InstanceState> state(String name) {
        if (!name.startsWith("count.")) {
            return Optional.empty();
        }
        String state = name.substring("count.".length());
        for (InstanceState s : InstanceState.values()) {
            if (s.name().equals(state)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static Optional<Currency> currency(String name) {
        if (!name.startsWith("owed.") || name.length() != "owed.".length() + 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(Money.currency(name.substring("owed.".length())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The built-in lookup: reads the report's payment figures and scorecards, as described above.
     *
     * @return the lookup
     */
    static ActualValues builtIn() {
        return new ActualValues() {
            @Override
            public Optional<Money> amount(ComplianceReport report, InstanceReport instance, Amount amount) {
                Optional<PaymentReport> payment = instance.payment();
                if (payment.isEmpty()) {
                    return Optional.empty();
                }
                PaymentReport p = payment.get();
                Money zero = Money.zero(p.due().currency());
                return Optional.of(
                        switch (amount) {
                            case OUTSTANDING -> p.outstanding();
                            case PAID -> p.paid();
                            case LATE_FEE -> p.lateFee().orElse(zero);
                            case INTEREST -> p.interest().orElse(zero);
                        });
            }

            @Override
            public Optional<BigDecimal> scorecardFigure(ComplianceReport report, PartyId party, String figure) {
                return report.scorecard(party).flatMap(card -> figure(card, figure));
            }

            @Override
            public String toString() {
                return "ActualValues.builtIn()";
            }
        };
    }

    private static Optional<BigDecimal> figure(Scorecard card, String name) {
        Optional<InstanceState> state = state(name);
        if (state.isPresent()) {
            return Optional.of(BigDecimal.valueOf(card.counts().getOrDefault(state.get(), 0)));
        }
        Optional<Currency> currency = currency(name);
        if (currency.isPresent()) {
            return Optional.of(card.owed().stream()
                    .filter(m -> m.currency().equals(currency.get()))
                    .map(Money::amount)
                    .reduce(BigDecimal::add)
                    .orElse(BigDecimal.ZERO));
        }
        return switch (name) {
            case "instances" -> whole(card.instances());
            case "decided" -> whole(card.decided());
            case "onTime" -> whole(card.onTime());
            case "onTimeRate" -> card.onTimeRate();
            case "responses" -> whole(card.responses());
            case "responsesWithinWindow" -> whole(card.responsesWithinWindow());
            case "medianResponseDays" -> card.medianResponseDays();
            case "p90ResponseDays" -> card.p90ResponseDays().map(BigDecimal::valueOf);
            case "worstResponseDays" -> card.worstResponseDays().map(BigDecimal::valueOf);
            case "medianWindowDays" -> card.medianWindowDays();
            case "delayCausedToOthers" -> whole(card.delayCausedToOthers());
            case "lateWithNotice" -> whole(card.lateWithNotice());
            case "lateWithoutNotice" -> whole(card.lateWithoutNotice());
            default -> Optional.empty();
        };
    }

    private static Optional<BigDecimal> whole(long value) {
        return Optional.of(BigDecimal.valueOf(value));
    }

    /**
     * A payment amount of an instance.
     *
     * @param report the report
     * @param instance one of its instances
     * @param amount which amount
     * @return the amount, or empty if not available
     */
    Optional<Money> amount(ComplianceReport report, InstanceReport instance, Amount amount);

    /**
     * A figure of a party's scorecard.
     *
     * @param report the report
     * @param party the party
     * @param figure the figure's name, e.g. {@code onTimeRate}
     * @return the figure, or empty if not available
     */
    Optional<BigDecimal> scorecardFigure(ComplianceReport report, PartyId party, String figure);
}
