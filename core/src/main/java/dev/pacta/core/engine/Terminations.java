package dev.pacta.core.engine;

import dev.pacta.core.model.Event;
import dev.pacta.core.model.Remedy;
import dev.pacta.core.model.TerminationClause;
import dev.pacta.core.report.FindingCodes;
import dev.pacta.core.report.Severity;
import dev.pacta.core.time.Span;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Termination and its grounds (chapter "Timeline" of the design): a {@code TERMINATE} right from an uncured breach ends
 * the agreement at once; a termination clause of the agreement lets a party end it for convenience when the clause's
 * notice ends. A rule: it returns the {@link ControlEvents.Terminate} act, or nothing with a finding.
 */
final class Terminations {
    private final Ledger ledger;
    private final Rights rights;
    private final GuardedCalendar calendar;
    private final Days days;

    Terminations(Ledger ledger, Rights rights, GuardedCalendar calendar, Days days) {
        this.ledger = ledger;
        this.rights = rights;
        this.calendar = calendar;
        this.days = days;
    }

    /**
     * A termination needs a ground: a {@value Remedy#TERMINATE} right from an uncured breach by another party (the
     * agreement ends at once), or a termination clause that lets the actor terminate for convenience (it ends when
     * the clause's notice ends; of several, the earliest). Anything else is ignored with a finding.
     */
    List<ControlEvents.Act> termination(Event e, Instant t) {
        String who = "termination " + e.id() + " by '" + e.actor() + "'";
        if (ledger.endedAt != null) {
            refuse(e, FindingCodes.ALREADY_TERMINATED, who + " ignored: " + ledger.endedText);
            return List.of();
        }
        List<Rights.Grant> grants = rights.held(e.actor(), Remedy.TERMINATE, t);
        if (!grants.isEmpty()) {
            return List.of(new ControlEvents.Terminate(
                    "the agreement was terminated by " + e.actor() + " under "
                            + grants.get(0).words() + " (" + e.id() + ", " + days.day(t) + ")",
                    t));
        }
        if (ledger.terminationAt != null) {
            refuse(
                    e,
                    FindingCodes.ALREADY_TERMINATED,
                    who + " ignored: notice was already given: " + ledger.terminationText);
            return List.of();
        }
        TerminationClause clause = null;
        Instant end = null;
        for (TerminationClause c : ledger.current.terminationClauses()) {
            Instant at = c.allows(e.actor()) ? noticeEnd(e, c, t) : null;
            if (at != null && (end == null || at.isBefore(end))) {
                clause = c;
                end = at;
            }
        }
        if (clause == null) {
            refuse(
                    e,
                    FindingCodes.UNAUTHORISED_TERMINATION,
                    who + " ignored: '" + e.actor() + "' holds no right to terminate (" + Remedy.TERMINATE + " from a"
                            + " breach by another party, not cured) and no termination clause of the agreement lets it"
                            + " terminate");
            return List.of();
        }
        String ends;
        if (clause.notice().unit() != Span.Unit.HOURS) {
            ends = "ending " + days.day(end.minusNanos(1));
        } else if (clause.notice().amount() == 0) {
            ends = "with immediate effect";
        } else {
            ends = "ending " + days.day(end) + " at "
                    + end.atZone(days.zone).toLocalTime().truncatedTo(ChronoUnit.MINUTES);
        }
        String text =
                "the agreement was terminated by " + e.actor() + " for convenience (" + e.id() + ", " + days.day(t)
                        + ")"
                        + (clause.notice().amount() == 0 && clause.notice().unit() == Span.Unit.HOURS
                                ? ", " + ends
                                : ", with a notice of " + clause.notice() + " " + ends);
        ledger.finding(
                FindingCodes.TERMINATION_NOTICE,
                Severity.INFO,
                e.actor(),
                null,
                List.of(e.id()),
                who + " for convenience under the agreement's termination clause: a notice of " + clause.notice() + ", "
                        + ends);
        return List.of(new ControlEvents.Terminate(text, end));
    }

    /**
     * When the notice of a termination clause given at {@code t} ends: the end of its last day, or after its hours.
     * Null (with a finding) where the calendar cannot count it.
     */
    private Instant noticeEnd(Event e, TerminationClause c, Instant t) {
        Span notice = c.notice();
        if (notice.unit() == Span.Unit.HOURS) {
            return t.plus(Duration.ofHours(notice.amount()));
        }
        LocalDate last = calendar.lookup(
                () -> calendar.shift(days.localDate(t), notice),
                gap -> refuse(
                        e,
                        FindingCodes.CALENDAR_NOT_COVERED,
                        "termination " + e.id() + ": the end of its " + notice + " notice cannot be computed: " + gap));
        return last == null ? null : days.startOf(last.plusDays(1));
    }

    private void refuse(Event e, String code, String message) {
        ledger.finding(code, Severity.WARNING, e.actor(), null, List.of(e.id()), message);
    }
}
