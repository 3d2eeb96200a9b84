package dev.pacta.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

@Isolated("one test sets the default locale")
class MoneyTest {
    private static final Currency USD = Currency.getInstance("USD");

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    private static List<BigDecimal> percents(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void allocate_usd1001_01At50_givesRemainderToLastShare() {
        assertThat(usd("1001.01").allocate(percents("50", "50"))).containsExactly(usd("500.51"), usd("500.50"));
    }

    @Test
    void allocate_jpy1001At50_roundsToWholeYen() {
        assertThat(Money.of("1001", "JPY").allocate(percents("50", "50")))
                .containsExactly(Money.of("501", "JPY"), Money.of("500", "JPY"));
    }

    @Test
    void allocate_bhdThreeDecimals() {
        assertThat(Money.of("1.001", "BHD").allocate(percents("50", "50")))
                .containsExactly(Money.of("0.501", "BHD"), Money.of("0.500", "BHD"));
        assertThat(Money.of("10.000", "BHD").allocate(percents("33.3333", "33.3333", "33.3334")))
                .containsExactly(Money.of("3.333", "BHD"), Money.of("3.333", "BHD"), Money.of("3.334", "BHD"));
    }

    @Test
    void allocate_tinyAmountManyShares_noShareIsNegativeAndSumIsExact() {
        assertThat(usd("0.01").allocate(percents("50", "50", "0")))
                .containsExactly(usd("0.01"), usd("0.00"), usd("0.00"));
    }

    @Test
    void allocate_percentagesNotSummingTo100_throws() {
        assertThatThrownBy(() -> usd("100").allocate(percents("50", "49.99")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("percentages [50, 49.99] sum to 99.99: expected exactly 100");
        assertThatThrownBy(() -> usd("100").allocate(percents("110", "-10")))
                .hasMessage("percentage -10 at index 1 is negative: expected 0 or more");
        assertThatThrownBy(() -> usd("100").allocate(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void split_usd100In3_remainderOnLast() {
        assertThat(usd("100.00").split(3)).containsExactly(usd("33.33"), usd("33.33"), usd("33.34"));
    }

    @Test
    void split_jpy1001In3_truncatesThenRemainderOnLast() {
        assertThat(Money.of("1001", "JPY").split(3))
                .containsExactly(Money.of("333", "JPY"), Money.of("333", "JPY"), Money.of("335", "JPY"));
    }

    @Test
    void split_bhdIn3() {
        assertThat(Money.of("10", "BHD").split(3))
                .containsExactly(Money.of("3.333", "BHD"), Money.of("3.333", "BHD"), Money.of("3.334", "BHD"));
    }

    @Test
    void split_negativeAmount_remainderKeepsSign() {
        assertThat(usd("-100").split(3)).containsExactly(usd("-33.33"), usd("-33.33"), usd("-33.34"));
        assertThatThrownBy(() -> usd("1").split(0)).hasMessage("number of shares 0 is not valid: expected 1 or more");
    }

    @Test
    void percentage_roundsHalfUpToMinorUnit() {
        assertThat(usd("1001.01").percentage(new BigDecimal("50"))).isEqualTo(usd("500.51"));
        assertThat(usd("200").percentage(new BigDecimal("12.5"))).isEqualTo(usd("25.00"));
        assertThat(usd("-1001.01").percentage(new BigDecimal("50"))).isEqualTo(usd("-500.51"));
        assertThat(Money.of("999", "JPY").percentage(new BigDecimal("0.05"))).isEqualTo(Money.of("0", "JPY"));
    }

    @Test
    void currenciesWithoutMinorUnits_areRejected() {
        assertThatThrownBy(() -> Money.of("1", "XXX"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("currency 'XXX' has no minor unit; use a currency such as USD, EUR or JPY");
        assertThatThrownBy(() -> Money.zero(Currency.getInstance("XAU"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("1", "ABC")).hasMessageContaining("not an ISO 4217 currency code");
    }

    @Test
    void of_tooManyDecimals_throws() {
        assertThatThrownBy(() -> Money.of("1.001", "USD"))
                .hasMessage("amount 1.001 has more decimals than USD allows (2)");
        assertThatThrownBy(() -> Money.of("1.5", "JPY")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void of_hugeExponent_rejectedFastBeforeScaling() {
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
            assertThatThrownBy(() -> Money.of(new BigDecimal("1e999999999"), USD))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> usd("1").percentage(new BigDecimal("1e999999999")))
                    .isInstanceOf(IllegalArgumentException.class);
        });
    }

    @Test
    void equality_ignoresTrailingZeros() {
        assertThat(Money.of("5", "USD")).isEqualTo(Money.of("5.00", "USD")).hasSameHashCodeAs(Money.of("5.00", "USD"));
        assertThat(Money.of(new BigDecimal("5.0"), USD).amount().scale()).isEqualTo(2);
        assertThat(Money.of("5", "USD")).isNotEqualTo(Money.of("5", "EUR"));
        assertThat(Money.of("0", "JPY")).isEqualTo(Money.zero(Currency.getInstance("JPY")));
    }

    @Test
    void arithmetic() {
        assertThat(usd("10.25").plus(usd("0.75"))).isEqualTo(usd("11"));
        assertThat(usd("10").minus(usd("10.01"))).isEqualTo(usd("-0.01"));
        assertThat(usd("3").negate()).isEqualTo(usd("-3"));
        assertThat(Money.zero(USD).isZero()).isTrue();
        assertThat(usd("0.01").isPositive()).isTrue();
        assertThat(usd("-0.01").isNegative()).isTrue();
        assertThat(usd("0.01").isNegative()).isFalse();
        assertThat(usd("1").min(usd("2"))).isEqualTo(usd("1"));
        assertThat(usd("1").max(usd("2"))).isEqualTo(usd("2"));
    }

    @Test
    void arithmetic_differentCurrencies_namesBoth() {
        assertThatThrownBy(() -> usd("10").plus(Money.of("5", "EUR")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot add EUR 5.00 and USD 10.00: expected the same currency, was EUR and USD");
        assertThatThrownBy(() -> usd("10").minus(Money.of("5", "EUR"))).hasMessageContaining("cannot subtract");
        assertThatThrownBy(() -> usd("10").max(Money.of("5", "EUR"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void format_groupsThousandsWithCommas() {
        assertThat(usd("5000").format()).isEqualTo("5,000.00");
        assertThat(usd("5000").formatWithCurrency()).isEqualTo("USD 5,000.00");
        assertThat(usd("999999.99").format()).isEqualTo("999,999.99");
        assertThat(usd("1234567.8").format()).isEqualTo("1,234,567.80");
        assertThat(usd("100").format()).isEqualTo("100.00");
        assertThat(usd("-0.5").format()).isEqualTo("-0.50");
        assertThat(usd("-1000").format()).isEqualTo("-1,000.00");
        assertThat(Money.of("1001", "JPY").format()).isEqualTo("1,001");
        assertThat(Money.of("1234567.891", "BHD").format()).isEqualTo("1,234,567.891");
    }

    @Test
    void format_ignoresDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(usd("5000").format()).isEqualTo("5,000.00");
            Locale.setDefault(Locale.forLanguageTag("hi-IN"));
            assertThat(usd("1234567").format()).isEqualTo("1,234,567.00");
        } finally {
            Locale.setDefault(saved);
        }
    }
}
