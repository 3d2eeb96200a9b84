package dev.pacta.core.engine;

import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.model.Trigger;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.Finding;
import dev.pacta.core.report.FindingCodes;
import dev.pacta.core.report.GrantedRight;
import dev.pacta.core.report.InstanceId;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.InstanceState;
import dev.pacta.core.report.Lateness;
import dev.pacta.core.report.MilestoneReport;
import dev.pacta.core.report.Severity;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns a simulation advanced to {@code asOf} into a {@link ComplianceReport}: states, lateness, explanations. */
final class Reporter {
    private final Simulation sim;
    private final Instant asOf;
    private final LocalDate asOfDate;
    private final Period horizon;
    private final Remedies remedies;
    /**
     * Whether the simulation is discarded after the report (a one-off evaluation, or a copy): then there is no next
     * report to reuse rendered instance reports in, and none are kept.
     */
    private final boolean frozen;

    /** The earliest change after {@code asOf}, found while the rows are made (or by {@link #nextChange()} alone). */
    private final NextChange next;
    /** The milestones' rows, and their findings. */
    private final MilestoneRows milestoneRows;

    /**
     * Whether the simulation is this report's alone and never changes again (a one-off evaluation): then the rows'
     * figures and the report's findings, rights, scorecards and balances are worked out when first read.
     */
    private final boolean lazy;

    /** The simulation's events by number, to name the events its instances keep by number. */
    EventNames names() {
        return sim.ledger.names;
    }

    Reporter(Simulation sim, Instant asOf, Period horizon, boolean frozen) {
        this(sim, asOf, horizon, frozen, false);
    }

    Reporter(Simulation sim, Instant asOf, Period horizon, boolean frozen, boolean lazy) {
        this.sim = sim;
        this.frozen = frozen;
        this.lazy = lazy;
        this.asOf = asOf;
        this.asOfDate = sim.days.localDate(asOf);
        this.horizon = horizon;
        this.remedies = new Remedies(sim.ledger, sim.responsibility, sim.days);
        this.next = new NextChange(sim, asOf, horizon);
        this.milestoneRows = new MilestoneRows(sim, asOf, asOfDate, next);
    }

    ComplianceReport report() {
        List<InstanceReport> instances = new ArrayList<>();
        // The simulation's instance behind each report (null for NOT_TRIGGERED placeholders), for the scorecards.
        List<Inst> sources = new ArrayList<>();
        for (Obl o : sim.ledger.obls.values()) {
            if (o.instances.isEmpty()) {
                instances.add(notTriggered(o));
                sources.add(null);
                continue;
            }
            for (Inst i : o.instances) {
                instances.add(instance(i));
                sources.add(i);
            }
        }
        List<MilestoneReport> milestones = new ArrayList<>();
        for (Ledger.Ms ms : sim.ledger.milestones.values()) {
            milestones.add(milestoneRows.row(ms, instances));
        }
        next.timed();
        return new ReportView(
                this,
                sim.ledger.current.id(),
                asOf,
                sim.days.zone,
                horizon,
                java.util.Collections.unmodifiableList(instances),
                sources,
                java.util.Collections.unmodifiableList(milestones),
                next.earliest(),
                lazy);
    }

    /**
     * What a report works out from its rows: the findings (the ledger's, each row's, the milestones', the
     * scorecards' and the rights'), the rights, the scorecards and the balances. Called once per report, under this
     * reporter's lock when the report is lazy.
     */
    synchronized ReportView.Rest rest(List<InstanceReport> instances, List<Inst> sources) {
        List<Finding> stateFindings = new ArrayList<>();
        for (int k = 0; k < instances.size(); k++) {
            Inst i = sources.get(k);
            if (i != null) {
                InstanceReport r = instances.get(k);
                Inst.Rendered kept = i.rendered;
                stateFindings.addAll(kept != null && kept.report() == r ? kept.findings() : rowFindings(i, r));
            }
        }
        Scorecards scorecards = new Scorecards(sim);
        List<dev.pacta.core.report.Scorecard> cards = scorecards.of(instances, sources);
        List<Finding> findings = new ArrayList<>(sim.ledger.findings);
        findings.addAll(stateFindings);
        findings.addAll(milestoneRows.findings());
        findings.addAll(scorecards.findings());
        findings.addAll(new Amendments(sim.ledger, sim.days).pending());
        List<GrantedRight> rights = remedies.rights(asOf);
        for (GrantedRight right : rights) {
            findings.add(Finding.builder()
                    .code(FindingCodes.RIGHT_GRANTED)
                    .severity(Severity.INFO)
                    .party(right.party())
                    .instance(right.instance())
                    .message("the breach of " + right.instance() + " on " + sim.days.day(right.from()) + " gives '"
                            + right.party() + "' the right " + right.right())
                    .build());
        }
        return new ReportView.Rest(
                java.util.Collections.unmodifiableList(findings),
                java.util.Collections.unmodifiableList(rights),
                java.util.Collections.unmodifiableList(cards),
                java.util.Collections.unmodifiableList(PaymentBalances.balances(sim.ledger, remedies, asOf, netted())));
    }

    private java.util.Map<Inst, List<Inst.ChargePaid>> netted;

    /** What credit held pays of charges as of the report (see {@link Payments#nettedAt}); worked out once. */
    private synchronized java.util.Map<Inst, List<Inst.ChargePaid>> netted() {
        if (netted == null) {
            netted = PaymentBalances.nettedAt(sim.ledger, remedies, asOf);
        }
        return netted;
    }

    /**
     * The report's {@code nextChange} without its rows: what {@link #report()} names, for a simulation advanced to
     * {@code asOf}, or null. An instance's state is worked out only when its deadline would be the earliest change
     * so far, so this costs a pass over the instances and the queue, not a report.
     */
    Instant nextChange() {
        return next.find(this::shownState, this::anyRequirementLate);
    }

    /** The state a report as of {@code asOf} shows for an instance: its kept report's, if that holds. */
    private InstanceState shownState(Inst i) {
        Inst.Rendered kept = i.rendered;
        return reusable(kept, i) ? kept.report().state() : state(i);
    }

    /** Whether an instance a milestone requires is late as {@link #lateRequirements} counts them. */
    private boolean anyRequirementLate(Ledger.Ms ms) {
        for (dev.pacta.core.model.ObligationId id : ms.def.requires()) {
            Obl o = sim.ledger.obls.get(id);
            for (Inst i : o == null ? List.<Inst>of() : o.instances) {
                if (MilestoneRows.LATE_REQUIREMENT.contains(shownState(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Instances

    InstanceReport notTriggered(Obl o) {
        Obligation def = o.def;
        String why;
        if (o.removedAt != null) {
            why = "never triggered; " + o.removedReason;
        } else {
            Trigger t = def.trigger();
            why = switch (t.kind()) {
                case ON_EFFECTIVE_DATE -> "comes into force on " + sim.days.day(o.addedAt);
                case ON_EVENT -> "comes into force with each " + ((Trigger.OnEvent) t).eventKind() + " event; none yet";
                case ON_MILESTONE ->
                    "comes into force when milestone " + ((Trigger.OnMilestone) t).milestone()
                            + " is reached; not reached yet";
                case ON_FULFILMENT ->
                    "comes into force when " + ((Trigger.OnFulfilment) t).obligation() + " is fulfilled; not yet";
                case ON_BREACH ->
                    "comes into force only if " + ((Trigger.OnBreach) t).obligation() + " is breached; it has not been";
                case RECURRING -> "recurring " + ((Trigger.Recurring) t).recurrence() + "; no period has started";
            };
        }
        return InstanceReport.builder()
                .id(InstanceId.of(def.id(), 1))
                .category(def.category())
                .obligor(def.obligor())
                .beneficiary(def.beneficiary())
                .state(InstanceState.NOT_TRIGGERED)
                .explanation(why)
                .build();
    }

    InstanceState state(Inst i) {
        if (i.facts().waivedAt() != null) {
            return InstanceState.WAIVED;
        }
        if (i.mustNot()) {
            if (i.facts().breachedAt() != null) {
                return InstanceState.BREACHED;
            }
            if (i.facts().cancelledAt() != null) {
                return InstanceState.CANCELLED;
            }
            if (i.facts().suspendedAt() != null) {
                return InstanceState.SUSPENDED;
            }
            if (i.facts().deadline() != null
                    && !asOf.isBefore(i.facts().deadline().lateFrom())) {
                return InstanceState.FULFILLED;
            }
            return InstanceState.UPCOMING;
        }
        if (i.facts().fulfilledAt() != null) {
            return i.facts().deadline() == null
                            || i.facts().deadline().isOnTime(i.facts().fulfilledAt())
                    ? InstanceState.FULFILLED
                    : InstanceState.FULFILLED_LATE;
        }
        if (i.facts().cancelledAt() != null) {
            return InstanceState.CANCELLED;
        }
        if (i.facts().breachedAt() != null) {
            return InstanceState.BREACHED;
        }
        if (i.facts().suspendedAt() != null) {
            return InstanceState.SUSPENDED;
        }
        if (!sim.prerequisites.blockers(i, asOf).isEmpty()) {
            return InstanceState.BLOCKED;
        }
        if (i.facts().deadline() == null || asOf.isBefore(i.facts().deadline().lateFrom())) {
            return InstanceState.UPCOMING;
        }
        return asOf.isBefore(i.facts().deadline().breachFrom()) ? InstanceState.OVERDUE : InstanceState.BREACHED;
    }

    private InstanceReport instance(Inst i) {
        Inst.Rendered kept = i.rendered;
        if (reusable(kept, i)) {
            next.instance(kept.report().state(), i);
            return kept.report();
        }
        InstanceReport report = new Row(this, i, state(i), lazy);
        next.instance(report.state(), i);
        if (!frozen) {
            // Fulfilled, waived or cancelled: only a change of its facts (a notice, say) changes its report.
            boolean closed = report.state().isClosed() && !i.mustNot();
            if (closed || dependsOnItselfOnly(i)) {
                i.rendered = new Inst.Rendered(asOf, i.facts(), report, rowFindings(i, report), closed);
            }
        }
        return report;
    }

    /** Whether a rendered report of the instance holds as of {@code asOf} (see {@link Inst.Rendered}). */
    private boolean reusable(Inst.Rendered kept, Inst i) {
        return kept != null
                && (kept.closed() || (kept.asOf().equals(asOf) && dependsOnItselfOnly(i)))
                && i.facts() == kept.facts();
    }

    /**
     * Whether the instance's report depends on nothing but its own facts and {@code asOf}: a breached duty (its
     * lateness grows with {@code asOf} only) and a prohibition. Others may be blocked by other instances.
     */
    private static boolean dependsOnItselfOnly(Inst i) {
        return i.mustNot()
                || (i.facts().breachedAt() != null
                        && i.facts().fulfilledAt() == null
                        && i.facts().waivedAt() == null
                        && i.facts().cancelledAt() == null);
    }

    InstanceReport render(Inst i) {
        return new Row(this, i, state(i), false);
    }

    /** The figures of an instance's row that take work, and its explanation (put into words when first read). */
    record Details(
            Lateness lateness,
            dev.pacta.core.report.PaymentReport payment,
            List<InstanceId> blockedBy,
            Map<PartyId, Long> attribution,
            Explanation explanation) {}

    Details details(Inst i, InstanceState state) {
        dev.pacta.core.report.PaymentReport payment =
                remedies.money(i, asOf, netted().get(i)).orElse(null);
        Lateness lateness = sim.responsibility.lateness(i, state, asOf);
        List<Inst> blockers = state == InstanceState.BLOCKED ? sim.prerequisites.blockers(i, asOf) : List.of();
        List<InstanceId> blockedBy;
        if (blockers.isEmpty()) {
            blockedBy = List.of();
        } else {
            List<InstanceId> ids = new ArrayList<>(blockers.size());
            blockers.forEach(p -> ids.add(p.id()));
            blockedBy = java.util.Collections.unmodifiableList(ids);
        }
        Map<PartyId, Long> attribution = sim.responsibility.attribution(i, state, blockers, lateness, asOf);
        attribution = attribution.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(attribution);
        String waitingOn = state == InstanceState.BLOCKED ? waitingOn(blockers) : null;
        return new Details(
                lateness,
                payment,
                blockedBy,
                attribution,
                new Explanation(i, names(), state, lateness, asOf, sim.days.zone, waitingOn, sim.calendar));
    }

    private String waitingOn(List<Inst> blockers) {
        StringBuilder s = new StringBuilder();
        for (Inst p : blockers) {
            if (s.length() > 0) {
                s.append(", ");
            }
            s.append(p.id())
                    .append(" (")
                    .append(p.obl.def.obligor())
                    .append(", due ")
                    .append(sim.days.describeDue(p.facts().deadline()))
                    .append(", not fulfilled)");
        }
        return s.toString();
    }

    static List<dev.pacta.core.model.EventId> notices(Facts facts) {
        if (facts.notices().isEmpty()) {
            return List.of();
        }
        List<dev.pacta.core.model.EventId> ids = new ArrayList<>(facts.notices().size());
        for (Inst.Notice n : facts.notices()) {
            ids.add(n.event());
        }
        return java.util.Collections.unmodifiableList(ids);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Explanations

    /**
     * The findings of an instance's report row: its breach or overdue finding, and a {@code CALENDAR_NOT_COVERED}
     * finding when a count of business days in it fell back to calendar days.
     */
    private List<Finding> rowFindings(Inst i, InstanceReport r) {
        java.util.Optional<Finding> state = stateFinding(i, r);
        boolean penalised = r.payment().map(p -> p.penalty().isPresent()).orElse(false);
        boolean late = r.lateness().isPresent() || !r.attribution().isEmpty();
        java.util.Optional<String> uncovered =
                late || penalised ? sim.responsibility.uncovered(i, asOf, late, penalised) : java.util.Optional.empty();
        if (uncovered.isEmpty()) {
            return state.map(List::of).orElse(List.of());
        }
        List<Finding> findings = new ArrayList<>(2);
        state.ifPresent(findings::add);
        findings.add(Finding.builder()
                .code(FindingCodes.CALENDAR_NOT_COVERED)
                .severity(Severity.WARNING)
                .party(r.obligor())
                .instance(r.id())
                .message("the lateness of " + r.id() + " is counted in calendar days, not business days: calendar "
                        + sim.responsibility.coverage() + ", not " + uncovered.get())
                .build());
        return findings;
    }

    private java.util.Optional<Finding> stateFinding(Inst i, InstanceReport r) {
        if (r.state() != InstanceState.BREACHED && r.state() != InstanceState.OVERDUE) {
            return java.util.Optional.empty();
        }
        boolean breached = r.state() == InstanceState.BREACHED;
        String title = i.obl.def.title();
        Finding.Builder b = Finding.builder()
                .code(breached ? FindingCodes.BREACH : FindingCodes.OVERDUE)
                .severity(breached ? Severity.ERROR : Severity.WARNING)
                .party(r.obligor())
                .instance(r.id())
                .messenger(() -> r.id() + " (" + title + ", owed by " + r.obligor() + " to " + r.beneficiary() + ") is "
                        + (breached ? "breached" : "overdue") + ": " + r.explanation());
        if (i.trigger != EventNames.NONE) {
            b.addEvidence(names().id(i.trigger));
        }
        if (i.facts().breachEvent() != EventNames.NONE) {
            b.addEvidence(names().id(i.facts().breachEvent()));
        }
        return java.util.Optional.of(b.build());
    }
}
