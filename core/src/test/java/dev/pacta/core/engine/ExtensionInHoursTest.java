package dev.pacta.core.engine;

import static dev.pacta.core.engine.ComplianceEngineTest.agreement;
import static dev.pacta.core.engine.ComplianceEngineTest.content;
import static dev.pacta.core.engine.ComplianceEngineTest.control;
import static dev.pacta.core.engine.ComplianceEngineTest.evaluate;
import static dev.pacta.core.engine.ComplianceEngineTest.instance;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.model.Event;
import dev.pacta.core.time.Span;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * An extension in hours of a deadline that is a date moves it by the days the hours start (chapter "Extensions" of
 * the design): 24 hours one day, 25 hours two.
 */
class ExtensionInHoursTest {
    static LocalDate dueAfter(long hours) {
        Event extension = Event.builder()
                .from(control("e20", "2026-03-05", "extension", "studio", "provide-content#1"))
                .by(Span.ofHours(hours))
                .build();
        // The content is due Fri 6 March.
        return instance(evaluate(agreement(content()).build(), "2026-03-06", extension), "provide-content#1")
                .dueDate()
                .orElseThrow();
    }

    @Test
    void hoursStartingOneDay_moveTheDateByOne_andThoseStartingTwo_byTwo() {
        assertThat(dueAfter(1)).isEqualTo(LocalDate.of(2026, 3, 7));
        assertThat(dueAfter(24)).isEqualTo(LocalDate.of(2026, 3, 7));
        assertThat(dueAfter(25)).isEqualTo(LocalDate.of(2026, 3, 8));
        assertThat(dueAfter(48)).isEqualTo(LocalDate.of(2026, 3, 8));
    }
}
