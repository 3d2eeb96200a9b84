package dev.pacta.core.report;

import dev.pacta.core.model.AgreementId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What changed in a live evaluation between two looks: the instances whose standing (state, due date or time,
 * fulfilment, notices, payments, blockers) as of {@link #asOf()} differs from their standing as of {@link
 * #since()}, each with its report as of {@code asOf}.
 *
 * <p>It is the difference of two {@link ComplianceReport}s, computed without building them: for every instance
 * row, the report as of {@code asOf} and the one as of {@code since} agree unless the row is listed here. What
 * grows with time alone (lateness, attribution, accrued interest, explanations) is not a change by itself; the
 * listed rows carry their current values. Changes are listed in report order (obligations as declared, then
 * instance number); rows that disappeared come last.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ComplianceChanges {
    ComplianceChanges() {}

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The agreement.
     *
     * @return the agreement id
     */
    public abstract AgreementId agreement();

    /**
     * The previous look; empty for the first, which lists every row as new.
     *
     * @return the instant of the previous look
     */
    public abstract Optional<Instant> since();

    /**
     * The instant the standings are as of: the live evaluation's latest event, or the instant it was advanced to.
     *
     * @return the instant
     */
    public abstract Instant asOf();

    /**
     * The changed rows.
     *
     * @return the changes, in report order
     */
    public abstract List<InstanceChange> instances();

    /**
     * Whether nothing changed.
     *
     * @return whether {@link #instances()} is empty
     */
    public boolean isEmpty() {
        return instances().isEmpty();
    }

    /** Builds {@link ComplianceChanges} values. */
    public static final class Builder extends ImmutableComplianceChanges.Builder {}
}
