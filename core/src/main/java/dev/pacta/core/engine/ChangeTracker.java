package dev.pacta.core.engine;

import dev.pacta.core.model.EventId;
import dev.pacta.core.money.Money;
import dev.pacta.core.report.ComplianceChanges;
import dev.pacta.core.report.InstanceChange;
import dev.pacta.core.report.InstanceChange.Aspect;
import dev.pacta.core.report.InstanceId;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.InstanceState;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Works out {@link ComplianceChanges} for a live {@link Evaluation} without building reports: only the instances that
 * may have changed since the last look are examined.
 *
 * <p>An instance's standing (state, due, fulfilment, notices, payments, blockers; see {@link Standing}) can change
 * only in three ways, and each is covered:
 *
 * <ul>
 *   <li>its facts change, or it is created: the simulation {@linkplain Simulation#touch notes it};
 *   <li>time passes its deadline's late or breach instant (overdue, breached, a prohibition kept): the tracker
 *       watches the next such instant of every instance still owed;
 *   <li>a prerequisite of another party changes or becomes late (blocked or no longer blocked): when an instance is
 *       examined, so are the open dependents paired with it.
 * </ul>
 *
 * <p>The first look, and the first after the simulation was rebuilt (an out-of-order event), compare every row.
 * The property {@code changes_equalTheDifferenceOfFullReports} checks the result against the difference of two full
 * reports.
 */
final class ChangeTracker {
    private final Period horizon;
    /** Each row's standing at the last look. */
    private final Map<InstanceId, Standing> observed = new HashMap<>();
    /** When instances may change by time alone; entries whose instant is no longer the instance's are stale. */
    private final PriorityQueue<Watch> watches = new PriorityQueue<>(Comparator.comparing(Watch::at));

    private Simulation sim;
    private boolean everything;
    private int obligationsSeen;
    private Instant previous;

    /**
     * What a change is measured on: everything in an instance's report row that changes other than by time alone.
     * Each is read as the report shows it (payments as the distinct events applied, amounts that are zero as none).
     */
    record Standing(
            InstanceState state,
            LocalDate dueDate,
            Instant dueAt,
            Instant fulfilledAt,
            int fulfilledBy,
            List<Inst.Notice> notices,
            List<EventId> payments,
            Money paid,
            Money carried,
            Set<String> chargePayments,
            List<InstanceId> blockedBy) {
        static final Standing NOT_TRIGGERED = new Standing(
                InstanceState.NOT_TRIGGERED,
                null,
                null,
                null,
                EventNames.NONE,
                List.of(),
                List.of(),
                null,
                null,
                Set.of(),
                List.of());

        /** The aspects in which {@code other} differs from this standing. */
        Set<Aspect> differences(Standing other) {
            Set<Aspect> aspects = EnumSet.noneOf(Aspect.class);
            if (state != other.state) {
                aspects.add(Aspect.STATE);
            }
            if (!Objects.equals(dueDate, other.dueDate) || !Objects.equals(dueAt, other.dueAt)) {
                aspects.add(Aspect.DUE);
            }
            if (!Objects.equals(fulfilledAt, other.fulfilledAt) || fulfilledBy != other.fulfilledBy) {
                aspects.add(Aspect.FULFILMENT);
            }
            if (!notices.equals(other.notices)) {
                aspects.add(Aspect.NOTICES);
            }
            if (!payments.equals(other.payments)
                    || !Objects.equals(paid, other.paid)
                    || !Objects.equals(carried, other.carried)
                    || !chargePayments.equals(other.chargePayments)) {
                aspects.add(Aspect.PAYMENTS);
            }
            if (!blockedBy.equals(other.blockedBy)) {
                aspects.add(Aspect.BLOCKERS);
            }
            return aspects;
        }
    }

    /** An instance to examine again at {@code at}; entries at one instant need no order (rows are sorted later). */
    private record Watch(Instant at, Inst inst) {}

    ChangeTracker(Period horizon) {
        this.horizon = horizon;
    }

    /** Follows a (new) simulation: the next look compares every row. */
    void follow(Simulation s) {
        this.sim = s;
        s.ledger.touched = new ArrayList<>();
        watches.clear();
        everything = true;
    }

    /** The changes since the last look, as of {@code head} (the simulation has been advanced to it). */
    ComplianceChanges changes(Instant head) {
        List<Row> rows = everything ? everyRow() : candidates(head);
        if (rows.size() > 1) {
            rows.sort(REPORT_ORDER);
        }
        // Most looks after one event examine one to three rows; nothing is built for a look with none.
        Reporter reporter = rows.isEmpty() ? null : new Reporter(sim, head, horizon, true);
        List<InstanceChange> changes = new ArrayList<>();
        for (Row row : rows) {
            Standing now = row.inst == null ? Standing.NOT_TRIGGERED : standing(reporter, row.inst, head);
            Standing before = observed.put(row.id, now);
            if (!now.equals(before)) {
                InstanceReport report = row.inst == null ? reporter.notTriggered(row.obl) : reporter.render(row.inst);
                InstanceChange.Builder c = InstanceChange.builder()
                        .instance(row.id)
                        .after(now.state)
                        .report(report)
                        .aspects(before == null ? EnumSet.of(Aspect.STATE) : before.differences(now));
                if (before != null) {
                    c.before(before.state);
                }
                changes.add(c.build());
            }
            if (row.inst != null) {
                watch(row.inst, head);
            }
        }
        if (everything) {
            changes.addAll(disappeared(rows));
            everything = false;
        }
        for (Inst i : sim.ledger.touched) {
            i.touched = false;
        }
        sim.ledger.touched.clear();
        obligationsSeen = sim.ledger.obls.size();
        ComplianceChanges.Builder result = ComplianceChanges.builder()
                .agreement(sim.ledger.current.id())
                .asOf(head)
                .instances(changes);
        if (previous != null) {
            result.since(previous);
        }
        previous = head;
        return result.build();
    }

    private static final Comparator<Row> REPORT_ORDER =
            Comparator.comparingInt((Row r) -> r.obl.order).thenComparingInt(Row::number);

    /** A report row: an instance, or an obligation never triggered ({@code inst} null). */
    private record Row(InstanceId id, Obl obl, Inst inst) {
        int number() {
            return inst == null ? 1 : inst.number;
        }
    }

    private List<Row> everyRow() {
        List<Row> rows = new ArrayList<>();
        for (Obl o : sim.ledger.obls.values()) {
            if (o.instances.isEmpty()) {
                rows.add(new Row(InstanceId.of(o.def.id(), 1), o, null));
            }
            for (Inst i : o.instances) {
                rows.add(new Row(i.id(), o, i));
            }
        }
        return rows;
    }

    /** Rows observed before that the (rebuilt) simulation no longer has, removed from what is observed. */
    private List<InstanceChange> disappeared(List<Row> rows) {
        Set<InstanceId> present = new HashSet<>();
        for (Row r : rows) {
            present.add(r.id);
        }
        List<InstanceChange> gone = new ArrayList<>();
        var it = observed.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<InstanceId, Standing> e = it.next();
            if (!present.contains(e.getKey())) {
                gone.add(InstanceChange.builder()
                        .instance(e.getKey())
                        .before(e.getValue().state)
                        .addAspects(Aspect.STATE)
                        .build());
                it.remove();
            }
        }
        gone.sort(Comparator.comparing(InstanceChange::instance)); // by obligation id, then number
        return gone;
    }

    /**
     * The instances that may have changed: those the simulation noted, those whose watched instant has come, the
     * open dependents paired with any of these, and the rows of obligations added by an amendment.
     */
    private List<Row> candidates(Instant head) {
        List<Inst> touched = sim.ledger.touched;
        while (!watches.isEmpty() && !watches.peek().at.isAfter(head)) {
            Watch w = watches.poll();
            if (w.at.equals(w.inst.watchAt)) {
                w.inst.watchAt = null;
                sim.ledger.note(w.inst);
            }
        }
        int examined = touched.size();
        for (int k = 0; k < examined; k++) {
            Inst p = touched.get(k);
            for (Obl d : sim.prerequisites.dependentsOf(p.obl.def.id())) {
                noteDependents(d, p);
            }
        }
        List<Row> rows = new ArrayList<>(touched.size() + 1);
        for (Inst i : touched) {
            rows.add(new Row(i.id(), i.obl, i));
        }
        if (sim.ledger.obls.size() != obligationsSeen) {
            int index = 0;
            for (Obl o : sim.ledger.obls.values()) {
                if (index++ >= obligationsSeen && o.instances.isEmpty()) {
                    rows.add(new Row(InstanceId.of(o.def.id(), 1), o, null));
                }
            }
        }
        return rows;
    }

    /**
     * Notes the open instances of dependent {@code d} that are paired with prerequisite instance {@code p} (see
     * {@link Prerequisites#paired}), without walking {@code d}'s history: the one with {@code p}'s number, or, for a
     * single-instance prerequisite, every open one (from {@link Matching#openInstances}, which drops closed ones).
     */
    private void noteDependents(Obl d, Inst p) {
        if (Prerequisites.pairsWithEvery(p.obl)) {
            for (Inst di : Matching.openInstances(d)) {
                if (di.isOpen()) {
                    sim.ledger.note(di);
                }
            }
        } else if (p.number <= d.instances.size()) {
            Inst di = d.instances.get(p.number - 1);
            if (di.isOpen() && Prerequisites.paired(p.obl, di.number) == p) {
                sim.ledger.note(di);
            }
        }
    }

    private Standing standing(Reporter reporter, Inst i, Instant head) {
        InstanceState state = reporter.state(i);
        LocalDate dueDate = null;
        Instant dueAt = null;
        if (i.facts().deadline() != null) {
            if (i.facts().deadline().isDate()) {
                dueDate = i.facts().deadline().date();
            } else {
                dueAt = i.facts().deadline().dueAt();
            }
        }
        List<InstanceId> blockedBy = List.of();
        if (state == InstanceState.BLOCKED) {
            List<Inst> blockers = sim.prerequisites.blockers(i, head);
            List<InstanceId> ids = new ArrayList<>(blockers.size());
            for (Inst b : blockers) {
                ids.add(b.id());
            }
            blockedBy = ids;
        }
        return new Standing(
                state,
                dueDate,
                dueAt,
                i.shownFulfilledAt(),
                i.shownFulfilledBy(),
                i.facts().notices(),
                i.paymentEvents(),
                nonZero(i.facts().paid()),
                nonZero(i.facts().carried()), // no credit, however it is kept
                chargePayments(i),
                blockedBy);
    }

    /** The events that paid its charges, each as "KIND:event" (as its report's charges list them). */
    private static Set<String> chargePayments(Inst i) {
        if (i.facts().chargePayments().isEmpty()) {
            return Set.of();
        }
        Set<String> paid = new java.util.TreeSet<>();
        for (Inst.ChargePaid p : i.facts().chargePayments()) {
            if (p.event() != null) {
                paid.add(i.obl.def.remedies().get(p.remedy()).kind() + ":" + p.event());
            }
        }
        return paid;
    }

    private static Money nonZero(Money m) {
        return m == null || m.isZero() ? null : m;
    }

    /**
     * Watches the next instant after {@code head} at which time alone may change the instance's standing, or that of
     * a dependent it may block: its deadline's late and breach instants, while it is owed.
     */
    private void watch(Inst i, Instant head) {
        if (i.facts().deadline() == null || !i.isOwed()) {
            return;
        }
        Instant next = null;
        if (i.facts().deadline().lateFrom().isAfter(head)) {
            next = i.facts().deadline().lateFrom();
        } else if (i.facts().deadline().breachFrom().isAfter(head)) {
            next = i.facts().deadline().breachFrom();
        }
        if (next != null && !next.equals(i.watchAt)) {
            i.watchAt = next;
            watches.add(new Watch(next, i));
        }
    }
}
