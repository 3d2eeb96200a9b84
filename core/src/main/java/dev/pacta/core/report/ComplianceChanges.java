package dev.pacta.core.report;

import dev.pacta.core.model.AgreementId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What changed in a live evaluation since the previous look ({@link
 * dev.pacta.core.engine.Evaluation#pollChanges()}): the report rows whose standing as of {@link #asOf()} (state, due
 * date or time, fulfilment, notices, payments and credit carried, blockers) differs from what the previous look saw,
 * each with its report as of {@code asOf} and the {@linkplain InstanceChange#aspects() aspects} that changed.
 *
 * <p>Without out-of-order events, that is the difference between the reports as of {@link #since()} and as of
 * {@code asOf} in those aspects. An event recorded late changes the past, so the comparison is always with what the
 * previous look saw, not with a report as of {@code since} on today's timeline. What grows with time alone
 * (lateness, attribution, accrued interest and penalties, explanations' wording) is not a change by itself; the
 * listed rows carry their current values. Milestones, findings, rights and balances are not covered.
 *
 * <p>Changes are listed in report order (obligations as declared, then instance number); rows that disappeared come
 * last, by instance id (obligation, then number).
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
