package dev.pacta.core.report;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * How one instance's standing changed between two looks at a live evaluation ({@link ComplianceChanges}): it
 * appeared, its state, due date or time, fulfilment, notices, payments or blockers changed, or it disappeared.
 *
 * <p>The report row of an obligation that was never triggered ({@link InstanceState#NOT_TRIGGERED}) has the id of
 * its first instance, so an obligation's first trigger is a change of that id from {@code NOT_TRIGGERED} to, say,
 * {@code UPCOMING}; later instances appear with no {@link #before()} state. An instance disappears ({@link #after()}
 * empty) only when an event that arrived out of order changed the past, e.g. a late-recorded termination before
 * the instance's trigger.
 *
 * <p>Equality compares every attribute, including the {@link #report()}, whose equality compares the lazily
 * formatted explanations: two changes with the same transition seen at different instants are not equal.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class InstanceChange {
    InstanceChange() {}

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The instance (or, for {@code NOT_TRIGGERED}, the obligation's report row).
     *
     * @return the instance id
     */
    public abstract InstanceId instance();

    /**
     * Its state at the previous look; empty if it had no report row then.
     *
     * @return the earlier state
     */
    public abstract Optional<InstanceState> before();

    /**
     * Its state now; empty if it has no report row any more.
     *
     * @return the current state
     */
    public abstract Optional<InstanceState> after();

    /**
     * Its report as of the look, exactly the row a {@link ComplianceReport} as of the same instant holds; empty if
     * it has no report row any more.
     *
     * @return the instance report
     */
    public abstract Optional<InstanceReport> report();

    /**
     * What changed: the aspects of the row's standing whose values differ between the two looks. A row that appeared
     * or disappeared has {@link Aspect#STATE} only.
     *
     * @return the changed aspects, never empty
     */
    public abstract Set<Aspect> aspects();

    /**
     * Whether the state changed (including appearing and disappearing), as opposed to only the due date, the
     * fulfilment, notices, payments or blockers.
     *
     * @return whether {@link #before()} and {@link #after()} differ
     */
    public boolean isStateChange() {
        return !before().equals(after());
    }

    /** An aspect of a report row's standing: what a change is measured on. */
    public enum Aspect {
        /** {@link InstanceReport#state()}, including a row appearing or disappearing. */
        STATE,
        /** {@link InstanceReport#dueDate()} or {@link InstanceReport#dueAt()}: the deadline moved. */
        DUE,
        /** {@link InstanceReport#fulfilledAt()} and {@link InstanceReport#fulfilledBy()}. */
        FULFILMENT,
        /** {@link InstanceReport#notices()}. */
        NOTICES,
        /** The payments applied to it, what was paid, the credit carried from it and what was paid of its charges. */
        PAYMENTS,
        /** {@link InstanceReport#blockedBy()}. */
        BLOCKERS
    }

    @Value.Check
    void check() {
        if (before().isEmpty() && after().isEmpty()) {
            throw new IllegalStateException("an instance change needs a state before or after");
        }
        if (after().isPresent() != report().isPresent()) {
            throw new IllegalStateException("an instance change has a report exactly when it has a state after");
        }
        if (isStateChange() != aspects().contains(Aspect.STATE)) {
            throw new IllegalStateException("an instance change lists the aspect STATE exactly when its state changed");
        }
        if (aspects().isEmpty()) {
            throw new IllegalStateException("an instance change needs at least one changed aspect");
        }
    }

    /** Builds {@link InstanceChange} values. */
    public static final class Builder extends ImmutableInstanceChange.Builder {}
}
