package dev.pacta.core.engine;

import dev.pacta.core.ValidationException;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Amendment;
import dev.pacta.core.model.Event;
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
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The control events of a simulation — waiver, extension, suspension, resumption, termination, notice, amendment —
 * with their authorisation: a control event by a party without the right, or naming nothing it can act on, is
 * ignored with a finding and changes nothing. Each handler returns whether the event applied.
 */
final class ControlEvents {
    private final Ledger ledger;
    private final Matching matching;
    private final Deadlines deadlines;
    private final GuardedCalendar calendar;
    private final Days days;
    private final FollowUps loop;

    ControlEvents(
            Ledger ledger,
            Matching matching,
            Deadlines deadlines,
            GuardedCalendar calendar,
            Days days,
            FollowUps loop) {
        this.ledger = ledger;
        this.matching = matching;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.days = days;
        this.loop = loop;
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
    private boolean byBeneficiary(Event e, String purpose, String unauthorisedCode, Predicate<Inst> act) {
        List<Inst> targets = controlTargets(e);
        if (noTargets(e, targets, purpose)) {
            return false;
        }
        boolean applied = false;
        for (Inst i : targets) {
            if (!unauthorised(e, i, i.obl.def.beneficiary(), unauthorisedCode, "beneficiary") && act.test(i)) {
                applied = true;
            }
        }
        return applied;
    }

    boolean waiver(Event e, Instant t) {
        return byBeneficiary(e, "to waive", FindingCodes.UNAUTHORISED_WAIVER, i -> {
            if (!i.isOwed() || t.isBefore(i.inForce)) {
                closedTarget(e, i, FindingCodes.DANGLING_REFERENCE, "it is " + closedWord(i));
                return false;
            }
            ledger.waive(i, t, e.id());
            loop.released(i, t);
            return true;
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

    boolean extension(Event e, Instant t) {
        return byBeneficiary(e, "to extend", FindingCodes.UNAUTHORISED_EXTENSION, i -> {
            if (!i.isOpen() || i.mustNot()) {
                closedTarget(
                        e,
                        i,
                        FindingCodes.INVALID_EXTENSION,
                        i.mustNot() ? "it is a MUST_NOT duty" : "it is " + closedWord(i));
                return false;
            }
            if (i.facts().deadline() == null) {
                closedTarget(e, i, FindingCodes.INVALID_EXTENSION, "it has no deadline to extend");
                return false;
            }
            if (e.until().isEmpty() && e.by().isEmpty()) {
                closedTarget(e, i, FindingCodes.INVALID_EXTENSION, "it gives neither 'until' nor 'by'");
                return false;
            }
            Deadline extended = calendar.lookup(
                    () -> extended(i.facts().deadline(), e, i.obl.def),
                    gap -> closedTarget(
                            e,
                            i,
                            FindingCodes.CALENDAR_NOT_COVERED,
                            "the extended deadline cannot be computed: " + gap));
            if (extended == null) {
                return false;
            }
            if (extended == null
                    || extended.lateFrom().isBefore(i.facts().deadline().lateFrom())) {
                closedTarget(
                        e,
                        i,
                        FindingCodes.INVALID_EXTENSION,
                        extended == null
                                ? "it gives neither 'until' nor 'by'"
                                : "it would move the deadline earlier, to " + days.describeDue(extended));
                return false;
            }
            ledger.moveDeadline(
                    i,
                    extended,
                    "extended to " + days.describeDue(extended) + " by " + e.actor() + " (" + e.id() + ", "
                            + days.day(t) + ")");
            loop.rescheduled(i);
            return true;
        });
    }

    private Deadline extended(Deadline d, Event e, Obligation def) {
        if (e.until().isPresent()) {
            return deadlines.dateDeadline(e.until().get(), def);
        }
        return e.by().isEmpty() ? null : deadlines.extendedBy(d, e.by().get(), def);
    }

    boolean suspension(Event e, Instant t) {
        return byBeneficiary(e, "to suspend", FindingCodes.UNAUTHORISED_SUSPENSION, i -> {
            if (!i.isOpen() || i.facts().suspendedAt() != null) {
                closedTarget(
                        e,
                        i,
                        FindingCodes.DANGLING_REFERENCE,
                        i.facts().suspendedAt() != null ? "it is already suspended" : "it is " + closedWord(i));
                return false;
            }
            ledger.suspend(i, t, e.actor(), e.id());
            return true;
        });
    }

    boolean resumption(Event e, Instant t) {
        List<Inst> targets = controlTargets(e);
        if (noTargets(e, targets, "to resume")) {
            return false;
        }
        boolean applied = false;
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
            ledger.resume(
                    i,
                    after,
                    "suspended by " + f.suspendedBy() + " (" + f.suspendedEvent() + ", " + days.day(f.suspendedAt())
                            + ") and resumed (" + e.id() + ", " + days.day(t) + ")" + moved);
            if (after != null) {
                loop.rescheduled(i);
            }
            applied = true;
        }
        return applied;
    }

    boolean termination(Event e, Instant t) {
        if (ledger.endedAt != null) {
            ledger.finding(
                    FindingCodes.ALREADY_TERMINATED,
                    Severity.WARNING,
                    e.actor(),
                    null,
                    List.of(e.id()),
                    "termination " + e.id() + " by '" + e.actor() + "' ignored: " + ledger.endedText);
            return false;
        }
        ledger.endedAt = t;
        ledger.endedText = "the agreement was terminated by " + e.actor() + " (" + e.id() + ", " + days.day(t) + ")";
        loop.ended(t, ledger.endedText);
        return true;
    }

    boolean notice(Event e, Instant t) {
        List<Inst> targets = controlTargets(e);
        if (noTargets(e, targets, "to give notice about")) {
            return false;
        }
        for (Inst i : targets) {
            ledger.notice(i, new Inst.Notice(e.id(), t, e.actor()));
            ledger.finding(
                    FindingCodes.NOTICE,
                    Severity.INFO,
                    e.actor(),
                    i.id(),
                    List.of(e.id()),
                    "notice " + e.id() + " by '" + e.actor() + "' on " + i.id() + " (" + days.day(t) + ")"
                            + e.note().map(n -> ": " + n).orElse(""));
        }
        return true;
    }

    boolean amendment(Event e, Instant t) {
        if (e.amendment().isEmpty()) {
            invalidAmendment(e, "it carries no amendment");
            return false;
        }
        Amendment a = e.amendment().get();
        for (MilestoneId m : a.milestoneTargets().keySet()) {
            if (!ledger.milestones.containsKey(m)) {
                invalidAmendment(e, "milestone '" + m + "' does not exist");
                return false;
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
                return false;
            }
        }
        for (ObligationId o : a.removeObligations()) {
            if (!ledger.obls.containsKey(o) || ledger.obls.get(o).removedAt != null) {
                invalidAmendment(e, "obligation '" + o + "' does not exist or was already removed");
                return false;
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
            return false;
        }
        ledger.current = amended;
        String by = "amendment " + e.id() + " (" + days.day(t) + ")";
        for (Map.Entry<MilestoneId, LocalDate> target : a.milestoneTargets().entrySet()) {
            Ledger.Ms ms = ledger.milestones.get(target.getKey());
            List<String> notes = new ArrayList<>(ms.notes);
            notes.add("target moved from " + Days.day(ms.target) + " to " + Days.day(target.getValue()) + " by " + by);
            ms.notes = List.copyOf(notes);
            ms.target = target.getValue();
        }
        for (ObligationId id : a.removeObligations()) {
            Obl o = ledger.obls.get(id);
            o.removedAt = t;
            o.removedReason = "removed by " + by;
            for (Inst i : o.instances) {
                if (i.isOpen()
                        && (i.facts().deadline() == null
                                || t.isBefore(i.facts().deadline().lateFrom()))) {
                    ledger.cancel(i, t, o.removedReason);
                }
            }
        }
        int order = ledger.obls.size();
        for (Obligation o : a.addObligations()) {
            loop.added(new Obl(
                    o, order++, t, days.localDate(t), Payments.shares(amended).get(o.id())));
        }
        ledger.milestonesDirty = true;
        return true;
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
