package dev.pacta.json.internal.document;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.pacta.json.DocumentKind;
import dev.pacta.json.JsonProblem;
import dev.pacta.json.PactaJsonException;
import dev.pacta.json.internal.JsonPaths;
import dev.pacta.json.internal.Limits;
import dev.pacta.json.internal.Markers;
import dev.pacta.json.internal.ReadError;
import dev.pacta.json.internal.Tokens;
import dev.pacta.json.internal.deser.CalendarDocument;
import dev.pacta.json.internal.deser.ReadContext;
import dev.pacta.json.internal.deser.ScenarioDocument;
import dev.pacta.json.internal.deser.TemplateDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes whole documents on a private, hardened factory and mapper; the engine room of
 * {@link dev.pacta.json.PactaJson}. Every failure to read becomes a {@link PactaJsonException}.
 */
public final class Documents {
    /** The hardened factory: strict duplicate detection and the {@link Limits}. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(Limits.MAX_NESTING_DEPTH)
                    .maxStringLength(Limits.MAX_STRING_LENGTH)
                    .maxNameLength(Limits.MAX_NAME_LENGTH)
                    .maxNumberLength(Limits.MAX_NUMBER_LENGTH)
                    .maxDocumentLength(Limits.MAX_DOCUMENT_CHARS)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    /**
     * The hardened factory for results (reports and changes), whose strings may quote the agreement's texts: as
     * {@link #FACTORY}, with strings up to {@link Limits#MAX_RESULT_STRING_LENGTH}.
     */
    private static final JsonFactory RESULT_FACTORY = FACTORY.rebuild()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(Limits.MAX_NESTING_DEPTH)
                    .maxStringLength(Limits.MAX_RESULT_STRING_LENGTH)
                    .maxNameLength(Limits.MAX_NAME_LENGTH)
                    .maxNumberLength(Limits.MAX_NUMBER_LENGTH)
                    .maxDocumentLength(Limits.MAX_DOCUMENT_CHARS)
                    .build())
            .build();

    /** The longest string a document of a kind may hold, as its reader reads it and its writer writes it. */
    private static int maxString(DocumentKind kind) {
        return kind == DocumentKind.REPORT || kind == DocumentKind.CHANGES
                ? Limits.MAX_RESULT_STRING_LENGTH
                : Limits.MAX_STRING_LENGTH;
    }

    /**
     * The hardened mapper. Pacta's deserializers are strict on their own; these settings also close the doors that
     * Jackson's generic deserializers would open (no default typing is ever activated).
     */
    private static final JsonMapper MAPPER = JsonMapper.builder(FACTORY)
            .addModule(Bindings.register(new SimpleModule("dev.pacta.json")))
            .addModule(new SimpleModule("dev.pacta.json.documents")
                    .addDeserializer(TemplateDocument.class, TemplateDocument.Deserializer.INSTANCE)
                    .addDeserializer(ScenarioDocument.class, ScenarioDocument.Deserializer.INSTANCE)
                    .addDeserializer(CalendarDocument.class, CalendarDocument.Deserializer.INSTANCE))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .withCoercionConfigDefaults(c -> c.setAcceptBlankAsEmpty(false)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .withCoercionConfig(
                    LogicalType.Integer,
                    c -> c.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .withCoercionConfig(
                    LogicalType.Boolean,
                    c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .build();

    private static final ObjectReader READER = MAPPER.reader();

    /**
     * The hardened factory without Jackson's own duplicate-key check, for the fast first attempt of
     * {@link #readFast}. Jackson's check keeps a hash set of the names of every object with more than two properties
     * (each event of a timeline); the readers of the kinds in {@link #SELF_CHECKED} reject a repeated key themselves,
     * so a document with one still fails, and is then read again on {@link #FACTORY} for the exact error.
     */
    private static final JsonFactory FAST_FACTORY = FACTORY.rebuild()
            .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /**
     * The kinds whose readers reject a repeated property name in every object: through {@code ObjectCursor}, or a
     * check of their own (the milestone targets of an amendment). Only these may be read on {@link #FAST_FACTORY}.
     */
    private static final Set<DocumentKind> SELF_CHECKED = EnumSet.of(DocumentKind.TIMELINE);

    /** For values embedded in a document: reads one value and stops, whatever follows. */
    private static final ObjectReader EMBEDDED_READER =
            MAPPER.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Two-space indent, {@code "name": value}, LF line ends whatever the platform. */
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    /**
     * For the agreement of a template, kept as written: decimals exactly as written (trailing zeros kept), so that
     * writing the tree back gives the same numbers.
     */
    private static final ObjectReader TREE_READER = MAPPER.reader()
            .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .without(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);

    private Documents() {}

    /**
     * Reads the value of a top-level property of a document as a tree, numbers exactly as written.
     *
     * @param json the document, already read once (so known to be well formed)
     * @param property the property
     * @return the tree
     * @throws PactaJsonException if the document cannot be read
     */
    public static com.fasterxml.jackson.databind.JsonNode readTree(String json, String property) {
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        try (JsonParser p = FACTORY.createParser(text)) {
            seek(p, property);
            try {
                return TREE_READER.readTree(p);
            } catch (IOException | RuntimeException | StackOverflowError e) {
                throw failure(e, p);
            }
        } catch (IOException e) {
            // Closing a parser over a String never fails; kept for the compiler.
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Reads a document of the given kind.
     *
     * @param kind the kind expected
     * @param type the value type
     * @param json the document
     * @param <T> the value type
     * @return the value
     * @throws PactaJsonException if the document cannot be read
     */
    public static <T> T read(DocumentKind kind, Class<T> type, String json) {
        // A leading byte order mark is tolerated (RFC 8259 section 8.1), and dropped.
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        if (text.length() > Limits.MAX_DOCUMENT_CHARS) {
            throw tooLong();
        }
        JsonFactory factory = maxString(kind) == Limits.MAX_STRING_LENGTH ? FACTORY : RESULT_FACTORY;
        try (JsonParser p = factory.createParser(text)) {
            return read(kind, type, p);
        } catch (PactaJsonException e) {
            throw isAboutTheMarker(e) ? e : markerProblem(kind, text).orElseGet(() -> atLongName(e, text));
        } catch (IOException e) {
            // Closing a parser over a String never fails; kept for the compiler.
            throw new PactaJsonException(new JsonProblem("SYNTAX", "$", 1, 1, String.valueOf(e.getMessage())));
        }
    }

    private static boolean isAboutTheMarker(PactaJsonException e) {
        if (e.problems().size() != 1) {
            return false;
        }
        String code = e.problems().get(0).code();
        return code.equals("MISSING_MARKER") || code.equals("WRONG_DOCUMENT") || code.equals("UNKNOWN_MARKER");
    }

    /**
     * What is wrong with a document's format marker, if anything: found anywhere at its top level, as the readers
     * accept it. Called only for a document that failed to read: its marker may come after the property that failed
     * (keys sorted by {@code jq -S}), and a document of another kind, or with no marker at all, is best told so
     * rather than by its first unexpected property.
     *
     * @param kind the kind expected
     * @param text the document
     * @return the problem; empty if the marker is the expected one, or if the document is broken before it (then the
     *     reader's own error says where)
     */
    private static Optional<PactaJsonException> markerProblem(DocumentKind kind, String text) {
        try (JsonParser p = FACTORY.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            JsonLocation start = p.currentTokenLocation();
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                boolean marker = p.currentName().equals(DocumentKind.MARKER_PROPERTY);
                p.nextToken();
                if (marker) {
                    if (p.currentToken() != JsonToken.VALUE_STRING) {
                        return Optional.of(problem(
                                p,
                                "$.pacta",
                                p.currentTokenLocation(),
                                "WRONG_TYPE",
                                "expected " + Markers.form(kind) + ", was " + describe(p)));
                    }
                    JsonLocation at = p.currentTokenLocation();
                    return Markers.mismatch(kind, p.getText())
                            .map(m -> problem(p, "$.pacta", at, m.code(), m.message()));
                }
                p.skipChildren();
            }
            return Optional.of(problem(p, "$", start, "MISSING_MARKER", Markers.missing(kind)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Reads a document of the given kind from UTF-8 bytes, as {@link #read(DocumentKind, Class, String)} reads their
     * text: the same value, or the same {@link PactaJsonException} with the same path, line and column.
     *
     * <p>Why two attempts: decoding the bytes to a {@code String}, which Jackson then copies again, and Jackson's
     * duplicate-key check cost about a quarter of reading a large timeline. So a document of a {@link #SELF_CHECKED}
     * kind that is plain ASCII (where a byte is a character, so valid UTF-8 and the same line and column either way)
     * is first parsed straight from its bytes on {@link #FAST_FACTORY}. Any failure of that attempt is discarded and
     * the document read again exactly as its text would be, which reports the problem as it always has; a document
     * that fails is therefore parsed twice, one that reads is parsed once.
     *
     * @param kind the kind expected
     * @param type the value type
     * @param bytes the document, as UTF-8
     * @param <T> the value type
     * @return the value
     * @throws PactaJsonException if the document cannot be read
     */
    public static <T> T readFast(DocumentKind kind, Class<T> type, byte[] bytes) {
        if (SELF_CHECKED.contains(kind) && bytes.length <= Limits.MAX_DOCUMENT_CHARS && isAscii(bytes)) {
            try (JsonParser p = FAST_FACTORY.createParser(bytes)) {
                return read(kind, type, p);
            } catch (IOException | PactaJsonException e) {
                // Read it again below, the reference way, for the exact error.
            }
        }
        return read(kind, type, decode(bytes));
    }

    /** Reads a {@code long} from 8 bytes at any index, to test 8 bytes at a time in {@link #isAscii}. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private static boolean isAscii(byte[] bytes) {
        // A byte is ASCII when its top bit is clear; 32 then 8 bytes at a time, since every byte of a document is
        // tested (one branch per 32 bytes).
        int i = 0;
        for (; i + 32 <= bytes.length; i += 32) {
            long any = (long) LONGS.get(bytes, i)
                    | (long) LONGS.get(bytes, i + 8)
                    | (long) LONGS.get(bytes, i + 16)
                    | (long) LONGS.get(bytes, i + 24);
            if ((any & 0x8080808080808080L) != 0) {
                return false;
            }
        }
        for (; i + 8 <= bytes.length; i += 8) {
            if (((long) LONGS.get(bytes, i) & 0x8080808080808080L) != 0) {
                return false;
            }
        }
        for (; i < bytes.length; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    private static <T> T read(DocumentKind kind, Class<T> type, JsonParser p) {
        try {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw problem(
                        p,
                        "$",
                        p.currentLocation(),
                        "EMPTY_DOCUMENT",
                        "the document is empty; expected " + expectedStart(kind));
            }
            if (first != JsonToken.START_OBJECT) {
                throw problem(
                        p,
                        "$",
                        p.currentTokenLocation(),
                        "WRONG_TYPE",
                        "expected an object starting with " + expectedStart(kind) + ", was " + describe(p));
            }
            // FAIL_ON_TRAILING_TOKENS: the reader checks that nothing follows (TRAILING_TOKENS).
            return READER.forType(type)
                    .withAttribute(ReadContext.DOCUMENT, kind)
                    .readValue(p);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw failure(e, p);
        }
    }

    /**
     * Reads a value embedded in a document, at the parser's current token (its first), and nothing after it: the
     * agreement of a template, read with its placeholders substituted.
     *
     * @param p the parser, at the value's first token; possibly a delegate that substitutes values
     * @param type the value type
     * @param within the kind of document the value is embedded in
     * @param shapeOnly whether to check only the value's shape, not the agreement's domain rules (a template read
     *     with sample values)
     * @param <T> the value type
     * @return the value, or null if {@code shapeOnly} and the value's domain rules fail
     * @throws PactaJsonException if the value cannot be read
     */
    public static <T> T readEmbedded(JsonParser p, Class<T> type, DocumentKind within, boolean shapeOnly) {
        try {
            ObjectReader reader = EMBEDDED_READER.forType(type).withAttribute(ReadContext.DOCUMENT, within);
            if (shapeOnly) {
                reader = reader.withAttribute(ReadContext.SHAPE_ONLY, Boolean.TRUE);
            }
            return reader.readValue(p);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw failure(e, p);
        }
    }

    /**
     * A parser on the hardened factory.
     *
     * @param json the text
     * @return the parser, before the first token
     */
    public static JsonParser parser(String json) {
        try {
            return FACTORY.createParser(json);
        } catch (IOException e) {
            // Creating a parser over a String never fails; kept for the compiler.
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Moves a parser from the start of a document to the value of one of its top-level properties.
     *
     * @param p the parser, before the document's first token
     * @param property the property's name
     * @throws PactaJsonException if the document cannot be read so far, or has no such property
     */
    public static void seek(JsonParser p, String property) {
        try {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw problem(p, "$", p.currentTokenLocation(), "WRONG_TYPE", "expected an object");
            }
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                boolean found = p.currentName().equals(property);
                p.nextToken();
                if (found) {
                    return;
                }
                p.skipChildren();
            }
            throw problem(p, "$", p.currentTokenLocation(), "MISSING_PROPERTY", "missing property '" + property + "'");
        } catch (IOException | RuntimeException e) {
            throw failure(e, p);
        }
    }

    /** Every failure to read, as the library's exception with the place it happened. */
    private static PactaJsonException failure(Throwable e, JsonParser p) {
        if (e instanceof ReadError r) {
            return new PactaJsonException(r.subject(), r.problems());
        }
        if (e instanceof PactaJsonException pe) {
            return pe;
        }
        if (e instanceof StreamConstraintsException c) {
            return problem(p, limitPath(c, p), limitLocation(c, p), "LIMIT_EXCEEDED", limitMessage(c));
        }
        if (e instanceof JsonProcessingException j) {
            return syntax(p, j);
        }
        if (e instanceof IOException) {
            return problem(p, JsonPaths.of(p), p.currentLocation(), "SYNTAX", String.valueOf(e.getMessage()));
        }
        // A defect, never expected: still reported with the place it happened.
        return problem(
                p,
                JsonPaths.of(p),
                p.currentTokenLocation(),
                "INVALID_VALUE",
                "cannot read this value: " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    /**
     * Tells the kind of a document from its format marker, reading only up to the marker: the first property when
     * Pacta wrote the document, anywhere at the top level when a tool sorted its keys.
     *
     * @param json the document
     * @return the kind
     * @throws PactaJsonException if the document has no known marker at its top level, or is not well formed up to
     *     its marker
     */
    public static DocumentKind detect(String json) {
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        try (JsonParser p = FACTORY.createParser(text)) {
            try {
                String expected = "{\"pacta\": \"" + DocumentKind.AGREEMENT.marker() + "\", ...} (this version reads "
                        + DocumentKind.knownMarkers() + ")";
                JsonToken t = p.nextToken();
                if (t != JsonToken.START_OBJECT) {
                    throw problem(
                            p,
                            "$",
                            t == null ? p.currentLocation() : p.currentTokenLocation(),
                            t == null ? "EMPTY_DOCUMENT" : "WRONG_TYPE",
                            "expected a Pacta document " + expected + ", was " + describe(p));
                }
                JsonLocation start = p.currentTokenLocation();
                for (t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                    boolean marker = p.currentName().equals(DocumentKind.MARKER_PROPERTY);
                    p.nextToken();
                    if (marker) {
                        return kind(p);
                    }
                    p.skipChildren();
                }
                throw problem(
                        p,
                        "$",
                        start,
                        "MISSING_MARKER",
                        "missing format marker: the document has no \"pacta\" property; expected a Pacta document "
                                + expected);
            } catch (StreamConstraintsException e) {
                throw problem(p, JsonPaths.of(p), limitLocation(e, p), "LIMIT_EXCEEDED", limitMessage(e));
            } catch (JsonProcessingException e) {
                throw syntax(p, e);
            }
        } catch (IOException e) {
            throw new PactaJsonException(new JsonProblem("SYNTAX", "$", 1, 1, String.valueOf(e.getMessage())));
        }
    }

    /** The kind of the marker at the parser's current token. */
    private static DocumentKind kind(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw problem(
                    p,
                    "$.pacta",
                    p.currentTokenLocation(),
                    "WRONG_TYPE",
                    "expected a format marker such as \"agreement/1\", was " + describe(p));
        }
        Optional<DocumentKind> kind = DocumentKind.ofMarker(p.getText());
        if (kind.isEmpty()) {
            throw problem(
                    p,
                    "$.pacta",
                    p.currentTokenLocation(),
                    "UNKNOWN_MARKER",
                    "unknown format marker " + describe(p) + "; this version reads " + DocumentKind.knownMarkers());
        }
        return kind.get();
    }

    /**
     * Reads a document token by token on the hardened parser, checking only JSON syntax, duplicate keys and the
     * {@link Limits}, whatever the shape: the first line of defence of every kind of document.
     *
     * @param json the text
     * @throws PactaJsonException at the first syntax error or exceeded limit
     */
    public static void skim(String json) {
        try (JsonParser p = FACTORY.createParser(json)) {
            try {
                while (p.nextToken() != null) {
                    if (p.currentToken() == JsonToken.VALUE_STRING) {
                        p.getText(); // strings are read lazily: this checks their length
                    }
                }
            } catch (StreamConstraintsException e) {
                throw problem(p, JsonPaths.of(p), limitLocation(e, p), "LIMIT_EXCEEDED", limitMessage(e));
            } catch (JsonProcessingException e) {
                throw syntax(p, e);
            }
        } catch (IOException e) {
            throw new PactaJsonException(new JsonProblem("SYNTAX", "$", 1, 1, String.valueOf(e.getMessage())));
        }
    }

    /**
     * Writes a value as a pretty-printed document: two-space indent, LF line ends, a final newline. Only what the
     * reader reads back is written: a string longer than the reader takes ({@link Limits#MAX_STRING_LENGTH}, or
     * {@link Limits#MAX_RESULT_STRING_LENGTH} in a report or changes), a property name over
     * {@link Limits#MAX_NAME_LENGTH} or a text with a lone surrogate is {@code UNWRITABLE}.
     *
     * @param value the value
     * @return the document
     * @throws PactaJsonException if the value cannot be written (a timestamp offset with seconds, a text the reader
     *     would refuse)
     */
    public static String write(Object value) {
        boolean result = value instanceof dev.pacta.core.report.ComplianceReport
                || value instanceof dev.pacta.core.report.ComplianceChanges;
        int maxString = maxString(result ? DocumentKind.REPORT : DocumentKind.AGREEMENT);
        java.io.StringWriter out = new java.io.StringWriter();
        try (JsonGenerator g = new ReadableStrings(WRITER.createGenerator(out), maxString)) {
            WRITER.writeValue(g, value);
        } catch (IOException | RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new PactaJsonException(new JsonProblem("UNWRITABLE", "$", 0, 0, String.valueOf(cause.getMessage())));
        }
        return out + "\n";
    }

    /** A generator that refuses every string and name the reader would refuse, before writing it. */
    private static final class ReadableStrings extends com.fasterxml.jackson.core.util.JsonGeneratorDelegate {
        private final int maxString;

        ReadableStrings(JsonGenerator g, int maxString) {
            super(g, false);
            this.maxString = maxString;
        }

        private static void check(String text, int max, String what) {
            if (text.length() > max) {
                throw new IllegalArgumentException(what + " of " + text.length() + " characters is longer than the "
                        + max + " characters the reader takes: '" + Tokens.abbreviate(text) + "'");
            }
            int lone = Tokens.loneSurrogate(text);
            if (lone >= 0) {
                throw new IllegalArgumentException(
                        what + " '" + Tokens.abbreviate(text) + "': " + Tokens.loneSurrogateMessage(text, lone));
            }
        }

        @Override
        public void writeString(String text) throws IOException {
            if (text != null) {
                check(text, maxString, "a text");
            }
            super.writeString(text);
        }

        @Override
        public void writeString(char[] text, int offset, int len) throws IOException {
            check(new String(text, offset, len), maxString, "a text");
            super.writeString(text, offset, len);
        }

        @Override
        public void writeString(com.fasterxml.jackson.core.SerializableString text) throws IOException {
            check(text.getValue(), maxString, "a text");
            super.writeString(text);
        }

        @Override
        public void writeFieldName(String name) throws IOException {
            check(name, Limits.MAX_NAME_LENGTH, "a property name");
            super.writeFieldName(name);
        }

        @Override
        public void writeFieldName(com.fasterxml.jackson.core.SerializableString name) throws IOException {
            check(name.getValue(), Limits.MAX_NAME_LENGTH, "a property name");
            super.writeFieldName(name);
        }
    }

    /**
     * Reads a whole character stream, bounded by {@link Limits#MAX_DOCUMENT_CHARS}; a leading byte order mark is
     * dropped. The reader is not closed.
     *
     * @param reader the reader
     * @return the text
     * @throws IOException if the reader fails
     * @throws PactaJsonException if the text is too long
     */
    public static String slurp(Reader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                text.append(buffer, 0, n);
                if (text.length() > Limits.MAX_DOCUMENT_CHARS + 1) {
                    throw tooLong();
                }
            }
        } catch (CharacterCodingException e) {
            int line = 1;
            int column = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            throw new PactaJsonException(new JsonProblem(
                    "INVALID_ENCODING", "$", line, column, "the document is not valid UTF-8 at this point"));
        }
        if (text.length() > 0 && text.charAt(0) == '\uFEFF') {
            text.deleteCharAt(0);
        }
        return text.toString();
    }

    /**
     * Reads a whole byte stream as strict UTF-8 (malformed bytes are an error, never replaced). The stream is not
     * closed.
     *
     * @param in the stream
     * @return the text
     * @throws IOException if the stream fails
     * @throws PactaJsonException if the bytes are not UTF-8 or the text is too long
     */
    public static String slurp(InputStream in) throws IOException {
        return decode(readBytes(in));
    }

    /**
     * Reads a whole byte stream, bounded by three times {@link Limits#MAX_DOCUMENT_CHARS}. The stream is not closed.
     *
     * @param in the stream
     * @return the bytes
     * @throws IOException if the stream fails
     * @throws PactaJsonException if there are too many bytes for a document
     */
    public static byte[] readBytes(InputStream in) throws IOException {
        // Every character takes at most 3 bytes in UTF-8 (a surrogate pair's 4 bytes make 2 characters).
        int limit = 3 * Limits.MAX_DOCUMENT_CHARS;
        // Sized by available(), which files and byte arrays answer exactly, the first buffer usually holds the whole
        // stream, and is returned without a copy (InputStream.readNBytes copies every byte twice).
        byte[] bytes = new byte[Math.min(Math.max(in.available(), 8192), limit + 1)];
        int n = 0;
        while (true) {
            int read = in.read(bytes, n, bytes.length - n);
            if (read < 0) {
                return n == bytes.length ? bytes : Arrays.copyOf(bytes, n);
            }
            n += read;
            if (n > limit) {
                throw tooLong();
            }
            if (n == bytes.length) {
                int next = in.read();
                if (next < 0) {
                    return bytes;
                }
                bytes = Arrays.copyOf(bytes, (int) Math.min(2L * bytes.length, limit + 1L));
                bytes[n++] = (byte) next;
                if (n > limit) {
                    throw tooLong();
                }
            }
        }
    }

    /**
     * Decodes bytes as strict UTF-8, as {@link #slurp(InputStream)} does once it has read them; a leading byte order
     * mark is dropped.
     *
     * @param bytes the bytes, at most three times {@link Limits#MAX_DOCUMENT_CHARS}
     * @return the text
     * @throws PactaJsonException if the bytes are not UTF-8 or the text is too long
     */
    public static String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        CharBuffer output = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(input, output, true);
        if (!result.isError()) {
            result = decoder.flush(output);
        }
        if (result.isError()) {
            int line = 1;
            int column = 1;
            for (int i = 0; i < output.position(); i++) {
                if (output.get(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            throw new PactaJsonException(new JsonProblem(
                    "INVALID_ENCODING",
                    "$",
                    line,
                    column,
                    "the document is not valid UTF-8: byte " + input.position() + " starts a malformed sequence"));
        }
        output.flip();
        String text = output.toString();
        if (text.length() > Limits.MAX_DOCUMENT_CHARS + 1) {
            throw tooLong();
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static PactaJsonException tooLong() {
        return new PactaJsonException(new JsonProblem(
                "LIMIT_EXCEEDED",
                "$",
                1,
                1,
                "the document is longer than the limit of " + Limits.MAX_DOCUMENT_CHARS + " characters"));
    }

    /**
     * A too-long property name's problem placed at the name's opening quote: the parser gives up inside the name, at
     * a column that depends on its buffers. JSON strings hold no line break, so the problem's line is the name's, and
     * every line starts outside a string: the name is the first string of the line that is longer than the limit and
     * followed by a colon (or that runs to the line's end).
     */
    private static PactaJsonException atLongName(PactaJsonException e, String text) {
        if (e.problems().size() != 1
                || !e.code().equals("LIMIT_EXCEEDED")
                || !e.getMessage().contains("name length")) {
            return e;
        }
        JsonProblem problem = e.problems().get(0);
        int start = 0;
        for (int line = 1; line < problem.line(); line++) {
            start = text.indexOf('\n', start) + 1;
            if (start == 0) {
                return e;
            }
        }
        int end = text.indexOf('\n', start);
        end = end < 0 ? text.length() : end;
        int open = -1;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (open < 0) {
                open = c == '"' ? i : -1;
            } else if (c == '\\') {
                i++;
            } else if (c == '"') {
                int after = i + 1;
                while (after < end && Character.isWhitespace(text.charAt(after))) {
                    after++;
                }
                if (i - open - 1 > Limits.MAX_NAME_LENGTH && after < end && text.charAt(after) == ':') {
                    break;
                }
                open = -1;
            }
        }
        if (open < 0) {
            return e;
        }
        return new PactaJsonException(
                new JsonProblem(problem.code(), problem.path(), problem.line(), open - start + 1, problem.message()));
    }

    private static String expectedStart(DocumentKind kind) {
        return "{\"pacta\": \"" + kind.marker() + "\", ...}";
    }

    private static PactaJsonException syntax(JsonParser p, JsonProcessingException e) {
        String original = String.valueOf(e.getOriginalMessage());
        if (original.startsWith("Duplicate field '")) {
            String name = original.substring("Duplicate field '".length(), original.length() - 1);
            // The parser stops right after the name's closing quote: point at its opening quote instead.
            JsonLocation after = location(e, p);
            int column = Math.max(1, after.getColumnNr() - name.length() - 2);
            return new PactaJsonException(new JsonProblem(
                    "DUPLICATE_PROPERTY",
                    JsonPaths.of(p),
                    ReadError.line(after),
                    column,
                    "property '" + Tokens.abbreviate(name) + "' appears twice in the same object"));
        }
        if (original.startsWith("Trailing token")) {
            return problem(
                    p,
                    "$",
                    location(e, p),
                    "TRAILING_TOKENS",
                    "unexpected content after the end of the document: found " + describe(p));
        }
        boolean truncated = original.contains("end-of-input");
        String message = inOurWords(original.replaceAll("\\s*\\n.*", ""));
        return problem(
                p,
                JsonPaths.of(p),
                location(e, p),
                truncated ? "TRUNCATED" : "SYNTAX",
                (truncated ? "the document ends too early: " : "invalid JSON: ") + lowerFirst(message));
    }

    /** Where Jackson says a structure starts: its source, which this reader never includes, then the place. */
    private static final Pattern JACKSON_LOCATION =
            Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");

    private static final Pattern UNCLOSED = Pattern.compile(
            "Unexpected end-of-input: expected close marker for (Object|Array) \\(start marker at line (\\d+), column"
                    + " (\\d+)\\)");

    private static final Pattern WRONG_CLOSE = Pattern.compile(
            "Unexpected close marker '(.)': expected '(.)' \\(for (Object|Array) starting at line (\\d+), column"
                    + " (\\d+)\\)");

    private static final Pattern NOTHING_TO_CLOSE =
            Pattern.compile("Unexpected close marker '(.)': no open (Object|Array) to close");

    /**
     * A message of Jackson's parser with Jackson's internals replaced by Pacta's words: the source description
     * ({@code [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 2, column: 27]})
     * becomes {@code line 2, column 27}, and an unclosed or wrongly closed object or array is named as such.
     */
    static String inOurWords(String jackson) {
        String message = JACKSON_LOCATION.matcher(jackson).replaceAll("line $1, column $2");
        Matcher m = UNCLOSED.matcher(message);
        if (m.matches()) {
            boolean object = m.group(1).equals("Object");
            return "expected '" + (object ? '}' : ']') + "' to close the " + (object ? "object" : "array")
                    + " that starts at line " + m.group(2) + ", column " + m.group(3);
        }
        m = WRONG_CLOSE.matcher(message);
        if (m.matches()) {
            return "unexpected '" + m.group(1) + "': expected '" + m.group(2) + "' to close the "
                    + (m.group(3).equals("Object") ? "object" : "array") + " that starts at line " + m.group(4)
                    + ", column " + m.group(5);
        }
        m = NOTHING_TO_CLOSE.matcher(message);
        if (m.matches()) {
            return "unexpected '" + m.group(1) + "': there is no " + (m.group(2).equals("Object") ? "object" : "array")
                    + " to close";
        }
        return message;
    }

    private static String limitMessage(StreamConstraintsException e) {
        String original = String.valueOf(e.getOriginalMessage());
        int from = original.indexOf(", from `");
        int close = from < 0 ? -1 : original.indexOf("`)", from);
        if (close >= 0) {
            original = original.substring(0, from) + original.substring(close + 1);
        }
        return "the document exceeds a limit of the reader: " + lowerFirst(original.replaceAll("\\s*\\n.*", ""));
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** The length Jackson reports in a limit's message: {@code Number value length (41) exceeds ...}. */
    private static final Pattern LIMIT_LENGTH = Pattern.compile("length \\((\\d+)\\)");

    private static boolean isNameLimit(JsonProcessingException e) {
        return String.valueOf(e.getOriginalMessage()).startsWith("Name length");
    }

    /**
     * The path of a limit's problem: that of the current token, or for a too-long property name, that of the object
     * it is in (the parser's current name is still the previous property's).
     */
    private static String limitPath(JsonProcessingException e, JsonParser p) {
        if (isNameLimit(e)
                && p.getParsingContext() != null
                && p.getParsingContext().inObject()) {
            return JsonPaths.of(p.getParsingContext().getParent());
        }
        return JsonPaths.of(p);
    }

    /**
     * Where a limit was exceeded: the start of a string (strings are read lazily, so the parser is at its token), the
     * start of a too-long number (the parser stops at its end, and says how long it is), about the opening quote of a
     * too-long property name (see {@link #atLongName}), else where the parser stopped (the too-deep bracket).
     */
    private static JsonLocation limitLocation(JsonProcessingException e, JsonParser p) {
        JsonLocation current = p.currentLocation();
        if (isNameLimit(e)) {
            // The parser is still at the previous token; it stopped inside the name, on the name's line (a name holds
            // no
            // line break). The column is an estimate that atLongName corrects when the document's text is at hand.
            Matcher m = LIMIT_LENGTH.matcher(String.valueOf(e.getOriginalMessage()));
            int length = m.find() ? Integer.parseInt(m.group(1)) : 0;
            return new JsonLocation(
                    current.contentReference(),
                    current.getCharOffset(),
                    current.getLineNr(),
                    Math.max(1, current.getColumnNr() - length - 2));
        }
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            return p.currentTokenLocation();
        }
        JsonLocation at = location(e, p);
        Matcher number = LIMIT_LENGTH.matcher(String.valueOf(e.getOriginalMessage()));
        if (String.valueOf(e.getOriginalMessage()).startsWith("Number value length")
                && number.find()
                && at.getColumnNr() > Integer.parseInt(number.group(1))) {
            // The parser stops just after the number: its first character is its length before.
            int length = Integer.parseInt(number.group(1));
            return new JsonLocation(
                    at.contentReference(), at.getCharOffset() - length, at.getLineNr(), at.getColumnNr() - length);
        }
        if (String.valueOf(e.getOriginalMessage()).contains("nesting depth") && at.getColumnNr() > 1) {
            // The parser stops just after the bracket that goes too deep: point at the bracket.
            return new JsonLocation(
                    at.contentReference(), at.getCharOffset() - 1, at.getLineNr(), at.getColumnNr() - 1);
        }
        return at;
    }

    private static JsonLocation location(JsonProcessingException e, JsonParser p) {
        JsonLocation at = e.getLocation();
        return at != null && at.getLineNr() > 0 ? at : p.currentLocation();
    }

    private static PactaJsonException problem(JsonParser p, String path, JsonLocation at, String code, String message) {
        return new PactaJsonException(new JsonProblem(code, path, ReadError.line(at), ReadError.column(at), message));
    }

    private static String describe(JsonParser p) {
        return Tokens.describe(p);
    }
}
