package dev.pacta.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.arbitraries.MoneyArbitraries;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Simple interest is monotone and, rounded once, independent of how an accrual is cut into segments. */
class InterestProperties {
    @Provide
    Arbitrary<Money> outstanding() {
        return MoneyArbitraries.nonNegativeMoney();
    }

    @Provide
    Arbitrary<BigDecimal> rates() {
        return Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal("50"))
                .ofScale(4);
    }

    @Property
    void total_isMonotoneInDays(
            @ForAll("outstanding") Money outstanding,
            @ForAll("rates") BigDecimal rate,
            @ForAll DayCount dayCount,
            @ForAll @IntRange(min = 0, max = 5000) int days,
            @ForAll @IntRange(min = 0, max = 400) int more) {
        Money shorter =
                SimpleInterest.of(rate, dayCount).accrue(outstanding, days).total();
        Money longer = SimpleInterest.of(rate, dayCount)
                .accrue(outstanding, days + more)
                .total();
        assertThat(longer.compareTo(shorter)).isGreaterThanOrEqualTo(0);
    }

    @Property
    void total_act360IsAtLeastAct365F(
            @ForAll("outstanding") Money outstanding,
            @ForAll("rates") BigDecimal rate,
            @ForAll @IntRange(min = 0, max = 5000) int days) {
        Money act365 = SimpleInterest.of(rate, DayCount.ACT_365F)
                .accrue(outstanding, days)
                .total();
        Money act360 = SimpleInterest.of(rate, DayCount.ACT_360)
                .accrue(outstanding, days)
                .total();
        assertThat(act360.compareTo(act365)).isGreaterThanOrEqualTo(0);
    }

    @Property
    void total_doesNotDependOnHowDaysAreCut(
            @ForAll("outstanding") Money outstanding,
            @ForAll("rates") BigDecimal rate,
            @ForAll @IntRange(min = 0, max = 3000) int first,
            @ForAll @IntRange(min = 0, max = 3000) int second) {
        SimpleInterest whole = SimpleInterest.of(rate).accrue(outstanding, first + second);
        SimpleInterest cut = SimpleInterest.of(rate).accrue(outstanding, first).accrue(outstanding, second);
        assertThat(cut.total()).isEqualTo(whole.total());
        assertThat(cut).isEqualTo(whole);
    }

    @Property
    void total_isTheExactValueRoundedHalfUp(
            @ForAll("outstanding") Money outstanding,
            @ForAll("rates") BigDecimal rate,
            @ForAll @IntRange(min = 0, max = 5000) int days) {
        Money total = SimpleInterest.of(rate).accrue(outstanding, days).total();
        BigDecimal exact = outstanding
                .amount()
                .multiply(rate)
                .multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(36500), 40, java.math.RoundingMode.HALF_EVEN);
        BigDecimal halfUnit =
                BigDecimal.ONE.movePointLeft(total.amount().scale()).divide(BigDecimal.valueOf(2));
        assertThat(total.amount().subtract(exact).abs()).isLessThanOrEqualTo(halfUnit);
    }
}
