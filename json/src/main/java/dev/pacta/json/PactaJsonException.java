package dev.pacta.json;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by {@link PactaJson} when a document cannot be read: it is not JSON, breaks a limit, does not follow the
 * format, or follows it but describes an invalid value (then <em>every</em> domain problem is listed).
 *
 * <p>Each {@link JsonProblem} carries a stable code, the JSON path ({@code $.obligations[2].deadline.businessDays}),
 * line and column and an actionable message. {@link #path()}, {@link #line()}, {@link #column()} and {@link #code()}
 * describe the first problem. The message of a single problem reads e.g.
 * {@code $.obligations[2].deadline.businessDays: expected a whole number of business days from 0 to 2610, was 2.5
 * (line 14, column 27)}.
 *
 * <p>This exception is unchecked; I/O failures of the underlying file or stream are reported as
 * {@link java.io.IOException}s, not with this type.
 */
public class PactaJsonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Every problem, not empty. */
    @SuppressWarnings("serial") // an immutable List.copyOf of serializable records
    private final List<JsonProblem> problems;

    /** What was read, e.g. {@code "agreement 'web-2026'"}. */
    private final String subject;

    /** The file the document was read from, or null. */
    private final String source;

    /**
     * Creates the exception.
     *
     * @param subject what was read, e.g. {@code "agreement 'web-2026'"}, used when there are several problems
     * @param problems every problem found; not empty
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public PactaJsonException(String subject, List<JsonProblem> problems) {
        this(null, subject, problems, null);
    }

    private PactaJsonException(String source, String subject, List<JsonProblem> problems, Throwable cause) {
        super((source == null ? "" : source + ": ") + message(subject, problems), cause);
        this.problems = List.copyOf(problems);
        this.subject = subject;
        this.source = source;
    }

    /**
     * The same problems, naming the file they were found in; the message then starts with the file, e.g.
     * {@code scenarios/late.scenario.json: $.checks[0].asOf: ...}.
     *
     * @param source the file, as the caller named it
     * @return a new exception, caused by this one
     */
    public PactaJsonException withSource(String source) {
        return new PactaJsonException(java.util.Objects.requireNonNull(source, "source"), subject, problems, this);
    }

    /**
     * The file the document was read from, when it was read from a file.
     *
     * @return the file, as the caller named it
     */
    public java.util.Optional<String> source() {
        return java.util.Optional.ofNullable(source);
    }

    /**
     * Creates the exception for one problem.
     *
     * @param problem the problem
     */
    public PactaJsonException(JsonProblem problem) {
        this("document", List.of(problem));
    }

    /**
     * The message without the file: the problem, or the subject and every problem.
     *
     * @return the message as if the document had been read from a string
     */
    public String problemsMessage() {
        return message(subject, problems);
    }

    private static String message(String subject, List<JsonProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("problems must not be empty");
        }
        if (problems.size() == 1) {
            JsonProblem p = problems.get(0);
            return p.path() + ": " + p.message() + p.where();
        }
        return subject + " is invalid (" + problems.size() + " problems):"
                + problems.stream().map(p -> "\n  " + p).collect(Collectors.joining());
    }

    /**
     * Every problem found, in document order for domain problems; exactly one for a document that could not be
     * parsed.
     *
     * @return an unmodifiable, non-empty list
     */
    public List<JsonProblem> problems() {
        return problems;
    }

    /**
     * The stable code of the first problem, e.g. {@code DUPLICATE_PROPERTY}.
     *
     * @return the code
     */
    public String code() {
        return problems.get(0).code();
    }

    /**
     * The JSON path of the first problem, e.g. {@code $.obligations[2].deadline.businessDays}; {@code $} for the whole
     * document.
     *
     * @return the path
     */
    public String path() {
        return problems.get(0).path();
    }

    /**
     * The line of the first problem, from 1 (0 if the problem has no place in a document).
     *
     * @return the line
     */
    public int line() {
        return problems.get(0).line();
    }

    /**
     * The column of the first problem, from 1 (0 if the problem has no place in a document).
     *
     * @return the column
     */
    public int column() {
        return problems.get(0).column();
    }
}
