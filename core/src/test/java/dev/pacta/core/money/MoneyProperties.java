package dev.pacta.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.arbitraries.MoneyArbitraries;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/** Money arithmetic, allocation and splitting over random currencies (0, 2 and 3 decimals) and amounts. */
class MoneyProperties {
    @Provide
    Arbitrary<Money> money() {
        return MoneyArbitraries.money();
    }

    @Provide
    Arbitrary<List<BigDecimal>> percents() {
        return MoneyArbitraries.percentLists();
    }

    static Money sum(List<Money> shares) {
        return shares.stream().reduce(Money::plus).orElseThrow();
    }

    @Property
    void allocate_sharesSumExactlyToTheWhole(
            @ForAll("money") Money total, @ForAll("percents") List<BigDecimal> percents) {
        Statistics.label("currency decimals").collect(total.currency().getDefaultFractionDigits());
        Statistics.label("shares").collect(percents.size() == 1 ? "1" : percents.size() <= 4 ? "2-4" : "5+");
        Statistics.label("currency decimals").coverage(check -> {
            check.check(0).count(c -> c > 0);
            check.check(3).count(c -> c > 0);
        });
        List<Money> shares = total.allocate(percents);
        assertThat(shares).hasSameSizeAs(percents);
        assertThat(sum(shares)).isEqualTo(total);
        Money allocated = Money.zero(total.currency());
        for (int i = 0; i < shares.size() - 1; i++) {
            // Rounded half-up, but never more than what is left (so that no share of a positive total is negative).
            Money left = total.minus(allocated);
            Money rounded = total.percentage(percents.get(i));
            assertThat(shares.get(i)).isEqualTo(!total.isNegative() && rounded.compareTo(left) > 0 ? left : rounded);
            allocated = allocated.plus(shares.get(i));
        }
        if (!total.isNegative()) {
            assertThat(shares).allMatch(share -> !share.isNegative());
        }
        // The last share is within half a minor unit per other share of its exact value.
        BigDecimal exactLast =
                total.amount().multiply(percents.get(percents.size() - 1)).movePointLeft(2);
        BigDecimal tolerance = BigDecimal.ONE
                .movePointLeft(total.amount().scale())
                .multiply(BigDecimal.valueOf(shares.size() - 1))
                .divide(BigDecimal.valueOf(2));
        assertThat(shares.get(shares.size() - 1).amount().subtract(exactLast).abs())
                .isLessThanOrEqualTo(tolerance);
    }

    @Property
    void split_equalSharesAndRemainderOnLast(@ForAll("money") Money total, @ForAll @IntRange(min = 1, max = 50) int n) {
        List<Money> shares = total.split(n);
        assertThat(shares).hasSize(n);
        assertThat(sum(shares)).isEqualTo(total);
        assertThat(shares.subList(0, n - 1)).allSatisfy(s -> assertThat(s).isEqualTo(shares.get(0)));
        // 0 <= |remainder| < n minor units, with the sign of the total.
        Money remainder = shares.get(n - 1).minus(shares.get(0));
        BigDecimal units = remainder.amount().movePointRight(remainder.amount().scale());
        assertThat(units.abs()).isLessThan(BigDecimal.valueOf(n));
        assertThat(units.signum() * total.amount().signum()).isGreaterThanOrEqualTo(0);
    }

    @Property
    void plusMinus_areInverse(@ForAll("money") Money a, @ForAll("money") Money b) {
        Money other = Money.of(b.amount().setScale(0, java.math.RoundingMode.DOWN), a.currency());
        assertThat(a.plus(other).minus(other)).isEqualTo(a);
        assertThat(a.minus(a).isZero()).isTrue();
        assertThat(a.negate().negate()).isEqualTo(a);
        assertThat(a.min(other).compareTo(a.max(other))).isLessThanOrEqualTo(0);
    }

    @Property
    void percentage_ofHundredIsWhole_ofZeroIsZero(@ForAll("money") Money a) {
        assertThat(a.percentage(BigDecimal.valueOf(100))).isEqualTo(a);
        assertThat(a.percentage(BigDecimal.ZERO).isZero()).isTrue();
    }

    @Property
    void format_withoutCommas_isThePlainAmount(@ForAll("money") Money a) {
        String formatted = a.format();
        assertThat(new BigDecimal(formatted.replace(",", ""))).isEqualTo(a.amount());
        assertThat(formatted).doesNotStartWith(",").doesNotContain(",,");
    }

    @Property
    void equality_ignoresScale(@ForAll("money") Money a) {
        Money same = Money.of(a.amount().stripTrailingZeros(), a.currency());
        assertThat(same).isEqualTo(a).hasSameHashCodeAs(a);
    }
}
