package dev.pacta.core.template;

import dev.pacta.core.Problem;
import dev.pacta.core.ValidationException;
import dev.pacta.core.model.Agreement;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What instantiating a template gives: the agreement, or every problem found.
 *
 * <p>Exactly one of the two is present: a result with an agreement has no problems, a result with problems has no
 * agreement. This class is immutable and thread-safe.
 */
public final class TemplateResult {
    private final TemplateId template;
    private final Agreement agreement;
    private final List<Problem> problems;

    private TemplateResult(TemplateId template, Agreement agreement, List<Problem> problems) {
        this.template = Objects.requireNonNull(template, "template");
        this.agreement = agreement;
        this.problems = List.copyOf(problems);
    }

    static TemplateResult of(TemplateId template, Agreement agreement) {
        return new TemplateResult(template, Objects.requireNonNull(agreement, "agreement"), List.of());
    }

    static TemplateResult of(TemplateId template, List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a failed result needs at least one problem");
        }
        return new TemplateResult(template, null, problems);
    }

    /**
     * The template that was instantiated.
     *
     * @return the template id
     */
    public TemplateId template() {
        return template;
    }

    /**
     * Whether the values were valid and the agreement was built.
     *
     * @return true if {@link #agreement()} is present
     */
    public boolean isValid() {
        return agreement != null;
    }

    /**
     * The agreement, if the values were valid.
     *
     * @return the agreement
     */
    public Optional<Agreement> agreement() {
        return Optional.ofNullable(agreement);
    }

    /**
     * Every problem found, empty if the agreement was built.
     *
     * @return an unmodifiable list
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * The agreement, or a {@link ValidationException} with every problem.
     *
     * @return the agreement
     * @throws ValidationException if there were problems
     */
    public Agreement orElseThrow() {
        if (agreement == null) {
            throw new ValidationException("template '" + template + "' with these values", problems);
        }
        return agreement;
    }

    /** Returns {@code "template 'x': agreement 'y'"} or the problems, one a line. */
    @Override
    public String toString() {
        return agreement != null
                ? "template '" + template + "': agreement '" + agreement.id() + "'"
                : "template '" + template + "': " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                        + problems.stream().map(p -> "\n  " + p).reduce("", String::concat);
    }
}
