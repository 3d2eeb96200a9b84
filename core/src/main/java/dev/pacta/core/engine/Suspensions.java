package dev.pacta.core.engine;

import dev.pacta.core.engine.ControlEvents.Act;
import dev.pacta.core.engine.ControlEvents.HoldWork;
import dev.pacta.core.engine.ControlEvents.Release;
import dev.pacta.core.engine.ControlEvents.Resume;
import dev.pacta.core.engine.ControlEvents.Suspend;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.EventId;
import dev.pacta.core.model.Modality;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.ObligationId;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.model.Remedy;
import dev.pacta.core.report.FindingCodes;
import dev.pacta.core.report.InstanceId;
import dev.pacta.core.report.Severity;
import dev.pacta.core.time.Span;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Suspension and resumption, the control events that stop and restart the clock of a duty (chapter "Timeline" of the
 * design): by the beneficiary, or by the obligor under a right to suspend work that a breach granted, with the holds on
 * work coming into force meanwhile; a resumption (or the cure of the breach) moves the deadline by the suspended
 * time. A rule of {@link ControlEvents}, whose targets and findings it shares: it returns {@link Act}s, and the event
 * loop applies them.
 */
final class Suspensions {
    private final ControlEvents controls;
    private final Ledger ledger;
    private final Rights rights;
    private final Deadlines deadlines;
    private final GuardedCalendar calendar;
    private final Days days;

    Suspensions(
            ControlEvents controls,
            Ledger ledger,
            Rights rights,
            Deadlines deadlines,
            GuardedCalendar calendar,
            Days days) {
        this.controls = controls;
        this.ledger = ledger;
        this.rights = rights;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.days = days;
    }

    /**
     * A suspension: by the beneficiary of the instances it names, or by their obligor under a right to suspend work
     * ({@value Remedy#SUSPEND_WORK}) that a breach by the beneficiary granted and that is not cured. A holder of such a
     * right may name an obligation, or nothing: then it suspends every open instance of the obligation (or of every
     * obligation it owes the party in breach) and holds those that come into force until it resumes.
     */
    List<Act> suspension(Event e, Instant t) {
        if (e.ref().isEmpty()) {
            List<Rights.Grant> grants = rights.held(e.actor(), Remedy.SUSPEND_WORK, t);
            if (grants.isEmpty()) {
                ledger.finding(
                        FindingCodes.UNAUTHORISED_SUSPENSION,
                        Severity.WARNING,
                        e.actor(),
                        null,
                        List.of(e.id()),
                        e.kind() + " " + e.id() + " by '" + e.actor() + "' ignored: it names no instance (ref is"
                                + " missing), and '" + e.actor() + "' holds no right to suspend work from a breach"
                                + " that is not cured");
                return List.of();
            }
            return suspendWork(e, t, grants, null);
        }
        Obl named = namedObligation(e.ref().get());
        if (named != null && !e.actor().equals(named.def.beneficiary())) {
            Rights.Grant g = Rights.over(rights.held(e.actor(), Remedy.SUSPEND_WORK, t), named.def);
            if (g == null) {
                unauthorisedSuspension(e, named.def, null);
                return List.of();
            }
            return suspendWork(e, t, List.of(g), named.def.id());
        }
        List<Inst> targets = controls.controlTargets(e);
        if (controls.noTargets(e, targets, "to suspend")) {
            return List.of();
        }
        List<Rights.Grant> grants = null;
        List<Act> acts = new ArrayList<>(targets.size());
        for (Inst i : targets) {
            InstanceId under = null;
            if (!e.actor().equals(i.obl.def.beneficiary())) {
                grants = grants != null ? grants : rights.held(e.actor(), Remedy.SUSPEND_WORK, t);
                Rights.Grant g = Rights.over(grants, i.obl.def);
                if (g == null) {
                    unauthorisedSuspension(e, i.obl.def, i);
                    continue;
                }
                under = g.breached().id();
            }
            if (!i.isOpen() || i.facts().suspendedAt() != null) {
                controls.closedTarget(
                        e,
                        i,
                        FindingCodes.DANGLING_REFERENCE,
                        i.facts().suspendedAt() != null
                                ? "it is already suspended"
                                : "it is " + ControlEvents.closedWord(i));
                continue;
            }
            acts.add(new Suspend(i, e.actor(), e.id(), under));
        }
        return acts;
    }

    /** The obligation a reference names by its id, or null (an instance id, an event id, or nothing). */
    private Obl namedObligation(String ref) {
        if (!dev.pacta.core.Identifier.isValid(ref) || InstanceId.parse(ref).isPresent()) {
            return null;
        }
        Obl o = ledger.obls.get(ObligationId.of(ref));
        return o == null || o.removedAt != null ? null : o;
    }

    private void unauthorisedSuspension(Event e, Obligation def, Inst i) {
        String why = "only the beneficiary '" + def.beneficiary() + "' may do that";
        if (e.actor().equals(def.obligor())) {
            why += def.modality() == Modality.MUST_NOT
                    ? " (a right to suspend work does not suspend a MUST_NOT duty)"
                    : ", or '" + e.actor() + "' under a right to suspend work from a breach by '" + def.beneficiary()
                            + "' that is not cured; it holds none";
        }
        ledger.finding(
                FindingCodes.UNAUTHORISED_SUSPENSION,
                Severity.WARNING,
                e.actor(),
                i == null ? null : i.id(),
                List.of(e.id()),
                e.kind() + " " + e.id() + " by '" + e.actor() + "' of " + (i == null ? "'" + def.id() + "'" : i.id())
                        + " ignored: " + why);
    }

    /**
     * The holder of rights to suspend work suspends its open instances owed to each party in breach (of one obligation,
     * or of all) and holds those that come into force while the suspension lasts; one hold per party in breach, under
     * the right of its oldest uncured breach.
     */
    private List<Act> suspendWork(Event e, Instant t, List<Rights.Grant> grants, ObligationId obligation) {
        List<Act> acts = new ArrayList<>();
        List<PartyId> counterparties = new ArrayList<>(1);
        for (Rights.Grant g : grants) {
            if (counterparties.contains(g.inBreach())) {
                continue;
            }
            counterparties.add(g.inBreach());
            Ledger.Hold hold = new Ledger.Hold(
                    e.actor(), g.inBreach(), obligation, e.id(), g.breached().id());
            if (!alreadyHeld(hold)) {
                acts.add(new HoldWork(hold));
            }
            for (Inst i : ledger.all) {
                if (hold.covers(i)
                        && !i.mustNot()
                        && i.isOpen()
                        && i.facts().suspendedAt() == null
                        && !t.isBefore(i.inForce)) {
                    acts.add(new Suspend(i, e.actor(), e.id(), g.breached().id()));
                }
            }
        }
        if (acts.isEmpty()) {
            ledger.finding(
                    FindingCodes.DANGLING_REFERENCE,
                    Severity.WARNING,
                    e.actor(),
                    null,
                    List.of(e.id()),
                    e.kind() + " " + e.id() + " by '" + e.actor() + "' ignored: the work it names is already"
                            + " suspended");
        }
        return acts;
    }

    /** Whether a hold by the same party already covers what {@code hold} would (all work, or the same obligation). */
    private boolean alreadyHeld(Ledger.Hold hold) {
        for (Ledger.Hold h : ledger.holds) {
            if (h.by().equals(hold.by())
                    && h.counterparty().equals(hold.counterparty())
                    && (h.obligation() == null || h.obligation().equals(hold.obligation()))) {
                return true;
            }
        }
        return false;
    }

    /** The hold under which an instance coming into force is suspended at once, or null. */
    Ledger.Hold heldOver(Inst i) {
        if (ledger.holds.isEmpty() || i.mustNot()) {
            return null;
        }
        for (Ledger.Hold h : ledger.holds) {
            if (h.covers(i)) {
                return h;
            }
        }
        return null;
    }

    /**
     * A resumption by the party that suspended. It names the instances or obligation to resume; or the suspension
     * (its event id), ending it and what it holds; or nothing, ending every suspension its actor made under a right.
     */
    List<Act> resumption(Event e, Instant t) {
        String ref = e.ref().orElse(null);
        List<Ledger.Hold> holds = new ArrayList<>(0);
        for (Ledger.Hold h : ledger.holds) {
            if (h.by().equals(e.actor()) && (ref == null || h.event().value().equals(ref))) {
                holds.add(h);
            }
        }
        List<Inst> bySuspension = ref == null ? suspendedUnderRights(e.actor()) : suspendedBy(ref);
        if (ref == null || !holds.isEmpty() || !bySuspension.isEmpty()) {
            if (holds.isEmpty() && bySuspension.isEmpty()) {
                controls.noTargets(e, List.of(), "to resume");
                return List.of();
            }
            List<Act> acts = new ArrayList<>();
            holds.forEach(h -> acts.add(new Release(h)));
            for (Inst i : bySuspension) {
                if (!controls.unauthorised(
                        e,
                        i,
                        i.facts().suspendedBy(),
                        FindingCodes.UNAUTHORISED_RESUMPTION,
                        "party that suspended it,")) {
                    acts.add(resume(
                            i, t, e.id(), "resumed (" + e.id() + ", " + days.day(t) + ")", "resumption " + e.id()));
                }
            }
            return acts;
        }
        List<Inst> targets = controls.controlTargets(e);
        if (controls.noTargets(e, targets, "to resume")) {
            return List.of();
        }
        List<Act> acts = new ArrayList<>(targets.size());
        Obl named = namedObligation(ref);
        if (named != null) {
            // Naming the obligation resumes it for good: a hold on it alone ends too.
            for (Ledger.Hold h : ledger.holds) {
                if (h.by().equals(e.actor()) && named.def.id().equals(h.obligation())) {
                    acts.add(new Release(h));
                }
            }
        }
        for (Inst i : targets) {
            if (i.facts().suspendedAt() == null) {
                if (targets.size() == 1) {
                    controls.closedTarget(e, i, FindingCodes.NOT_SUSPENDED, "it is not suspended");
                }
                continue;
            }
            if (controls.unauthorised(
                    e, i, i.facts().suspendedBy(), FindingCodes.UNAUTHORISED_RESUMPTION, "party that suspended it,")) {
                continue;
            }
            acts.add(resume(i, t, e.id(), "resumed (" + e.id() + ", " + days.day(t) + ")", "resumption " + e.id()));
        }
        return acts;
    }

    /** The instances {@code party} suspended under a right and has not resumed. */
    private List<Inst> suspendedUnderRights(PartyId party) {
        List<Inst> found = new ArrayList<>(0);
        for (Inst i : ledger.all) {
            if (i.facts().suspendedUnder() != null && party.equals(i.facts().suspendedBy())) {
                found.add(i);
            }
        }
        return found;
    }

    /** The instances the suspension with the id suspended and that are not resumed. */
    private List<Inst> suspendedBy(String suspension) {
        List<Inst> found = new ArrayList<>(0);
        for (Inst i : ledger.all) {
            EventId by = i.facts().suspendedEvent();
            if (by != null && by.value().equals(suspension)) {
                found.add(i);
            }
        }
        return found;
    }

    /**
     * What a cure of a breach (a late fulfilment or a waiver of {@code cured}) ends: suspensions under a right to
     * suspend work that the agreement says lasts until the breach is cured ({@link Remedy.Right#untilCured()}), as if their
     * holder resumed at {@code t}.
     */
    List<Act> cured(Inst cured, Instant t, EventId by) {
        if (cured.facts().breachedAt() == null) {
            return List.of();
        }
        boolean endsWithCure = false;
        for (Remedy.Right r : Rights.granted(cured)) {
            endsWithCure |= r.untilCured() && r.right().equals(Remedy.SUSPEND_WORK);
        }
        if (!endsWithCure) {
            return List.of();
        }
        List<Act> acts = new ArrayList<>(0);
        for (Ledger.Hold h : ledger.holds) {
            if (h.grant().equals(cured.id())) {
                acts.add(new Release(h));
            }
        }
        for (Inst i : ledger.all) {
            if (cured.id().equals(i.facts().suspendedUnder()) && i.facts().suspendedAt() != null) {
                acts.add(resume(
                        i,
                        t,
                        by,
                        "resumed when the breach was cured (" + by + ", " + days.day(t) + ")",
                        "the cure " + by));
            }
        }
        return acts;
    }

    /**
     * Resumes a suspended instance at {@code t} by an event: its deadline moves by the suspended time. {@code how} says
     * how it was resumed, {@code cause} names the resumption in a finding.
     */
    private Resume resume(Inst i, Instant t, EventId by, String how, String cause) {
        Facts f = i.facts();
        Deadline d = f.deadline();
        long suspendedDays = ChronoUnit.DAYS.between(days.localDate(f.suspendedAt()), days.localDate(t));
        Duration suspended = Duration.between(f.suspendedAt(), t);
        // The deadline moves by the suspended time: calendar days for a date deadline, the exact time else.
        Deadline after = d == null
                ? null
                : calendar.lookup(
                        () -> d.isDate()
                                ? deadlines.dateDeadline(d.date().plusDays(suspendedDays), i.obl.def)
                                : deadlines.timeDeadline(d.dueAt().plus(suspended), i.obl.def),
                        gap -> ledger.finding(
                                FindingCodes.CALENDAR_NOT_COVERED,
                                Severity.ERROR,
                                i.obl.def.obligor(),
                                i.id(),
                                List.of(by),
                                cause + " of " + i.id() + ": its deadline cannot be moved by the suspended time, so it"
                                        + " stays " + days.describeDue(d) + ": " + gap));
        String moved = "";
        if (after != null && d.isDate()) {
            moved = ": deadline moved " + suspendedDays + " " + Span.Unit.CALENDAR_DAYS.label(suspendedDays) + " to "
                    + days.describeDue(after);
        } else if (after != null) {
            moved = ": deadline moved by " + suspended + " to " + days.describeDue(after);
        }
        return new Resume(i, after, suspendedWords(f, days.day(f.suspendedAt())) + " and " + how + moved);
    }

    /** Who suspended an instance, under which right, by which event and when: "suspended by agency under ... (s1, day)". */
    static String suspendedWords(Facts f, String day) {
        return "suspended by " + f.suspendedBy()
                + (f.suspendedUnder() == null
                        ? ""
                        : " under " + Rights.Grant.words(f.suspendedUnder().toString()))
                + " (" + f.suspendedEvent() + ", " + day + ")";
    }
}
