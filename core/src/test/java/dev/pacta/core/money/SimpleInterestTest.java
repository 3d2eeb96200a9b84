package dev.pacta.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SimpleInterestTest {
    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    @Test
    void days_fromDayAfterDueThroughPayment() {
        assertThat(SimpleInterest.days(LocalDate.parse("2024-03-01"), LocalDate.parse("2024-06-10")))
                .isEqualTo(101);
        assertThat(SimpleInterest.days(LocalDate.parse("2024-03-01"), LocalDate.parse("2024-03-02")))
                .isEqualTo(1);
        assertThat(SimpleInterest.days(LocalDate.parse("2024-03-01"), LocalDate.parse("2024-03-01")))
                .isZero();
        assertThat(SimpleInterest.days(LocalDate.parse("2024-03-01"), LocalDate.parse("2024-02-20")))
                .isZero();
    }

    @Test
    void accrue_usd5000Due0301Paid0610At12_25_is169_49() {
        long days = SimpleInterest.days(LocalDate.parse("2024-03-01"), LocalDate.parse("2024-06-10"));
        SimpleInterest interest =
                SimpleInterest.of(new BigDecimal("12.25"), DayCount.ACT_365F).accrue(usd("5000"), days);
        assertThat(interest.total()).isEqualTo(usd("169.49"));
        assertThat(interest.explanation()).isEqualTo("5,000.00 × 12.25 % × 101/365 = 169.49");
        assertThat(interest).hasToString("12.25 % ACT/365F: 5,000.00 × 12.25 % × 101/365 = 169.49");
    }

    @Test
    void accrue_leapYear2024_act365FVersusAct360() {
        long days = SimpleInterest.days(LocalDate.parse("2023-12-31"), LocalDate.parse("2024-12-31"));
        assertThat(days).isEqualTo(366);
        assertThat(SimpleInterest.of(BigDecimal.TEN, DayCount.ACT_365F)
                        .accrue(usd("10000.00"), days)
                        .total()
                        .format())
                .isEqualTo("1,002.74");
        assertThat(SimpleInterest.of(BigDecimal.TEN, DayCount.ACT_360)
                        .accrue(usd("10000.00"), days)
                        .explanation())
                .isEqualTo("10,000.00 × 10 % × 366/360 = 1,016.67");
    }

    @Test
    void total_roundsOnceAtTheEnd() {
        // Each segment alone rounds up (0.0452 -> 0.05, 0.0455 -> 0.05): per-segment rounding would give 0.10.
        SimpleInterest interest =
                SimpleInterest.of(BigDecimal.TEN).accrue(usd("165"), 1).accrue(usd("166"), 1);
        assertThat(interest.total()).isEqualTo(usd("0.09"));
        assertThat(interest.explanation()).isEqualTo("165.00 × 10 % × 1/365 + 166.00 × 10 % × 1/365 = 0.09");
    }

    @Test
    void accrue_sameOutstanding_mergesSegments() {
        SimpleInterest interest = SimpleInterest.of(new BigDecimal("12.25"))
                .accrue(usd("5000"), 30)
                .accrue(usd("5000.00"), 71);
        assertThat(interest.segments()).containsExactly(new SimpleInterest.Segment(usd("5000"), 101));
        assertThat(interest.total()).isEqualTo(usd("169.49"));
    }

    @Test
    void accrue_zeroDays_isZeroInterest() {
        SimpleInterest interest = SimpleInterest.of(BigDecimal.TEN).accrue(usd("100"), 0);
        assertThat(interest.total()).isEqualTo(usd("0"));
        assertThat(interest.explanation()).isEqualTo("no interest accrued = 0.00");
    }

    @Test
    void total_beforeAnyAccrual_throws() {
        assertThatThrownBy(() -> SimpleInterest.of(BigDecimal.TEN).total())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no interest accrued yet: expected a call to accrue before total");
    }

    @Test
    void invalidInputs_throw() {
        assertThatThrownBy(() -> SimpleInterest.of(new BigDecimal("-1")))
                .hasMessage("annual rate -1 % is negative: expected 0 or more");
        assertThatThrownBy(() -> SimpleInterest.of(BigDecimal.ONE).accrue(usd("1"), -1))
                .hasMessage("interest days -1 are negative: expected 0 or more");
        assertThatThrownBy(() -> SimpleInterest.of(BigDecimal.ONE).accrue(usd("-1"), 1))
                .hasMessage("outstanding USD -1.00 is negative: expected an amount of 0 or more");
        assertThatThrownBy(() ->
                        SimpleInterest.of(BigDecimal.ONE).accrue(usd("1"), 1).accrue(Money.of("1", "EUR"), 1))
                .hasMessage("cannot accrue interest on EUR 1.00 after accruing on USD: expected one currency");
    }

    @Test
    void dayCount_denominatorsAndLabels() {
        assertThat(DayCount.ACT_365F.denominator()).isEqualTo(365);
        assertThat(DayCount.ACT_360.denominator()).isEqualTo(360);
        assertThat(DayCount.ACT_365F.label()).isEqualTo("ACT/365F");
        assertThat(DayCount.of("act/360")).isEqualTo(DayCount.ACT_360);
        assertThat(DayCount.of("ACT_365F")).isEqualTo(DayCount.ACT_365F);
        assertThatThrownBy(() -> DayCount.of("30/360")).hasMessageContaining("'30/360' is not known");
    }
}
