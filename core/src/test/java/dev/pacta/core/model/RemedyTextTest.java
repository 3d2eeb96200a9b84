package dev.pacta.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.money.DayCount;
import dev.pacta.core.money.Money;
import dev.pacta.core.time.Span;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A remedy's text keeps the form of the one class that held every kind's attributes: the attributes in that class's
 * order, the optional ones only when present, the others with their defaults (pinned against the sealed types'
 * first version, which wrote each kind's text out in full).
 */
class RemedyTextTest {
    @Test
    void lateFees() {
        assertThat(Remedy.LateFee.builder().flat(Money.of("50.00", "USD")).build())
                .hasToString(
                        "Remedy{kind=LATE_FEE, flat=USD 50.00, dayCount=ACT_365F, proRata=false, untilCured=false}");
        assertThat(Remedy.LateFee.builder()
                        .flat(Money.of("50.00", "USD"))
                        .percent(new BigDecimal("2.5"))
                        .build())
                .hasToString("Remedy{kind=LATE_FEE, flat=USD 50.00, percent=2.5, dayCount=ACT_365F, proRata=false,"
                        + " untilCured=false}");
    }

    @Test
    void interest() {
        assertThat(Remedy.Interest.builder()
                        .annualRatePercent(new BigDecimal("12.25"))
                        .dayCount(DayCount.ACT_360)
                        .build())
                .hasToString("Remedy{kind=INTEREST, annualRatePercent=12.25, dayCount=ACT_360, proRata=false,"
                        + " untilCured=false}");
    }

    @Test
    void penalties() {
        assertThat(Remedy.Penalty.builder()
                        .percent(new BigDecimal("10.5"))
                        .per(Span.ofBusinessDays(2))
                        .capPercent(new BigDecimal("55"))
                        .build())
                .hasToString("Remedy{kind=PENALTY, percent=10.5, dayCount=ACT_365F, per=2 business days, capPercent=55,"
                        + " proRata=false, untilCured=false}");
        assertThat(Remedy.Penalty.builder()
                        .percent(BigDecimal.ONE)
                        .per(Span.ofWeeks(1))
                        .base(Money.of("1000.00", "EUR"))
                        .proRata(true)
                        .build())
                .hasToString("Remedy{kind=PENALTY, percent=1, dayCount=ACT_365F, per=1 week, base=EUR 1000.00,"
                        + " proRata=true, untilCured=false}");
    }

    @Test
    void obligationsAndRights() {
        assertThat(Remedy.obligation(ObligationId.of("fix")))
                .hasToString(
                        "Remedy{kind=OBLIGATION, dayCount=ACT_365F, proRata=false, obligation=fix, untilCured=false}");
        assertThat(Remedy.Right.builder().right("SUSPEND_WORK").untilCured(true).build())
                .hasToString(
                        "Remedy{kind=RIGHT, dayCount=ACT_365F, proRata=false, right=SUSPEND_WORK, untilCured=true}");
    }
}
