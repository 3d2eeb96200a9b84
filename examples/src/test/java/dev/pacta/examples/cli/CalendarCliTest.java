package dev.pacta.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.examples.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Calendars on the command line (issue 18, §1): {@code --calendar FILE|FOLDER} wherever an agreement is evaluated. */
class CalendarCliTest {
    static final String MADRID = """
            {
              "pacta": "calendar/1",
              "id": "ES-MD",
              "coveredRange": {"from": "2026-01-01", "through": "2026-12-31"},
              "holidays": [
                {"date": "2026-04-02", "name": "Maundy Thursday"},
                {"date": "2026-04-03", "name": "Good Friday"},
                {"date": "2026-05-01", "name": "Labour Day"},
                {"date": "2026-05-02", "name": "Community of Madrid Day"}
              ]
            }
            """;

    @TempDir
    Path tmp;

    /** The web-development sample, on the Madrid calendar. */
    Path agreement() throws IOException {
        String web = Files.readString(Golden.SAMPLES.resolve("web-development.agreement.json"));
        Path file = tmp.resolve("web-madrid.agreement.json");
        Files.writeString(
                file,
                web.replace(
                        "\"zone\": \"Europe/Madrid\",", "\"zone\": \"Europe/Madrid\",\n  \"calendar\": \"ES-MD\","));
        return file;
    }

    @Test
    void evaluate_unknownCalendar_exit1_namesTheKnownIds() throws IOException {
        Cli.Result r = Cli.run("evaluate", agreement().toString(), "--as-of", "2026-04-03");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("unknown calendar id 'ES-MD'").contains("[NONE, WEEKENDS]");
    }

    @Test
    void evaluate_withCalendarFile_orFolder_namesTheHolidays() throws IOException {
        Path calendars = Files.createDirectories(tmp.resolve("calendars"));
        Files.writeString(calendars.resolve("es-md.calendar.json"), MADRID);
        String web = agreement().toString();
        String timeline =
                Golden.SAMPLES.resolve("web-development.timeline.json").toString();
        Cli.Result file = Cli.run(
                "evaluate",
                web,
                "-e",
                timeline,
                "--as-of",
                "2026-06-30",
                "--calendar",
                calendars.resolve("es-md.calendar.json").toString(),
                "-f",
                "json",
                "--fail-on",
                "never");
        assertThat(file.err()).isEmpty();
        assertThat(file.code()).isZero();
        assertThat(file.out()).contains("is Good Friday, not a business day");
        Cli.Result folder = Cli.run(
                "evaluate",
                web,
                "-e",
                timeline,
                "--as-of",
                "2026-06-30",
                "--calendar",
                calendars.toString(),
                "-f",
                "json",
                "--fail-on",
                "never");
        assertThat(folder.out()).isEqualTo(file.out());
        Cli.Result upcoming = Cli.run("upcoming", web, "--as-of", "2026-03-30", "--calendar", calendars.toString());
        assertThat(upcoming.code()).as(upcoming.err()).isZero();
        Cli.Result replay =
                Cli.run("replay", web, "-e", timeline, "--as-of", "2026-04-10", "--calendar", calendars.toString());
        assertThat(replay.code()).as(replay.err()).isZero();
    }

    @Test
    void evaluate_invalidCalendar_exit1_withFileLineAndColumn() throws IOException {
        Path bad = tmp.resolve("closed.calendar.json");
        Files.writeString(
                bad,
                "{\"pacta\": \"calendar/1\", \"id\": \"ES-MD\", \"weekendDays\": [\"MONDAY\", \"TUESDAY\","
                        + " \"WEDNESDAY\", \"THURSDAY\", \"FRIDAY\", \"SATURDAY\", \"SUNDAY\"]}");
        Cli.Result r =
                Cli.run("evaluate", agreement().toString(), "--as-of", "2026-04-03", "--calendar", bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err())
                .contains(bad + ":1:1: $: calendar 'ES-MD' has no business days")
                .contains("[CALENDAR_WITHOUT_BUSINESS_DAYS]");
        Cli.Result missing = Cli.run(
                "evaluate",
                agreement().toString(),
                "--calendar",
                tmp.resolve("nope").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file or folder");
    }

    @Test
    void validate_calendar() throws IOException {
        Path file = tmp.resolve("es-md.calendar.json");
        Files.writeString(file, MADRID);
        Cli.Result r = Cli.run("validate", file.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("valid calendar/1 'ES-MD': 4 holidays, covering 2026-01-01/2027-01-01");
    }

    @Test
    void evaluate_withPublicHolidays_andAFileCombiningThem() throws IOException {
        String web = agreement().toString();
        String timeline =
                Golden.SAMPLES.resolve("web-development.timeline.json").toString();
        Cli.Result r = Cli.run(
                "evaluate",
                web,
                "-e",
                timeline,
                "--as-of",
                "2026-06-30",
                "--holidays",
                "ES-MD:2026",
                "-f",
                "json",
                "--fail-on",
                "never");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("is Good Friday, not a business day");

        // A studio calendar on top of Madrid's public holidays, named by the agreement instead.
        Path studio = tmp.resolve("studio.calendar.json");
        Files.writeString(
                studio,
                "{\"pacta\": \"calendar/1\", \"id\": \"studio\", \"and\": [\"ES-MD\","
                        + " {\"holidays\": [{\"date\": \"2026-03-06\", \"name\": \"Studio closed\"}],"
                        + " \"coveredRange\": {}}]}");
        Path onStudio = tmp.resolve("web-studio.agreement.json");
        Files.writeString(onStudio, Files.readString(agreement()).replace("\"ES-MD\"", "\"studio\""));
        Cli.Result s = Cli.run(
                "evaluate",
                onStudio.toString(),
                "-e",
                timeline,
                "--as-of",
                "2026-06-30",
                "--holidays",
                "ES-MD:2026",
                "--calendar",
                studio.toString(),
                "-f",
                "json",
                "--fail-on",
                "never");
        assertThat(s.err()).isEmpty();
        assertThat(s.out()).contains("is Good Friday, not a business day");

        Cli.Result bad = Cli.run("evaluate", web, "--holidays", "ES-ZZ:2026");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("pacta: --holidays ES-ZZ:2026: unknown subdivision in 'ES-ZZ'");
        Cli.Result form = Cli.run("evaluate", web, "--holidays", "ES-MD");
        assertThat(form.code()).isEqualTo(2);
        assertThat(form.err()).contains("expected a place and years such as ES-MD:2025-2030");
    }
}
