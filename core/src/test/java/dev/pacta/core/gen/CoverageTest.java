package dev.pacta.core.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The coverage counters: floors fail when missed, and the five-sigma floor is the binomial tail's, exact for small
 * counts (the values below were computed independently, by summing {@code C(n, k) p^k (1 - p)^(n - k)}).
 */
class CoverageTest {
    @Test
    void check_failsNamingTheFloorMissed_andPassesWhenReached() {
        Coverage coverage = Coverage.of("p").atLeast("hit", 0.5);
        coverage.count("hit", true);
        coverage.count("hit", false);
        coverage.count("hit", false);
        assertThatThrownBy(coverage::check)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("hit = true: 33.33% < floor 50.00%");
        coverage.count("hit", true);
        coverage.check();
    }

    @Test
    void fiveSigmaFloor_smallCount_isTheExactBinomialTail() {
        // 21 of 250 (8.4 %): p - 5 sigma is below zero, yet fewer than 3 hits has probability 8.5e-8 and fewer than 4
        // has more than 2.87e-7, so the floor is 3 / 250.
        assertThat(Coverage.fiveSigmaFloor(21, 250)).isEqualTo(3 / 250.0);
        // 200 of 1000: fewer than 139 hits has probability 1.95e-7 (the normal approximation says 13.68 %).
        assertThat(Coverage.fiveSigmaFloor(200, 1000)).isEqualTo(0.139);
        // 13 of 800: even zero hits is too likely (2e-6), so no floor above zero holds five sigma.
        assertThat(Coverage.fiveSigmaFloor(13, 800)).isZero();
    }

    @Test
    void fiveSigmaFloor_largeCount_isTheNormalApproximation() {
        double p = 0.3;
        long n = 100_000;
        assertThat(Coverage.fiveSigmaFloor(30_000, n)).isCloseTo(p - 5 * Math.sqrt(p * (1 - p) / n), within(1e-12));
    }

    @Test
    void fiveSigmaFloor_edges() {
        assertThat(Coverage.fiveSigmaFloor(0, 100)).isZero();
        assertThat(Coverage.fiveSigmaFloor(100, 100)).isEqualTo(1);
        assertThat(Coverage.fiveSigmaFloor(5, 0)).isZero();
    }

    @Test
    void chanceBelow_isTheTailBelowTheFloor() {
        assertThat(Coverage.chanceBelow(21, 250, 3 / 250.0)).isCloseTo(8.506e-8, within(1e-10));
        assertThat(Coverage.chanceBelow(21, 250, 0.5)).isGreaterThan(0.999);
        assertThat(Coverage.chanceBelow(30_000, 100_000, 0.3 - 5 * Math.sqrt(0.21 / 100_000)))
                .isCloseTo(Coverage.FIVE_SIGMA_TAIL, within(1e-8));
    }
}
