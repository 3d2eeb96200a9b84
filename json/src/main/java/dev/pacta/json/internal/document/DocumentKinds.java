package dev.pacta.json.internal.document;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.pacta.json.DocumentKind;
import dev.pacta.json.JsonCodes;
import dev.pacta.json.JsonProblem;
import dev.pacta.json.PactaJsonException;
import dev.pacta.json.internal.JsonPaths;
import dev.pacta.json.internal.Markers;
import java.io.IOException;
import java.util.Optional;

/**
 * Tells a document's kind from its format marker, reading no further than the marker, and what is wrong with the
 * marker of a document that failed to read.
 */
public final class DocumentKinds {
    private DocumentKinds() {}

    static boolean isAboutTheMarker(PactaJsonException e) {
        if (e.problems().size() != 1) {
            return false;
        }
        String code = e.problems().get(0).code();
        return code.equals(JsonCodes.MISSING_MARKER)
                || code.equals(JsonCodes.WRONG_DOCUMENT)
                || code.equals(JsonCodes.UNKNOWN_MARKER);
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
    static Optional<PactaJsonException> markerProblem(DocumentKind kind, String text) {
        try (JsonParser p = Mappers.FACTORY.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            JsonLocation start = p.currentTokenLocation();
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                boolean marker = p.currentName().equals(DocumentKind.MARKER_PROPERTY);
                p.nextToken();
                if (marker) {
                    if (p.currentToken() != JsonToken.VALUE_STRING) {
                        return Optional.of(ReadFailures.problem(
                                p,
                                "$.pacta",
                                p.currentTokenLocation(),
                                JsonCodes.WRONG_TYPE,
                                "expected " + Markers.form(kind) + ", was " + ReadFailures.describe(p)));
                    }
                    JsonLocation at = p.currentTokenLocation();
                    return Markers.mismatch(kind, p.getText())
                            .map(m -> ReadFailures.problem(p, "$.pacta", at, m.code(), m.message()));
                }
                p.skipChildren();
            }
            return Optional.of(ReadFailures.problem(p, "$", start, JsonCodes.MISSING_MARKER, Markers.missing(kind)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
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
        try (JsonParser p = Mappers.FACTORY.createParser(text)) {
            try {
                String expected = "{\"pacta\": \"" + DocumentKind.AGREEMENT.marker() + "\", ...} (this version reads "
                        + DocumentKind.knownMarkers() + ")";
                JsonToken t = p.nextToken();
                if (t != JsonToken.START_OBJECT) {
                    throw ReadFailures.problem(
                            p,
                            "$",
                            t == null ? p.currentLocation() : p.currentTokenLocation(),
                            t == null ? JsonCodes.EMPTY_DOCUMENT : JsonCodes.WRONG_TYPE,
                            "expected a Pacta document " + expected + ", was " + ReadFailures.describe(p));
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
                throw ReadFailures.problem(
                        p,
                        "$",
                        start,
                        JsonCodes.MISSING_MARKER,
                        "missing format marker: the document has no \"pacta\" property; expected a Pacta document "
                                + expected);
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

    /** The kind of the marker at the parser's current token. */
    static DocumentKind kind(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw ReadFailures.problem(
                    p,
                    "$.pacta",
                    p.currentTokenLocation(),
                    JsonCodes.WRONG_TYPE,
                    "expected a format marker such as \"agreement/1\", was " + ReadFailures.describe(p));
        }
        Optional<DocumentKind> kind = DocumentKind.ofMarker(p.getText());
        if (kind.isEmpty()) {
            throw ReadFailures.problem(
                    p,
                    "$.pacta",
                    p.currentTokenLocation(),
                    JsonCodes.UNKNOWN_MARKER,
                    "unknown format marker " + ReadFailures.describe(p) + "; this version reads "
                            + DocumentKind.knownMarkers());
        }
        return kind.get();
    }

    static String expectedStart(DocumentKind kind) {
        return "{\"pacta\": \"" + kind.marker() + "\", ...}";
    }
}
