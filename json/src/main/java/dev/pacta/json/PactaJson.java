package dev.pacta.json;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.report.ComplianceChanges;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.template.AgreementTemplate;
import dev.pacta.json.internal.document.DocumentFiles;
import dev.pacta.json.internal.document.DocumentKinds;
import dev.pacta.json.internal.document.DocumentText;
import dev.pacta.json.internal.document.Documents;
import dev.pacta.json.internal.document.TemplateWriter;
import dev.pacta.json.internal.document.Templates;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;

/**
 * Reads and writes Pacta's JSON documents (see {@code docs/json-format.md}): one {@link DocumentFormat} per kind,
 * {@link #AGREEMENT} ({@code agreement/1}), {@link #TIMELINE} ({@code timeline/1}), {@link #REPORT}
 * ({@code report/1}), {@link #CHANGES} ({@code changes/1}, the changes of a live evaluation), {@link #TEMPLATE}
 * ({@code template/1}), {@link #CALENDAR} ({@code calendar/1}, business calendars) and {@link #SCENARIO}
 * ({@code scenario/1}, which also makes a folder of scenario files tests). Templates and scenarios are written back as
 * they were read: a template's agreement with its {@code ${name}} placeholders, a scenario's template reference as
 * written. A template whose body is Java code cannot be written.
 *
 * <pre>{@code
 * Agreement agreement = PactaJson.readAgreement(Path.of("web-2026.agreement.json"));
 * Timeline timeline = PactaJson.readTimeline(Path.of("web-2026.timeline.json"));
 * String report = PactaJson.REPORT.write(engine.evaluate(agreement, timeline, LocalDate.of(2026, 3, 10)));
 * String changes = PactaJson.CHANGES.write(evaluation.append(event).pollChanges());
 * AgreementTemplate web = PactaJson.TEMPLATE.read(Path.of("templates/web-development.template.json"));
 * List<NamedTest> tests = PactaJson.SCENARIO.tests(Path.of("scenarios"), engine);
 * }</pre>
 *
 * <p><b>Shortcuts.</b> Each format reads from a {@code String}, {@link Reader}, {@link InputStream} or {@link Path}
 * and writes to a {@code String}, {@link java.io.Writer}, {@link java.io.OutputStream} or {@link Path}, so the
 * formats replace the static methods per kind and input of earlier versions. Three static shortcuts remain, for what
 * the README and the first lines of {@code docs/json-format.md} show a new user: {@link #readAgreement(Path)} and
 * {@link #readTimeline(Path)}, the two files every evaluation starts from, and {@link #detectKind(String)} (with its
 * reader, stream and file forms), which belongs to no one kind. {@link #format(DocumentKind)} gives the format of a
 * kind found that way.
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
 * documents and {@code read(write(x)).equals(x)}. A value that no reader would read back (a date, or an instant at
 * any offset, outside the years 0001 to 9999, such as a deadline after 9999-12-31 that the engine computed for an
 * agreement dated at the very end of the calendar) is not written: {@code UNWRITABLE}.
 *
 * <p>This class is thread-safe; it holds only immutable, shared configuration.
 */
public final class PactaJson {
    /** {@code agreement/1} documents: an {@link Agreement}, read valid. */
    public static final DocumentFormat<Agreement> AGREEMENT =
            DocumentFormat.of(DocumentKind.AGREEMENT, Agreement.class);

    /**
     * {@code timeline/1} documents: a {@link Timeline}, events written in input order. An event's timestamp whose
     * offset has seconds, which RFC 3339 cannot write, is {@code UNWRITABLE}. A plain-ASCII timeline read from a
     * stream or a file is parsed from its bytes, without decoding it to a {@code String} first.
     */
    public static final DocumentFormat<Timeline> TIMELINE = new DocumentFormat<>(
            DocumentKind.TIMELINE,
            json -> Documents.read(DocumentKind.TIMELINE, Timeline.class, json),
            bytes -> Documents.readFast(DocumentKind.TIMELINE, Timeline.class, bytes),
            null,
            Function.identity());

    /**
     * {@code report/1} documents: a {@link ComplianceReport}, every instance with its state, deadline, lateness,
     * payment figures, attribution and explanation, the milestones, findings, rights, payment balances and
     * scorecards. Instants are written at their offset in the report's zone.
     */
    public static final DocumentFormat<ComplianceReport> REPORT =
            DocumentFormat.of(DocumentKind.REPORT, ComplianceReport.class);

    /**
     * {@code changes/1} documents: the {@link ComplianceChanges} of a live evaluation
     * ({@link dev.pacta.core.engine.Evaluation#pollChanges()}), the agreement, the previous look and this one, and
     * every changed instance with its states before and after and, unless it is gone, its report row as
     * {@link #REPORT} writes it. Changes have no zone, so instants are written in UTC. Reading fails for a change with
     * neither a state before nor one after, or whose report and state after are not both present or both absent.
     */
    public static final DocumentFormat<ComplianceChanges> CHANGES =
            DocumentFormat.of(DocumentKind.CHANGES, ComplianceChanges.class);

    /**
     * {@code template/1} documents: an {@link AgreementTemplate}, parameters and an agreement with {@code ${name}}
     * placeholders.
     *
     * <p>Reading checks the parameters and every placeholder and reports every such problem at once: a placeholder
     * that names no parameter, is of the wrong type for its position, or is not the whole value where a number, date
     * or amount belongs; a parameter that no placeholder uses; defaults and bounds that are not of the parameter's
     * type. It then reads the agreement once with sample values, for its shape. The agreement's domain rules depend
     * on the values and are checked by {@link AgreementTemplate#instantiate(java.util.Map)}, whose problems keep the
     * document's JSON paths and name the line and column (and the file, for a template read from one).
     *
     * <p>Writing writes a template read from JSON (or for a scenario) back: marker, id, title, description, the
     * parameters in their order (name, type, default, min, max, description) and the agreement exactly as it was
     * read, {@code ${name}} placeholders and {@code $$} escapes kept, in the library's layout. A template whose body
     * was written in Java is code, and cannot be written: {@code UNWRITABLE}.
     */
    public static final DocumentFormat<AgreementTemplate> TEMPLATE = new DocumentFormat<>(
            DocumentKind.TEMPLATE,
            json -> Templates.read(json, null),
            null,
            file -> DocumentFiles.fromFile(file, text -> Templates.read(text, file.toString())),
            TemplateWriter::of);

    /**
     * {@code calendar/1} documents: a {@link dev.pacta.core.time.BusinessCalendar}, its own or an {@code and} /
     * {@code or} of others; see {@link CalendarFormat} for calendars that name others.
     */
    public static final CalendarFormat CALENDAR = new CalendarFormat();

    /**
     * {@code scenario/1} documents: a {@link dev.pacta.core.scenario.Scenario}; see {@link ScenarioFormat} for
     * scenarios that refer to a template file, folders of scenario files, and scenario files as tests.
     */
    public static final ScenarioFormat SCENARIO = new ScenarioFormat();

    private PactaJson() {}

    /**
     * The format of a kind of document, e.g. for the kind {@link #detectKind(String)} tells.
     *
     * @param kind the kind
     * @return its format, one of this class's constants
     */
    public static DocumentFormat<?> format(DocumentKind kind) {
        return switch (Objects.requireNonNull(kind, "kind")) {
            case AGREEMENT -> AGREEMENT;
            case TIMELINE -> TIMELINE;
            case REPORT -> REPORT;
            case CHANGES -> CHANGES;
            case TEMPLATE -> TEMPLATE;
            case CALENDAR -> CALENDAR;
            case SCENARIO -> SCENARIO;
        };
    }

    // ----------------------------------------------------------------------------------------------- shortcuts

    /**
     * Reads an {@code agreement/1} file: a shortcut for {@code PactaJson.AGREEMENT.read(file)}.
     *
     * @param file the file
     * @return the agreement, valid
     * @throws IOException if the file cannot be read
     * @throws PactaJsonException if the document cannot be read or the agreement is invalid; its
     *     {@link PactaJsonException#source()} is the file
     */
    public static Agreement readAgreement(Path file) throws IOException {
        return AGREEMENT.read(file);
    }

    /**
     * Reads a {@code timeline/1} file: a shortcut for {@code PactaJson.TIMELINE.read(file)}.
     *
     * @param file the file
     * @return the timeline
     * @throws IOException if the file cannot be read
     * @throws PactaJsonException if the document cannot be read or the timeline is invalid; its
     *     {@link PactaJsonException#source()} is the file
     */
    public static Timeline readTimeline(Path file) throws IOException {
        return TIMELINE.read(file);
    }

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
     * @throws PactaJsonException if the document has no known marker at its top level, or is not UTF-8
     *     ({@code INVALID_ENCODING})
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
}
