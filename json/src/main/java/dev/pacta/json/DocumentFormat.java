package dev.pacta.json;

import dev.pacta.json.internal.document.DocumentFiles;
import dev.pacta.json.internal.document.DocumentText;
import dev.pacta.json.internal.document.Documents;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * One kind of Pacta document, read and written: {@link PactaJson#AGREEMENT}, {@link PactaJson#TIMELINE},
 * {@link PactaJson#REPORT}, {@link PactaJson#CHANGES}, {@link PactaJson#TEMPLATE}, {@link PactaJson#CALENDAR} (a
 * {@link CalendarFormat}, which also reads calendars that name others) and {@link PactaJson#SCENARIO} (a
 * {@link ScenarioFormat}, which also finds a scenario's template files and runs scenario files as tests).
 *
 * <pre>{@code
 * Agreement agreement = PactaJson.AGREEMENT.read(Path.of("web-2026.agreement.json"));
 * PactaJson.REPORT.write(engine.evaluate(agreement, timeline, asOf), out);
 * }</pre>
 *
 * <p>Every format reads from a {@code String}, a {@link Reader}, a UTF-8 {@link InputStream} or a UTF-8 file, and
 * writes to a {@code String}, a {@link Writer}, a UTF-8 {@link OutputStream} or a UTF-8 file; reading and writing
 * follow the rules of {@link PactaJson} (strict reading, every failure a {@link PactaJsonException} with its JSON
 * path, line and column; stable writing). Streams, readers and writers passed in are read to their end or flushed,
 * and never closed. A document read from a {@link Path} names its file in the exception
 * ({@link PactaJsonException#source()}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the value a document of this kind describes
 */
public sealed class DocumentFormat<T> permits CalendarFormat, ScenarioFormat {
    private final DocumentKind kind;
    private final String valueName;
    private final Function<String, T> fromText;
    private final DocumentFiles.FromBytes<T> fromBytes;
    private final FromFile<T> fromFile;
    private final Function<? super T, ?> toWritten;

    /**
     * Reads a document from a file, naming the file in any problem.
     *
     * @param <T> the value
     */
    @FunctionalInterface
    interface FromFile<T> {
        T read(Path file) throws IOException;
    }

    /**
     * A format.
     *
     * @param kind the kind
     * @param fromText reads a document's text (never null)
     * @param fromBytes reads a document's UTF-8 bytes, from a stream or a file; null to decode them and read the text
     * @param fromFile reads a file; null to read its bytes with {@code fromBytes}, naming the file in any problem
     * @param toWritten the value that {@link Documents#write(Object)} writes for a value of this kind
     */
    DocumentFormat(
            DocumentKind kind,
            Function<String, T> fromText,
            DocumentFiles.FromBytes<T> fromBytes,
            FromFile<T> fromFile,
            Function<? super T, ?> toWritten) {
        this.kind = kind;
        // The name in a null value's message: "agreement", "timeline", "report", "changes", ...
        this.valueName = kind.name().toLowerCase(Locale.ROOT);
        this.fromText = fromText;
        this.fromBytes = fromBytes != null ? fromBytes : bytes -> fromText.apply(DocumentText.decode(bytes));
        this.fromFile = fromFile != null ? fromFile : file -> DocumentFiles.fromFileBytes(file, this.fromBytes);
        this.toWritten = toWritten;
    }

    /**
     * A format whose documents are read by the mapper as a value of one type, and whose values are written as they
     * are.
     */
    static <T> DocumentFormat<T> of(DocumentKind kind, Class<T> type) {
        return new DocumentFormat<>(kind, json -> Documents.read(kind, type, json), null, null, Function.identity());
    }

    /**
     * The kind of document this format reads and writes.
     *
     * @return the kind, e.g. {@link DocumentKind#AGREEMENT} for {@link PactaJson#AGREEMENT}
     */
    public DocumentKind kind() {
        return kind;
    }

    /**
     * The JSON Schema (draft 2020-12) of this kind of document, as shipped in this jar, for editors and validators.
     *
     * @return the schema's text
     */
    public String schema() {
        String name = "schema/" + kind.marker().replace('/', '-') + ".schema.json";
        try (InputStream in = DocumentFormat.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("schema " + name + " is missing from pacta-json");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a document. A scenario read from text has no folder to find a template file in: see
     * {@link ScenarioFormat#read(String, Path)}.
     *
     * @param json the document
     * @return the value; an agreement, timeline or scenario is valid
     * @throws PactaJsonException if the document cannot be read or describes an invalid value, with every domain
     *     problem at once
     */
    public T read(String json) {
        return fromText.apply(Objects.requireNonNull(json, "json"));
    }

    /**
     * Reads a document from a reader, which is read to its end and not closed.
     *
     * @param reader the reader
     * @return the value
     * @throws IOException if the reader fails
     * @throws PactaJsonException if the document cannot be read or describes an invalid value
     */
    public T read(Reader reader) throws IOException {
        return read(DocumentText.slurp(Objects.requireNonNull(reader, "reader")));
    }

    /**
     * Reads a document from a UTF-8 stream, which is read to its end and not closed: bytes that are not UTF-8 are
     * {@code INVALID_ENCODING}, with the line and column where they start.
     *
     * @param in the stream
     * @return the value
     * @throws IOException if the stream fails
     * @throws PactaJsonException if the document cannot be read or describes an invalid value
     */
    public T read(InputStream in) throws IOException {
        return fromBytes.read(DocumentText.readBytes(Objects.requireNonNull(in, "in")));
    }

    /**
     * Reads a document from a UTF-8 file. A template remembers the file, and problems found when it is instantiated
     * name it with the line and column; a scenario's template reference is resolved relative to the file's folder,
     * and must stay inside it (see {@link ScenarioFormat#read(String, Path, Path)}).
     *
     * @param file the file
     * @return the value
     * @throws IOException if the file (or a scenario's template) cannot be read
     * @throws PactaJsonException if the document cannot be read or describes an invalid value; its
     *     {@link PactaJsonException#source()} names the file the problem is in
     */
    public T read(Path file) throws IOException {
        return fromFile.read(Objects.requireNonNull(file, "file"));
    }

    /**
     * Writes a value as a document: a fixed property order, the format marker first, two-space indent, LF line ends
     * and a final newline, so equal values give byte-identical documents and {@code read(write(x)).equals(x)}.
     *
     * @param value the value
     * @return the document, ending with a newline
     * @throws PactaJsonException (code {@code UNWRITABLE}) if the value holds what no reader would read back: a date
     *     (or an instant, at any offset) outside the years 0001 to 9999, an event timestamp whose offset has seconds,
     *     a text over the reader's limits; a template or a scenario's template whose body was written in Java; a
     *     calendar without a name that is an id (see {@code docs/json-format.md})
     */
    public String write(T value) {
        return Documents.write(toWritten.apply(Objects.requireNonNull(value, valueName)));
    }

    /**
     * Writes a value to a writer, which is flushed and not closed.
     *
     * @param value the value
     * @param writer the writer
     * @throws IOException if the writer fails
     * @throws PactaJsonException if the value cannot be written, as {@link #write(Object)}
     */
    public void write(T value, Writer writer) throws IOException {
        String document = write(value);
        Objects.requireNonNull(writer, "writer").write(document);
        writer.flush();
    }

    /**
     * Writes a value to a stream in UTF-8; the stream is flushed and not closed.
     *
     * @param value the value
     * @param out the stream
     * @throws IOException if the stream fails
     * @throws PactaJsonException if the value cannot be written, as {@link #write(Object)}
     */
    public void write(T value, OutputStream out) throws IOException {
        String document = write(value);
        Objects.requireNonNull(out, "out").write(document.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /**
     * Writes a value to a UTF-8 file, replacing it if it exists. A scenario's template reference is written as it
     * was read, relative to the folder of the file it was read from.
     *
     * @param value the value
     * @param file the file
     * @throws IOException if the file cannot be written
     * @throws PactaJsonException if the value cannot be written, as {@link #write(Object)}
     */
    public void write(T value, Path file) throws IOException {
        Files.writeString(file, write(value), StandardCharsets.UTF_8);
    }

    /**
     * The format's marker, for messages.
     *
     * @return e.g. {@code "DocumentFormat[agreement/1]"}
     */
    @Override
    public String toString() {
        return "DocumentFormat[" + kind.marker() + "]";
    }
}
