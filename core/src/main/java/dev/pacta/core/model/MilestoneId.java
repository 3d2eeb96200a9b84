package dev.pacta.core.model;

import dev.pacta.core.Identifier;

/**
 * The id of a milestone within an agreement, e.g. {@code "launch"}.
 *
 * <p>Lexical form: see {@link Identifier}. This class is immutable and thread-safe.
 */
public final class MilestoneId extends Identifier {
    private MilestoneId(String value) {
        super("milestone id", value);
    }

    /**
     * Returns the id with the given text.
     *
     * @param value the id, e.g. {@code "launch"}
     * @return the id
     * @throws IllegalArgumentException if {@code value} is not a valid identifier
     */
    public static MilestoneId of(String value) {
        return new MilestoneId(value);
    }
}
