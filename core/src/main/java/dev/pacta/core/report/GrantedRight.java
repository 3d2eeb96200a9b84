package dev.pacta.core.report;

import dev.pacta.core.model.PartyId;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A right a breach granted to the beneficiary (e.g. {@code SUSPEND_WORK}, {@code TERMINATE}), available from the
 * breach onward.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class GrantedRight {
    GrantedRight() {}

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The party that holds the right (the beneficiary of the breached instance).
     *
     * @return the party
     */
    public abstract PartyId party();

    /**
     * The right, e.g. {@code SUSPEND_WORK}.
     *
     * @return the right
     */
    public abstract String right();

    /**
     * The breached instance that granted it.
     *
     * @return the instance id
     */
    public abstract InstanceId instance();

    /**
     * When it became available (the breach).
     *
     * @return the instant
     */
    @SuppressWarnings("immutables:from") // the builder sets this attribute; it has no from(GrantedRight) copy method
    public abstract Instant from();

    /** Builds {@link GrantedRight} values. */
    public static final class Builder extends ImmutableGrantedRight.Builder {}
}
