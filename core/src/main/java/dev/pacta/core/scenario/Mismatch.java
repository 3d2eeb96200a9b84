package dev.pacta.core.scenario;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One difference between what a scenario expects and what the engine reports, in plain words.
 *
 * <p>{@link #message()} reads, for example, "as of 2026-03-10, approve-mockup#2: expected BREACHED, was
 * FULFILLED_LATE (due Fri 2026-03-06: ...; mockup.approved by e9 on Mon 2026-03-09, 1 business day late)": the
 * as-of, the subject, the expected and actual values, and the instance's or milestone's explanation in parentheses.
 * The structured parts are available for tools: {@link #check()} is the zero-based index of the check in the
 * scenario (empty for a mismatch that concerns the whole scenario, such as a template that cannot be instantiated),
 * {@link #field()} names the expectation's attribute ({@code state}, {@code dueDate}, {@code attribution[client]},
 * ...), and {@link #expected()} / {@link #actual()} are the values' text forms ({@code "none"} for an absent one).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Mismatch {
    private final Integer check;
    private final AsOf asOf;
    private final String subject;
    private final String field;
    private final String expected;
    private final String actual;
    private final String explanation;
    private final String message;

    private Mismatch(
            Integer check,
            AsOf asOf,
            String subject,
            String field,
            String expected,
            String actual,
            String explanation,
            String message) {
        this.check = check;
        this.asOf = asOf;
        this.subject = Objects.requireNonNull(subject, "subject");
        this.field = Objects.requireNonNull(field, "field");
        this.expected = Objects.requireNonNull(expected, "expected");
        this.actual = Objects.requireNonNull(actual, "actual");
        this.explanation = Objects.requireNonNull(explanation, "explanation");
        this.message = Objects.requireNonNull(message, "message");
    }

    /**
     * A value differs: "as of A, S: expected {label}{expected}, was {actual} (explanation)".
     *
     * @param label the words before the expected value, e.g. {@code "due date "}; empty for states
     */
    static Mismatch ofValue(
            int check,
            AsOf asOf,
            String subject,
            String field,
            String label,
            String expected,
            String actual,
            String explanation) {
        String message = "as of " + asOf + ", " + subject + ": expected " + label + expected + ", was " + actual
                + (explanation.isEmpty() ? "" : " (" + explanation + ")");
        return new Mismatch(check, asOf, subject, field, expected, actual, explanation, message);
    }

    /** Something expected is not there at all: "as of A, S: expected {expected}, {actual}". */
    static Mismatch ofAbsence(int check, AsOf asOf, String subject, String field, String expected, String actual) {
        String message = "as of " + asOf + ", " + subject + ": expected " + expected + ", " + actual;
        return new Mismatch(check, asOf, subject, field, expected, actual, "", message);
    }

    /** A problem that concerns the whole scenario, before any check. */
    static Mismatch ofScenario(String subject, String field, String expected, String actual, String message) {
        return new Mismatch(null, null, subject, field, expected, actual, "", message);
    }

    /**
     * The zero-based index of the check in the scenario, if the mismatch belongs to a check.
     *
     * @return the index
     */
    public OptionalInt check() {
        return check == null ? OptionalInt.empty() : OptionalInt.of(check);
    }

    /**
     * The as-of of the check, if the mismatch belongs to a check.
     *
     * @return the as-of
     */
    public Optional<AsOf> asOf() {
        return Optional.ofNullable(asOf);
    }

    /**
     * What the mismatch is about: an instance ({@code approve-mockup#2}), a milestone ({@code milestone launch}), a
     * finding ({@code finding BREACH by client}), a scorecard ({@code scorecard of client}) or the template.
     *
     * @return the subject
     */
    public String subject() {
        return subject;
    }

    /**
     * The expectation's attribute, e.g. {@code state}, {@code dueDate}, {@code attribution[client]},
     * {@code figures[onTimeRate]}, {@code instance} (the instance does not exist), or a problem's path.
     *
     * @return the field
     */
    public String field() {
        return field;
    }

    /**
     * The expected value, as text.
     *
     * @return the expected value
     */
    public String expected() {
        return expected;
    }

    /**
     * The actual value, as text ({@code "none"} if absent, {@code "not available"} if the report lacks it).
     *
     * @return the actual value
     */
    public String actual() {
        return actual;
    }

    /**
     * The explanation of the actual instance or milestone from the report, empty if there is none.
     *
     * @return the explanation
     */
    public String explanation() {
        return explanation;
    }

    /**
     * The mismatch in plain words.
     *
     * @return the message
     */
    public String message() {
        return message;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Mismatch m
                && Objects.equals(m.check, check)
                && Objects.equals(m.asOf, asOf)
                && m.subject.equals(subject)
                && m.field.equals(field)
                && m.expected.equals(expected)
                && m.actual.equals(actual)
                && m.explanation.equals(explanation)
                && m.message.equals(message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(check, asOf, subject, field, expected, actual, explanation, message);
    }

    /** Returns {@link #message()}. */
    @Override
    public String toString() {
        return message;
    }
}
