package dev.pacta.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The change an {@code amendment} event makes to an agreement from its instant onward: new milestone target dates,
 * obligations added, obligations removed (their instances not yet due are cancelled).
 *
 * <p>It takes effect only with the consent of every party: when the event's actor and {@link #signedBy()} together
 * name every party, at the event's instant; otherwise the event is a proposal by its actor, pending until each other
 * party accepts it (an {@code acceptance} event whose {@code ref} is the amendment event's id), and it takes effect at
 * the last acceptance.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Amendment {
    Amendment() {}

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * New target dates of milestones.
     *
     * @return the new targets by milestone
     */
    public abstract Map<MilestoneId, LocalDate> milestoneTargets();

    /**
     * Obligations added from the amendment's instant onward.
     *
     * @return the added obligations
     */
    public abstract List<Obligation> addObligations();

    /**
     * Obligations removed from the amendment's instant onward.
     *
     * @return the removed obligation ids
     */
    public abstract List<ObligationId> removeObligations();

    /**
     * The parties that signed the amendment besides (or including) the event's actor, which signs by recording it.
     *
     * @return the signatories
     */
    public abstract List<PartyId> signedBy();

    /** Builds {@link Amendment} values. */
    public static final class Builder extends ImmutableAmendment.Builder {}
}
