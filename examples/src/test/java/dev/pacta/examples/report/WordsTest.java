package dev.pacta.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {
    @Test
    void count_isSingularForOneOnly() {
        assertThat(Words.count(1, "day", "days")).isEqualTo("1 day");
        assertThat(Words.count(0, "day", "days")).isEqualTo("0 days");
        assertThat(Words.count(2, "party", "parties")).isEqualTo("2 parties");
        assertThat(Words.count(-1, "day", "days")).isEqualTo("-1 days");
    }
}
