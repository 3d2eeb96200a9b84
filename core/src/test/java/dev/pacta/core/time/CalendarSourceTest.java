package dev.pacta.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CalendarSourceTest {
    private static final BusinessCalendar MADRID = BusinessCalendar.builder()
            .name("ES-MD")
            .addHoliday(LocalDate.parse("2024-03-11"))
            .build();

    @Test
    void builtIns_knowWeekendsAndNone() {
        CalendarSource source = CalendarSource.builtIns();
        assertThat(source.resolve(CalendarId.WEEKENDS)).isSameAs(BusinessCalendar.WEEKENDS);
        assertThat(source.resolve(CalendarId.NONE)).isSameAs(BusinessCalendar.NONE);
        assertThat(source.ids()).containsExactly(CalendarId.NONE, CalendarId.WEEKENDS);
    }

    @Test
    void of_addsTheMapToTheBuiltIns() {
        CalendarSource source = CalendarSource.of(Map.of(CalendarId.of("ES-MD"), MADRID));
        assertThat(source.find(CalendarId.of("ES-MD"))).contains(MADRID);
        assertThat(source.find(CalendarId.WEEKENDS)).contains(BusinessCalendar.WEEKENDS);
        assertThat(source.find(CalendarId.of("GB"))).isEmpty();
    }

    @Test
    void resolve_unknownId_namesItAndTheKnownIds() {
        CalendarSource source = CalendarSource.of(Map.of(CalendarId.of("ES-MD"), MADRID));
        assertThatThrownBy(() -> source.resolve(CalendarId.of("GB")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown calendar id 'GB': known ids are [ES-MD, NONE, WEEKENDS]");
    }

    @Test
    void of_redefiningBuiltIn_throws() {
        assertThatThrownBy(() -> CalendarSource.of(Map.of(CalendarId.WEEKENDS, MADRID)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'WEEKENDS' is built in");
        assertThat(CalendarSource.of(Map.of(CalendarId.NONE, BusinessCalendar.NONE))
                        .ids())
                .hasSize(2);
    }

    @Test
    void lambdaSource_resolvesAndListsNoIds() {
        CalendarSource source = id -> java.util.Optional.empty();
        assertThatThrownBy(() -> source.resolve(CalendarId.of("X")))
                .hasMessage("unknown calendar id 'X': known ids are []");
    }
}
