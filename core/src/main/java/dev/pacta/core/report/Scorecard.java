package dev.pacta.core.report;

import dev.pacta.core.model.PartyId;
import dev.pacta.core.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How one party is keeping its responsibilities as of the evaluation instant, in transparent figures only: counts
 * by state, the on-time rate with its numerator and denominator, response times for event-triggered duties, delay
 * caused to others, money owed, and whether late fulfilments were announced in advance.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Scorecard {
    Scorecard() {}

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The party.
     *
     * @return the party id
     */
    public abstract PartyId party();

    /**
     * The number of the party's instances in each state (every state present, zero included); they sum to
     * {@link #instances()}.
     *
     * @return counts by state
     */
    public abstract Map<InstanceState, Integer> counts();

    /**
     * The number of the party's instances in the report (including {@code NOT_TRIGGERED} placeholders).
     *
     * @return the number of instances
     */
    public abstract int instances();

    /**
     * Instances whose outcome is decided for timeliness: fulfilled, fulfilled late or breached.
     *
     * @return the denominator of the on-time rate
     */
    public abstract int decided();

    /**
     * Instances fulfilled on time.
     *
     * @return the numerator of the on-time rate
     */
    public abstract int onTime();

    /**
     * {@code onTime / decided} in percent, rounded half-up to one decimal; empty when nothing is decided.
     *
     * @return the on-time rate
     */
    public abstract Optional<BigDecimal> onTimeRate();

    /**
     * For event-triggered duties (responses, approvals, feedback) that were fulfilled: how many.
     *
     * @return the number of responses
     */
    public abstract int responses();

    /**
     * Of {@link #responses()}, how many came within the allowed window.
     *
     * @return responses within the window
     */
    public abstract int responsesWithinWindow();

    /**
     * Median response time in business days (from the day after the trigger through the day of the response).
     *
     * @return the median, empty without responses
     */
    public abstract Optional<BigDecimal> medianResponseDays();

    /**
     * 90th percentile (nearest rank) of the response time in business days.
     *
     * @return the 90th percentile, empty without responses
     */
    public abstract Optional<Long> p90ResponseDays();

    /**
     * The slowest response in business days.
     *
     * @return the worst response time, empty without responses
     */
    public abstract Optional<Long> worstResponseDays();

    /**
     * Median allowed window of those responses in business days.
     *
     * @return the median window, empty without responses
     */
    public abstract Optional<BigDecimal> medianWindowDays();

    /**
     * Delay this party caused to other parties' instances through late prerequisites, summed over those instances
     * in each instance's lateness unit (see {@link InstanceReport#attribution()}).
     *
     * @return delay caused to others
     */
    public abstract long delayCausedToOthers();

    /**
     * Money the party owes, per currency (outstanding amounts plus fees, interest and penalties).
     *
     * @return amounts owed
     */
    public abstract List<Money> owed();

    /**
     * Late fulfilments that the party announced with a notice before the deadline passed.
     *
     * @return late fulfilments with an advance notice
     */
    public abstract int lateWithNotice();

    /**
     * Late fulfilments without an advance notice.
     *
     * @return late fulfilments without notice
     */
    public abstract int lateWithoutNotice();

    /** Builds {@link Scorecard} values. */
    public static final class Builder extends ImmutableScorecard.Builder {}
}
