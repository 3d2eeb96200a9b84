package dev.pacta.json;

import java.io.Serializable;
import java.util.Objects;

/**
 * One problem found in a JSON document: a stable code, the JSON path of the offending value, its line and column in
 * the document, and a message a person can act on.
 *
 * <p>Paths start at the document root {@code $} and use the document's property names with zero-based indexes, e.g.
 * {@code $.obligations[2].deadline.businessDays}. Lines and columns start at 1; both are 0 only for a problem that
 * has no place in a document (a value that cannot be written). Codes are stable and upper-case: the reader's own
 * codes are listed in {@code docs/json-format.md}; domain problems keep the code of the core model's
 * {@link dev.pacta.core.Problem} (e.g. {@code UNKNOWN_PARTY}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the stable code, e.g. {@code UNKNOWN_PROPERTY} or {@code DUPLICATE_ID}
 * @param path the JSON path, {@code $} for the whole document
 * @param line the line in the document, from 1; 0 if unknown
 * @param column the column in the document, from 1; 0 if unknown
 * @param message one sentence naming the bad value and what was expected
 * @serial exclude
 */
// Serializable as any record is, by its components. "@serial exclude" keeps it off the serialized-form page, where
// JDK 17's javadoc asks for comments on the components' fields, which a record cannot give.
public record JsonProblem(String code, String path, int line, int column, String message) implements Serializable {
    /**
     * Checks that no component is null.
     *
     * @param code the stable code, e.g. {@code UNKNOWN_PROPERTY} or {@code DUPLICATE_ID}
     * @param path the JSON path, {@code $} for the whole document
     * @param line the line in the document, from 1; 0 if unknown
     * @param column the column in the document, from 1; 0 if unknown
     * @param message one sentence naming the bad value and what was expected
     */
    public JsonProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** Returns e.g. {@code $.parties[0].id: expected ..., was 'x y' (line 5, column 13) [INVALID_VALUE]}. */
    @Override
    public String toString() {
        return path + ": " + message + where() + " [" + code + "]";
    }

    String where() {
        return line > 0 ? " (line " + line + ", column " + column + ")" : "";
    }
}
