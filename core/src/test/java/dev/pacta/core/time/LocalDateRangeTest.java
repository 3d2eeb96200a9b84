package dev.pacta.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LocalDateRangeTest {
    private static final LocalDate JAN_1 = LocalDate.parse("2024-01-01");
    private static final LocalDate FEB_1 = LocalDate.parse("2024-02-01");
    private static final LocalDate MAR_1 = LocalDate.parse("2024-03-01");
    private static final LocalDateRange JANUARY = LocalDateRange.of(JAN_1, FEB_1);
    private static final LocalDateRange FEBRUARY = LocalDateRange.of(FEB_1, MAR_1);

    @Test
    void of_isHalfOpen() {
        assertThat(JANUARY.start()).isEqualTo(JAN_1);
        assertThat(JANUARY.endExclusive()).isEqualTo(FEB_1);
        assertThat(JANUARY.endInclusive()).isEqualTo(LocalDate.parse("2024-01-31"));
        assertThat(JANUARY.lengthInDays()).isEqualTo(31);
        assertThat(JANUARY.contains(JAN_1)).isTrue();
        assertThat(JANUARY.contains(LocalDate.parse("2024-01-31"))).isTrue();
        assertThat(JANUARY.contains(FEB_1)).isFalse();
        assertThat(JANUARY.contains(LocalDate.parse("2023-12-31"))).isFalse();
    }

    @Test
    void ofClosed_equalsHalfOpenOfNextDay() {
        assertThat(LocalDateRange.ofClosed(JAN_1, LocalDate.parse("2024-01-31")))
                .isEqualTo(JANUARY);
        assertThat(LocalDateRange.ofClosed(JAN_1, LocalDate.MAX).isUnboundedEnd())
                .isTrue();
    }

    @Test
    void of_endBeforeStart_throws() {
        assertThatThrownBy(() -> LocalDateRange.of(FEB_1, JAN_1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("date range end 2024-01-01 is before its start 2024-02-01: expected an end on or after the"
                        + " start");
    }

    @Test
    void empty_hasNoDates() {
        LocalDateRange empty = LocalDateRange.of(JAN_1, JAN_1);
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.lengthInDays()).isZero();
        assertThat(empty.contains(JAN_1)).isFalse();
        assertThatThrownBy(empty::endInclusive).isInstanceOf(IllegalStateException.class);
        assertThat(JANUARY.isEmpty()).isFalse();
    }

    @Test
    void unbounded_containsEverything() {
        LocalDateRange all = LocalDateRange.unbounded();
        assertThat(all.contains(LocalDate.MIN)).isTrue();
        assertThat(all.contains(LocalDate.MAX)).isTrue();
        assertThat(all.encloses(JANUARY)).isTrue();
        assertThat(all.isUnboundedStart()).isTrue();
        assertThat(all.endInclusive()).isEqualTo(LocalDate.MAX);
        assertThat(LocalDateRange.of(LocalDate.MIN, LocalDate.MAX)).isSameAs(all);
    }

    @Test
    void encloses_overlaps_abuts() {
        LocalDateRange q1 = LocalDateRange.of(JAN_1, LocalDate.parse("2024-04-01"));
        assertThat(q1.encloses(JANUARY)).isTrue();
        assertThat(JANUARY.encloses(q1)).isFalse();
        assertThat(JANUARY.overlaps(FEBRUARY)).isFalse();
        assertThat(JANUARY.abuts(FEBRUARY)).isTrue();
        assertThat(FEBRUARY.abuts(JANUARY)).isTrue();
        assertThat(q1.overlaps(FEBRUARY)).isTrue();
        assertThat(q1.abuts(FEBRUARY)).isFalse();
        assertThat(JANUARY.abuts(JANUARY)).isFalse();
    }

    @Test
    void intersection_commonDates_orEmpty() {
        LocalDateRange q1 = LocalDateRange.of(JAN_1, LocalDate.parse("2024-04-01"));
        assertThat(q1.intersection(FEBRUARY)).isEqualTo(FEBRUARY);
        assertThat(JANUARY.intersection(FEBRUARY).isEmpty()).isTrue();
        LocalDateRange march = LocalDateRange.of(MAR_1, LocalDate.parse("2024-04-01"));
        assertThat(JANUARY.intersection(march)).isEqualTo(LocalDateRange.of(FEB_1, FEB_1));
        assertThat(march.intersection(JANUARY)).isEqualTo(LocalDateRange.of(FEB_1, FEB_1));
    }

    @Test
    void toString_isIso_andParses() {
        assertThat(JANUARY).hasToString("2024-01-01/2024-02-01");
        assertThat(LocalDateRange.parse("2024-01-01/2024-02-01")).isEqualTo(JANUARY);
        assertThatThrownBy(() -> LocalDateRange.parse("2024-01-01"))
                .hasMessageContaining("expected start/endExclusive");
        assertThatThrownBy(() -> LocalDateRange.parse("2024-01-01/2024-13-01"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equality_byBothDates() {
        assertThat(LocalDateRange.of(JAN_1, FEB_1)).isEqualTo(JANUARY).hasSameHashCodeAs(JANUARY);
        assertThat(JANUARY).isNotEqualTo(FEBRUARY);
    }
}
