package dev.pacta.core;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a value cannot be built because it is invalid; carries <em>every</em> problem found, not only the first.
 *
 * <p>Building an {@code Agreement} (and other composite values) runs all of its checks and throws
 * this exception once with all of their problems, so that a user can fix a document in one pass.
 */
public class ValidationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Every problem found, in the order the checks found them. */
    private final List<Problem> problems;

    /**
     * Creates the exception.
     *
     * @param subject what was being built, e.g. {@code "agreement 'web-2026'"}
     * @param problems every problem found; not empty
     */
    public ValidationException(String subject, List<Problem> problems) {
        super(message(subject, problems));
        this.problems = List.copyOf(problems);
    }

    private static String message(String subject, List<Problem> problems) {
        return subject + " is invalid (" + problems.size() + (problems.size() == 1 ? " problem" : " problems") + "):"
                + problems.stream().map(p -> "\n  " + p).collect(Collectors.joining());
    }

    /**
     * Every problem found, in the order of the value's structure.
     *
     * @return an unmodifiable, non-empty list
     */
    public List<Problem> problems() {
        return problems;
    }
}
