package dev.pacta.json.internal.document;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.pacta.json.DocumentKind;
import dev.pacta.json.JsonCodes;
import dev.pacta.json.JsonProblem;
import dev.pacta.json.PactaJsonException;
import dev.pacta.json.internal.JsonPaths;
import dev.pacta.json.internal.Limits;
import dev.pacta.json.internal.deser.ReadContext;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;

/**
 * Reads and writes whole documents on a private, hardened factory and mapper; the engine room of
 * {@link dev.pacta.json.PactaJson}. Every failure to read becomes a {@link PactaJsonException}.
 */
public final class Documents {
    /**
     * The kinds whose readers reject a repeated property name in every object: through {@code ObjectCursor}, or a
     * check of their own (the milestone targets of an amendment). Only these may be read on {@link Mappers#FAST_FACTORY}.
     */
    private static final Set<DocumentKind> SELF_CHECKED = EnumSet.of(DocumentKind.TIMELINE);

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
        try (JsonParser p = Mappers.FACTORY.createParser(text)) {
            seek(p, property);
            try {
                return Mappers.TREE_READER.readTree(p);
            } catch (IOException | RuntimeException | StackOverflowError e) {
                throw ReadFailures.failure(e, p);
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
            throw ReadFailures.tooLong();
        }
        JsonFactory factory =
                Mappers.maxString(kind) == Limits.MAX_STRING_LENGTH ? Mappers.FACTORY : Mappers.RESULT_FACTORY;
        try (JsonParser p = factory.createParser(text)) {
            return read(kind, type, p);
        } catch (PactaJsonException e) {
            throw DocumentKinds.isAboutTheMarker(e)
                    ? e
                    : DocumentKinds.markerProblem(kind, text).orElseGet(() -> ReadFailures.atLongName(e, text));
        } catch (IOException e) {
            // Closing a parser over a String never fails; kept for the compiler.
            throw new PactaJsonException(new JsonProblem(JsonCodes.SYNTAX, "$", 1, 1, String.valueOf(e.getMessage())));
        }
    }

    /**
     * Reads a document of the given kind from UTF-8 bytes, as {@link #read(DocumentKind, Class, String)} reads their
     * text: the same value, or the same {@link PactaJsonException} with the same path, line and column.
     *
     * <p>Why two attempts: decoding the bytes to a {@code String}, which Jackson then copies again, and Jackson's
     * duplicate-key check cost about a quarter of reading a large timeline. So a document of a {@link #SELF_CHECKED}
     * kind that is plain ASCII (where a byte is a character, so valid UTF-8 and the same line and column either way)
     * is first parsed straight from its bytes on {@link Mappers#FAST_FACTORY}. Any failure of that attempt is discarded and
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
        if (SELF_CHECKED.contains(kind) && bytes.length <= Limits.MAX_DOCUMENT_CHARS && DocumentText.isAscii(bytes)) {
            try (JsonParser p = Mappers.FAST_FACTORY.createParser(bytes)) {
                return read(kind, type, p);
            } catch (IOException | PactaJsonException e) {
                // Read it again below, the reference way, for the exact error.
            }
        }
        return read(kind, type, DocumentText.decode(bytes));
    }

    private static <T> T read(DocumentKind kind, Class<T> type, JsonParser p) {
        try {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw ReadFailures.problem(
                        p,
                        "$",
                        p.currentLocation(),
                        JsonCodes.EMPTY_DOCUMENT,
                        "the document is empty; expected " + DocumentKinds.expectedStart(kind));
            }
            if (first != JsonToken.START_OBJECT) {
                throw ReadFailures.problem(
                        p,
                        "$",
                        p.currentTokenLocation(),
                        JsonCodes.WRONG_TYPE,
                        "expected an object starting with " + DocumentKinds.expectedStart(kind) + ", was "
                                + ReadFailures.describe(p));
            }
            // FAIL_ON_TRAILING_TOKENS: the reader checks that nothing follows (TRAILING_TOKENS).
            return Mappers.READER
                    .forType(type)
                    .withAttribute(ReadContext.DOCUMENT, kind)
                    .readValue(p);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw ReadFailures.failure(e, p);
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
            ObjectReader reader = Mappers.EMBEDDED_READER.forType(type).withAttribute(ReadContext.DOCUMENT, within);
            if (shapeOnly) {
                reader = reader.withAttribute(ReadContext.SHAPE_ONLY, Boolean.TRUE);
            }
            return reader.readValue(p);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw ReadFailures.failure(e, p);
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
            return Mappers.FACTORY.createParser(json);
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
                throw ReadFailures.problem(
                        p, "$", p.currentTokenLocation(), JsonCodes.WRONG_TYPE, "expected an object");
            }
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                boolean found = p.currentName().equals(property);
                p.nextToken();
                if (found) {
                    return;
                }
                p.skipChildren();
            }
            throw ReadFailures.problem(
                    p,
                    "$",
                    p.currentTokenLocation(),
                    JsonCodes.MISSING_PROPERTY,
                    "missing property '" + property + "'");
        } catch (IOException | RuntimeException e) {
            throw ReadFailures.failure(e, p);
        }
    }

    /**
     * Reads a document token by token on the hardened parser, checking only JSON syntax, duplicate keys and the
     * {@link Limits}, whatever the shape: the first line of defence of every kind of document.
     *
     * @param json the text
     * @throws PactaJsonException at the first syntax error or exceeded limit
     */
    public static void skim(String json) {
        try (JsonParser p = Mappers.FACTORY.createParser(json)) {
            try {
                while (p.nextToken() != null) {
                    if (p.currentToken() == JsonToken.VALUE_STRING) {
                        p.getText(); // strings are read lazily: this checks their length
                    }
                }
            } catch (StreamConstraintsException e) {
                throw ReadFailures.problem(
                        p,
                        JsonPaths.of(p),
                        ReadFailures.limitLocation(e, p),
                        JsonCodes.LIMIT_EXCEEDED,
                        ReadFailures.limitMessage(e));
            } catch (JsonProcessingException e) {
                throw ReadFailures.syntax(p, e);
            }
        } catch (IOException e) {
            throw new PactaJsonException(new JsonProblem(JsonCodes.SYNTAX, "$", 1, 1, String.valueOf(e.getMessage())));
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
        int maxString = Mappers.maxString(result ? DocumentKind.REPORT : DocumentKind.AGREEMENT);
        java.io.StringWriter out = new java.io.StringWriter();
        try (JsonGenerator g = new ReadableStrings(Mappers.WRITER.createGenerator(out), maxString)) {
            Mappers.WRITER.writeValue(g, value);
        } catch (IOException | RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new PactaJsonException(
                    new JsonProblem(JsonCodes.UNWRITABLE, "$", 0, 0, String.valueOf(cause.getMessage())));
        }
        return out + "\n";
    }
}
