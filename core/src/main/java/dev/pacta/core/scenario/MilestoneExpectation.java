package dev.pacta.core.scenario;

import dev.pacta.core.model.MilestoneId;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.report.MilestoneState;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a {@link Check} expects of one milestone; only the attributes that are set are compared.
 *
 * <p>{@link #attribution()} is partial too: each listed party's days are compared (a party the report attributes
 * nothing to has 0); parties that are not listed are not compared. To expect that nothing is attributed to a party,
 * list it with 0. {@link #daysLate()} is in business days, as in the report.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MilestoneExpectation {
    MilestoneExpectation() {}

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder for the expectations of a milestone.
     *
     * @param id the milestone id, e.g. {@code "launch"}
     * @return a builder with the id set
     */
    public static Builder forMilestone(String id) {
        return builder().id(MilestoneId.of(id));
    }

    /**
     * The milestone.
     *
     * @return the milestone id
     */
    public abstract MilestoneId id();

    /**
     * The expected state.
     *
     * @return the state
     */
    public abstract Optional<MilestoneState> state();

    /**
     * The expected business days late; 0 means not late.
     *
     * @return the days late
     */
    public abstract Optional<Long> daysLate();

    /**
     * The expected days late attributed to each listed party.
     *
     * @return days per party
     */
    public abstract Map<PartyId, Long> attribution();

    @Value.Check
    void check() {
        daysLate().ifPresent(d -> {
            if (d < 0) {
                throw new IllegalArgumentException(
                        "expectation of milestone " + id() + ": days late must not be negative, was " + d);
            }
        });
        attribution().forEach((party, days) -> {
            if (days < 0) {
                throw new IllegalArgumentException("expectation of milestone " + id() + ": days attributed to " + party
                        + " must not be negative, was " + days);
            }
        });
    }

    /** Builds {@link MilestoneExpectation} values. */
    public static final class Builder extends ImmutableMilestoneExpectation.Builder {}
}
