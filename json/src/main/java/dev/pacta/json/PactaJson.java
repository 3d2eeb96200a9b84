package dev.pacta.json;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.json.internal.Documents;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads and writes Pacta's JSON documents: {@code agreement/1} and {@code timeline/1} (see
 * {@code docs/json-format.md}).
 *
 * <pre>{@code
 * Agreement agreement = PactaJson.readAgreement(Path.of("web-2026.agreement.json"));
 * Timeline timeline = PactaJson.readTimeline(Path.of("web-2026.timeline.json"));
 * String json = PactaJson.writeAgreement(agreement);
 * }</pre>
 *
 * <p><b>Reading</b> is strict and hardened: unknown properties, duplicate keys, trailing content, {@code null}
 * values, floats or strings where whole numbers belong, lenient dates and times, unknown kinds and documents over
 * the limits (nesting depth 64, strings of 65,536 characters, numbers of 40 characters, documents of 16 MiB) are
 * rejected with a {@link PactaJsonException} that names the JSON path, line and column; a document that parses but
 * describes an invalid agreement reports every domain problem at once. No other exception escapes, except an
 * {@link IOException} when the file or stream itself fails. Text input is read as UTF-8; streams, readers and
 * writers passed in are never closed.
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
        return readAgreement(Documents.slurp(Objects.requireNonNull(reader, "reader")));
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
        return readAgreement(Documents.slurp(Objects.requireNonNull(in, "in")));
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
        try (InputStream in = Files.newInputStream(file)) {
            return readAgreement(in);
        }
    }

    /**
     * Writes an agreement as an {@code agreement/1} document.
     *
     * @param agreement the agreement
     * @return the document, ending with a newline
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
        return readTimeline(Documents.slurp(Objects.requireNonNull(reader, "reader")));
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
        return readTimeline(Documents.slurp(Objects.requireNonNull(in, "in")));
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
        try (InputStream in = Files.newInputStream(file)) {
            return readTimeline(in);
        }
    }

    /**
     * Writes a timeline as a {@code timeline/1} document, events in input order.
     *
     * @param timeline the timeline
     * @return the document, ending with a newline
     * @throws PactaJsonException if an event's timestamp has an offset with seconds, which RFC 3339 cannot write
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
        return readReport(Documents.slurp(Objects.requireNonNull(reader, "reader")));
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
        return readReport(Documents.slurp(Objects.requireNonNull(in, "in")));
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
        try (InputStream in = Files.newInputStream(file)) {
            return readReport(in);
        }
    }

    /**
     * Writes a report as a {@code report/1} document: every instance with its state, deadline, lateness, payment
     * figures, attribution and explanation, the milestones, findings, rights, payment balances and scorecards.
     * Instants are written at their offset in the report's zone; equal reports give byte-identical documents.
     *
     * @param report the report
     * @return the document, ending with a newline
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

    // ------------------------------------------------------------------------------------------------- any kind

    /**
     * Tells which kind of document this is from its format marker, reading no further than the marker.
     *
     * @param json the document
     * @return the kind
     * @throws PactaJsonException if the document does not start with {@code {"pacta": "<known marker>"}}
     */
    public static DocumentKind detectKind(String json) {
        return Documents.detect(Objects.requireNonNull(json, "json"));
    }

    /**
     * Tells which kind of document a reader holds; the reader is read to its end and not closed.
     *
     * @param reader the reader
     * @return the kind
     * @throws IOException if the reader fails
     * @throws PactaJsonException if the document does not start with a known marker
     */
    public static DocumentKind detectKind(Reader reader) throws IOException {
        return detectKind(Documents.slurp(Objects.requireNonNull(reader, "reader")));
    }

    /**
     * Tells which kind of document a UTF-8 stream holds; the stream is read to its end and not closed.
     *
     * @param in the stream
     * @return the kind
     * @throws IOException if the stream fails
     * @throws PactaJsonException if the document does not start with a known marker
     */
    public static DocumentKind detectKind(InputStream in) throws IOException {
        return detectKind(Documents.slurp(Objects.requireNonNull(in, "in")));
    }

    /**
     * Tells which kind of document a UTF-8 file holds.
     *
     * @param file the file
     * @return the kind
     * @throws IOException if the file cannot be read
     * @throws PactaJsonException if the document does not start with a known marker
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
