package dev.pacta.core.scenario;

import dev.pacta.core.model.PartyId;
import dev.pacta.core.money.Money;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.InstanceReport;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Where a scenario run finds the figures that the {@link ComplianceReport} does not (yet) carry as attributes:
 * payment amounts of instances and scorecard figures of parties.
 *
 * <p>An empty result means "not available", which the runner reports as a mismatch for every expectation that asks
 * for the figure. The {@link #builtIn()} lookup of this version returns nothing: the report has no payment fields
 * and no scorecard yet. When it has, the built-in lookup reads them, and an application can plug in its own lookup
 * with {@link ScenarioRunner#withActualValues(ActualValues)} meanwhile.
 */
public interface ActualValues {
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
     * The built-in lookup: reads what the report carries, which in this version is nothing.
     *
     * @return the lookup
     */
    static ActualValues builtIn() {
        return new ActualValues() {
            @Override
            public Optional<Money> amount(ComplianceReport report, InstanceReport instance, Amount amount) {
                return Optional.empty();
            }

            @Override
            public Optional<BigDecimal> scorecardFigure(ComplianceReport report, PartyId party, String figure) {
                return Optional.empty();
            }

            @Override
            public String toString() {
                return "ActualValues.builtIn()";
            }
        };
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
