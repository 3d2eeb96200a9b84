package dev.pacta.core.arbitraries;

import dev.pacta.core.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * Reusable jqwik generators of currencies, money and percentage lists, built on the real {@link Money} factories.
 */
public final class MoneyArbitraries {
    private static final List<String> CODES = List.of("USD", "EUR", "GBP", "CHF", "JPY", "KRW", "BHD", "KWD", "TND");

    private MoneyArbitraries() {}

    /**
     * Currencies with minor units of 0 (JPY, KRW), 2 (USD, EUR, GBP, CHF) and 3 (BHD, KWD, TND) decimals.
     *
     * @return currencies that {@link Money} accepts
     */
    public static Arbitrary<Currency> currencies() {
        return Arbitraries.of(CODES).map(Currency::getInstance);
    }

    /**
     * Amounts in a currency, from minus to plus 10^12 minor units, with 0, ±1 minor unit and large values as edge
     * cases.
     *
     * @param currency the currency
     * @return money in that currency
     */
    public static Arbitrary<Money> amounts(Currency currency) {
        int scale = currency.getDefaultFractionDigits();
        return minorUnits(-1_000_000_000_000L).map(u -> Money.of(BigDecimal.valueOf(u, scale), currency));
    }

    /**
     * Amounts of 0 or more in a currency, up to 10^12 minor units.
     *
     * @param currency the currency
     * @return money of 0 or more in that currency
     */
    public static Arbitrary<Money> nonNegativeAmounts(Currency currency) {
        int scale = currency.getDefaultFractionDigits();
        return minorUnits(0).map(u -> Money.of(BigDecimal.valueOf(u, scale), currency));
    }

    private static Arbitrary<Long> minorUnits(long min) {
        Arbitrary<Long> small = Arbitraries.longs().between(Math.max(min, -10_000), 10_000);
        Arbitrary<Long> large =
                Arbitraries.longs().between(min, 1_000_000_000_000L).withDistribution(RandomDistribution.uniform());
        return Arbitraries.frequencyOf(Tuple.of(1, small), Tuple.of(1, large));
    }

    /**
     * Money in any of the {@link #currencies()}.
     *
     * @return money, possibly negative
     */
    public static Arbitrary<Money> money() {
        return currencies().flatMap(MoneyArbitraries::amounts);
    }

    /**
     * Money of 0 or more in any of the {@link #currencies()}.
     *
     * @return money of 0 or more
     */
    public static Arbitrary<Money> nonNegativeMoney() {
        return currencies().flatMap(MoneyArbitraries::nonNegativeAmounts);
    }

    /**
     * Lists of 1 to 12 percentages, each 0 or more with up to 4 decimals (sometimes whole), summing to exactly 100.
     *
     * @return percentage lists
     */
    public static Arbitrary<List<BigDecimal>> percentLists() {
        // Cut [0, 100] at n - 1 random points; the gaps are the percentages.
        return Combinators.combine(Arbitraries.integers().between(1, 12), Arbitraries.of(0, 2, 4))
                .as(Tuple::of)
                .flatMap(t -> {
                    int n = t.get1();
                    int scale = t.get2();
                    long total = 100 * (long) Math.pow(10, scale);
                    return Arbitraries.longs()
                            .between(0, total)
                            .withDistribution(RandomDistribution.uniform())
                            .list()
                            .ofSize(n - 1)
                            .map(cuts -> {
                                List<Long> points = new ArrayList<>(cuts);
                                points.add(0L);
                                points.add(total);
                                points.sort(null);
                                List<BigDecimal> percents = new ArrayList<>();
                                for (int i = 1; i < points.size(); i++) {
                                    percents.add(BigDecimal.valueOf(points.get(i) - points.get(i - 1), scale));
                                }
                                return List.copyOf(percents);
                            });
                });
    }
}
