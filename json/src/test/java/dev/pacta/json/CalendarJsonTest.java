package dev.pacta.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.pacta.core.time.BusinessCalendar;
import dev.pacta.core.time.CalendarId;
import dev.pacta.core.time.CalendarSource;
import dev.pacta.core.time.LocalDateRange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code calendar/1} document (issue 18, §1): reading, writing, combinations, files and every error's place. */
class CalendarJsonTest {
    static final String GOLDEN = Golden.text("golden/es-md-2026.calendar.json");

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static JsonProblem problem(String json) {
        PactaJsonException e = catchThrowableOfType(PactaJsonException.class, () -> PactaJson.CALENDAR.read(json));
        assertThat(e).as("rejected").isNotNull();
        assertThat(e.problems()).as(e.getMessage()).hasSize(1);
        return e.problems().get(0);
    }

    @Test
    void golden_readsNamedHolidaysAndRange_andWritesBackByteForByte() {
        BusinessCalendar madrid = PactaJson.CALENDAR.read(GOLDEN);
        assertThat(madrid.name()).hasValue("ES-MD");
        assertThat(madrid.weekendDays()).containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(madrid.coveredRange()).isEqualTo(LocalDateRange.of(date("2026-01-01"), date("2027-01-01")));
        assertThat(madrid.holidays()).hasSize(12);
        assertThat(madrid.holidayName(date("2026-05-02"))).hasValue("Community of Madrid Day");
        assertThat(madrid.holidayName(date("2026-11-02"))).isEmpty();
        assertThat(madrid.addBusinessDays(date("2026-04-01"), 1)).isEqualTo(date("2026-04-06"));
        assertThat(PactaJson.CALENDAR.write(madrid)).isEqualTo(GOLDEN);
        assertThat(PactaJson.detectKind(GOLDEN)).isEqualTo(DocumentKind.CALENDAR);
    }

    @Test
    void builtIns_writeTheirOwnForm() {
        assertThat(PactaJson.CALENDAR.write(BusinessCalendar.WEEKENDS))
                .isEqualTo("{\n  \"pacta\": \"calendar/1\",\n  \"id\": \"WEEKENDS\"\n}\n");
        assertThat(PactaJson.CALENDAR.write(BusinessCalendar.NONE))
                .isEqualTo("{\n  \"pacta\": \"calendar/1\",\n  \"id\": \"NONE\",\n  \"weekendDays\": []\n}\n");
        assertThat(PactaJson.CALENDAR.read(PactaJson.CALENDAR.write(BusinessCalendar.NONE)))
                .isEqualTo(BusinessCalendar.NONE);
    }

    @Test
    void combination_andOfBuiltInAndInlineCalendar_isNamedByTheDocument() {
        BusinessCalendar c = PactaJson.CALENDAR.read("""
                {"pacta": "calendar/1", "id": "studio", "and": ["WEEKENDS", {"coveredRange": {"from": "2026-01-01",
                  "through": "2026-12-31"}, "holidays": [{"date": "2026-08-10", "name": "Summer closure"}]}]}
                """);
        assertThat(c.name()).hasValue("studio");
        assertThat(c.holidayName(date("2026-08-10"))).hasValue("Summer closure");
        assertThat(c.coveredRange()).isEqualTo(LocalDateRange.of(date("2026-01-01"), date("2027-01-01")));
        assertThat(c.isBusinessDay(date("2026-08-08"))).isFalse();
        assertThat(PactaJson.CALENDAR.read(PactaJson.CALENDAR.write(c))).isEqualTo(c);
    }

    @Test
    void combination_namesCalendarsOfASource() {
        BusinessCalendar gb = BusinessCalendar.builder()
                .name("GB")
                .addHoliday(date("2026-04-06"), "Easter Monday")
                .covering(LocalDateRange.of(date("2026-01-01"), date("2027-01-01")))
                .build();
        BusinessCalendar both = PactaJson.CALENDAR.read(
                "{\"pacta\": \"calendar/1\", \"id\": \"GB-or-ES\", \"or\": [\"GB\", \"ES-MD\"]}",
                CalendarSource.of(
                        Map.of(CalendarId.of("GB"), gb, CalendarId.of("ES-MD"), PactaJson.CALENDAR.read(GOLDEN))));
        // Easter Monday is a holiday in GB only, Good Friday in both.
        assertThat(both.isBusinessDay(date("2026-04-06"))).isTrue();
        assertThat(both.isBusinessDay(date("2026-04-03"))).isTrue();
        assertThat(both.isBusinessDay(date("2026-01-01"))).isTrue();
    }

    @Test
    void calendarWithoutBusinessDays_rejectedWithItsCode_atTheCalendar() {
        JsonProblem p = problem("""
                {
                  "pacta": "calendar/1",
                  "id": "closed",
                  "weekendDays": ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"]
                }
                """);
        assertThat(List.of(p.code(), p.path(), p.line(), p.column()))
                .containsExactly("CALENDAR_WITHOUT_BUSINESS_DAYS", "$", 1, 1);
        assertThat(p.message()).contains("calendar 'closed' has no business days");

        p = problem("""
                {"pacta": "calendar/1", "id": "long-weekend",
                 "coveredRange": {"from": "2024-03-09", "through": "2024-03-11"},
                 "holidays": [{"date": "2024-03-11", "name": "A holiday"}]}
                """);
        assertThat(p.code()).isEqualTo("CALENDAR_WITHOUT_BUSINESS_DAYS");

        p = problem("""
                {"pacta": "calendar/1", "id": "nothing-in-common",
                 "and": ["WEEKENDS", {"weekendDays": ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"]}]}
                """);
        assertThat(List.of(p.code(), p.path())).containsExactly("CALENDAR_WITHOUT_BUSINESS_DAYS", "$");
    }

    @Test
    void errors_namePathLineAndColumn() {
        JsonProblem p = problem("{\"pacta\": \"calendar/1\", \"id\": \"x\",\n \"and\": [\"WEEKENDS\", \"ES-MD\"]}");
        assertThat(List.of(p.code(), p.path(), p.line(), p.column()))
                .containsExactly("UNKNOWN_CALENDAR", "$.and[1]", 2, 22);
        assertThat(p.message()).contains("unknown calendar id 'ES-MD'").contains("known ids are [NONE, WEEKENDS]");

        p = problem("{\"pacta\": \"calendar/1\", \"id\": \"x\", \"holidays\": [], \"or\": [\"WEEKENDS\", \"NONE\"]}");
        assertThat(List.of(p.code(), p.path())).containsExactly("CONFLICTING_PROPERTIES", "$.or");

        p = problem("{\"pacta\": \"calendar/1\", \"id\": \"x\", \"and\": [\"WEEKENDS\"]}");
        assertThat(List.of(p.code(), p.path())).containsExactly("OUT_OF_RANGE", "$.and");

        p = problem("{\"pacta\": \"calendar/1\", \"holidays\": []}");
        assertThat(List.of(p.code(), p.path())).containsExactly("MISSING_PROPERTY", "$.id");

        p = problem("{\"pacta\": \"calendar/1\", \"id\": \"x\", \"weekendDays\": [\"SAT\"]}");
        assertThat(List.of(p.code(), p.path())).containsExactly("UNKNOWN_KIND", "$.weekendDays[0]");

        p = problem("{\"pacta\": \"calendar/1\", \"id\": \"x\", \"coveredRange\": {\"from\": \"2026-02-01\","
                + " \"through\": \"2026-01-31\"}}");
        assertThat(List.of(p.code(), p.path())).containsExactly("OUT_OF_RANGE", "$.coveredRange.through");

        p = problem("{\"pacta\": \"calendar/1\", \"id\": \"x\", \"holidays\": [{\"date\": \"2026-01-01\"},"
                + " {\"date\": \"2026-01-01\", \"name\": \"again\"}]}");
        assertThat(List.of(p.code(), p.path())).containsExactly("INVALID_VALUE", "$.holidays[1].date");

        p = problem("{\"pacta\": \"calendar/1\", \"id\": \"x\", \"holidays\": [{\"date\": \"2026-01-03\"}],"
                + " \"workingOverrides\": [\"2026-01-03\"]}");
        assertThat(List.of(p.code(), p.path())).containsExactly("HOLIDAY_AND_WORKING_OVERRIDE", "$.workingOverrides");

        p = problem("{\"pacta\": \"calendar/1\", \"id\": \"x\", \"holidays\": [{\"date\": \"2026-02-30\"}]}");
        assertThat(List.of(p.code(), p.path())).containsExactly("INVALID_VALUE", "$.holidays[0].date");
    }

    @Test
    void everyValueProblem_atOnce() {
        PactaJsonException e = catchThrowableOfType(
                PactaJsonException.class,
                () -> PactaJson.CALENDAR.read("{\"pacta\": \"calendar/1\", \"id\": \"x\", \"holidays\": [{\"date\":"
                        + " \"2026-02-30\"}, {\"date\": \"2026-13-01\"}], \"workingOverrides\": [\"2026-00-01\"]}"));
        assertThat(e.problems())
                .extracting(JsonProblem::path)
                .containsExactly("$.holidays[0].date", "$.holidays[1].date", "$.workingOverrides[0]");
    }

    @Test
    void unnamedCalendar_isUnwritable() {
        PactaJsonException e = catchThrowableOfType(
                PactaJsonException.class,
                () -> PactaJson.CALENDAR.write(BusinessCalendar.builder().build()));
        assertThat(e.code()).isEqualTo("UNWRITABLE");
        assertThat(e.getMessage()).contains("calendar/1 needs an id");
    }

    @Test
    void folder_calendarsNameEachOther_andErrorsNameTheFile(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("es-md.calendar.json"), GOLDEN);
        Path studio = folder.resolve("sub/studio.calendar.json");
        Files.createDirectories(studio.getParent());
        Files.writeString(
                studio,
                "{\"pacta\": \"calendar/1\", \"id\": \"studio\", \"and\": [\"ES-MD\", {\"coveredRange\": {},"
                        + " \"holidays\": [{\"date\": \"2026-08-10\", \"name\": \"Summer closure\"}]}]}");
        Files.writeString(folder.resolve("notes.json"), "not a calendar");
        Map<CalendarId, BusinessCalendar> all = PactaJson.CALENDAR.readAll(folder, CalendarSource.builtIns());
        assertThat(all).containsOnlyKeys(CalendarId.of("ES-MD"), CalendarId.of("studio"));
        BusinessCalendar s = all.get(CalendarId.of("studio"));
        assertThat(s.holidayName(date("2026-08-10"))).hasValue("Summer closure");
        assertThat(s.holidayName(date("2026-04-03"))).hasValue("Good Friday");
        assertThat(s.coveredRange()).isEqualTo(LocalDateRange.of(date("2026-01-01"), date("2027-01-01")));

        Files.writeString(
                folder.resolve("es-md.calendar.json"),
                "{\"pacta\": \"calendar/1\", \"id\": \"ES-MD\", \"or\": [\"NONE\", \"studio\"]}");
        PactaJsonException cycle = catchThrowableOfType(
                PactaJsonException.class, () -> PactaJson.CALENDAR.readAll(folder, CalendarSource.builtIns()));
        assertThat(cycle.code()).isEqualTo("CALENDAR_CYCLE");
        assertThat(cycle.source()).isPresent();
        assertThat(cycle.getMessage()).contains("ES-MD -> studio -> ES-MD");

        Files.writeString(folder.resolve("es-md.calendar.json"), GOLDEN);
        Files.writeString(folder.resolve("z.calendar.json"), GOLDEN);
        PactaJsonException duplicate = catchThrowableOfType(
                PactaJsonException.class, () -> PactaJson.CALENDAR.readAll(folder, CalendarSource.builtIns()));
        assertThat(duplicate.code()).isEqualTo("DUPLICATE_ID");
        assertThat(duplicate.source())
                .hasValue(folder.resolve("z.calendar.json").toString());
    }

    @Test
    void file_roundTrip(@TempDir Path folder) throws IOException {
        BusinessCalendar madrid = PactaJson.CALENDAR.read(GOLDEN);
        Path file = folder.resolve("es-md.calendar.json");
        PactaJson.CALENDAR.write(madrid, file);
        assertThat(PactaJson.CALENDAR.read(file)).isEqualTo(madrid);
        Files.writeString(file, GOLDEN.replace("2026-12-25", "2026-12-32"));
        PactaJsonException e = catchThrowableOfType(PactaJsonException.class, () -> PactaJson.CALENDAR.read(file));
        assertThat(e.source()).hasValue(file.toString());
    }
}
