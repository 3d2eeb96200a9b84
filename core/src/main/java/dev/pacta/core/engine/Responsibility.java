package dev.pacta.core.engine;

import dev.pacta.core.model.PartyId;
import dev.pacta.core.model.Remedy;
import dev.pacta.core.report.InstanceState;
import dev.pacta.core.report.Lateness;
import dev.pacta.core.time.Span;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Responsibility (chapter "Dependencies, excused delay and responsibility" of the design): every count of lateness in
 * one place — the unit, the measure of a stretch of delay, who caused it, the scorecards' response times and the
 * periods a remedy charges for.
 *
 * <p>The unit is the deadline's: business days for business-day deadlines, hours (started hours) for time deadlines,
 * calendar days otherwise. Business days are counted from the day after the due date through the day counted to, so
 * a late act on a non-business day counts too. When the calendar does not cover the days to count, the count is in
 * calendar days and its unit says so ({@link GuardedCalendar.Count}); the report adds a {@code CALENDAR_NOT_COVERED}
 * finding. A rule: it decides nothing about states and changes no instance.
 */
final class Responsibility {
    /** The instances that block an instance at an instant (see {@link Prerequisites#blockers}). */
    interface Blockers {
        List<Inst> at(Inst i, Instant t);
    }

    private final GuardedCalendar calendar;
    private final Days days;
    private final Blockers blockers;

    Responsibility(GuardedCalendar calendar, Days days, Blockers blockers) {
        this.calendar = calendar;
        this.days = days;
        this.blockers = blockers;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Units and measures

    /** The unit an instance's lateness is declared in: business days, hours (time deadlines) or calendar days. */
    static Span.Unit declaredUnit(Inst i) {
        Deadline d = i.facts().deadline();
        if (d != null && !d.isDate()) {
            return Span.Unit.HOURS;
        }
        Span.Unit u = i.obl.def.deadline().latenessUnit();
        return u == Span.Unit.HOURS ? Span.Unit.CALENDAR_DAYS : u;
    }

    /** Hours begun from {@code from} to {@code to}: 0 for none, 1 for up to an hour; never negative. */
    static long startedHours(Instant from, Instant to) {
        return Math.max(0, (Duration.between(from, to).getSeconds() + 3599) / 3600);
    }

    /** The unit counted in: {@code declared}, or calendar days for business days the calendar does not cover. */
    Span.Unit unit(Span.Unit declared, LocalDate from, LocalDate to) {
        return declared == Span.Unit.BUSINESS_DAYS && !calendar.covers(from, to) ? Span.Unit.CALENDAR_DAYS : declared;
    }

    /**
     * The unit an instance's delay up to {@code until} is counted in: its declared unit, unless business days are
     * declared and the calendar does not cover the days from its due date (or the earliest delay it inherited) to
     * {@code until}.
     */
    Span.Unit unit(Inst i, Instant until, List<Inst.Seg> segments) {
        Span.Unit declared = declaredUnit(i);
        if (declared != Span.Unit.BUSINESS_DAYS) {
            return declared;
        }
        LocalDate from = i.facts().deadline() == null ? days.localDate(until) : dueDate(i);
        for (Inst.Seg s : segments) {
            from = s.from().isBefore(from) ? s.from() : from;
        }
        return unit(declared, from, days.localDate(until));
    }

    /** A stretch of delay in a unit, at least 0; measures of adjacent stretches add up. */
    long measure(Span.Unit unit, Inst.Seg s) {
        return switch (unit) {
            case HOURS -> startedHours(s.fromInstant(), s.toInstant());
            case BUSINESS_DAYS -> calendar.businessDays(s.from(), s.to()).amount();
            default -> Math.max(0, ChronoUnit.DAYS.between(s.from(), s.to()));
        };
    }

    /** The sum of the measures of stretches of delay. */
    long measure(Span.Unit unit, List<Inst.Seg> segments) {
        long total = 0;
        for (Inst.Seg s : segments) {
            total += measure(unit, s);
        }
        return total;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Lateness of an instance

    /** How late an instance is in a state as of {@code asOf}; null if it is not late. */
    Lateness lateness(Inst i, InstanceState state, Instant asOf) {
        Facts f = i.facts();
        if (f.deadline() == null || i.mustNot()) {
            return null;
        }
        return switch (state) {
            case FULFILLED_LATE ->
                late(i, f.fulfilledAt(), f.fulfilledAt().isBefore(f.deadline().breachFrom()));
            case OVERDUE -> late(i, asOf, true);
            case BREACHED -> late(i, asOf, false);
            default -> null;
        };
    }

    /**
     * How late {@code t} is against the instance's deadline, at least 1: business days counted from the day after
     * the due date through t's date (a late act on a non-business day counts as 1), calendar days between the
     * dates, or started hours after a time deadline.
     */
    private Lateness late(Inst i, Instant t, boolean withinGrace) {
        Deadline d = i.facts().deadline();
        Span.Unit unit = unit(i, t, List.of());
        long amount = switch (unit) {
            case HOURS -> startedHours(d.dueAt(), t);
            case BUSINESS_DAYS ->
                calendar.businessDays(d.date(), days.localDate(t)).amount();
            default -> ChronoUnit.DAYS.between(d.date(), days.localDate(t));
        };
        return new Lateness(Math.max(1, amount), unit, withinGrace);
    }

    /** The due date of an instance with a deadline: its date, or the local date of its due instant. */
    LocalDate dueDate(Inst i) {
        Deadline d = i.facts().deadline();
        return d.isDate() ? d.date() : days.localDate(d.dueAt());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Who caused the delay

    /** Who caused an instance's delay as of {@code t}: what it inherited, then its own lateness. */
    List<Inst.Seg> delaySegments(Inst i, Instant t) {
        Facts f = i.facts();
        List<Inst.Seg> segments = new ArrayList<>(f.inherited());
        Instant end = f.fulfilledAt() != null && f.fulfilledAt().isBefore(t) ? f.fulfilledAt() : t;
        List<Inst> blocking = f.fulfilledAt() == null ? blockers.at(i, end) : List.of();
        if (!blocking.isEmpty()) {
            // Still waiting on another party's late prerequisite: the delay so far is that party's (transitively).
            segments.addAll(delaySegments(blocking.get(0), t));
        } else if (f.deadline() != null && !end.isBefore(f.deadline().lateFrom())) {
            Deadline d = f.deadline();
            LocalDate due = d.isDate() ? d.date() : days.localDate(d.dueAt());
            Instant dueInstant = d.isDate() ? d.lateFrom() : d.dueAt();
            segments.add(new Inst.Seg(i.obl.def.obligor(), due, days.localDate(end), dueInstant, end));
        }
        return segments;
    }

    /**
     * How much a dependent's deadline moves for a prerequisite's delay as of {@code t}: the whole delay in the
     * dependent's own unit (business days stay business days, unless the calendar does not cover them).
     */
    GuardedCalendar.Count excusedDelay(Inst dependent, Inst prerequisite, Instant t) {
        List<Inst.Seg> segments = delaySegments(prerequisite, t);
        Span.Unit unit = unit(dependent, t, segments);
        return new GuardedCalendar.Count(measure(unit, segments), unit);
    }

    /**
     * Delay per party in the instance's unit: the excused delay inherited from other parties' late prerequisites
     * (following the chain), plus the obligor's own lateness; for a blocked instance, the delay of what blocks it.
     */
    Map<PartyId, Long> attribution(Inst i, InstanceState state, List<Inst> blocking, Lateness lateness, Instant asOf) {
        List<Inst.Seg> inherited = i.facts().inherited();
        if (i.mustNot() || (lateness == null && inherited.isEmpty() && state != InstanceState.BLOCKED)) {
            return Map.of(); // no delay: most instances
        }
        if (inherited.isEmpty() && state != InstanceState.BLOCKED) {
            return Map.of(i.obl.def.obligor(), lateness.amount()); // only its own lateness: most late instances
        }
        List<Inst.Seg> segments = inherited;
        if (state == InstanceState.BLOCKED) {
            long most = -1;
            for (Inst p : blocking) {
                List<Inst.Seg> s = delaySegments(p, asOf);
                long total = measure(unit(i, asOf, s), s);
                if (total > most) {
                    most = total;
                    segments = s;
                }
            }
        }
        Span.Unit unit = lateness != null ? lateness.unit() : unit(i, asOf, segments);
        Map<PartyId, Long> parties = new TreeMap<>();
        for (Inst.Seg s : segments) {
            long units = measure(unit, s);
            if (units > 0) {
                parties.merge(s.party(), units, Long::sum);
            }
        }
        if (lateness != null) {
            parties.merge(i.obl.def.obligor(), lateness.amount(), Long::sum);
        }
        return parties;
    }

    /**
     * Whether a business-day count of an instance's row as of {@code asOf} fell back to calendar days: its lateness or
     * attribution, or a penalty charged per business day. Empty if none did, else the days that were not covered.
     */
    Optional<String> uncovered(Inst i, Instant asOf, boolean late, boolean penalised) {
        Facts f = i.facts();
        if (f.deadline() == null) {
            return Optional.empty();
        }
        Instant until = f.fulfilledAt() != null && f.fulfilledAt().isBefore(asOf) ? f.fulfilledAt() : asOf;
        boolean business = late && declaredUnit(i) == Span.Unit.BUSINESS_DAYS;
        if (penalised) {
            for (Remedy r : i.obl.def.remedies()) {
                business |= r instanceof Remedy.Penalty p && p.per().unit() == Span.Unit.BUSINESS_DAYS;
            }
        }
        LocalDate from = dueDate(i);
        for (Inst.Seg s : f.inherited()) {
            from = s.from().isBefore(from) ? s.from() : from;
        }
        LocalDate to = days.localDate(until);
        return business && !calendar.covers(from, to)
                ? Optional.of("the days from " + Days.day(from.plusDays(1)) + " through " + Days.day(to))
                : Optional.empty();
    }

    /** The range the calendar covers, in words, for findings about counts that fell back. */
    String coverage() {
        return calendar.coverage();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Milestones

    /** Business days from the day after the target through {@code date}, at least 1; calendar days if not covered. */
    GuardedCalendar.Count milestoneLate(LocalDate target, LocalDate date) {
        GuardedCalendar.Count c = calendar.businessDays(target, date);
        return new GuardedCalendar.Count(Math.max(1, c.amount()), c.unit());
    }

    /**
     * Splits a milestone's days late by the parties that caused them, following the chain of prerequisites of its
     * critical instance: for a reached milestone, the required instance fulfilled last; for a missed one, the open
     * required instance with the most delay. Causes are taken in order (inherited delay first, then the instance's
     * own), capped at the days late; any remainder (a plan whose deadlines lie after the target) goes to the critical
     * instance's obligor, else to {@code fallback}. The parts always sum to the days late.
     *
     * @param required the instances of the milestone's required obligations, and of those of the milestones it
     *     depends on
     * @param late the days late, in {@code unit}
     */
    Map<PartyId, Long> attribute(
            List<Inst> required, long late, Span.Unit unit, boolean reached, Instant asOf, PartyId fallback) {
        Map<PartyId, Long> parties = new TreeMap<>();
        Inst critical = null;
        List<Inst.Seg> segments = List.of();
        long best = -1;
        for (Inst i : required) {
            Facts f = i.facts();
            if (reached) {
                if (f.fulfilledAt() != null
                        && (critical == null
                                || f.fulfilledAt().isAfter(critical.facts().fulfilledAt()))) {
                    critical = i;
                    segments = delaySegments(i, f.fulfilledAt());
                }
            } else if (f.isOwed()) {
                List<Inst> blocking = blockers.at(i, asOf);
                Inst c = blocking.isEmpty() ? i : blocking.get(0);
                List<Inst.Seg> s = delaySegments(c, asOf);
                long total = measure(unit, s);
                if (total > best) {
                    best = total;
                    critical = c;
                    segments = s;
                }
            }
        }
        long remaining = allocate(segments, late, unit, parties);
        // What the critical instance does not explain may lie with the instance whose fulfilment or breach started
        // it (an acceptance triggered by a late delivery): follow that chain.
        java.util.Set<Inst> visited = new java.util.HashSet<>();
        for (Inst cause = critical == null ? null : critical.cause;
                remaining > 0 && cause != null && visited.add(cause);
                cause = cause.cause) {
            // delaySegments ends a fulfilled cause's delay at its fulfilment.
            remaining = allocate(delaySegments(cause, asOf), remaining, unit, parties);
        }
        if (remaining > 0) {
            PartyId to = critical != null ? critical.obl.def.obligor() : fallback;
            if (to != null) {
                parties.merge(to, remaining, Long::sum);
            }
        }
        return parties;
    }

    /** Gives stretches of delay, in order, to their parties until {@code late} units are given; the rest. */
    private long allocate(List<Inst.Seg> segments, long late, Span.Unit unit, Map<PartyId, Long> parties) {
        long remaining = late;
        for (Inst.Seg seg : segments) {
            long units = Math.min(remaining, measure(unit, seg));
            if (units > 0) {
                parties.merge(seg.party(), units, Long::sum);
                remaining -= units;
            }
        }
        return remaining;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Scorecards and remedies

    /**
     * Business days from the anchor to the fulfilment ({@code days}) and to the due date ({@code window}) of a
     * fulfilled instance with a date deadline, kept on the instance while its fulfilment and deadline hold; calendar
     * days (and {@code calendarDays} set) if the calendar does not cover them.
     */
    Inst.Response response(Inst i) {
        Facts f = i.facts();
        Inst.Response r = i.response;
        if (r == null || r.fulfilledAt() != f.fulfilledAt() || r.deadline() != f.deadline()) {
            LocalDate start = i.anchorDate;
            GuardedCalendar.Count took = calendar.businessDays(start, days.localDate(f.fulfilledAt()));
            GuardedCalendar.Count window =
                    calendar.businessDays(start, f.deadline().date());
            r = new Inst.Response(
                    f.fulfilledAt(),
                    f.deadline(),
                    took.amount(),
                    window.amount(),
                    took.unit() != Span.Unit.BUSINESS_DAYS || window.unit() != Span.Unit.BUSINESS_DAYS);
            i.response = r;
        }
        return r;
    }

    /**
     * How many units of a remedy's period an instance is late up to {@code until}, at least 0: business days as for
     * lateness (calendar days if not covered), started hours after the deadline, whole weeks, whole months, or
     * calendar days.
     */
    GuardedCalendar.Count lateIn(Span.Unit unit, Inst i, Instant until) {
        LocalDate due = dueDate(i);
        LocalDate end = days.localDate(until);
        Deadline d = i.facts().deadline();
        long days = Math.max(0, ChronoUnit.DAYS.between(due, end));
        return switch (unit) {
            case BUSINESS_DAYS -> calendar.businessDays(due, end);
            case HOURS -> new GuardedCalendar.Count(startedHours(d.isDate() ? d.lateFrom() : d.dueAt(), until), unit);
            case WEEKS -> new GuardedCalendar.Count(days / 7, unit);
            case MONTHS -> new GuardedCalendar.Count(Math.max(0, ChronoUnit.MONTHS.between(due, end)), unit);
            case CALENDAR_DAYS -> new GuardedCalendar.Count(days, unit);
        };
    }
}
