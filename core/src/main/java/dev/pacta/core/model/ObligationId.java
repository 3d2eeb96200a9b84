package dev.pacta.core.model;

import dev.pacta.core.Identifier;

/**
 * The id of an obligation (a responsibility) within an agreement, e.g. {@code "approve-mockup"}.
 *
 * <p>Lexical form: see {@link Identifier}. This class is immutable and thread-safe.
 */
public final class ObligationId extends Identifier {
    private ObligationId(String value) {
        super("obligation id", value);
    }

    /**
     * Returns the id with the given text.
     *
     * @param value the id, e.g. {@code "approve-mockup"}
     * @return the id
     * @throws IllegalArgumentException if {@code value} is not a valid identifier
     */
    public static ObligationId of(String value) {
        return new ObligationId(value);
    }
}
