package dev.pacta.core.report;

import dev.pacta.core.model.MilestoneId;
import dev.pacta.core.model.PartyId;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The evaluated state of a milestone. Lateness is counted in business days of the agreement's calendar.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MilestoneReport {
    MilestoneReport() {}

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The milestone's id.
     *
     * @return the id
     */
    public abstract MilestoneId id();

    /**
     * The state.
     *
     * @return the state
     */
    public abstract MilestoneState state();

    /**
     * The effective target date (after amendments).
     *
     * @return the target
     */
    public abstract LocalDate target();

    /**
     * The date it was reached, in the agreement's zone.
     *
     * @return the date
     */
    public abstract Optional<LocalDate> reachedOn();

    /**
     * Business days late: for {@code REACHED_LATE} how late it was reached, for {@code MISSED} how late it is as of
     * the evaluation date.
     *
     * @return the business days late
     */
    public abstract Optional<Long> daysLate();

    /**
     * The days late attributed to the party whose late obligations caused them; sums to {@link #daysLate()}.
     *
     * @return days late per party
     */
    public abstract Map<PartyId, Long> attribution();

    /**
     * The facts that produced the state.
     *
     * @return the explanation
     */
    public abstract String explanation();

    /** Builds {@link MilestoneReport} values. */
    public static final class Builder extends ImmutableMilestoneReport.Builder {}
}
