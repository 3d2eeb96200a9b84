package dev.pacta.json;

import dev.pacta.core.time.BusinessCalendar;
import dev.pacta.core.time.CalendarId;
import dev.pacta.core.time.CalendarSource;
import dev.pacta.json.internal.deser.CalendarDocument;
import dev.pacta.json.internal.deser.Calendars;
import dev.pacta.json.internal.document.DocumentFiles;
import dev.pacta.json.internal.document.Documents;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * {@code calendar/1} documents ({@link PactaJson#CALENDAR}): a calendar of its own, or an {@code and} / {@code or}
 * of calendars named by id. The methods of {@link DocumentFormat} resolve those ids among the built-ins
 * {@code WEEKENDS} and {@code NONE} only; the methods here take a {@link CalendarSource} of others, and read a folder
 * of calendar files that name each other.
 *
 * <p>Reading fails with {@code UNKNOWN_CALENDAR} for an id the source does not have, and
 * {@code CALENDAR_WITHOUT_BUSINESS_DAYS} for a calendar without business days. A combination is written as the
 * calendar it is; the document's id is the calendar's name.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CalendarFormat extends DocumentFormat<BusinessCalendar> {
    CalendarFormat() {
        super(DocumentKind.CALENDAR, json -> resolve(json, CalendarSource.builtIns()), null, null, Function.identity());
    }

    /**
     * Reads a {@code calendar/1} document whose combination may name the calendars of a source.
     *
     * @param json the document
     * @param others where the ids an {@code and} / {@code or} names are found
     * @return the calendar, named by the document's id
     * @throws PactaJsonException if the document cannot be read, names an unknown calendar or describes a calendar
     *     without business days
     */
    public BusinessCalendar read(String json, CalendarSource others) {
        return resolve(Objects.requireNonNull(json, "json"), others);
    }

    /**
     * Reads a {@code calendar/1} file whose combination may name the calendars of a source.
     *
     * @param file the file
     * @param others where the ids an {@code and} / {@code or} names are found
     * @return the calendar
     * @throws IOException if the file cannot be read
     * @throws PactaJsonException if the document cannot be read; its {@link PactaJsonException#source()} is the file
     */
    public BusinessCalendar read(Path file, CalendarSource others) throws IOException {
        return DocumentFiles.fromFile(Objects.requireNonNull(file, "file"), text -> resolve(text, others));
    }

    /**
     * Reads one calendar file, or every {@code *.calendar.json} file under a folder and its subfolders. Their
     * combinations may name each other's ids, then those of {@code others}; ids are unique across the files, and
     * differ from the built-ins.
     *
     * @param fileOrFolder a calendar file or a folder
     * @param others where the ids that none of the files has are found, e.g. {@link CalendarSource#builtIns()}
     * @return the calendars by id, in id order
     * @throws IOException if a file cannot be read, or the folder does not exist
     * @throws PactaJsonException at the first file that cannot be read, with {@code DUPLICATE_ID} for an id used
     *     twice and {@code CALENDAR_CYCLE} for calendars combined from themselves; its
     *     {@link PactaJsonException#source()} names the file
     */
    public Map<CalendarId, BusinessCalendar> readAll(Path fileOrFolder, CalendarSource others) throws IOException {
        Objects.requireNonNull(others, "others");
        List<Path> files = DocumentFiles.calendarFiles(Objects.requireNonNull(fileOrFolder, "fileOrFolder"));
        List<Calendars.Doc> docs = new ArrayList<>();
        for (Path file : files) {
            docs.add(new Calendars.Doc(file.toString(), DocumentFiles.fromFile(file, CalendarFormat::document)));
        }
        return Calendars.resolveAll(docs, others);
    }

    private static CalendarDocument document(String json) {
        return Documents.read(DocumentKind.CALENDAR, CalendarDocument.class, json);
    }

    private static BusinessCalendar resolve(String json, CalendarSource others) {
        Objects.requireNonNull(others, "others");
        return Calendars.resolve(new Calendars.Doc(null, document(json)), others);
    }
}
