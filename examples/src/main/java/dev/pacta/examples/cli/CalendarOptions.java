package dev.pacta.examples.cli;

import dev.pacta.core.time.BusinessCalendar;
import dev.pacta.core.time.CalendarId;
import dev.pacta.core.time.CalendarSource;
import dev.pacta.json.PactaJsonException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Option;

/**
 * The business calendars an evaluation may use besides the built-ins {@code WEEKENDS} and {@code NONE}: calendar files
 * ({@code --calendar}). Shared by the commands that evaluate.
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

    /**
     * The calendars given, then the built-ins.
     *
     * @throws CliException with {@link ExitCodes#USAGE} if a file cannot be read, {@link ExitCodes#FAILED} with
     *     every problem if a calendar is invalid or two have one id
     */
    CalendarSource source() {
        Map<CalendarId, BusinessCalendar> all = new TreeMap<>();
        Map<CalendarId, Path> from = new TreeMap<>();
        for (Path path : calendarFiles) {
            if (!Files.exists(path)) {
                throw new CliException(ExitCodes.USAGE, "pacta: " + path + ": no such file or folder");
            }
            Map<CalendarId, BusinessCalendar> read;
            try {
                read = dev.pacta.json.PactaJson.readCalendars(path, CalendarSource.of(all));
            } catch (PactaJsonException e) {
                Path file = e.source().map(Path::of).orElse(path);
                throw new CliException(ExitCodes.FAILED, Inputs.problems(file, e));
            } catch (IOException e) {
                throw new CliException(ExitCodes.USAGE, Inputs.cannotRead(path, e));
            }
            for (Map.Entry<CalendarId, BusinessCalendar> c : read.entrySet()) {
                Path first = from.putIfAbsent(c.getKey(), path);
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
}
