package dev.pacta.core.model;

import dev.pacta.core.Identifier;

/**
 * The id of an agreement, e.g. {@code "web-2026"}.
 *
 * <p>Lexical form: see {@link Identifier}. This class is immutable and thread-safe.
 */
public final class AgreementId extends Identifier {
    private AgreementId(String value) {
        super("agreement id", value);
    }

    /**
     * Returns the id with the given text.
     *
     * @param value the id, e.g. {@code "web-2026"}
     * @return the id
     * @throws IllegalArgumentException if {@code value} is not a valid identifier
     */
    public static AgreementId of(String value) {
        return new AgreementId(value);
    }
}
