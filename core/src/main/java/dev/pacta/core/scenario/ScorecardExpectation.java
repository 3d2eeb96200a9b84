package dev.pacta.core.scenario;

import dev.pacta.core.model.PartyId;
import java.math.BigDecimal;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What a {@link Check} expects of one party's scorecard: figures by name (e.g. {@code onTimeRate},
 * {@code daysOfDelayCaused}), each compared numerically (trailing zeros ignored).
 *
 * <p>Figures are looked up through the runner's {@link ActualValues}; the built-in lookup reads the report's
 * {@code Scorecard} by accessor name (e.g. {@code onTimeRate}, {@code delayCausedToOthers}, {@code count.BREACHED}).
 * An unknown figure is reported as a mismatch, "scorecard figure ... not available", rather than passing silently.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScorecardExpectation {
    ScorecardExpectation() {}

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The party whose scorecard is checked.
     *
     * @return the party
     */
    public abstract PartyId party();

    /**
     * The expected figures by name.
     *
     * @return the figures
     */
    public abstract Map<String, BigDecimal> figures();

    /** Builds {@link ScorecardExpectation} values. */
    public static final class Builder extends ImmutableScorecardExpectation.Builder {}
}
