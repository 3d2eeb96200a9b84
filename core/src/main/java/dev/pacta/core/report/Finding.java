package dev.pacta.core.report;

import dev.pacta.core.model.EventId;
import dev.pacta.core.model.PartyId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
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
     * <p>The engine words a finding about a late instance from the instance's explanation, which it formats only
     * when read (see {@link InstanceReport#explanation()}); the message is then kept, and it is the same whenever and
     * on whichever thread it is read.
     *
     * @return the message
     */
    @Value.Lazy
    public String message() {
        return messenger().get();
    }

    /**
     * What {@link #message()} is computed from, once. Set it through {@link Builder#message(String)}; an engine may
     * set a {@link Supplier} over immutable facts instead.
     *
     * @return the supplier of the message
     */
    @Value.Auxiliary
    abstract Supplier<String> messenger();

    /**
     * Equal when every attribute is equal, the message included.
     *
     * @param other the other object
     * @return whether they are equal
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof Finding o
                && code().equals(o.code())
                && severity() == o.severity()
                && party().equals(o.party())
                && instance().equals(o.instance())
                && evidence().equals(o.evidence())
                && message().equals(o.message());
    }

    /**
     * A hash of every attribute but the message, so that hashing does not format it.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(code(), severity(), party(), instance(), evidence());
    }

    /**
     * The finding in words for debugging.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "Finding{code=" + code() + ", severity=" + severity()
                + party().map(p -> ", party=" + p).orElse("")
                + instance().map(i -> ", instance=" + i).orElse("") + ", evidence=" + evidence() + ", message="
                + message() + "}";
    }

    /** Builds {@link Finding} values. */
    public static final class Builder extends ImmutableFinding.Builder {
        /**
         * Sets the message.
         *
         * @param text the message
         * @return this builder
         */
        public Builder message(String text) {
            Objects.requireNonNull(text, "message");
            messenger(() -> text);
            return this;
        }
    }
}
