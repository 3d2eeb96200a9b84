package dev.pacta.core.engine;

import dev.pacta.core.model.Event;
import dev.pacta.core.model.ObligationId;
import dev.pacta.core.report.FindingCodes;
import dev.pacta.core.report.InstanceId;
import dev.pacta.core.report.Severity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Fulfilment matching (chapter "Fulfilment matching" of the design): which instance an event fulfils, which instances
 * a reference names, which instances can still accept a fulfilment, and which prohibitions an act breaks. A rule: it
 * returns instances; the event loop fulfils or breaches them.
 */
final class Matching {
    private final Ledger ledger;
    private final Prerequisites prerequisites;
    private final Days days;

    Matching(Ledger ledger, Prerequisites prerequisites, Days days) {
        this.ledger = ledger;
        this.prerequisites = prerequisites;
        this.days = days;
    }

    /**
     * The instance a (non-control) event fulfils, or null: of the obligations the event's kind fulfils and its actor
     * owes, the instance its {@code ref} names, else the recurring instance whose period contains it, else the oldest
     * open one. An event that names nothing it can fulfil, finds nothing open, or is sent by someone who owes none of
     * the obligations its kind fulfils, is reported.
     */
    Inst target(Event e, Instant t) {
        List<Obl> byKind = Ledger.of(ledger.mustByKind, e.kind());
        if (byKind.isEmpty()) {
            return null; // most events fulfil nothing by their kind (submissions, requests): no list made
        }
        List<Obl> candidates = new ArrayList<>(byKind.size());
        for (Obl o : byKind) {
            if (o.def.obligor().equals(e.actor())) {
                candidates.add(o);
            }
        }
        if (candidates.isEmpty()) {
            // Someone else claims the obligor's act (the provider approving the client's mock-up): it fulfils nothing.
            ledger.finding(
                    FindingCodes.UNMATCHED_EVENT,
                    Severity.WARNING,
                    e.actor(),
                    null,
                    List.of(e.id()),
                    "event " + e.id() + " (" + e.kind() + ") by '" + e.actor() + "' fulfilled nothing: "
                            + byKind.stream()
                                    .map(o -> "'" + o.def.id() + "' is owed by '" + o.def.obligor() + "'")
                                    .distinct()
                                    .collect(Collectors.joining(", "))
                            + ", not by '" + e.actor() + "'");
            return null;
        }
        Inst target;
        if (e.ref().isPresent()) {
            Optional<List<Inst>> named = refTargets(e.ref().get(), candidates);
            if (named.isEmpty()) {
                ledger.finding(
                        FindingCodes.DANGLING_REFERENCE,
                        Severity.WARNING,
                        e.actor(),
                        null,
                        List.of(e.id()),
                        "event " + e.id() + " (" + e.kind() + ") refers to '"
                                + e.ref().get() + "', which names no instance it can fulfil");
                return null;
            }
            target = named.get().stream().filter(i -> accepts(i, t)).findFirst().orElse(null);
            if (target == null) {
                ledger.finding(
                        FindingCodes.DANGLING_REFERENCE,
                        Severity.WARNING,
                        e.actor(),
                        named.get().isEmpty() ? null : named.get().get(0).id(),
                        List.of(e.id()),
                        "event " + e.id() + " (" + e.kind() + ") refers to '"
                                + e.ref().get()
                                + "', which can no longer be fulfilled (already closed or time-bound and expired)");
                return null;
            }
        } else {
            target = select(candidates, t);
            if (target == null) {
                ledger.finding(
                        FindingCodes.UNMATCHED_EVENT,
                        Severity.INFO,
                        e.actor(),
                        null,
                        List.of(e.id()),
                        "event " + e.id() + " (" + e.kind() + ") by '" + e.actor()
                                + "' fulfilled nothing: no open instance of "
                                + candidates.stream()
                                        .map(o -> "'" + o.def.id() + "'")
                                        .collect(Collectors.joining(", "))
                                + " could accept it");
                return null;
            }
        }
        return target;
    }

    /**
     * The instances a reference names among the candidate obligations: an instance id, the event that triggered
     * instances, or an obligation id (all its instances). Empty if the reference names none of them.
     */
    Optional<List<Inst>> refTargets(String ref, List<Obl> candidates) {
        Optional<InstanceId> instanceId = InstanceId.parse(ref);
        if (instanceId.isPresent()) {
            Obl o = ledger.obls.get(instanceId.get().obligation());
            if (o == null || !candidates.contains(o) || instanceId.get().number() > o.instances.size()) {
                return Optional.empty();
            }
            return Optional.of(List.of(o.instances.get(instanceId.get().number() - 1)));
        }
        if (!dev.pacta.core.Identifier.isValid(ref)) {
            return Optional.empty();
        }
        List<Inst> triggered = ledger.triggeredBy(ledger.names.number(ref));
        if (triggered != null) {
            List<Inst> matching =
                    triggered.stream().filter(i -> candidates.contains(i.obl)).toList();
            return matching.isEmpty() ? Optional.empty() : Optional.of(matching);
        }
        Obl o = ledger.obls.get(ObligationId.of(ref));
        if (o != null && candidates.contains(o)) {
            return Optional.of(oldestFirst(o.instances));
        }
        return Optional.empty();
    }

    static List<Inst> oldestFirst(List<Inst> instances) {
        List<Inst> sorted = new ArrayList<>(instances);
        sorted.sort((a, b) -> {
            int c = a.inForce.compareTo(b.inForce);
            return c != 0 ? c : Integer.compare(a.seq, b.seq);
        });
        return sorted;
    }

    /**
     * Whether an instance can accept a fulfilling event at {@code t}. A time-bound instance accepts nothing once
     * breached; one that is blocked or suspended past its deadline was not breached and still accepts.
     */
    boolean accepts(Inst i, Instant t) {
        if (!i.isOwed() || t.isBefore(i.inForce) || i.mustNot()) {
            return false;
        }
        if (!i.obl.def.timeBound()) {
            return true;
        }
        if (i.facts().breachedAt() != null) {
            return false;
        }
        return i.facts().deadline() == null
                || t.isBefore(i.facts().deadline().breachFrom())
                || i.facts().suspendedAt() != null
                || !prerequisites.blockers(i, t).isEmpty();
    }

    /**
     * The instances of an obligation that could still accept a fulfilment, in creation order, after dropping those
     * closed for good (fulfilled, waived, cancelled, or breached and time-bound); scans start there.
     */
    static List<Inst> openInstances(Obl o) {
        o.owed.removeIf(i -> !i.isOwed() || (i.obl.def.timeBound() && i.facts().breachedAt() != null));
        return o.owed;
    }

    /** The recurring instance whose period contains {@code t}, else the oldest open instance (FIFO). */
    private Inst select(List<Obl> candidates, Instant t) {
        LocalDate date = days.localDate(t);
        Inst oldest = null;
        for (Obl o : candidates) {
            for (Inst i : openInstances(o)) {
                if (!accepts(i, t)) {
                    continue;
                }
                if (i.periodStart != null
                        && !date.isBefore(i.periodStart)
                        && (i.periodEnd == null || date.isBefore(i.periodEnd))) {
                    return i;
                }
                if (oldest == null
                        || i.inForce.isBefore(oldest.inForce)
                        || (i.inForce.equals(oldest.inForce) && i.seq < oldest.seq)) {
                    oldest = i;
                }
            }
        }
        return oldest;
    }

    /** The prohibitions an act may break: the {@code MUST_NOT} obligations of its kind owed by its actor. */
    List<Obl> prohibitions(Event e) {
        List<Obl> found = List.of();
        for (Obl o : Ledger.of(ledger.mustNotByKind, e.kind())) {
            if (o.def.obligor().equals(e.actor())) {
                if (found.isEmpty()) {
                    found = new ArrayList<>(1);
                }
                found.add(o);
            }
        }
        return found;
    }

    /**
     * The instances of a prohibition that an act at {@code t} breaks: those open and not suspended, in force, and
     * whose window has not closed.
     */
    static List<Inst> violated(Obl prohibition, Instant t) {
        List<Inst> violated = new ArrayList<>(1);
        for (Inst i : prohibition.instances) {
            Facts f = i.facts();
            if (f.isOpen()
                    && f.suspendedAt() == null
                    && !t.isBefore(i.inForce)
                    && (f.deadline() == null || t.isBefore(f.deadline().lateFrom()))) {
                violated.add(i);
            }
        }
        return violated;
    }
}
