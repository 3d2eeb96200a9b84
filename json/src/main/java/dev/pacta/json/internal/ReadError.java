package dev.pacta.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.pacta.json.JsonProblem;
import java.util.List;

/**
 * A document that cannot be read, raised by the deserializers with every problem, its path, line and column.
 *
 * <p>It is a {@link JsonMappingException} so that a caller's own {@code ObjectMapper} reports it like any other
 * mapping failure; the facade turns it into a {@link dev.pacta.json.PactaJsonException}.
 */
public final class ReadError extends JsonMappingException {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // an immutable List.copyOf of serializable records
    private final List<JsonProblem> problems;

    private final String subject;

    private ReadError(JsonParser p, String subject, List<JsonProblem> problems) {
        super(p, problems.size() == 1 ? problems.get(0).toString() : subject + " is invalid: " + problems, (Throwable)
                null);
        this.subject = subject;
        this.problems = List.copyOf(problems);
    }

    /**
     * A problem at the parser's current token.
     *
     * @param p the parser
     * @param code the stable code
     * @param message the message
     * @return the error, to throw
     */
    public static ReadError at(JsonParser p, String code, String message) {
        return at(p, JsonPaths.of(p), p.currentTokenLocation(), code, message);
    }

    /**
     * A problem at a given path and location.
     *
     * @param p the parser
     * @param path the JSON path
     * @param location where in the document
     * @param code the stable code
     * @param message the message
     * @return the error, to throw
     */
    public static ReadError at(JsonParser p, String path, JsonLocation location, String code, String message) {
        return new ReadError(
                p, "document", List.of(new JsonProblem(code, path, line(location), column(location), message)));
    }

    /**
     * Several problems of one value.
     *
     * @param p the parser
     * @param subject what was read, e.g. {@code "agreement 'web-2026'"}
     * @param problems the problems
     * @return the error, to throw
     */
    public static ReadError of(JsonParser p, String subject, List<JsonProblem> problems) {
        return new ReadError(p, subject, problems);
    }

    /**
     * The 1-based line of a location, at least 1.
     *
     * @param location a location, possibly null
     * @return the line
     */
    public static int line(JsonLocation location) {
        return location == null ? 1 : Math.max(1, location.getLineNr());
    }

    /**
     * The 1-based column of a location, at least 1.
     *
     * @param location a location, possibly null
     * @return the column
     */
    public static int column(JsonLocation location) {
        return location == null ? 1 : Math.max(1, location.getColumnNr());
    }

    /**
     * Every problem.
     *
     * @return the problems, not empty
     */
    public List<JsonProblem> problems() {
        return problems;
    }

    /**
     * What was read, for the message of several problems.
     *
     * @return the subject
     */
    public String subject() {
        return subject;
    }
}
