package dev.pacta.core.template;

import dev.pacta.core.Identifier;

/**
 * The id of an agreement template, e.g. {@code "web-development"}.
 *
 * <p>Lexical form: see {@link Identifier}. This class is immutable and thread-safe.
 */
public final class TemplateId extends Identifier {
    private TemplateId(String value) {
        super("template id", value);
    }

    /**
     * Returns the id with the given text.
     *
     * @param value the id, e.g. {@code "web-development"}
     * @return the id
     * @throws IllegalArgumentException if {@code value} is not a valid identifier
     */
    public static TemplateId of(String value) {
        return new TemplateId(value);
    }
}
