package dev.pacta.core.model;

import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * A point of progress with a target date: reached when every instance of {@link #requires()} is fulfilled and every
 * milestone of {@link #dependsOn()} is reached.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Milestone {
    Milestone() {}

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The milestone's id, unique within the agreement.
     *
     * @return the id
     */
    public abstract MilestoneId id();

    /**
     * A short title, e.g. {@code "Launch"}.
     *
     * @return the title
     */
    public abstract String title();

    /**
     * The date by which it should be reached (inclusive, in the agreement's zone).
     *
     * @return the target date
     */
    public abstract LocalDate target();

    /**
     * The obligations whose instances must all be fulfilled.
     *
     * @return the required obligations
     */
    public abstract List<ObligationId> requires();

    /**
     * The milestones that must be reached first.
     *
     * @return the milestones depended on
     */
    public abstract List<MilestoneId> dependsOn();

    /** Builds {@link Milestone} values. */
    public static final class Builder extends ImmutableMilestone.Builder {}
}
