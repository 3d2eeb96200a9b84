package dev.pacta.json.internal.deser;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.pacta.json.DocumentKind;
import dev.pacta.json.JsonCodes;
import dev.pacta.json.internal.JsonPaths;
import dev.pacta.json.internal.Markers;
import dev.pacta.json.internal.ReadError;
import dev.pacta.json.internal.Tokens;
import java.io.IOException;

/**
 * Walks the properties of one JSON object strictly: only the declared names, each at most once, never {@code null}.
 *
 * <pre>{@code
 * ObjectCursor o = ObjectCursor.open(p, ctxt, "a party", "id", "name", "role", "contact");
 * for (String name = o.next(); name != null; name = o.next()) {
 *     switch (name) { case "id" -> ...; ... }
 * }
 * o.require("id", "name", "role");
 * }</pre>
 *
 * After {@link #next()} returns a name, the parser is at that property's value. After it returns {@code null}, the
 * parser is at the object's {@code END_OBJECT} and {@link #require} and {@link #fail} can still name the object's
 * path. Up to 64 names per object, never the format marker {@code "pacta"} nor {@code "$schema"}, which
 * {@link #openDocument} and {@link #allowMarker} handle.
 */
final class ObjectCursor {
    private final JsonParser p;
    private final String what;
    private final String[] names;
    /**
     * Where the object starts, kept as two numbers rather than the parser's {@code JsonLocation}: a location is
     * needed only for an error, and an object that does not outlive the read can then be optimised away.
     */
    private int startLine;

    private int startColumn;
    private final LocationRecorder recorder;
    private final DocumentKind document;
    /** The parser's context for this object: a value read directly in it is read in this context. */
    private JsonStreamContext context;

    private boolean markerSeen;
    private boolean schemaSeen;
    private boolean ended;
    private long seen;

    private ObjectCursor(JsonParser p, String what, String[] names, LocationRecorder recorder, DocumentKind document) {
        assert !java.util.Arrays.asList(names).contains(DocumentKind.MARKER_PROPERTY) : "the marker is not declared";
        this.p = p;
        this.what = what;
        this.names = names;
        JsonLocation start = p.currentTokenLocation();
        this.startLine = start.getLineNr();
        this.startColumn = start.getColumnNr();
        this.context = p.getParsingContext();
        this.recorder = recorder;
        this.document = document;
    }

    /**
     * Starts walking the object at the parser's current {@code START_OBJECT}.
     *
     * @param p the parser, at {@code START_OBJECT}
     * @param ctxt the context (for location recording), possibly null
     * @param what the object in words with an article, e.g. {@code "a party"}
     * @param names the property names allowed
     * @return the cursor
     * @throws ReadError if the current token is not the start of an object
     */
    static ObjectCursor open(JsonParser p, DeserializationContext ctxt, String what, String... names)
            throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw Scalars.wrongType(p, "an object (" + what + ")");
        }
        return new ObjectCursor(p, what, names, LocationRecorder.of(ctxt), null);
    }

    /**
     * Starts walking another object of the same kind with this cursor, as {@link #open} would with a new one: for
     * a reader of many small objects (the events of a timeline), which then allocates one cursor, not one each.
     *
     * @return this cursor, at the parser's current {@code START_OBJECT}
     * @throws ReadError if the current token is not the start of an object
     */
    ObjectCursor reopen() throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw Scalars.wrongType(p, "an object (" + what + ")");
        }
        JsonLocation start = p.currentTokenLocation();
        startLine = start.getLineNr();
        startColumn = start.getColumnNr();
        context = p.getParsingContext();
        markerSeen = false;
        schemaSeen = false;
        ended = false;
        seen = 0;
        return this;
    }

    /**
     * Starts walking a top-level document object that must carry the format marker of {@code kind} when
     * {@code required}, and may carry it otherwise (an embedded document). The marker may be any property of the
     * object, so that documents whose keys a tool sorted ({@code jq -S}) are read; a {@code "$schema"} property, for
     * editors, is accepted and ignored. Both are consumed by {@link #next()}, which never returns them.
     *
     * @param p the parser, at {@code START_OBJECT}
     * @param ctxt the context
     * @param kind the kind of document
     * @param what the object in words, e.g. {@code "an agreement"}
     * @param names the property names allowed besides the marker
     * @return the cursor
     * @throws ReadError if the current token is not the start of an object
     */
    static ObjectCursor openDocument(
            JsonParser p, DeserializationContext ctxt, DocumentKind kind, String what, String... names)
            throws IOException {
        boolean required = ReadContext.isDocument(ctxt, kind);
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw Scalars.wrongType(p, "an object (" + what + (required ? " document" : "") + ")");
        }
        return new ObjectCursor(p, what, names, LocationRecorder.of(ctxt), required ? kind : null);
    }

    /**
     * Moves to the next property's value.
     *
     * @return the property's name, or null at the end of the object
     * @throws ReadError for an unknown or duplicate property, a {@code null} value, or a bad format marker
     */
    String next() throws IOException {
        int i = nextIndex();
        return i < 0 ? null : names[i];
    }

    /**
     * Moves to the next property's value, like {@link #next()}, and gives the property's position in the names the
     * cursor was opened with, so that a hot reader can switch on an {@code int} rather than on a string.
     *
     * @return the property's index in the declared names, or -1 at the end of the object
     * @throws ReadError for an unknown or duplicate property, a {@code null} value, or a bad format marker
     */
    int nextIndex() throws IOException {
        JsonToken t = p.nextToken();
        if (t == JsonToken.END_OBJECT) {
            ended = true;
            if (document != null && !markerSeen) {
                throw ReadError.at(p, "$", start(), JsonCodes.MISSING_MARKER, Markers.missing(document));
            }
            return -1;
        }
        if (t != JsonToken.FIELD_NAME) {
            // The parser reports malformed input itself; this guards against a misuse of the cursor.
            throw Scalars.wrongType(p, "a property name");
        }
        String name = p.currentName();
        // The declared names never include the marker nor "$schema", so a declared name is looked up first and only
        // an undeclared one compared with them: most properties are then found without a string comparison.
        int i = indexOf(name);
        if (i < 0 && isDocumentLike()) {
            if (name.equals(DocumentKind.MARKER_PROPERTY)) {
                marker();
                return nextIndex();
            }
            if (name.equals(Markers.SCHEMA_PROPERTY)) {
                schema();
                return nextIndex();
            }
        }
        if (i < 0) {
            throw ReadError.at(
                    p,
                    JsonCodes.UNKNOWN_PROPERTY,
                    "unknown property '" + abbreviate(name) + "' in " + what + "; expected one of "
                            + String.join(", ", names));
        }
        if ((seen & (1L << i)) != 0) {
            throw ReadError.at(p, JsonCodes.DUPLICATE_PROPERTY, "property '" + name + "' appears twice in " + what);
        }
        seen |= 1L << i;
        p.nextToken();
        if (recorder != null) {
            recorder.record(p);
        }
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            throw ReadError.at(
                    p,
                    JsonCodes.NULL_VALUE,
                    "'" + name + "' must not be null; omit an optional property instead of writing null");
        }
        return i;
    }

    private boolean isDocumentLike() {
        return document != null || markerKind != null;
    }

    /** The kind whose marker an embedded document may carry; set by {@link #allowMarker}. */
    private DocumentKind markerKind;

    /**
     * Lets an embedded document carry its own format marker (and a {@code "$schema"}), anywhere among its
     * properties.
     *
     * @param kind the kind of document
     * @return this cursor
     */
    ObjectCursor allowMarker(DocumentKind kind) {
        this.markerKind = kind;
        return this;
    }

    private void marker() throws IOException {
        DocumentKind kind = document != null ? document : markerKind;
        if (markerSeen) {
            // Jackson's duplicate check finds this first, except on the fast path of Documents.readFast.
            throw ReadError.at(p, JsonCodes.DUPLICATE_PROPERTY, "property 'pacta' appears twice in " + what);
        }
        markerSeen = true;
        JsonToken t = p.nextToken();
        if (t != JsonToken.VALUE_STRING) {
            throw Scalars.wrongType(p, Markers.form(kind));
        }
        Markers.Mismatch mismatch = Markers.mismatch(kind, p.getText()).orElse(null);
        if (mismatch != null) {
            throw ReadError.at(p, mismatch.code(), mismatch.message());
        }
    }

    /** Skips the {@code "$schema"} an editor reads: Pacta knows its documents' shape without it. */
    private void schema() throws IOException {
        if (schemaSeen) {
            throw ReadError.at(p, JsonCodes.DUPLICATE_PROPERTY, "property '$schema' appears twice in " + what);
        }
        schemaSeen = true;
        if (p.nextToken() != JsonToken.VALUE_STRING) {
            throw Scalars.wrongType(p, "the address of a JSON Schema (a string)");
        }
        p.getText(); // strings are read lazily: this checks the reader's length limit
    }

    private int indexOf(String name) {
        // Jackson interns property names by default, and the declared names are literals, so a reference comparison
        // nearly always finds the name; the equals loop serves parsers that do not intern (and unknown names).
        for (int i = 0; i < names.length; i++) {
            if (names[i] == name) {
                return i;
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Keeps back a problem of the property value just read, to be reported with the document's others, if it is only
     * about that scalar value (see {@link Deferred}); throws it otherwise. Reading goes on with the next property.
     *
     * @param ctxt the context, possibly null (then the problem is thrown)
     * @param e the problem
     * @throws ReadError {@code e}, if it cannot be kept
     */
    void keepOrThrow(DeserializationContext ctxt, ReadError e) throws ReadError {
        Deferred.keepOrThrow(p, ctxt, context, e);
    }

    /**
     * Tells whether a property was present.
     *
     * @param name the name
     * @return true if seen
     */
    boolean has(String name) {
        int i = indexOf(name);
        return i >= 0 && has(i);
    }

    /**
     * Tells whether the property at an index of the declared names was present.
     *
     * @param index the index in the names the cursor was opened with
     * @return true if seen
     */
    boolean has(int index) {
        return (seen & (1L << index)) != 0;
    }

    /**
     * Tells whether all the properties of a mask ({@code 1 << index} for each) were present.
     *
     * @param mask the properties
     * @return true if every one was seen
     */
    boolean hasAll(long mask) {
        return (seen & mask) == mask;
    }

    /**
     * Checks, at the end of the object, that the given properties were present.
     *
     * @param required the names
     * @throws ReadError naming the first missing property, at the object's start
     */
    void require(String... required) throws ReadError {
        for (String name : required) {
            if (!has(name)) {
                throw fail(
                        name,
                        JsonCodes.MISSING_PROPERTY,
                        "missing required property '" + name + "' in " + what + "; it needs "
                                + String.join(", ", required));
            }
        }
    }

    /**
     * A problem with the object as a whole, found at its end, placed at a property's path and the object's start.
     *
     * @param property the property concerned, or null for the object itself
     * @param code the code
     * @param message the message
     * @return the error, to throw
     */
    ReadError fail(String property, String code, String message) {
        String path;
        if (ended) {
            // At END_OBJECT the parser's context is the parent's, whose current entry is this object.
            path = JsonPaths.of(p);
        } else {
            JsonStreamContext c = p.getParsingContext();
            JsonToken t = p.currentToken();
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                c = c.getParent();
            }
            path = JsonPaths.of(c.getParent());
        }
        return ReadError.at(p, property == null ? path : path + JsonPaths.property(property), start(), code, message);
    }

    /**
     * Where the object starts: its opening brace.
     *
     * @return the location
     */
    JsonLocation start() {
        return new JsonLocation(ContentReference.unknown(), -1L, -1L, startLine, startColumn);
    }

    /**
     * The line where the object starts, as {@link #start()} has it.
     *
     * @return the line
     */
    int startLine() {
        return startLine;
    }

    /**
     * The column where the object starts, as {@link #start()} has it.
     *
     * @return the column
     */
    int startColumn() {
        return startColumn;
    }

    /**
     * The object's description, e.g. {@code "a party"}.
     *
     * @return the description
     */
    String what() {
        return what;
    }

    static String abbreviate(String text) {
        return Tokens.abbreviate(text);
    }
}
