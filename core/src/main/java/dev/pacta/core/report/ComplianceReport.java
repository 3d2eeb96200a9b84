package dev.pacta.core.report;

import dev.pacta.core.model.AgreementId;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Whether each party is keeping its responsibilities as of an instant, and why: every obligation instance with its
 * state and explanation, the milestones, the findings, and when to look again.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ComplianceReport {
    /**
     * For the builder's values and for the engine's reports, which work out their findings, rights, scorecards and
     * balances when first read. Other subclasses are not supported.
     */
    protected ComplianceReport() {}

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The agreement evaluated.
     *
     * @return the agreement id
     */
    public abstract AgreementId agreement();

    /**
     * The evaluation instant: events at or before it count, later ones are invisible.
     *
     * @return the instant
     */
    public abstract Instant asOf();

    /**
     * The agreement's zone, in which dates are local.
     *
     * @return the zone
     */
    public abstract ZoneId zone();

    /**
     * The reporting horizon used for {@link #upcoming()} and {@code AT_RISK}.
     *
     * @return the horizon, 14 days by default
     */
    public abstract Period horizon();

    /**
     * Every instance, grouped by obligation in declaration order, then by number; obligations that have no
     * instance yet appear as one {@code NOT_TRIGGERED} instance numbered 1.
     *
     * @return the instances
     */
    public abstract List<InstanceReport> instances();

    /**
     * Every milestone, in declaration order.
     *
     * @return the milestones
     */
    public abstract List<MilestoneReport> milestones();

    /**
     * Findings, in the order they arose.
     *
     * @return the findings
     */
    public abstract List<Finding> findings();

    /**
     * Rights that breaches granted to beneficiaries (e.g. to suspend work), in the order of the breaches.
     *
     * @return the rights available
     */
    public abstract List<GrantedRight> rights();

    /**
     * One scorecard per party, in the agreement's order of parties.
     *
     * @return the scorecards
     */
    public abstract List<Scorecard> scorecards();

    /**
     * The scorecard of a party.
     *
     * @param party the party
     * @return its scorecard, if it is a party of the agreement
     */
    public Optional<Scorecard> scorecard(PartyId party) {
        return scorecards().stream().filter(s -> s.party().equals(party)).findFirst();
    }

    /**
     * Payments per payer, payee and currency, with conservation: received = applied + credit.
     *
     * @return the balances, ordered by payer, payee and currency
     */
    public abstract List<PaymentBalance> balances();

    /**
     * Money a party owes as of the evaluation instant, per currency: outstanding amounts plus late fees, interest
     * and penalties of its payment instances.
     *
     * @param party the party
     * @return the totals, one per currency, ordered by currency code; empty if it owes nothing
     */
    public List<Money> owedBy(PartyId party) {
        return scorecard(party).map(Scorecard::owed).orElse(List.of());
    }

    /**
     * The earliest instant after {@link #asOf()} at which some state changes without a new event (a deadline
     * passes, grace ends, a period starts, a milestone target passes, the agreement's end cancels an instance); empty
     * if none. Exact: nothing changes strictly before it, and a suspended instance's deadlines do not count until
     * it is resumed.
     *
     * @return the next instant to look again
     */
    public abstract Optional<Instant> nextChange();

    /**
     * The local date of {@link #asOf()} in the agreement's zone.
     *
     * @return the evaluation date
     */
    public LocalDate asOfDate() {
        return asOf().atZone(zone()).toLocalDate();
    }

    /**
     * The instance with the id.
     *
     * @param id the instance id
     * @return the instance report
     */
    public Optional<InstanceReport> instance(InstanceId id) {
        return instances().stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /**
     * The instance with the id given as text, e.g. {@code "approve-mockup#2"}.
     *
     * @param id the instance id
     * @return the instance report
     */
    public Optional<InstanceReport> instance(String id) {
        return InstanceId.parse(id).flatMap(this::instance);
    }

    /**
     * The instances owed by a party.
     *
     * @param party the obligor
     * @return its instances
     */
    public List<InstanceReport> instancesOf(PartyId party) {
        return instances().stream().filter(i -> i.obligor().equals(party)).toList();
    }

    /**
     * The reminders: open instances (upcoming or overdue) due within the horizon after the evaluation date, soonest
     * first.
     *
     * @return the instances due soon
     */
    public List<InstanceReport> upcoming() {
        return upcoming(horizon());
    }

    /**
     * The open instances (upcoming or overdue) due on or before the evaluation date plus {@code within}, soonest
     * first (overdue ones first of all).
     *
     * @param within the horizon
     * @return the instances due soon
     */
    public List<InstanceReport> upcoming(Period within) {
        Instant limit = asOfDate().plus(within).plusDays(1).atStartOfDay(zone()).toInstant();
        return instances().stream()
                .filter(i -> i.state() == InstanceState.UPCOMING || i.state() == InstanceState.OVERDUE)
                .filter(i -> dueInstant(i).map(d -> d.isBefore(limit)).orElse(false))
                .sorted(Comparator.comparing((InstanceReport i) -> dueInstant(i).orElseThrow())
                        .thenComparing(InstanceReport::id))
                .toList();
    }

    private Optional<Instant> dueInstant(InstanceReport i) {
        return i.dueAt().or(() -> i.dueDate().map(d -> d.atStartOfDay(zone()).toInstant()));
    }

    /**
     * Equal when every attribute is equal, however the reports were made.
     *
     * @param other the other object
     * @return whether they are equal
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ComplianceReport o)) {
            return false;
        }
        return agreement().equals(o.agreement())
                && asOf().equals(o.asOf())
                && zone().equals(o.zone())
                && horizon().equals(o.horizon())
                && instances().equals(o.instances())
                && milestones().equals(o.milestones())
                && findings().equals(o.findings())
                && rights().equals(o.rights())
                && scorecards().equals(o.scorecards())
                && balances().equals(o.balances())
                && nextChange().equals(o.nextChange());
    }

    /**
     * A hash of every attribute.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        int h = 5381;
        h += (h << 5) + agreement().hashCode();
        h += (h << 5) + asOf().hashCode();
        h += (h << 5) + zone().hashCode();
        h += (h << 5) + horizon().hashCode();
        h += (h << 5) + instances().hashCode();
        h += (h << 5) + milestones().hashCode();
        h += (h << 5) + findings().hashCode();
        h += (h << 5) + rights().hashCode();
        h += (h << 5) + scorecards().hashCode();
        h += (h << 5) + balances().hashCode();
        h += (h << 5) + java.util.Objects.hashCode(nextChange().orElse(null));
        return h;
    }

    /**
     * Every attribute, for debugging.
     *
     * @return the text
     */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("ComplianceReport{");
        s.append("agreement=").append(agreement());
        s.append(", asOf=").append(asOf());
        s.append(", zone=").append(zone());
        s.append(", horizon=").append(horizon());
        s.append(", instances=").append(instances());
        s.append(", milestones=").append(milestones());
        s.append(", findings=").append(findings());
        s.append(", rights=").append(rights());
        s.append(", scorecards=").append(scorecards());
        s.append(", balances=").append(balances());
        nextChange().ifPresent(t -> s.append(", nextChange=").append(t));
        return s.append("}").toString();
    }

    /** Builds {@link ComplianceReport} values. */
    public static final class Builder extends ImmutableComplianceReport.Builder {}
}
