package dev.pacta.json.internal;

import dev.pacta.json.DocumentKind;
import dev.pacta.json.JsonCodes;
import java.util.Optional;

/**
 * The messages about a document's format marker and its {@code "$schema"} property, in one place: the reader of each
 * kind and {@code Documents}' search for the marker must say the same thing about the same document.
 */
public final class Markers {
    /**
     * The property an editor reads to find a document's JSON Schema; accepted and ignored wherever a format marker is
     * accepted.
     */
    public static final String SCHEMA_PROPERTY = "$schema";

    private Markers() {}

    /**
     * A marker that is not the one expected.
     *
     * @param code {@code WRONG_DOCUMENT} or {@code UNKNOWN_MARKER}
     * @param message the message
     */
    public record Mismatch(String code, String message) {}

    /**
     * The message for a document without a format marker at its top level.
     *
     * @param kind the kind of document expected
     * @return the message
     */
    public static String missing(DocumentKind kind) {
        return "missing format marker: the document has no \"" + DocumentKind.MARKER_PROPERTY
                + "\" property; expected \""
                + DocumentKind.MARKER_PROPERTY + "\": \"" + kind.marker() + "\" (this version reads "
                + DocumentKind.knownMarkers() + ")";
    }

    /**
     * The code and message for a marker that is not the expected one.
     *
     * @param expected the kind of document expected
     * @param marker the marker found, a string
     * @return the problem, or empty if the marker is the expected one
     */
    public static Optional<Mismatch> mismatch(DocumentKind expected, String marker) {
        if (marker.equals(expected.marker())) {
            return Optional.empty();
        }
        Optional<DocumentKind> other = DocumentKind.ofMarker(marker);
        if (other.isPresent()) {
            return Optional.of(new Mismatch(
                    JsonCodes.WRONG_DOCUMENT,
                    "this is " + withArticle(other.get().marker()) + " document, expected " + expected.marker()));
        }
        return Optional.of(new Mismatch(
                JsonCodes.UNKNOWN_MARKER,
                "unknown format marker '" + Tokens.abbreviate(marker) + "'; expected " + expected.marker()
                        + " (this version reads " + DocumentKind.knownMarkers() + ")"));
    }

    /**
     * What a format marker looks like, for a marker that is not a string.
     *
     * @param kind the kind of document expected
     * @return e.g. {@code a format marker such as "agreement/1"}
     */
    public static String form(DocumentKind kind) {
        return "a format marker such as \"" + kind.marker() + "\"";
    }

    /**
     * A marker with its indefinite article: "an agreement/1", "a timeline/1".
     *
     * @param marker the marker
     * @return the marker after "a" or "an"
     */
    public static String withArticle(String marker) {
        return ("aeiou".indexOf(marker.charAt(0)) >= 0 ? "an " : "a ") + marker;
    }
}
