package dev.pacta.core.money;

import static dev.pacta.core.gen.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.pacta.core.gen.Coverage;
import dev.pacta.core.gen.Gens;
import dev.pacta.core.gen.MoneyGen;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Money arithmetic, allocation and splitting over random currencies (0, 2 and 3 decimals) and amounts.
 *
 * <p>Coverage floors sit about five standard deviations below the shares seen with the fixed seeds (run with {@code
 * -Dpacta.stats=true} to see them).
 */
class MoneyProperties {

    static Money sum(List<Money> shares) {
        return shares.stream().reduce(Money::plus).orElseThrow();
    }

    /**
     * Any money, or half the time 0 to 20 minor units: an allocation cuts a share down to what is left only when the
     * whole has about as many minor units as there are shares.
     */
    static Gen<Money> totals() {
        Gen<Money> tiny = MoneyGen.currencies()
                .zip(
                        integers().between(0, 20),
                        (c, units) -> Money.of(BigDecimal.valueOf(units, c.getDefaultFractionDigits()), c));
        return Gens.frequency(1, MoneyGen.money(), 1, tiny);
    }

    @Test
    void allocate_sharesSumExactlyToTheWhole() {
        // The hard cases of an allocation: a share that rounding alone would make too large (so it is cut down to
        // what is left), and a last share that absorbs a rounding difference.
        Coverage coverage = Coverage.forCaller()
                .atLeast("currency decimals", 0, 0.17)
                .atLeast("currency decimals", 3, 0.28)
                .atLeast("shares", "1", 0.05)
                .atLeast("shares", "2-4", 0.21)
                .atLeast("shares", "5+", 0.59)
                .atLeast("a share cut to what is left", 0.008)
                .atLeast("last share off its exact value", 0.81);
        qt(2000).forAll(totals(), MoneyGen.percentLists()).checkAssert((total, percents) -> {
            coverage.collect("currency decimals", total.currency().getDefaultFractionDigits());
            coverage.collect("shares", percents.size() == 1 ? "1" : percents.size() <= 4 ? "2-4" : "5+");
            List<Money> shares = total.allocate(percents);
            assertThat(shares).hasSameSizeAs(percents);
            assertThat(sum(shares)).isEqualTo(total);
            Money allocated = Money.zero(total.currency());
            boolean cut = false;
            for (int i = 0; i < shares.size() - 1; i++) {
                // Rounded half-up, but never more than what is left (so that no share of a positive total is
                // negative).
                Money left = total.minus(allocated);
                Money rounded = total.percentage(percents.get(i));
                boolean tooLarge = !total.isNegative() && rounded.compareTo(left) > 0;
                cut |= tooLarge;
                assertThat(shares.get(i)).isEqualTo(tooLarge ? left : rounded);
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
            BigDecimal offBy = shares.get(shares.size() - 1).amount().subtract(exactLast);
            assertThat(offBy.abs()).isLessThanOrEqualTo(tolerance);
            coverage.count("a share cut to what is left", cut);
            coverage.count("last share off its exact value", offBy.signum() != 0);
        });
        coverage.check();
    }

    @Test
    void split_equalSharesAndRemainderOnLast() {
        Coverage coverage = Coverage.forCaller().atLeast("remainder on the last share", 0.84);
        qt(1000).forAll(MoneyGen.money(), integers().between(1, 50)).checkAssert((total, n) -> {
            List<Money> shares = total.split(n);
            assertThat(shares).hasSize(n);
            assertThat(sum(shares)).isEqualTo(total);
            assertThat(shares.subList(0, n - 1)).allSatisfy(s -> assertThat(s).isEqualTo(shares.get(0)));
            // 0 <= |remainder| < n minor units, with the sign of the total.
            Money remainder = shares.get(n - 1).minus(shares.get(0));
            BigDecimal units =
                    remainder.amount().movePointRight(remainder.amount().scale());
            assertThat(units.abs()).isLessThan(BigDecimal.valueOf(n));
            assertThat(units.signum() * total.amount().signum()).isGreaterThanOrEqualTo(0);
            coverage.count("remainder on the last share", units.signum() != 0);
        });
        coverage.check();
    }

    @Test
    void plusMinus_areInverse() {
        // Paying a whole amount off a balance: less than the balance (partial), more (over), or exactly it.
        Coverage coverage = Coverage.forCaller()
                .atLeast("payment against a positive balance", "partial", 0.21)
                .atLeast("payment against a positive balance", "over", 0.44);
        qt(1000).forAll(MoneyGen.money(), MoneyGen.money()).checkAssert((a, b) -> {
            Money other = Money.of(b.amount().setScale(0, RoundingMode.DOWN), a.currency());
            assertThat(a.plus(other).minus(other)).isEqualTo(a);
            assertThat(a.minus(a).isZero()).isTrue();
            assertThat(a.negate().negate()).isEqualTo(a);
            assertThat(a.min(other).compareTo(a.max(other))).isLessThanOrEqualTo(0);
            // The smaller and the larger of the two, each one of them.
            assertThat(a.min(other)).isIn(a, other);
            assertThat(a.max(other)).isIn(a, other);
            assertThat(a.min(other).compareTo(a)).isLessThanOrEqualTo(0);
            assertThat(a.min(other).compareTo(other)).isLessThanOrEqualTo(0);
            assertThat(a.max(other).compareTo(a)).isGreaterThanOrEqualTo(0);
            assertThat(a.max(other).compareTo(other)).isGreaterThanOrEqualTo(0);
            // What is left after paying is negative exactly when more than the balance was paid.
            assertThat(a.minus(other).amount().signum()).isEqualTo(Integer.signum(a.compareTo(other)));
            if (a.amount().signum() > 0 && other.amount().signum() > 0) {
                int c = other.compareTo(a);
                coverage.collect("payment against a positive balance", c < 0 ? "partial" : c > 0 ? "over" : "exact");
            }
        });
        coverage.check();
    }

    @Test
    void percentage_ofHundredIsWhole_ofZeroIsZero() {
        qt(1000).forAll(MoneyGen.money()).checkAssert(a -> {
            assertThat(a.percentage(BigDecimal.valueOf(100))).isEqualTo(a);
            assertThat(a.percentage(BigDecimal.ZERO).isZero()).isTrue();
        });
    }

    @Test
    void format_withoutCommas_isThePlainAmount() {
        // Grouping only shows from 1,000 up: most amounts must reach it.
        Coverage coverage = Coverage.forCaller().atLeast("grouped", 0.45);
        qt(1000).forAll(MoneyGen.money()).checkAssert(a -> {
            String formatted = a.format();
            assertThat(new BigDecimal(formatted.replace(",", ""))).isEqualTo(a.amount());
            assertThat(formatted).doesNotStartWith(",").doesNotContain(",,");
            coverage.count("grouped", formatted.contains(","));
        });
        coverage.check();
    }

    @Test
    void equality_ignoresScale() {
        qt(1000).forAll(MoneyGen.money()).checkAssert(a -> {
            Money same = Money.of(a.amount().stripTrailingZeros(), a.currency());
            assertThat(same).isEqualTo(a).hasSameHashCodeAs(a);
        });
    }
}
