package dev.pacta.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A party to an agreement: who it is, the role it plays and its designated point of contact.
 *
 * <p>The seed of Pacta insists that each side names one person who handles feedback, approvals and
 * decisions; {@link #contact()} records that person, and a built-in rule reports a party without one.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Party {
    Party() {}

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a party without a point of contact.
     *
     * @param id the party's id
     * @param name the party's name
     * @param role its role
     * @return the party
     */
    public static Party of(String id, String name, Role role) {
        return builder().id(PartyId.of(id)).name(name).role(role).build();
    }

    /**
     * The party's id, unique within the agreement.
     *
     * @return the id
     */
    public abstract PartyId id();

    /**
     * The party's name, e.g. {@code "Acme Bakery Ltd"}.
     *
     * @return the name
     */
    public abstract String name();

    /**
     * The role the party plays.
     *
     * @return the role
     */
    public abstract Role role();

    /**
     * The designated point of contact (a person's name, optionally with an address), if named.
     *
     * @return the point of contact
     */
    public abstract Optional<String> contact();

    /** Builds {@link Party} values. */
    public static final class Builder extends ImmutableParty.Builder {}
}
