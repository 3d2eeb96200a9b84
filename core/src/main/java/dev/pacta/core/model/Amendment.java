package dev.pacta.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The change an {@code amendment} event makes to an agreement from its instant onward: new milestone target dates,
 * obligations added, obligations removed (their instances not yet due are cancelled).
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

    /** Builds {@link Amendment} values. */
    public static final class Builder extends ImmutableAmendment.Builder {}
}
