package dev.pacta.core.engine;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.ControlKind;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.EventId;
import dev.pacta.core.model.MilestoneId;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.ObligationId;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.report.FindingCodes;
import dev.pacta.core.report.InstanceId;
import dev.pacta.core.report.Severity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Control events (chapter "Timeline" of the design) — waiver, extension, suspension, resumption, termination, notice,
 * amendment — with their authorisation: a control event by a party without the right, or naming nothing it can act
 * on, is ignored with a finding and changes nothing. A rule: {@link #decide} returns what the event does, one
 * {@link Act} per instance it acts on (none if it is ignored), and the event loop applies them in order.
 */
final class ControlEvents {
    /** What an authorised control event does. */
    sealed interface Act
            permits Waive, Extend, Suspend, HoldWork, Release, Resume, Notice, Terminate, Propose, Settle, Amend {}

    /** The beneficiary waives an instance. */
    record Waive(Inst target, EventId by) implements Act {}

    /** The beneficiary extends an instance's deadline. */
    record Extend(Inst target, Deadline to, String adjustment) implements Act {}

    /**
     * A party suspends an instance: its beneficiary ({@code under} null), or its obligor under the right a breach of
     * {@code under} granted.
     */
    record Suspend(Inst target, PartyId by, EventId event, InstanceId under) implements Act {}

    /** A suspension of work under a right also holds the instances that come into force while it lasts. */
    record HoldWork(Ledger.Hold hold) implements Act {}

    /** A hold on work ends (its holder resumed, or the breach was cured). */
    record Release(Ledger.Hold hold) implements Act {}

    /** The party that suspended an instance resumes it; its deadline moves (null: it stays). */
    record Resume(Inst target, Deadline moved, String adjustment) implements Act {}

    /** A party gives notice on an instance. */
    record Notice(Inst target, Inst.Notice notice) implements Act {}

    /** The agreement is terminated, in words: at {@code at}, the event's instant or the end of a notice period. */
    record Terminate(String text, Instant at) implements Act {}

    /** An amendment is proposed, or accepted by one more party: pending until every party consents. */
    record Propose(Ledger.Proposal proposal) implements Act {}

    /** An amendment is no longer pending. */
    record Settle(EventId amendment) implements Act {}

    /**
     * The parties amend the agreement: the amended agreement, new milestone targets, removed obligations and the
     * obligations added (not registered yet), and the amendment in words.
     */
    record Amend(
            Agreement amended,
            Map<MilestoneId, LocalDate> targets,
            List<ObligationId> removed,
            List<Obl> added,
            String by)
            implements Act {}

    private final Ledger ledger;
    private final Rights rights;
    private final Amendments amendments;
    private final Terminations terminations;
    private final Suspensions suspensions;
    private final Matching matching;
    private final Deadlines deadlines;
    private final GuardedCalendar calendar;
    private final Days days;

    ControlEvents(Ledger ledger, Matching matching, Deadlines deadlines, GuardedCalendar calendar, Days days) {
        this.ledger = ledger;
        this.rights = new Rights(ledger);
        this.amendments = new Amendments(ledger, days);
        this.terminations = new Terminations(ledger, rights, calendar, days);
        this.suspensions = new Suspensions(this, ledger, rights, deadlines, calendar, days);
        this.matching = matching;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.days = days;
    }

    /** What a control event (other than a payment) does at {@code t}: nothing if it is ignored (with findings). */
    List<Act> decide(ControlKind kind, Event e, Instant t) {
        return switch (kind) {
            case WAIVER -> waiver(e, t);
            case EXTENSION -> extension(e, t);
            case SUSPENSION -> suspensions.suspension(e, t);
            case RESUMPTION -> suspensions.resumption(e, t);
            case TERMINATION -> terminations.termination(e, t);
            case NOTICE -> notice(e, t);
            case AMENDMENT -> amendments.amendment(e, t);
            case ACCEPTANCE -> amendments.acceptance(e, t);
            case PAYMENT -> throw new IllegalArgumentException("payments are applied by Payments");
        };
    }

    /** The instances a control event's reference names (instance id, triggering event, or obligation id). */
    List<Inst> controlTargets(Event e) {
        if (e.ref().isEmpty()) {
            return List.of();
        }
        return matching.refTargets(e.ref().get(), List.copyOf(ledger.obls.values()))
                .orElse(List.of());
    }

    boolean noTargets(Event e, List<Inst> targets, String what) {
        if (!targets.isEmpty()) {
            return false;
        }
        ledger.finding(
                FindingCodes.DANGLING_REFERENCE,
                Severity.WARNING,
                e.actor(),
                null,
                List.of(e.id()),
                e.kind() + " " + e.id() + " by '" + e.actor() + "' ignored: "
                        + e.ref()
                                .map(r -> "'" + r + "' names no instance " + what)
                                .orElse("it names no instance (ref is missing)"));
        return true;
    }

    boolean unauthorised(Event e, Inst i, PartyId allowed, String code, String role) {
        if (e.actor().equals(allowed)) {
            return false;
        }
        closedTarget(e, i, code, "only the " + role + " '" + allowed + "' may do that");
        return true;
    }

    void closedTarget(Event e, Inst i, String code, String why) {
        ledger.finding(
                code,
                Severity.WARNING,
                e.actor(),
                i.id(),
                List.of(e.id()),
                e.kind() + " " + e.id() + " by '" + e.actor() + "' of " + i.id() + " ignored: " + why);
    }

    /**
     * Applies a control act of the beneficiary to each instance the event names, reporting a dangling reference or an
     * unauthorised actor; the act itself reports why it does not apply to an instance.
     */
    private List<Act> byBeneficiary(Event e, String purpose, String unauthorisedCode, Function<Inst, Act> act) {
        List<Inst> targets = controlTargets(e);
        if (noTargets(e, targets, purpose)) {
            return List.of();
        }
        List<Act> acts = new ArrayList<>(targets.size());
        for (Inst i : targets) {
            if (!unauthorised(e, i, i.obl.def.beneficiary(), unauthorisedCode, "beneficiary")) {
                Act a = act.apply(i);
                if (a != null) {
                    acts.add(a);
                }
            }
        }
        return acts;
    }

    private List<Act> waiver(Event e, Instant t) {
        return byBeneficiary(e, "to waive", FindingCodes.UNAUTHORISED_WAIVER, i -> {
            if (!i.isOwed() || t.isBefore(i.inForce)) {
                closedTarget(e, i, FindingCodes.DANGLING_REFERENCE, "it is " + closedWord(i));
                return null;
            }
            return new Waive(i, e.id());
        });
    }

    static String closedWord(Inst i) {
        if (i.facts().fulfilledAt() != null) {
            return "already fulfilled";
        }
        if (i.facts().waivedAt() != null) {
            return "already waived";
        }
        if (i.facts().cancelledAt() != null) {
            return "cancelled";
        }
        if (i.facts().breachedAt() != null) {
            return "already breached (waive it instead)";
        }
        return "not in force yet";
    }

    private List<Act> extension(Event e, Instant t) {
        return byBeneficiary(e, "to extend", FindingCodes.UNAUTHORISED_EXTENSION, i -> {
            if (!i.isOpen() || i.mustNot()) {
                closedTarget(
                        e,
                        i,
                        FindingCodes.INVALID_EXTENSION,
                        i.mustNot() ? "it is a MUST_NOT duty" : "it is " + closedWord(i));
                return null;
            }
            if (i.facts().deadline() == null) {
                closedTarget(e, i, FindingCodes.INVALID_EXTENSION, "it has no deadline to extend");
                return null;
            }
            if (e.until().isEmpty() && e.by().isEmpty()) {
                closedTarget(e, i, FindingCodes.INVALID_EXTENSION, "it gives neither 'until' nor 'by'");
                return null;
            }
            Deadline extended = calendar.lookup(
                    () -> extended(i.facts().deadline(), e, i.obl.def),
                    gap -> closedTarget(
                            e,
                            i,
                            FindingCodes.CALENDAR_NOT_COVERED,
                            "the extended deadline cannot be computed: " + gap));
            if (extended == null) {
                return null;
            }
            if (extended.lateFrom().isBefore(i.facts().deadline().lateFrom())) {
                closedTarget(
                        e,
                        i,
                        FindingCodes.INVALID_EXTENSION,
                        "it would move the deadline earlier, to " + days.describeDue(extended));
                return null;
            }
            return new Extend(
                    i,
                    extended,
                    "extended to " + days.describeDue(extended) + " by " + e.actor() + " (" + e.id() + ", "
                            + days.day(t) + ")");
        });
    }

    private Deadline extended(Deadline d, Event e, Obligation def) {
        if (e.until().isPresent()) {
            return deadlines.dateDeadline(e.until().get(), def);
        }
        return e.by().isEmpty() ? null : deadlines.extendedBy(d, e.by().get(), def);
    }

    /** The hold under which an instance coming into force is suspended at once, or null (see {@link Suspensions}). */
    Ledger.Hold heldOver(Inst i) {
        return suspensions.heldOver(i);
    }

    /** What a cure of a breach ends (see {@link Suspensions#cured}). */
    List<Act> cured(Inst cured, Instant t, EventId by) {
        return suspensions.cured(cured, t, by);
    }

    private List<Act> notice(Event e, Instant t) {
        List<Inst> targets = controlTargets(e);
        if (noTargets(e, targets, "to give notice about")) {
            return List.of();
        }
        List<Act> acts = new ArrayList<>(targets.size());
        for (Inst i : targets) {
            acts.add(new Notice(i, new Inst.Notice(e.id(), t, e.actor())));
            ledger.finding(
                    FindingCodes.NOTICE,
                    Severity.INFO,
                    e.actor(),
                    i.id(),
                    List.of(e.id()),
                    "notice " + e.id() + " by '" + e.actor() + "' on " + i.id() + " (" + days.day(t) + ")"
                            + e.note().map(n -> ": " + n).orElse(""));
        }
        return acts;
    }
}
