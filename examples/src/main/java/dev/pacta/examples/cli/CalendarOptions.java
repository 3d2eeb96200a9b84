package dev.pacta.examples.cli;

import dev.pacta.core.time.BusinessCalendar;
import dev.pacta.core.time.CalendarId;
import dev.pacta.core.time.CalendarSource;
import dev.pacta.holidays.PublicHolidays;
import dev.pacta.json.PactaJson;
import dev.pacta.json.PactaJsonException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/**
 * The business calendars an evaluation may use besides the built-ins {@code WEEKENDS} and {@code NONE}: public holidays
 * ({@code --holidays ES-MD:2025-2030}) and calendar files ({@code --calendar}), which may combine them. Shared by the
 * commands that evaluate.
 */
final class CalendarOptions {
    @Option(
            names = "--calendar",
            paramLabel = "FILE|FOLDER",
            description = {
                "A business calendar (a calendar/1 document), or a folder: every *.calendar.json below it."
                        + " Repeatable. An agreement names its calendar by id (\"calendar\": \"ES-MD\"); a calendar"
                        + " may combine the ids of calendars given before it."
            })
    List<Path> calendarFiles = new ArrayList<>();

    @Option(
            names = "--holidays",
            paramLabel = "PLACE:YEARS",
            description = {
                "The public holidays of a country or subdivision over years, from Jollyday's data: ES-MD:2025-2030,"
                        + " US-NY:2026, FR:2026-2027. Repeatable. The calendar's id is the place (ES-MD); it covers"
                        + " exactly those years, Saturday and Sunday off. Calendar files may combine it."
            })
    List<String> holidays = new ArrayList<>();

    /**
     * The calendars given, then the built-ins.
     *
     * @throws CliException with {@link ExitCodes#USAGE} if a file cannot be read, {@link ExitCodes#FAILED} with
     *     every problem if a calendar is invalid or two have one id
     */
    CalendarSource source() {
        Map<CalendarId, BusinessCalendar> all = new TreeMap<>();
        Map<CalendarId, String> from = new TreeMap<>();
        for (String spec : holidays) {
            BusinessCalendar c = publicHolidays(spec);
            CalendarId id = CalendarId.of(c.name().orElseThrow());
            if (all.putIfAbsent(id, c) != null) {
                throw new CliException(
                        ExitCodes.USAGE, "pacta: --holidays " + spec + ": calendar '" + id + "' is given twice");
            }
            from.put(id, "--holidays " + spec);
        }
        for (Path path : calendarFiles) {
            if (!Files.exists(path)) {
                throw new CliException(ExitCodes.USAGE, "pacta: " + path + ": no such file or folder");
            }
            Map<CalendarId, BusinessCalendar> read;
            try {
                read = PactaJson.CALENDAR.readAll(path, CalendarSource.of(all));
            } catch (PactaJsonException e) {
                Path file = e.source().map(Path::of).orElse(path);
                throw new CliException(ExitCodes.FAILED, Inputs.problems(file, e));
            } catch (IOException e) {
                throw new CliException(ExitCodes.USAGE, Inputs.cannotRead(path, e));
            }
            for (Map.Entry<CalendarId, BusinessCalendar> c : read.entrySet()) {
                String first = from.putIfAbsent(c.getKey(), path.toString());
                if (first != null) {
                    throw new CliException(
                            ExitCodes.FAILED,
                            "pacta: " + path + ": calendar '" + c.getKey() + "' is also given by " + first
                                    + ": expected one calendar per id");
                }
                all.put(c.getKey(), c.getValue());
            }
        }
        return CalendarSource.of(all);
    }

    /** A place and years, e.g. {@code ES-MD:2025-2030} or {@code US-NY:2026}. */
    private static final Pattern HOLIDAYS = Pattern.compile("([^:]+):(\\d{4})(?:-(\\d{4}))?");

    private static BusinessCalendar publicHolidays(String spec) {
        Matcher m = HOLIDAYS.matcher(spec);
        if (!m.matches()) {
            throw new CliException(
                    ExitCodes.USAGE,
                    "pacta: --holidays " + spec + ": expected a place and years such as ES-MD:2025-2030 or US-NY:2026");
        }
        int fromYear = Integer.parseInt(m.group(2));
        int toYear = m.group(3) == null ? fromYear : Integer.parseInt(m.group(3));
        try {
            return PublicHolidays.calendar(m.group(1), fromYear, toYear);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, "pacta: --holidays " + spec + ": " + e.getMessage());
        }
    }
}
