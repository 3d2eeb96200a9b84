package dev.pacta.json;

import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.report.ComplianceChanges;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.scenario.NamedTest;
import dev.pacta.core.scenario.Scenario;
import dev.pacta.core.scenario.ScenarioRunner;
import dev.pacta.core.template.AgreementTemplate;
import dev.pacta.core.time.BusinessCalendar;
import dev.pacta.core.time.CalendarId;
import dev.pacta.core.time.CalendarSource;
import dev.pacta.json.internal.deser.CalendarDocument;
import dev.pacta.json.internal.deser.Calendars;
import dev.pacta.json.internal.document.DocumentFiles;
import dev.pacta.json.internal.document.DocumentKinds;
import dev.pacta.json.internal.document.DocumentText;
import dev.pacta.json.internal.document.Documents;
import dev.pacta.json.internal.document.FileTemplates;
import dev.pacta.json.internal.document.ScenarioFiles;
import dev.pacta.json.internal.document.ScenarioWriter;
import dev.pacta.json.internal.document.Scenarios;
import dev.pacta.json.internal.document.TemplateWriter;
import dev.pacta.json.internal.document.Templates;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads and writes Pacta's JSON documents (see {@code docs/json-format.md}): agreements ({@code agreement/1}),
 * timelines ({@code timeline/1}), reports ({@code report/1}), the changes of a live evaluation ({@code changes/1}),
 * templates ({@code template/1}), scenarios ({@code scenario/1}) and business calendars ({@code calendar/1}) both
 * ways, and a folder of scenario files becomes tests. Templates and scenarios are written back as they were read: a template's agreement with its
 * {@code ${name}} placeholders, a scenario's template reference as written. A template whose body is Java code cannot
 * be written.
 *
 * <pre>{@code
 * Agreement agreement = PactaJson.readAgreement(Path.of("web-2026.agreement.json"));
 * Timeline timeline = PactaJson.readTimeline(Path.of("web-2026.timeline.json"));
 * String report = PactaJson.writeReport(engine.evaluate(agreement, timeline, LocalDate.of(2026, 3, 10)));
 * String changes = PactaJson.writeChanges(evaluation.append(event).pollChanges());
 * AgreementTemplate web = PactaJson.readTemplate(Path.of("templates/web-development.template.json"));
 * List<NamedTest> tests = PactaJson.scenarioTests(Path.of("scenarios"), engine);
 * }</pre>
 *
 * <p><b>Reading</b> is strict and hardened: unknown properties, duplicate keys, trailing content, {@code null}
 * values, floats or strings where whole numbers belong, lenient dates and times, unknown kinds and documents over
 * the limits (nesting depth 64, strings of 65,536 characters, numbers of 40 characters, documents of 16 MiB) are
 * rejected with a {@link PactaJsonException} that names the JSON path, line and column; a document that parses but
 * describes an invalid agreement reports every domain problem at once. No other exception escapes, except an
 * {@link IOException} when the file or stream itself fails. A document read from a {@link Path} names its file in
 * the exception ({@link PactaJsonException#source()}). Text input is read as UTF-8; streams, readers and writers
 * passed in are never closed. What ordinary tools do to a document is accepted: the format marker may stand anywhere
 * among the top-level properties (keys sorted by {@code jq -S}), and a {@code "$schema"} string, for editors, is
 * ignored.
 *
 * <p><b>Writing</b> is stable: a fixed property order, the format marker first, ISO dates, money as
 * {@code "EUR 1200.00"}, two-space indent, LF line ends and a final newline, so equal values give byte-identical
 * documents and {@code read(write(x)).equals(x)}.
 *
 * <p>This class is thread-safe; it holds only immutable, shared configuration.
 */
public final class PactaJson {
    private PactaJson() {}

    // ---------------------------------------------------------------------------------------------- agreements

    /**
     * Reads an {@code agreement/1} document.
     *
     * @param json the document
     * @return the agreement, valid
     * @throws PactaJsonException if the document cannot be read or the agreement is invalid
     */
    public static Agreement readAgreement(String json) {
        Objects.requireNonNull(json, "json");
        return Documents.read(DocumentKind.AGREEMENT, Agreement.class, json);
    }

    /**
     * Reads an {@code agreement/1} document from a reader, which is read to its end and not closed.
     *
     * @param reader the reader
     * @return the agreement
     * @throws IOException if the reader fails
     * @throws PactaJsonException if the document cannot be read or the agreement is invalid
     */
    public static Agreement readAgreement(Reader reader) throws IOException {
        return readAgreement(DocumentText.slurp(Objects.requireNonNull(reader, "reader")));
    }

    /**
     * Reads an {@code agreement/1} document from a UTF-8 stream, which is read to its end and not closed.
     *
     * @param in the stream
     * @return the agreement
     * @throws IOException if the stream fails
     * @throws PactaJsonException if the document cannot be read or the agreement is invalid
     */
    public static Agreement readAgreement(InputStream in) throws IOException {
        return readAgreement(DocumentText.slurp(Objects.requireNonNull(in, "in")));
    }

    /**
     * Reads an {@code agreement/1} document from a UTF-8 file.
     *
     * @param file the file
     * @return the agreement
     * @throws IOException if the file cannot be read
     * @throws PactaJsonException if the document cannot be read or the agreement is invalid
     */
    public static Agreement readAgreement(Path file) throws IOException {
        return DocumentFiles.fromFile(file, PactaJson::readAgreement);
    }

    /**
     * Writes an agreement as an {@code agreement/1} document.
     *
     * @param agreement the agreement
     * @return the document, ending with a newline
     * @throws PactaJsonException (code {@code UNWRITABLE}) if a date (or an instant, at any offset) is outside the years 0001 to 9999 that the format reads (never for an agreement that was read)
     */
    public static String writeAgreement(Agreement agreement) {
        return Documents.write(Objects.requireNonNull(agreement, "agreement"));
    }

    /**
     * Writes an agreement to a writer, which is flushed and not closed.
     *
     * @param agreement the agreement
     * @param writer the writer
     * @throws IOException if the writer fails
     */
    public static void writeAgreement(Agreement agreement, Writer writer) throws IOException {
        write(writeAgreement(agreement), writer);
    }

    /**
     * Writes an agreement to a stream in UTF-8; the stream is flushed and not closed.
     *
     * @param agreement the agreement
     * @param out the stream
     * @throws IOException if the stream fails
     */
    public static void writeAgreement(Agreement agreement, OutputStream out) throws IOException {
        write(writeAgreement(agreement), out);
    }

    /**
     * Writes an agreement to a UTF-8 file, replacing it if it exists.
     *
     * @param agreement the agreement
     * @param file the file
     * @throws IOException if the file cannot be written
     */
    public static void writeAgreement(Agreement agreement, Path file) throws IOException {
        Files.writeString(file, writeAgreement(agreement), StandardCharsets.UTF_8);
    }

    // ----------------------------------------------------------------------------------------------- timelines

    /**
     * Reads a {@code timeline/1} document.
     *
     * @param json the document
     * @return the timeline
     * @throws PactaJsonException if the document cannot be read or the timeline is invalid
     */
    public static Timeline readTimeline(String json) {
        Objects.requireNonNull(json, "json");
        return Documents.read(DocumentKind.TIMELINE, Timeline.class, json);
    }

    /**
     * Reads a {@code timeline/1} document from a reader, which is read to its end and not closed.
     *
     * @param reader the reader
     * @return the timeline
     * @throws IOException if the reader fails
     * @throws PactaJsonException if the document cannot be read or the timeline is invalid
     */
    public static Timeline readTimeline(Reader reader) throws IOException {
        return readTimeline(DocumentText.slurp(Objects.requireNonNull(reader, "reader")));
    }

    /**
     * Reads a {@code timeline/1} document from a UTF-8 stream, which is read to its end and not closed.
     *
     * @param in the stream
     * @return the timeline
     * @throws IOException if the stream fails
     * @throws PactaJsonException if the document cannot be read or the timeline is invalid
     */
    public static Timeline readTimeline(InputStream in) throws IOException {
        // Read from the bytes: a plain-ASCII timeline is parsed without decoding it to a String first.
        return Documents.readFast(
                DocumentKind.TIMELINE, Timeline.class, DocumentText.readBytes(Objects.requireNonNull(in, "in")));
    }

    /**
     * Reads a {@code timeline/1} document from a UTF-8 file.
     *
     * @param file the file
     * @return the timeline
     * @throws IOException if the file cannot be read
     * @throws PactaJsonException if the document cannot be read or the timeline is invalid
     */
    public static Timeline readTimeline(Path file) throws IOException {
        return DocumentFiles.fromFileBytes(
                file, bytes -> Documents.readFast(DocumentKind.TIMELINE, Timeline.class, bytes));
    }

    /**
     * Writes a timeline as a {@code timeline/1} document, events in input order.
     *
     * @param timeline the timeline
     * @return the document, ending with a newline
     * @throws PactaJsonException if an event's timestamp has an offset with seconds, which RFC 3339 cannot write, or
     *     its date is outside the years 0001 to 9999 that the format reads (never for a timeline that was read)
     */
    public static String writeTimeline(Timeline timeline) {
        return Documents.write(Objects.requireNonNull(timeline, "timeline"));
    }

    /**
     * Writes a timeline to a writer, which is flushed and not closed.
     *
     * @param timeline the timeline
     * @param writer the writer
     * @throws IOException if the writer fails
     */
    public static void writeTimeline(Timeline timeline, Writer writer) throws IOException {
        write(writeTimeline(timeline), writer);
    }

    /**
     * Writes a timeline to a stream in UTF-8; the stream is flushed and not closed.
     *
     * @param timeline the timeline
     * @param out the stream
     * @throws IOException if the stream fails
     */
    public static void writeTimeline(Timeline timeline, OutputStream out) throws IOException {
        write(writeTimeline(timeline), out);
    }

    /**
     * Writes a timeline to a UTF-8 file, replacing it if it exists.
     *
     * @param timeline the timeline
     * @param file the file
     * @throws IOException if the file cannot be written
     */
    public static void writeTimeline(Timeline timeline, Path file) throws IOException {
        Files.writeString(file, writeTimeline(timeline), StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------------------------------------- reports

    /**
     * Reads a {@code report/1} document.
     *
     * @param json the document
     * @return the report
     * @throws PactaJsonException if the document cannot be read
     */
    public static ComplianceReport readReport(String json) {
        Objects.requireNonNull(json, "json");
        return Documents.read(DocumentKind.REPORT, ComplianceReport.class, json);
    }

    /**
     * Reads a {@code report/1} document from a reader, which is read to its end and not closed.
     *
     * @param reader the reader
     * @return the report
     * @throws IOException if the reader fails
     * @throws PactaJsonException if the document cannot be read
     */
    public static ComplianceReport readReport(Reader reader) throws IOException {
        return readReport(DocumentText.slurp(Objects.requireNonNull(reader, "reader")));
    }

    /**
     * Reads a {@code report/1} document from a UTF-8 stream, which is read to its end and not closed.
     *
     * @param in the stream
     * @return the report
     * @throws IOException if the stream fails
     * @throws PactaJsonException if the document cannot be read
     */
    public static ComplianceReport readReport(InputStream in) throws IOException {
        return readReport(DocumentText.slurp(Objects.requireNonNull(in, "in")));
    }

    /**
     * Reads a {@code report/1} document from a UTF-8 file.
     *
     * @param file the file
     * @return the report
     * @throws IOException if the file cannot be read
     * @throws PactaJsonException if the document cannot be read
     */
    public static ComplianceReport readReport(Path file) throws IOException {
        return DocumentFiles.fromFile(file, PactaJson::readReport);
    }

    /**
     * Writes a report as a {@code report/1} document: every instance with its state, deadline, lateness, payment
     * figures, attribution and explanation, the milestones, findings, rights, payment balances and scorecards.
     * Instants are written at their offset in the report's zone; equal reports give byte-identical documents.
     *
     * @param report the report
     * @return the document, ending with a newline
     * @throws PactaJsonException (code {@code UNWRITABLE}) if a date (or an instant, at any offset) is outside the years 0001 to 9999 that the format reads: the engine can compute such dates for an agreement
     *     dated at the very end of the calendar (a deadline after 9999-12-31), and a document that no reader accepts
     *     is not written
     */
    public static String writeReport(ComplianceReport report) {
        return Documents.write(Objects.requireNonNull(report, "report"));
    }

    /**
     * Writes a report to a writer, which is flushed and not closed.
     *
     * @param report the report
     * @param writer the writer
     * @throws IOException if the writer fails
     */
    public static void writeReport(ComplianceReport report, Writer writer) throws IOException {
        write(writeReport(report), writer);
    }

    /**
     * Writes a report to a stream in UTF-8; the stream is flushed and not closed.
     *
     * @param report the report
     * @param out the stream
     * @throws IOException if the stream fails
     */
    public static void writeReport(ComplianceReport report, OutputStream out) throws IOException {
        write(writeReport(report), out);
    }

    /**
     * Writes a report to a UTF-8 file, replacing it if it exists.
     *
     * @param report the report
     * @param file the file
     * @throws IOException if the file cannot be written
     */
    public static void writeReport(ComplianceReport report, Path file) throws IOException {
        Files.writeString(file, writeReport(report), StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------------------------------------- changes

    /**
     * Reads a {@code changes/1} document.
     *
     * @param json the document
     * @return the changes
     * @throws PactaJsonException if the document cannot be read, including a change with neither a state before nor
     *     one after, or whose report and state after are not both present or both absent
     */
    public static ComplianceChanges readChanges(String json) {
        Objects.requireNonNull(json, "json");
        return Documents.read(DocumentKind.CHANGES, ComplianceChanges.class, json);
    }

    /**
     * Reads a {@code changes/1} document from a reader, which is read to its end and not closed.
     *
     * @param reader the reader
     * @return the changes
     * @throws IOException if the reader fails
     * @throws PactaJsonException if the document cannot be read
     */
    public static ComplianceChanges readChanges(Reader reader) throws IOException {
        return readChanges(DocumentText.slurp(Objects.requireNonNull(reader, "reader")));
    }

    /**
     * Reads a {@code changes/1} document from a UTF-8 stream, which is read to its end and not closed.
     *
     * @param in the stream
     * @return the changes
     * @throws IOException if the stream fails
     * @throws PactaJsonException if the document cannot be read
     */
    public static ComplianceChanges readChanges(InputStream in) throws IOException {
        return readChanges(DocumentText.slurp(Objects.requireNonNull(in, "in")));
    }

    /**
     * Reads a {@code changes/1} document from a UTF-8 file.
     *
     * @param file the file
     * @return the changes
     * @throws IOException if the file cannot be read
     * @throws PactaJsonException if the document cannot be read
     */
    public static ComplianceChanges readChanges(Path file) throws IOException {
        return DocumentFiles.fromFile(file, PactaJson::readChanges);
    }

    /**
     * Writes the changes of a live evaluation ({@link dev.pacta.core.engine.Evaluation#pollChanges()}) as a
     * {@code changes/1} document: the agreement, the previous look and this one, and every changed instance with its
     * states before and after and, unless it is gone, its report row as {@code report/1} writes it. Changes have no
     * zone, so instants are written in UTC; equal changes give byte-identical documents.
     *
     * @param changes the changes
     * @return the document, ending with a newline
     * @throws PactaJsonException (code {@code UNWRITABLE}) if a date (or an instant, at any offset) is outside the years 0001 to 9999 that the format reads, as for {@link #writeReport(ComplianceReport)}
     */
    public static String writeChanges(ComplianceChanges changes) {
        return Documents.write(Objects.requireNonNull(changes, "changes"));
    }

    /**
     * Writes changes to a writer, which is flushed and not closed.
     *
     * @param changes the changes
     * @param writer the writer
     * @throws IOException if the writer fails
     */
    public static void writeChanges(ComplianceChanges changes, Writer writer) throws IOException {
        write(writeChanges(changes), writer);
    }

    /**
     * Writes changes to a stream in UTF-8; the stream is flushed and not closed.
     *
     * @param changes the changes
     * @param out the stream
     * @throws IOException if the stream fails
     */
    public static void writeChanges(ComplianceChanges changes, OutputStream out) throws IOException {
        write(writeChanges(changes), out);
    }

    /**
     * Writes changes to a UTF-8 file, replacing it if it exists.
     *
     * @param changes the changes
     * @param file the file
     * @throws IOException if the file cannot be written
     */
    public static void writeChanges(ComplianceChanges changes, Path file) throws IOException {
        Files.writeString(file, writeChanges(changes), StandardCharsets.UTF_8);
    }

    // ----------------------------------------------------------------------------------------------- templates

    /**
     * Reads a {@code template/1} document: parameters and an agreement with {@code ${name}} placeholders (see
     * {@code docs/json-format.md}).
     *
     * <p>Reading checks the parameters and every placeholder and reports every such problem at once: a placeholder
     * that names no parameter, is of the wrong type for its position, or is not the whole value where a number, date
     * or amount belongs; a parameter that no placeholder uses; defaults and bounds that are not of the parameter's
     * type. It then reads the agreement once with sample values, for its shape. The agreement's domain rules depend
     * on the values and are checked by {@link AgreementTemplate#instantiate(java.util.Map)}, whose problems keep the
     * document's JSON paths and name the line and column.
     *
     * @param json the document
     * @return the template
     * @throws PactaJsonException if the document cannot be read
     */
    public static AgreementTemplate readTemplate(String json) {
        return Templates.read(Objects.requireNonNull(json, "json"), null);
    }

    /**
     * Reads a {@code template/1} document from a reader, which is read to its end and not closed.
     *
     * @param reader the reader
     * @return the template
     * @throws IOException if the reader fails
     * @throws PactaJsonException if the document cannot be read
     */
    public static AgreementTemplate readTemplate(Reader reader) throws IOException {
        return readTemplate(DocumentText.slurp(Objects.requireNonNull(reader, "reader")));
    }

    /**
     * Reads a {@code template/1} document from a UTF-8 stream, which is read to its end and not closed.
     *
     * @param in the stream
     * @return the template
     * @throws IOException if the stream fails
     * @throws PactaJsonException if the document cannot be read
     */
    public static AgreementTemplate readTemplate(InputStream in) throws IOException {
        return readTemplate(DocumentText.slurp(Objects.requireNonNull(in, "in")));
    }

    /**
     * Reads a {@code template/1} document from a UTF-8 file. Problems found when the template is instantiated name
     * this file, with the line and column.
     *
     * @param file the file
     * @return the template
     * @throws IOException if the file cannot be read
     * @throws PactaJsonException if the document cannot be read; its {@link PactaJsonException#source()} is the file
     */
    public static AgreementTemplate readTemplate(Path file) throws IOException {
        String source = Objects.requireNonNull(file, "file").toString();
        return DocumentFiles.fromFile(file, text -> Templates.read(text, source));
    }

    /**
     * Writes a template read from JSON back as a {@code template/1} document: marker, id, title, description, the
     * parameters in their order (name, type, default, min, max, description) and the agreement exactly as it was read,
     * {@code ${name}} placeholders and {@code $$} escapes kept (in the library's layout: two-space indent, one property
     * a line). {@code readTemplate(writeTemplate(t)).equals(t)}.
     *
     * @param template a template read with {@code readTemplate} (or for a scenario)
     * @return the document, ending with a newline
     * @throws PactaJsonException (code {@code UNWRITABLE}) if the template's body was written in Java: such a body is
     *     code, and cannot be written as JSON
     */
    public static String writeTemplate(AgreementTemplate template) {
        return Documents.write(TemplateWriter.of(Objects.requireNonNull(template, "template")));
    }

    /**
     * Writes a template to a writer, which is flushed and not closed; as {@link #writeTemplate(AgreementTemplate)}.
     *
     * @param template the template
     * @param writer the writer
     * @throws IOException if the writer fails
     * @throws PactaJsonException if the template's body was written in Java
     */
    public static void writeTemplate(AgreementTemplate template, Writer writer) throws IOException {
        write(writeTemplate(template), writer);
    }

    /**
     * Writes a template to a stream in UTF-8; the stream is flushed and not closed.
     *
     * @param template the template
     * @param out the stream
     * @throws IOException if the stream fails
     * @throws PactaJsonException if the template's body was written in Java
     */
    public static void writeTemplate(AgreementTemplate template, OutputStream out) throws IOException {
        write(writeTemplate(template), out);
    }

    /**
     * Writes a template to a UTF-8 file, replacing it if it exists.
     *
     * @param template the template
     * @param file the file
     * @throws IOException if the file cannot be written
     * @throws PactaJsonException if the template's body was written in Java
     */
    public static void writeTemplate(AgreementTemplate template, Path file) throws IOException {
        Files.writeString(file, writeTemplate(template), StandardCharsets.UTF_8);
    }

    // ----------------------------------------------------------------------------------------------- calendars

    /**
     * Reads a {@code calendar/1} document (see {@code docs/json-format.md}): a calendar of its own, or an {@code and}
     * / {@code or} of calendars that may name only the built-ins {@code WEEKENDS} and {@code NONE}.
     *
     * @param json the document
     * @return the calendar, named by the document's id
     * @throws PactaJsonException if the document cannot be read, names an unknown calendar
     *     ({@code UNKNOWN_CALENDAR}) or describes a calendar without business days
     *     ({@code CALENDAR_WITHOUT_BUSINESS_DAYS})
     */
    public static BusinessCalendar readCalendar(String json) {
        return readCalendar(json, CalendarSource.builtIns());
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
    public static BusinessCalendar readCalendar(String json, CalendarSource others) {
        Objects.requireNonNull(others, "others");
        CalendarDocument d = Documents.read(DocumentKind.CALENDAR, CalendarDocument.class, json);
        return Calendars.resolve(new Calendars.Doc(null, d), others);
    }

    /**
     * Reads a {@code calendar/1} document from a UTF-8 stream, which is read to its end and not closed; its combination
     * may name the built-in calendars only.
     *
     * @param in the stream
     * @return the calendar
     * @throws IOException if the stream fails
     * @throws PactaJsonException if the document cannot be read
     */
    public static BusinessCalendar readCalendar(InputStream in) throws IOException {
        return readCalendar(DocumentText.slurp(Objects.requireNonNull(in, "in")));
    }

    /**
     * Reads a {@code calendar/1} file whose combination may name the built-in calendars only.
     *
     * @param file the file
     * @return the calendar
     * @throws IOException if the file cannot be read
     * @throws PactaJsonException if the document cannot be read; its {@link PactaJsonException#source()} is the file
     */
    public static BusinessCalendar readCalendar(Path file) throws IOException {
        return readCalendar(file, CalendarSource.builtIns());
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
    public static BusinessCalendar readCalendar(Path file, CalendarSource others) throws IOException {
        return DocumentFiles.fromFile(file, text -> readCalendar(text, others));
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
    public static Map<CalendarId, BusinessCalendar> readCalendars(Path fileOrFolder, CalendarSource others)
            throws IOException {
        Objects.requireNonNull(others, "others");
        List<Path> files = DocumentFiles.calendarFiles(Objects.requireNonNull(fileOrFolder, "fileOrFolder"));
        List<Calendars.Doc> docs = new ArrayList<>();
        for (Path file : files) {
            docs.add(new Calendars.Doc(
                    file.toString(),
                    DocumentFiles.fromFile(
                            file, text -> Documents.read(DocumentKind.CALENDAR, CalendarDocument.class, text))));
        }
        return Calendars.resolveAll(docs, others);
    }

    /**
     * Writes a calendar as a {@code calendar/1} document: marker, id (the calendar's name), weekend days (when not
     * Saturday and Sunday), covered range, holidays with their names and working overrides. A combination is written
     * as the calendar it is. {@code readCalendar(writeCalendar(c)).equals(c)}.
     *
     * @param calendar the calendar; its name is the document's id
     * @return the document, ending with a newline
     * @throws PactaJsonException (code {@code UNWRITABLE}) if the calendar has no name, a name that is not an id, or a
     *     date outside the years 0001 to 9999
     */
    public static String writeCalendar(BusinessCalendar calendar) {
        return Documents.write(Objects.requireNonNull(calendar, "calendar"));
    }

    /**
     * Writes a calendar to a UTF-8 file, replacing it if it exists.
     *
     * @param calendar the calendar
     * @param file the file
     * @throws IOException if the file cannot be written
     * @throws PactaJsonException if the calendar cannot be written
     */
    public static void writeCalendar(BusinessCalendar calendar, Path file) throws IOException {
        Files.writeString(file, writeCalendar(calendar), StandardCharsets.UTF_8);
    }

    // ----------------------------------------------------------------------------------------------- scenarios

    /**
     * Reads a {@code scenario/1} document that holds its agreement. A scenario read from text has no folder to find
     * a template file in: use {@link #readScenario(Path)} or {@link #readScenario(String, Path)} for those.
     *
     * @param json the document
     * @return the scenario
     * @throws PactaJsonException if the document cannot be read, or refers to a template
     */
    public static Scenario readScenario(String json) {
        try {
            return Scenarios.read(Objects.requireNonNull(json, "json"), null);
        } catch (IOException e) {
            // Without a resolver nothing is read from a file.
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a {@code scenario/1} document whose template reference is relative to a folder, and must stay inside it
     * (see {@link #readScenario(String, Path, Path)}).
     *
     * @param json the document
     * @param directory the folder the template reference is relative to, and the only one it may lead into
     * @return the scenario
     * @throws IOException if the template file exists but cannot be read
     * @throws PactaJsonException if the scenario cannot be read, or its template (then the exception's
     *     {@link PactaJsonException#source()} is the template file)
     */
    public static Scenario readScenario(String json, Path directory) throws IOException {
        return readScenario(json, directory, directory);
    }

    /**
     * Reads a {@code scenario/1} document whose template reference is relative to a folder, and may lead anywhere
     * inside a root folder. A reference that is absolute or leads outside the root (through {@code ..} or a symbolic
     * link) is {@code TEMPLATE_OUTSIDE_ROOT}, and no file outside the root is opened; a file that is not a
     * {@code template/1} document is {@code NOT_A_TEMPLATE}, and none of its content is shown. So a scenario file from
     * an untrusted source can reach only the templates under the root.
     *
     * @param json the document
     * @param directory the folder the template reference is relative to
     * @param root the folder the template must be in, e.g. {@code directory}'s parent for
     *     {@code "../templates/web.template.json"}
     * @return the scenario
     * @throws IOException if the template file exists but cannot be read
     * @throws PactaJsonException if the scenario cannot be read, or its template (then the exception's
     *     {@link PactaJsonException#source()} is the template file)
     */
    public static Scenario readScenario(String json, Path directory, Path root) throws IOException {
        return Scenarios.read(Objects.requireNonNull(json, "json"), new FileTemplates(directory, root));
    }

    /**
     * Reads a {@code scenario/1} document from a UTF-8 stream, which is read to its end and not closed, as
     * {@link #readScenario(String, Path, Path)}: bytes that are not UTF-8 are {@code INVALID_ENCODING}, with the line
     * and column where they start.
     *
     * @param in the stream
     * @param directory the folder the template reference is relative to
     * @param root the folder the template must be in
     * @return the scenario
     * @throws IOException if the stream fails, or the template file exists but cannot be read
     * @throws PactaJsonException if the scenario cannot be read, or its template
     */
    public static Scenario readScenario(InputStream in, Path directory, Path root) throws IOException {
        return readScenario(DocumentText.slurp(Objects.requireNonNull(in, "in")), directory, root);
    }

    /**
     * Reads a {@code scenario/1} document from a reader, which is read to its end and not closed; as
     * {@link #readScenario(String)}.
     *
     * @param reader the reader
     * @return the scenario
     * @throws IOException if the reader fails
     * @throws PactaJsonException if the document cannot be read, or refers to a template
     */
    public static Scenario readScenario(Reader reader) throws IOException {
        return readScenario(DocumentText.slurp(Objects.requireNonNull(reader, "reader")));
    }

    /**
     * Reads a {@code scenario/1} document from a UTF-8 stream, which is read to its end and not closed; as
     * {@link #readScenario(String)}.
     *
     * @param in the stream
     * @return the scenario
     * @throws IOException if the stream fails
     * @throws PactaJsonException if the document cannot be read, or refers to a template
     */
    public static Scenario readScenario(InputStream in) throws IOException {
        return readScenario(DocumentText.slurp(Objects.requireNonNull(in, "in")));
    }

    /**
     * Reads a {@code scenario/1} file; a {@code "template"} reference is resolved relative to the file's folder, and
     * must stay inside it (see {@link #readScenario(String, Path, Path)}).
     *
     * @param file the file
     * @return the scenario
     * @throws IOException if the file or its template cannot be read
     * @throws PactaJsonException if the scenario or its template cannot be read; {@link PactaJsonException#source()}
     *     names the file the problem is in
     */
    public static Scenario readScenario(Path file) throws IOException {
        return readScenario(file, DocumentFiles.parentOf(file));
    }

    /**
     * Reads a {@code scenario/1} file whose {@code "template"} reference, relative to the file's folder, may lead
     * anywhere inside a root folder (see {@link #readScenario(String, Path, Path)}).
     *
     * @param file the file
     * @param root the folder the template must be in
     * @return the scenario
     * @throws IOException if the file or its template cannot be read
     * @throws PactaJsonException if the scenario or its template cannot be read; {@link PactaJsonException#source()}
     *     names the file the problem is in
     */
    public static Scenario readScenario(Path file, Path root) throws IOException {
        return ScenarioFiles.read(file, new FileTemplates(DocumentFiles.parentOf(file), root));
    }

    /**
     * Writes a scenario as a {@code scenario/1} document: marker, name, description, the agreement (without its
     * marker) or the template reference and parameter values (in the template's parameter order), the events in
     * order and the checks with every expectation (instances, milestones, findings as {@code "present"} and
     * {@code "absent"} lists, scorecard figures sorted by name). A scenario read from a file that refers to a template
     * writes the reference as it was written ({@code "template": "../templates/web.template.json"}); read the result
     * with {@link #readScenario(String, Path)} from the same folder. Equal scenarios give byte-identical documents,
     * and {@code readScenario(writeScenario(s)).equals(s)} for a scenario read from JSON or one with an agreement and
     * checks built in Java (findings round-trip when the present ones and the absent ones are each together).
     *
     * @param scenario the scenario
     * @return the document, ending with a newline
     * @throws PactaJsonException (code {@code UNWRITABLE}) if the scenario's template has no reference to write (it
     *     was not read for a scenario file: {@code scenario/1} has no inline templates) or a body written in Java, a
     *     parameter value is not of its parameter's type, a check expects the same instance, milestone or party
     *     twice, an event's timestamp has an offset with seconds, or a date is outside the years 0001 to 9999
     */
    public static String writeScenario(Scenario scenario) {
        return Documents.write(ScenarioWriter.of(Objects.requireNonNull(scenario, "scenario")));
    }

    /**
     * Writes a scenario to a writer, which is flushed and not closed; as {@link #writeScenario(Scenario)}.
     *
     * @param scenario the scenario
     * @param writer the writer
     * @throws IOException if the writer fails
     * @throws PactaJsonException if the scenario cannot be written
     */
    public static void writeScenario(Scenario scenario, Writer writer) throws IOException {
        write(writeScenario(scenario), writer);
    }

    /**
     * Writes a scenario to a stream in UTF-8; the stream is flushed and not closed.
     *
     * @param scenario the scenario
     * @param out the stream
     * @throws IOException if the stream fails
     * @throws PactaJsonException if the scenario cannot be written
     */
    public static void writeScenario(Scenario scenario, OutputStream out) throws IOException {
        write(writeScenario(scenario), out);
    }

    /**
     * Writes a scenario to a UTF-8 file, replacing it if it exists. A template reference is written as it was read,
     * relative to the folder of the file it was read from.
     *
     * @param scenario the scenario
     * @param file the file
     * @throws IOException if the file cannot be written
     * @throws PactaJsonException if the scenario cannot be written
     */
    public static void writeScenario(Scenario scenario, Path file) throws IOException {
        Files.writeString(file, writeScenario(scenario), StandardCharsets.UTF_8);
    }

    /**
     * Reads one scenario file, or every {@code *.scenario.json} file under a folder and its subfolders, in the order
     * of their paths relative to the folder. A template used by several scenarios is read once.
     *
     * Templates must be inside the folder (for one file, inside its folder); see
     * {@link #readScenarios(Path, Path)}.
     *
     * @param fileOrFolder a scenario file or a folder
     * @return the scenarios
     * @throws IOException if a file cannot be read
     * @throws PactaJsonException at the first file that cannot be read; its {@link PactaJsonException#source()} names
     *     the file
     */
    public static List<Scenario> readScenarios(Path fileOrFolder) throws IOException {
        return readScenarios(fileOrFolder, DocumentFiles.rootOf(fileOrFolder));
    }

    /**
     * As {@link #readScenarios(Path)}, with templates anywhere inside a root folder (see
     * {@link #readScenario(String, Path, Path)}).
     *
     * @param fileOrFolder a scenario file or a folder
     * @param root the folder templates must be in
     * @return the scenarios
     * @throws IOException if a file cannot be read
     * @throws PactaJsonException at the first file that cannot be read; its {@link PactaJsonException#source()} names
     *     the file
     */
    public static List<Scenario> readScenarios(Path fileOrFolder, Path root) throws IOException {
        return ScenarioFiles.readAll(fileOrFolder, root);
    }

    /**
     * One test per scenario under a folder (or in one file), for JUnit 5 dynamic tests without this library
     * depending on JUnit:
     *
     * <pre>{@code
     * @TestFactory
     * Stream<DynamicTest> scenarios() {
     *     return PactaJson.scenarioTests(Path.of("src/test/scenarios"), ComplianceEngine.of(calendars)).stream()
     *             .map(t -> DynamicTest.dynamicTest(t.name(), t.test()::run));
     * }
     * }</pre>
     *
     * Each test is named {@code <scenario name> [<file relative to the folder>]} and throws an
     * {@link AssertionError} listing every mismatch (see {@link dev.pacta.core.scenario.ScenarioResult}). Nothing
     * throws here: a file that cannot be read becomes a test that fails with the file, the JSON path, the line and
     * the column; a folder that does not exist or holds no {@code *.scenario.json} file becomes one failing test, so
     * that a mistyped folder never passes silently.
     *
     * @param fileOrFolder a folder of scenario files (searched recursively), or one file
     * @param engine the engine to run the scenarios with
     * @return the tests, in the order of the files
     */
    public static List<NamedTest> scenarioTests(Path fileOrFolder, ComplianceEngine engine) {
        return scenarioTests(fileOrFolder, ScenarioRunner.of(Objects.requireNonNull(engine, "engine")));
    }

    /**
     * As {@link #scenarioTests(Path, ComplianceEngine)}, with a runner of one's own (e.g. with custom
     * {@link dev.pacta.core.scenario.ActualValues}).
     *
     * @param fileOrFolder a folder of scenario files (searched recursively), or one file
     * @param runner the runner
     * @return the tests, in the order of the files
     */
    public static List<NamedTest> scenarioTests(Path fileOrFolder, ScenarioRunner runner) {
        return scenarioTests(
                fileOrFolder, DocumentFiles.rootOf(Objects.requireNonNull(fileOrFolder, "fileOrFolder")), runner);
    }

    /**
     * As {@link #scenarioTests(Path, ScenarioRunner)}, with templates anywhere inside a root folder rather than only
     * inside {@code fileOrFolder} (see {@link #readScenario(String, Path, Path)}).
     *
     * @param fileOrFolder a folder of scenario files (searched recursively), or one file
     * @param root the folder templates must be in
     * @param runner the runner
     * @return the tests, in the order of the files
     */
    public static List<NamedTest> scenarioTests(Path fileOrFolder, Path root, ScenarioRunner runner) {
        Objects.requireNonNull(fileOrFolder, "fileOrFolder");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(runner, "runner");
        return ScenarioFiles.tests(fileOrFolder, root, runner);
    }

    // ------------------------------------------------------------------------------------------------- any kind

    /**
     * Tells which kind of document this is from its format marker, reading no further than the marker: the first
     * property of a document Pacta wrote, anywhere at the top level of one whose keys were sorted.
     *
     * @param json the document
     * @return the kind
     * @throws PactaJsonException if the document has no known marker {@code "pacta": "<known marker>"} at its top
     *     level, or is not well formed up to the marker
     */
    public static DocumentKind detectKind(String json) {
        return DocumentKinds.detect(Objects.requireNonNull(json, "json"));
    }

    /**
     * Tells which kind of document a reader holds; the reader is read to its end and not closed.
     *
     * @param reader the reader
     * @return the kind
     * @throws IOException if the reader fails
     * @throws PactaJsonException if the document has no known marker at its top level
     */
    public static DocumentKind detectKind(Reader reader) throws IOException {
        return detectKind(DocumentText.slurp(Objects.requireNonNull(reader, "reader")));
    }

    /**
     * Tells which kind of document a UTF-8 stream holds; the stream is read to its end and not closed.
     *
     * @param in the stream
     * @return the kind
     * @throws IOException if the stream fails
     * @throws PactaJsonException if the document has no known marker at its top level
     */
    public static DocumentKind detectKind(InputStream in) throws IOException {
        return detectKind(DocumentText.slurp(Objects.requireNonNull(in, "in")));
    }

    /**
     * Tells which kind of document a UTF-8 file holds.
     *
     * @param file the file
     * @return the kind
     * @throws IOException if the file cannot be read
     * @throws PactaJsonException if the document has no known marker at its top level
     */
    public static DocumentKind detectKind(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return detectKind(in);
        }
    }

    /**
     * The JSON Schema (draft 2020-12) of a kind of document, as shipped in this jar, for editors and validators.
     *
     * @param kind the kind
     * @return the schema's text
     */
    public static String schema(DocumentKind kind) {
        String name = "schema/" + kind.marker().replace('/', '-') + ".schema.json";
        try (InputStream in = PactaJson.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("schema " + name + " is missing from pacta-json");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(String document, Writer writer) throws IOException {
        Objects.requireNonNull(writer, "writer").write(document);
        writer.flush();
    }

    private static void write(String document, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out").write(document.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
