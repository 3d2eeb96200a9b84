package dev.pacta.core.engine;

import dev.pacta.core.ValidationException;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Amendment;
import dev.pacta.core.model.ControlKind;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.EventId;
import dev.pacta.core.model.Milestone;
import dev.pacta.core.model.MilestoneId;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.ObligationId;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.report.FindingCodes;
import dev.pacta.core.report.Severity;
import dev.pacta.core.time.Span;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Control events (chapter "Timeline" of the design) — waiver, extension, suspension, resumption, termination, notice,
 * amendment — with their authorisation: a control event by a party without the right, or naming nothing it can act
 * on, is ignored with a finding and changes nothing. A rule: {@link #decide} returns what the event does, one
 * {@link Act} per instance it acts on (none if it is ignored), and the event loop applies them in order.
 */
final class ControlEvents {
    /** What an authorised control event does. */
    sealed interface Act permits Waive, Extend, Suspend, Resume, Notice, Terminate, Amend {}

    /** The beneficiary waives an instance. */
    record Waive(Inst target, EventId by) implements Act {}

    /** The beneficiary extends an instance's deadline. */
    record Extend(Inst target, Deadline to, String adjustment) implements Act {}

    /** The beneficiary suspends an instance. */
    record Suspend(Inst target, PartyId by, EventId event) implements Act {}

    /** The party that suspended an instance resumes it; its deadline moves (null: it stays). */
    record Resume(Inst target, Deadline moved, String adjustment) implements Act {}

    /** A party gives notice on an instance. */
    record Notice(Inst target, Inst.Notice notice) implements Act {}

    /** The agreement is terminated. */
    record Terminate(String text) implements Act {}

    /**
     * Both parties amend the agreement: the amended agreement, new milestone targets, removed obligations and the
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
    private final Matching matching;
    private final Deadlines deadlines;
    private final GuardedCalendar calendar;
    private final Days days;

    ControlEvents(Ledger ledger, Matching matching, Deadlines deadlines, GuardedCalendar calendar, Days days) {
        this.ledger = ledger;
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
            case SUSPENSION -> suspension(e, t);
            case RESUMPTION -> resumption(e, t);
            case TERMINATION -> termination(e, t);
            case NOTICE -> notice(e, t);
            case AMENDMENT -> amendment(e, t);
            case PAYMENT -> throw new IllegalArgumentException("payments are applied by Payments");
        };
    }

    /** The instances a control event's reference names (instance id, triggering event, or obligation id). */
    private List<Inst> controlTargets(Event e) {
        if (e.ref().isEmpty()) {
            return List.of();
        }
        return matching.refTargets(e.ref().get(), List.copyOf(ledger.obls.values()))
                .orElse(List.of());
    }

    private boolean noTargets(Event e, List<Inst> targets, String what) {
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

    private boolean unauthorised(Event e, Inst i, PartyId allowed, String code, String role) {
        if (e.actor().equals(allowed)) {
            return false;
        }
        closedTarget(e, i, code, "only the " + role + " '" + allowed + "' may do that");
        return true;
    }

    private void closedTarget(Event e, Inst i, String code, String why) {
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

    private static String closedWord(Inst i) {
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

    private List<Act> suspension(Event e, Instant t) {
        return byBeneficiary(e, "to suspend", FindingCodes.UNAUTHORISED_SUSPENSION, i -> {
            if (!i.isOpen() || i.facts().suspendedAt() != null) {
                closedTarget(
                        e,
                        i,
                        FindingCodes.DANGLING_REFERENCE,
                        i.facts().suspendedAt() != null ? "it is already suspended" : "it is " + closedWord(i));
                return null;
            }
            return new Suspend(i, e.actor(), e.id());
        });
    }

    private List<Act> resumption(Event e, Instant t) {
        List<Inst> targets = controlTargets(e);
        if (noTargets(e, targets, "to resume")) {
            return List.of();
        }
        List<Act> acts = new ArrayList<>(targets.size());
        for (Inst i : targets) {
            if (i.facts().suspendedAt() == null) {
                if (targets.size() == 1) {
                    closedTarget(e, i, FindingCodes.NOT_SUSPENDED, "it is not suspended");
                }
                continue;
            }
            if (unauthorised(
                    e, i, i.facts().suspendedBy(), FindingCodes.UNAUTHORISED_RESUMPTION, "party that suspended it,")) {
                continue;
            }
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
                                    List.of(e.id()),
                                    "resumption " + e.id() + " of " + i.id() + ": its deadline cannot be moved by the"
                                            + " suspended time, so it stays " + days.describeDue(d) + ": " + gap));
            String moved = "";
            if (after != null && d.isDate()) {
                moved = ": deadline moved " + suspendedDays + " " + Span.Unit.CALENDAR_DAYS.label(suspendedDays)
                        + " to " + days.describeDue(after);
            } else if (after != null) {
                moved = ": deadline moved by " + suspended + " to " + days.describeDue(after);
            }
            acts.add(new Resume(
                    i,
                    after,
                    "suspended by " + f.suspendedBy() + " (" + f.suspendedEvent() + ", " + days.day(f.suspendedAt())
                            + ") and resumed (" + e.id() + ", " + days.day(t) + ")" + moved));
        }
        return acts;
    }

    private List<Act> termination(Event e, Instant t) {
        if (ledger.endedAt != null) {
            ledger.finding(
                    FindingCodes.ALREADY_TERMINATED,
                    Severity.WARNING,
                    e.actor(),
                    null,
                    List.of(e.id()),
                    "termination " + e.id() + " by '" + e.actor() + "' ignored: " + ledger.endedText);
            return List.of();
        }
        return List.of(new Terminate(
                "the agreement was terminated by " + e.actor() + " (" + e.id() + ", " + days.day(t) + ")"));
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

    private List<Act> amendment(Event e, Instant t) {
        if (e.amendment().isEmpty()) {
            invalidAmendment(e, "it carries no amendment");
            return List.of();
        }
        Amendment a = e.amendment().get();
        for (MilestoneId m : a.milestoneTargets().keySet()) {
            if (!ledger.milestones.containsKey(m)) {
                invalidAmendment(e, "milestone '" + m + "' does not exist");
                return List.of();
            }
        }
        for (Obligation o : a.addObligations()) {
            // An instance id names its obligation: reusing an id, even of a removed obligation, would make two
            // obligations' instances indistinguishable in reports, refs and changes. Redefine under a new id.
            if (ledger.obls.containsKey(o.id())) {
                invalidAmendment(
                        e,
                        "obligation id '" + o.id() + "' is already used in this agreement"
                                + (ledger.obls.get(o.id()).removedAt != null ? " (by a removed obligation)" : "")
                                + "; add the new obligation under a new id");
                return List.of();
            }
        }
        for (ObligationId o : a.removeObligations()) {
            if (!ledger.obls.containsKey(o) || ledger.obls.get(o).removedAt != null) {
                invalidAmendment(e, "obligation '" + o + "' does not exist or was already removed");
                return List.of();
            }
        }
        Agreement amended;
        try {
            List<Obligation> obligations = new ArrayList<>();
            for (Obligation o : ledger.current.obligations()) {
                if (!a.removeObligations().contains(o.id())) {
                    obligations.add(o);
                }
            }
            obligations.addAll(a.addObligations());
            List<Milestone> ms = ledger.current.milestones().stream()
                    .map(m -> Milestone.builder()
                            .from(m)
                            .requires(m.requires().stream()
                                    .filter(r -> !a.removeObligations().contains(r))
                                    .toList())
                            .target(a.milestoneTargets().getOrDefault(m.id(), m.target()))
                            .build())
                    .toList();
            amended = Agreement.builder()
                    .from(ledger.current)
                    .obligations(obligations)
                    .milestones(ms)
                    .build();
        } catch (ValidationException ex) {
            invalidAmendment(
                    e,
                    "the amended agreement would be invalid: "
                            + ex.problems().stream().map(Object::toString).collect(Collectors.joining("; ")));
            return List.of();
        }
        String by = "amendment " + e.id() + " (" + days.day(t) + ")";
        int order = ledger.obls.size();
        List<Obl> added = new ArrayList<>(a.addObligations().size());
        for (Obligation o : a.addObligations()) {
            added.add(new Obl(
                    o, order++, t, days.localDate(t), Payments.shares(amended).get(o.id())));
        }
        return List.of(new Amend(amended, a.milestoneTargets(), a.removeObligations(), added, by));
    }

    private void invalidAmendment(Event e, String why) {
        ledger.finding(
                FindingCodes.INVALID_AMENDMENT,
                Severity.WARNING,
                e.actor(),
                null,
                List.of(e.id()),
                "amendment " + e.id() + " by '" + e.actor() + "' ignored: " + why);
    }
}
