package dev.pacta.core.model;

import dev.pacta.core.Identifier;

/**
 * The id of a party to an agreement, e.g. {@code "studio"}.
 *
 * <p>Lexical form: see {@link Identifier}. This class is immutable and thread-safe.
 */
public final class PartyId extends Identifier {
    private PartyId(String value) {
        super("party id", value);
    }

    /**
     * Returns the id with the given text.
     *
     * @param value the id, e.g. {@code "studio"}
     * @return the id
     * @throws IllegalArgumentException if {@code value} is not a valid identifier
     */
    public static PartyId of(String value) {
        return new PartyId(value);
    }
}
