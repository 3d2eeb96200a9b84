package dev.pacta.core.engine;

import dev.pacta.core.model.AgreementId;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.Finding;
import dev.pacta.core.report.GrantedRight;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.MilestoneReport;
import dev.pacta.core.report.PaymentBalance;
import dev.pacta.core.report.Scorecard;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * An engine report: its rows ({@link Row}s, views of the instances' facts), milestones and next change, and what is
 * worked out from the rows (findings, rights, scorecards, balances) when first read, or at once when the simulation
 * goes on after the report.
 *
 * <p>Immutable and thread-safe: a lazy report's parts are worked out under its {@link Reporter}'s lock, from a
 * simulation that no longer changes.
 */
final class ReportView extends ComplianceReport {
    /** The parts worked out from the rows. */
    record Rest(
            List<Finding> findings,
            List<GrantedRight> rights,
            List<Scorecard> scorecards,
            List<PaymentBalance> balances) {}

    private final AgreementId agreement;
    private final Instant asOf;
    private final ZoneId zone;
    private final Period horizon;
    private final List<InstanceReport> instances;
    private final List<MilestoneReport> milestones;
    private final Instant nextChange;
    /** Works out the rest, under its own lock (the one lock of a lazy report); null for an eager report. */
    private final Reporter reporter;
    /** The instance behind each row (null for a placeholder), for a lazy report. */
    private final List<Inst> sources;

    private volatile Rest rest;

    ReportView(
            Reporter reporter,
            AgreementId agreement,
            Instant asOf,
            ZoneId zone,
            Period horizon,
            List<InstanceReport> instances,
            List<Inst> sources,
            List<MilestoneReport> milestones,
            Instant nextChange,
            boolean lazy) {
        this.agreement = agreement;
        this.asOf = asOf;
        this.zone = zone;
        this.horizon = horizon;
        this.instances = instances;
        this.milestones = milestones;
        this.nextChange = nextChange;
        if (lazy) {
            this.reporter = reporter;
            this.sources = sources;
        } else {
            this.reporter = null;
            this.sources = null;
            this.rest = reporter.rest(instances, sources);
        }
    }

    private Rest rest() {
        Rest r = rest;
        if (r == null) {
            synchronized (reporter) {
                r = rest;
                if (r == null) {
                    r = reporter.rest(instances, sources);
                    rest = r;
                }
            }
        }
        return r;
    }

    @Override
    public AgreementId agreement() {
        return agreement;
    }

    @Override
    public Instant asOf() {
        return asOf;
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    @Override
    public Period horizon() {
        return horizon;
    }

    @Override
    public List<InstanceReport> instances() {
        return instances;
    }

    @Override
    public List<MilestoneReport> milestones() {
        return milestones;
    }

    @Override
    public List<Finding> findings() {
        return rest().findings();
    }

    @Override
    public List<GrantedRight> rights() {
        return rest().rights();
    }

    @Override
    public List<Scorecard> scorecards() {
        return rest().scorecards();
    }

    @Override
    public List<PaymentBalance> balances() {
        return rest().balances();
    }

    @Override
    public Optional<Instant> nextChange() {
        return Optional.ofNullable(nextChange);
    }
}
