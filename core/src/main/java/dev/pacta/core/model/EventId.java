package dev.pacta.core.model;

import dev.pacta.core.Identifier;

/**
 * The id of an event on a timeline, e.g. {@code "e12"}.
 *
 * <p>Lexical form: see {@link Identifier}. This class is immutable and thread-safe.
 */
public final class EventId extends Identifier {
    private EventId(String value) {
        super("event id", value);
    }

    /**
     * Returns the id with the given text.
     *
     * @param value the id, e.g. {@code "e12"}
     * @return the id
     * @throws IllegalArgumentException if {@code value} is not a valid identifier
     */
    public static EventId of(String value) {
        return new EventId(value);
    }
}
