package dev.pacta.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DecimalsTest {
    @Test
    void parse_plainDecimals() {
        assertThat(Decimals.parse("1001.01")).isEqualByComparingTo("1001.01");
        assertThat(Decimals.parse("-3")).isEqualByComparingTo("-3");
    }

    @Test
    void parse_hugeExponent_rejectedFast() {
        assertTimeoutPreemptively(Duration.ofMillis(500), () -> {
            assertThatThrownBy(() -> Decimals.parse("1e999999999"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("out of bounds");
            assertThatThrownBy(() -> Decimals.parse("1e-999999999")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Decimals.requireBounded(new BigDecimal("1e999999999")))
                    .isInstanceOf(IllegalArgumentException.class);
        });
    }

    @Test
    void parse_35Digits_rejected_34Accepted() {
        String digits34 = "1234567890123456.789012345678901234"; // 16 integer digits, 18 decimals
        assertThat(Decimals.parse(digits34).precision()).isEqualTo(34);
        assertThatThrownBy(() -> Decimals.parse("1234567890123456.7890123456789012345"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 34 digits");
    }

    @Test
    void parse_magnitudeBound() {
        assertThat(Decimals.parse("999999999999999999")).isEqualByComparingTo("999999999999999999");
        assertThatThrownBy(() -> Decimals.parse("1000000000000000000")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Decimals.parse("1e18")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parse_notADecimal_orTooLong() {
        assertThatThrownBy(() -> Decimals.parse("12,5")).hasMessage("'12,5' is not a decimal number");
        assertThatThrownBy(() -> Decimals.parse("1".repeat(100))).hasMessageContaining("is too long");
    }
}
