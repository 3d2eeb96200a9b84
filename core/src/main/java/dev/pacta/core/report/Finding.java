package dev.pacta.core.report;

import dev.pacta.core.model.EventId;
import dev.pacta.core.model.PartyId;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something the evaluation noticed: a breach, an ignored control event, a data problem, or a custom rule's result.
 *
 * <p>Codes are stable upper-case words; the engine's own codes are listed in {@link FindingCodes}. This class is
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class Finding {
    Finding() {}

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The stable code, e.g. {@code UNAUTHORISED_WAIVER}.
     *
     * @return the code
     */
    public abstract String code();

    /**
     * How serious it is.
     *
     * @return the severity
     */
    public abstract Severity severity();

    /**
     * The party concerned (the one in breach, or the one whose event was ignored).
     *
     * @return the party
     */
    public abstract Optional<PartyId> party();

    /**
     * The instance concerned.
     *
     * @return the instance id
     */
    public abstract Optional<InstanceId> instance();

    /**
     * The events that show it.
     *
     * @return the evidence
     */
    public abstract List<EventId> evidence();

    /**
     * One sentence a person can act on.
     *
     * @return the message
     */
    public abstract String message();

    /** Builds {@link Finding} values. */
    public static final class Builder extends ImmutableFinding.Builder {}
}
