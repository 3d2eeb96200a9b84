package dev.pacta.core.model;

import dev.pacta.core.time.Span;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A clause of an agreement that lets a party terminate it for convenience, without a breach, by giving notice: a
 * {@code termination} event by that party starts the notice period, and the agreement ends when it is over (for a
 * notice in days, at the end of its last day; in hours, at that instant). Instances due before then stay owed.
 *
 * <p>Without such a clause, only a party holding a {@code TERMINATE} right from a breach may terminate (at once). This
 * class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class TerminationClause {
    TerminationClause() {}

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A clause letting a party (or, for an empty party, either party) terminate on the given notice.
     *
     * @param party the party that may terminate under it, or empty for any party
     * @param notice the notice period
     * @return the clause
     */
    public static TerminationClause of(Optional<PartyId> party, Span notice) {
        return builder().party(party).notice(notice).build();
    }

    /**
     * The party that may terminate under this clause; empty for any party of the agreement.
     *
     * @return the party
     */
    public abstract Optional<PartyId> party();

    /**
     * The notice period: from the termination event to the end of the agreement (e.g. 30 days; 0 days ends it at the
     * end of the day of the notice).
     *
     * @return the notice period
     */
    public abstract Span notice();

    /**
     * Whether the clause lets a party terminate.
     *
     * @param p a party
     * @return true if the clause names no party or names {@code p}
     */
    public boolean allows(PartyId p) {
        return party().isEmpty() || party().get().equals(p);
    }

    /** Builds {@link TerminationClause} values. */
    public static final class Builder extends ImmutableTerminationClause.Builder {}
}
