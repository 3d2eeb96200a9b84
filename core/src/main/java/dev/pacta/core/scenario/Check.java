package dev.pacta.core.scenario;

import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.Finding;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.Lateness;
import dev.pacta.core.report.MilestoneReport;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One check of a {@link Scenario}: an as-of and partial expectations of the report at that as-of.
 *
 * <p>Only what is written is compared: instances and milestones that are not listed, and attributes that are not
 * set, are not looked at. {@link #copyOf(ComplianceReport)} writes down everything a report says, so that a user can
 * "approve" the current behaviour and edit from there.
 *
 * <pre>{@code
 * Check.builder()
 *         .asOf(LocalDate.of(2026, 3, 10))
 *         .addInstances(InstanceExpectation.forInstance("approve-mockup#2").state(InstanceState.BREACHED).build())
 *         .addFindings(FindingExpectation.present("BREACH"))
 *         .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Check {
    Check() {}

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A check whose expectations are copied from a report: every instance's state, due date or due instant,
     * lateness (0 if not late; unit and grace if late) and fulfilling event; every milestone's state, days late
     * (if any) and attribution; and every distinct finding (code, party, instance) as present. Payment amounts and
     * scorecard figures are not copied: add the ones that matter by hand.
     *
     * <p>The as-of is the end of the report's day if the report was evaluated as of the end of a day, else its
     * exact instant, so that a scenario with this check passes against the same agreement and events.
     *
     * @param report the report
     * @return the check
     */
    public static Check copyOf(ComplianceReport report) {
        LocalDate day = report.asOfDate();
        boolean endOfDay = day.plusDays(1)
                .atStartOfDay(report.zone())
                .toInstant()
                .minusNanos(1)
                .equals(report.asOf());
        Builder check = builder().asOf(endOfDay ? AsOf.endOf(day) : AsOf.at(report.asOf()));
        for (InstanceReport i : report.instances()) {
            InstanceExpectation.Builder e = InstanceExpectation.builder()
                    .id(i.id())
                    .state(i.state())
                    .dueDate(i.dueDate())
                    .dueAt(i.dueAt())
                    .lateness(i.lateness().map(Lateness::amount).orElse(0L))
                    .fulfilledBy(i.fulfilledBy());
            i.lateness().ifPresent(l -> e.latenessUnit(l.unit()).withinGrace(l.withinGrace()));
            check.addInstances(e.build());
        }
        for (MilestoneReport m : report.milestones()) {
            check.addMilestones(MilestoneExpectation.builder()
                    .id(m.id())
                    .state(m.state())
                    .daysLate(m.daysLate())
                    .putAllAttribution(m.attribution())
                    .build());
        }
        Set<FindingExpectation> findings = new LinkedHashSet<>();
        for (Finding f : report.findings()) {
            findings.add(FindingExpectation.builder()
                    .code(f.code())
                    .party(f.party())
                    .instance(f.instance())
                    .build());
        }
        return check.addAllFindings(findings).build();
    }

    /**
     * When the report is looked at.
     *
     * @return the as-of
     */
    public abstract AsOf asOf();

    /**
     * Expectations of instances.
     *
     * @return the instance expectations
     */
    public abstract List<InstanceExpectation> instances();

    /**
     * Expectations of milestones.
     *
     * @return the milestone expectations
     */
    public abstract List<MilestoneExpectation> milestones();

    /**
     * Expectations of findings.
     *
     * @return the finding expectations
     */
    public abstract List<FindingExpectation> findings();

    /**
     * Expectations of scorecard figures.
     *
     * @return the scorecard expectations
     */
    public abstract List<ScorecardExpectation> scorecards();

    /** Builds {@link Check} values. */
    public static final class Builder extends ImmutableCheck.Builder {
        /**
         * Looks at the end of a day in the agreement's zone.
         *
         * @param date the day
         * @return this builder
         */
        public Builder asOf(LocalDate date) {
            return asOf(AsOf.endOf(date));
        }

        /**
         * Looks at an exact instant.
         *
         * @param instant the instant
         * @return this builder
         */
        public Builder asOf(Instant instant) {
            return asOf(AsOf.at(instant));
        }
    }
}
