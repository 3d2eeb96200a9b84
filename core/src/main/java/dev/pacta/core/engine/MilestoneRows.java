package dev.pacta.core.engine;

import dev.pacta.core.model.PartyId;
import dev.pacta.core.report.Finding;
import dev.pacta.core.report.FindingCodes;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.InstanceState;
import dev.pacta.core.report.MilestoneReport;
import dev.pacta.core.report.MilestoneState;
import dev.pacta.core.report.Severity;
import dev.pacta.core.time.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The milestones' rows of a report as of {@code asOf}: each milestone's state, days late, attribution and explanation,
 * and a finding for each whose days late fall back to calendar days. The rules of reaching a milestone are
 * {@link Milestones}'; who caused its days late is {@link Responsibility}'s.
 */
final class MilestoneRows {
    /** The states of a required instance that put its milestone at risk. */
    static final java.util.Set<InstanceState> LATE_REQUIREMENT =
            java.util.EnumSet.of(InstanceState.OVERDUE, InstanceState.BREACHED, InstanceState.BLOCKED);

    private final Simulation sim;
    private final Instant asOf;
    private final LocalDate asOfDate;
    private final NextChange next;
    /** Findings about milestones whose days late are counted in calendar days. */
    private final List<Finding> findings = new ArrayList<>(0);

    MilestoneRows(Simulation sim, Instant asOf, LocalDate asOfDate, NextChange next) {
        this.sim = sim;
        this.asOf = asOf;
        this.asOfDate = asOfDate;
        this.next = next;
    }

    /** The findings of the rows made so far. */
    List<Finding> findings() {
        return findings;
    }

    /**
     * A milestone's row: reached (on time or late, with who caused the days late), missed, at risk or pending, with its
     * explanation; proposes to the next change the instants at which time alone changes it.
     */
    MilestoneReport row(Ledger.Ms ms, List<InstanceReport> instances) {
        LocalDate target = ms.target;
        MilestoneReport.Builder b = MilestoneReport.builder().id(ms.def.id()).target(target);
        StringBuilder why = new StringBuilder("target ").append(Days.day(target));
        for (String note : ms.notes) {
            why.append("; ").append(note);
        }
        Instant missedFrom = next.missedFrom(ms);
        if (ms.reachedAt != null) {
            LocalDate reached = sim.days.localDate(ms.reachedAt);
            b.reachedOn(reached);
            why.append("; reached on ").append(Days.day(reached));
            if (ms.reachedBy != null) {
                why.append(" (").append(ms.reachedBy).append(")");
            }
            if (reached.isAfter(target)) {
                GuardedCalendar.Count late = sim.responsibility.milestoneLate(target, reached);
                b.state(MilestoneState.REACHED_LATE).daysLate(late.amount()).attribution(attribute(ms, late, true));
                why.append(", ")
                        .append(late.amount())
                        .append(' ')
                        .append(late.unit().label(late.amount()))
                        .append(" late");
                uncovered(ms, late, target, reached);
            } else {
                b.state(MilestoneState.REACHED);
            }
            return b.explanation(why.toString()).build();
        }
        next.candidate(missedFrom);
        Instant riskFrom = next.riskFrom(ms);
        if (!asOf.isBefore(missedFrom)) {
            GuardedCalendar.Count late = sim.responsibility.milestoneLate(target, asOfDate);
            uncovered(ms, late, target, asOfDate);
            return b.state(MilestoneState.MISSED)
                    .daysLate(late.amount())
                    .attribution(attribute(ms, late, false))
                    .explanation(why.append("; not reached as of ")
                            .append(Days.day(asOfDate))
                            .append(", ")
                            .append(late.amount())
                            .append(' ')
                            .append(late.unit().label(late.amount()))
                            .append(" late")
                            .toString())
                    .build();
        }
        List<String> late = lateRequirements(ms, instances);
        if (!late.isEmpty()) {
            // Entering the horizon puts it at risk only with a requirement late; none can become late unseen, since
            // that is a change of its own that comes first.
            next.candidate(riskFrom);
        }
        if (!asOf.isBefore(riskFrom) && !late.isEmpty()) {
            return b.state(MilestoneState.AT_RISK)
                    .explanation(why.append("; at risk: ")
                            .append(String.join(", ", late))
                            .toString())
                    .build();
        }
        return b.state(MilestoneState.PENDING)
                .explanation(why.append("; not reached yet").toString())
                .build();
    }

    /** Who caused a milestone's days late (see {@link Responsibility#attribute}). */
    private Map<PartyId, Long> attribute(Ledger.Ms ms, GuardedCalendar.Count late, boolean reached) {
        return sim.responsibility.attribute(
                requiredInstances(ms, new java.util.HashSet<>()),
                late.amount(),
                late.unit(),
                reached,
                asOf,
                firstRequiredObligor(ms));
    }

    /** A finding when a milestone's days late are counted in calendar days. */
    private void uncovered(Ledger.Ms ms, GuardedCalendar.Count late, LocalDate target, LocalDate until) {
        if (late.unit() == Span.Unit.BUSINESS_DAYS) {
            return;
        }
        findings.add(Finding.builder()
                .code(FindingCodes.CALENDAR_NOT_COVERED)
                .severity(Severity.WARNING)
                .message("the lateness of milestone " + ms.def.id() + " is counted in calendar days, not business"
                        + " days: calendar " + sim.responsibility.coverage() + ", not the days from "
                        + Days.day(target.plusDays(1)) + " through " + Days.day(until))
                .build());
    }

    /** The instances of a milestone's required obligations and, recursively, of the milestones it depends on. */
    private List<Inst> requiredInstances(Ledger.Ms ms, java.util.Set<Ledger.Ms> seen) {
        List<Inst> instances = new ArrayList<>();
        if (!seen.add(ms)) {
            return instances;
        }
        for (dev.pacta.core.model.ObligationId id : ms.def.requires()) {
            Obl o = sim.ledger.obls.get(id);
            if (o != null && o.removedAt == null) {
                instances.addAll(o.instances);
            }
        }
        for (dev.pacta.core.model.MilestoneId dep : ms.def.dependsOn()) {
            instances.addAll(requiredInstances(sim.ledger.milestones.get(dep), seen));
        }
        return instances;
    }

    private PartyId firstRequiredObligor(Ledger.Ms ms) {
        for (dev.pacta.core.model.ObligationId id : ms.def.requires()) {
            Obl o = sim.ledger.obls.get(id);
            if (o != null) {
                return o.def.obligor();
            }
        }
        for (dev.pacta.core.model.MilestoneId dep : ms.def.dependsOn()) {
            PartyId p = firstRequiredObligor(sim.ledger.milestones.get(dep));
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private List<String> lateRequirements(Ledger.Ms ms, List<InstanceReport> instances) {
        List<String> late = new ArrayList<>();
        for (InstanceReport r : instances) {
            if (ms.def.requires().contains(r.obligation()) && LATE_REQUIREMENT.contains(r.state())) {
                late.add(r.id() + " is " + r.state().name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return late;
    }
}
