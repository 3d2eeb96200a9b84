package dev.pacta.core.model;

import dev.pacta.core.Problem;
import dev.pacta.core.ValidationException;
import dev.pacta.core.money.Money;
import dev.pacta.core.time.CalendarId;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A service agreement: its parties, the obligations each owes the other, its milestones, and the time frame,
 * zone and business calendar in which deadlines are computed.
 *
 * <p>Building an agreement validates it as a whole: if anything is wrong (duplicate ids, references to unknown
 * parties, obligations, milestones; cycles among prerequisites; a zone that is not an IANA {@code Area/Location}
 * id; offsets out of bounds; percentages that do not sum to 100 %; ...), {@code build()} throws one
 * {@link ValidationException} listing <em>every</em> problem with its code and path. An {@code Agreement} that
 * exists is therefore always valid. See {@link ValidationCodes} for the codes of its problems.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Agreement {
    Agreement() {}

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The agreement's id.
     *
     * @return the id
     */
    public abstract AgreementId id();

    /**
     * A short title, e.g. {@code "Bakery website redesign"}.
     *
     * @return the title
     */
    public abstract String title();

    /**
     * The parties, at least two.
     *
     * @return the parties
     */
    public abstract List<Party> parties();

    /**
     * The zone in which dates are local dates: an IANA {@code Area/Location} id such as {@code Europe/Madrid}, or
     * {@code UTC}.
     *
     * @return the zone
     */
    public abstract ZoneId zone();

    /**
     * The business calendar deadlines count in, resolved by a {@code CalendarSource} at evaluation;
     * {@link CalendarId#WEEKENDS} by default.
     *
     * @return the calendar id
     */
    @Value.Default
    public CalendarId calendar() {
        return CalendarId.WEEKENDS;
    }

    /**
     * The first day the agreement is in force.
     *
     * @return the effective date
     */
    public abstract LocalDate effectiveDate();

    /**
     * The last day the agreement is in force (inclusive), if it has one.
     *
     * @return the end date
     */
    public abstract Optional<LocalDate> endDate();

    /**
     * The agreement's total value, the base of percentage payments.
     *
     * @return the value
     */
    public abstract Optional<Money> value();

    /**
     * The obligations of all parties.
     *
     * @return the obligations
     */
    public abstract List<Obligation> obligations();

    /**
     * The milestones.
     *
     * @return the milestones
     */
    public abstract List<Milestone> milestones();

    /**
     * The clauses that let a party terminate the agreement for convenience, with notice; none by default (then only a
     * party holding a {@code TERMINATE} right from a breach may terminate).
     *
     * @return the termination clauses
     */
    public abstract List<TerminationClause> terminationClauses();

    /**
     * Free metadata, e.g. a reference in the client's system.
     *
     * @return the metadata
     */
    public abstract Map<String, String> metadata();

    /**
     * The party with the id.
     *
     * @param id the party id
     * @return the party, if it is a party of this agreement
     */
    public Optional<Party> party(PartyId id) {
        return parties().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * The obligation with the id.
     *
     * @param id the obligation id
     * @return the obligation, if declared
     */
    public Optional<Obligation> obligation(ObligationId id) {
        return obligations().stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /**
     * The milestone with the id.
     *
     * @param id the milestone id
     * @return the milestone, if declared
     */
    public Optional<Milestone> milestone(MilestoneId id) {
        return milestones().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    @Value.Check
    void check() {
        List<Problem> problems = AgreementValidator.problems(this);
        if (!problems.isEmpty()) {
            throw new ValidationException("agreement '" + id() + "'", problems);
        }
    }

    /** Builds {@link Agreement} values; {@code build()} throws a {@link ValidationException} with every problem. */
    public static final class Builder extends ImmutableAgreement.Builder {}
}
