package dev.pacta.core.money;

import static dev.pacta.core.gen.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.pacta.core.gen.Coverage;
import dev.pacta.core.gen.Gens;
import dev.pacta.core.gen.MoneyGen;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Simple interest is monotone and, rounded once, independent of how an accrual is cut into segments.
 *
 * <p>Coverage floors sit about five standard deviations below the shares seen with the fixed seeds (run with {@code
 * -Dpacta.stats=true} to see them).
 */
class InterestProperties {

    static Gen<Money> outstanding() {
        return MoneyGen.nonNegativeMoney();
    }

    /** Annual rates from 0 to 50 % with 4 decimals, the two ends one time in ten. */
    static Gen<BigDecimal> rates() {
        return Gens.uniformWithEnds(0, 500_000, units -> BigDecimal.valueOf(units, 4));
    }

    /** Days from 0 to {@code max}, the two ends one time in ten. */
    static Gen<Integer> days(int max) {
        return Gens.uniformWithEnds(0, max, Long::intValue);
    }

    /** The five inputs of the monotonicity property (QuickTheories takes at most four generators). */
    record Accrual(Money outstanding, BigDecimal rate, DayCount dayCount, int days, int more) {}

    static Gen<Accrual> accruals() {
        Gen<Money> outstanding = outstanding();
        Gen<BigDecimal> rates = rates();
        Gen<DayCount> dayCounts = Generate.enumValues(DayCount.class);
        Gen<Integer> days = days(5000);
        Gen<Integer> more = integers().between(0, 400);
        return in -> new Accrual(
                outstanding.generate(in),
                rates.generate(in),
                dayCounts.generate(in),
                days.generate(in),
                more.generate(in));
    }

    @Test
    void total_isMonotoneInDays() {
        Coverage coverage = Coverage.forCaller()
                .atLeast("longer accrues more", 0.77)
                .atLeast("day count", DayCount.ACT_360, 0.41)
                .atLeast("day count", DayCount.ACT_365F, 0.41);
        qt(1000).forAll(accruals()).checkAssert(a -> {
            Money shorter = SimpleInterest.of(a.rate(), a.dayCount())
                    .accrue(a.outstanding(), a.days())
                    .total();
            Money longer = SimpleInterest.of(a.rate(), a.dayCount())
                    .accrue(a.outstanding(), a.days() + a.more())
                    .total();
            assertThat(longer.compareTo(shorter)).isGreaterThanOrEqualTo(0);
            coverage.count("longer accrues more", longer.compareTo(shorter) > 0);
            coverage.collect("day count", a.dayCount());
        });
        coverage.check();
    }

    @Test
    void total_act360IsAtLeastAct365F() {
        Coverage coverage = Coverage.forCaller().atLeast("ACT/360 accrues more", 0.625);
        qt(1000).forAll(outstanding(), rates(), days(5000)).checkAssert((outstanding, rate, days) -> {
            Money act365 = SimpleInterest.of(rate, DayCount.ACT_365F)
                    .accrue(outstanding, days)
                    .total();
            Money act360 = SimpleInterest.of(rate, DayCount.ACT_360)
                    .accrue(outstanding, days)
                    .total();
            assertThat(act360.compareTo(act365)).isGreaterThanOrEqualTo(0);
            coverage.count("ACT/360 accrues more", act360.compareTo(act365) > 0);
        });
        coverage.check();
    }

    @Test
    void total_doesNotDependOnHowDaysAreCut() {
        // Rounding each segment separately would differ from rounding once: the cut must often change nothing only
        // because the total is rounded once.
        Coverage coverage = Coverage.forCaller().atLeast("segments rounded apart would differ", 0.14);
        qt(1000).forAll(outstanding(), rates(), days(3000), days(3000))
                .checkAssert((outstanding, rate, first, second) -> {
                    SimpleInterest whole = SimpleInterest.of(rate).accrue(outstanding, first + second);
                    SimpleInterest cut =
                            SimpleInterest.of(rate).accrue(outstanding, first).accrue(outstanding, second);
                    assertThat(cut.total()).isEqualTo(whole.total());
                    assertThat(cut).isEqualTo(whole);
                    Money apart = SimpleInterest.of(rate)
                            .accrue(outstanding, first)
                            .total()
                            .plus(SimpleInterest.of(rate)
                                    .accrue(outstanding, second)
                                    .total());
                    coverage.count("segments rounded apart would differ", !apart.equals(whole.total()));
                });
        coverage.check();
    }

    /** An accrual of one outstanding amount at one rate over a number of days. */
    record Simple(Money outstanding, BigDecimal rate, int days) {}

    /**
     * Accruals whose exact interest is an odd number of half minor units: an odd number of minor units at 50/k % over
     * 365·k days is exactly half of it. Only these tell HALF_UP from HALF_DOWN or HALF_EVEN.
     */
    static Gen<Simple> halfUnits() {
        Gen<Integer> ks = Gens.of(1, 2, 4, 5, 8);
        Gen<Integer> oddUnits = integers().between(0, 9_999).map(i -> 2 * i + 1);
        return MoneyGen.currencies()
                .zip(
                        ks,
                        oddUnits,
                        (currency, k, units) -> new Simple(
                                Money.of(BigDecimal.valueOf(units, currency.getDefaultFractionDigits()), currency),
                                BigDecimal.valueOf(50).divide(BigDecimal.valueOf(k)),
                                365 * k));
    }

    @Test
    void total_isTheExactValueRoundedHalfUp() {
        Coverage coverage = Coverage.forCaller().atLeast("rounded", 0.86).atLeast("exactly half a minor unit", 0.13);
        Gen<Simple> any = outstanding().zip(rates(), days(5000), Simple::new);
        qt(1000).forAll(Gens.frequency(4, any, 1, halfUnits())).checkAssert(a -> {
            Money outstanding = a.outstanding();
            BigDecimal rate = a.rate();
            int days = a.days();
            Money total = SimpleInterest.of(rate).accrue(outstanding, days).total();
            BigDecimal exact = outstanding
                    .amount()
                    .multiply(rate)
                    .multiply(BigDecimal.valueOf(days))
                    .divide(BigDecimal.valueOf(36500), 40, RoundingMode.HALF_EVEN);
            BigDecimal halfUnit =
                    BigDecimal.ONE.movePointLeft(total.amount().scale()).divide(BigDecimal.valueOf(2));
            assertThat(total.amount().subtract(exact).abs()).isLessThanOrEqualTo(halfUnit);
            // Exactly HALF_UP: 40 decimals are far closer than any quotient by 36,500 comes to a half unit.
            assertThat(total.amount())
                    .isEqualByComparingTo(exact.setScale(total.amount().scale(), RoundingMode.HALF_UP));
            coverage.count("rounded", total.amount().compareTo(exact) != 0);
            coverage.count(
                    "exactly half a minor unit",
                    total.amount().subtract(exact).abs().compareTo(halfUnit) == 0);
        });
        coverage.check();
    }
}
