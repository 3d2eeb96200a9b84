package dev.pacta.core.engine;

import dev.pacta.core.model.DeadlineRule;
import dev.pacta.core.model.Modality;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.report.InstanceState;
import dev.pacta.core.report.Lateness;
import dev.pacta.core.time.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.NavigableMap;
import java.util.function.Supplier;

/**
 * An instance's explanation, put into words when {@link dev.pacta.core.report.InstanceReport#explanation()} is first
 * read: most reports are read for their states and figures, and formatting every explanation eagerly was a fifth of
 * an evaluation's time.
 *
 * <p>It keeps the instance's {@link Facts} record as it was when made (a transition replaces the record, never
 * changes it), so the simulation may go on, or be dropped, meanwhile. Formatting reads no simulation cache,
 * so it is safe on any thread.
 */
final class Explanation implements Supplier<String> {
    // What the instance was when the report was made: its facts are an immutable record, replaced on every write, so
    // an explanation keeps the record and neither the instance nor, through it, its simulation.
    private final Obligation def;
    private final boolean mustNot;
    private final Anchor anchor;
    private final Facts facts;
    /** The events the facts name by number: what fulfilled it, the act that breached it (or null). */
    private final dev.pacta.core.model.EventId fulfilledBy;

    private final dev.pacta.core.model.EventId breachEvent;

    private final InstanceState state;
    private final Lateness lateness;
    private final Instant asOf;
    private final ZoneId zone;
    /** For a {@code BLOCKED} instance, what it waits on, in words (computed by the reporter, which knows). */
    private final String waitingOn;
    /** The agreement's calendar, for the names of the holidays the deadline moved over; immutable. */
    private final GuardedCalendar calendar;

    Explanation(
            Inst i,
            EventNames names,
            InstanceState state,
            Lateness lateness,
            Instant asOf,
            ZoneId zone,
            String waitingOn,
            GuardedCalendar calendar) {
        this.def = i.obl.def;
        this.mustNot = i.mustNot();
        this.anchor = i.anchor(names);
        this.facts = i.facts();
        this.fulfilledBy = names.idOrNull(facts.fulfilledBy());
        this.breachEvent = names.idOrNull(facts.breachEvent());
        this.state = state;
        this.lateness = lateness;
        this.asOf = asOf;
        this.zone = zone;
        this.waitingOn = waitingOn;
        this.calendar = calendar;
    }

    @Override
    public String get() {
        StringBuilder s = new StringBuilder(160);
        if (def.modality() == Modality.MUST_NOT) {
            s.append("must not ")
                    .append(String.join(" or ", def.fulfillingKinds()))
                    .append(" from ")
                    .append(anchor);
            if (facts.deadline() != null) {
                s.append(" through ").append(Days.describeDue(facts.deadline(), zone));
            } else {
                s.append(def.survivesTermination() ? ", surviving termination" : ", with no end");
            }
        } else if (facts.original() == null) {
            s.append("in force from ").append(anchor).append("; no deadline");
        } else {
            s.append("due ")
                    .append(Days.describeDue(facts.original(), zone))
                    .append(": ")
                    .append(ruleText(def.deadline()));
            if (def.deadline() instanceof DeadlineRule.Offset rule) {
                s.append(rule.direction() == DeadlineRule.Direction.BEFORE ? " before " : " after ");
                switch (rule.reference()) {
                    case ANCHOR -> s.append(anchor);
                    case END_DATE -> s.append("the end date; in force from ").append(anchor);
                    case MILESTONE_TARGET ->
                        s.append("the target of milestone ")
                                .append(rule.milestone().orElseThrow())
                                .append("; in force from ")
                                .append(anchor);
                }
            }
            def.grace().ifPresent(g -> s.append("; grace ").append(g));
            if (facts.original().isDate()) {
                holidays(s, facts.original().date());
            }
        }
        for (String adjustment : facts.adjustments()) {
            s.append("; ").append(adjustment);
        }
        for (Inst.Notice n : facts.notices()) {
            s.append("; notice ")
                    .append(n.event())
                    .append(" by ")
                    .append(n.by())
                    .append(" on ")
                    .append(day(n.at()));
        }
        return s.append("; ").append(outcome()).toString();
    }

    /** At most this many named holidays are listed; more are counted. */
    private static final int MAX_HOLIDAYS_NAMED = 3;

    /**
     * The named holidays that moved the deadline, e.g. {@code "; Mon 2026-04-06 is Easter Monday, not a business
     * day"}: those a business-day count skipped, or those between a calendar-day deadline's nominal date and the
     * business day its convention moved it to. Unnamed holidays are not mentioned, so an explanation on a calendar
     * without names reads as before.
     */
    private void holidays(StringBuilder s, LocalDate due) {
        LocalDate nominal = nominal(def.deadline());
        if (nominal == null || nominal.equals(due)) {
            return;
        }
        NavigableMap<LocalDate, String> named =
                nominal.isBefore(due) ? calendar.namedHolidays(nominal, due) : calendar.namedHolidays(due, nominal);
        int listed = 0;
        for (Map.Entry<LocalDate, String> h : named.entrySet()) {
            if (listed == MAX_HOLIDAYS_NAMED) {
                int more = named.size() - listed;
                s.append("; and ").append(more).append(more == 1 ? " more holiday" : " more holidays");
                return;
            }
            s.append("; ").append(Days.day(h.getKey())).append(" is ").append(h.getValue());
            s.append(", not a business day");
            listed++;
        }
    }

    /**
     * Where a date deadline would be if no day were a holiday nor a weekend day: the fixed date, the anchor plus the
     * calendar days, weeks or months, or the first day a business-day count examines; null for other rules.
     */
    private LocalDate nominal(DeadlineRule rule) {
        if (rule instanceof DeadlineRule.OnDate date) {
            return date.date();
        }
        if (!(rule instanceof DeadlineRule.Offset offsetRule)) {
            return null;
        }
        Span offset = offsetRule.offset();
        int n = Math.toIntExact(offset.amount());
        LocalDate a = anchor.day();
        return switch (offset.unit()) {
            case CALENDAR_DAYS -> a.plusDays(n);
            case WEEKS -> a.plusWeeks(n);
            case MONTHS -> a.plusMonths(n);
            case BUSINESS_DAYS -> n > 0 ? a.plusDays(1) : n < 0 ? a.minusDays(1) : a;
            case HOURS -> null; // a time deadline: the calendar never moves it
        };
    }

    private static String ruleText(DeadlineRule rule) {
        return switch (rule.kind()) {
            case FIXED_DATE -> "fixed date";
            case OPEN -> "open-ended";
            case OFFSET, BEFORE -> ((DeadlineRule.Offset) rule).offset().toString();
        };
    }

    private String outcome() {
        return switch (state) {
            case FULFILLED ->
                mustNot
                        ? "kept: window closed on " + Days.describeDue(facts.deadline(), zone)
                        : facts.fulfilledKind() + " by " + fulfilledBy + " on " + day(facts.fulfilledAt())
                                + ", on time";
            case FULFILLED_LATE ->
                facts.fulfilledKind() + " by " + fulfilledBy + " on " + day(facts.fulfilledAt()) + ", " + lateness;
            case UPCOMING ->
                mustNot
                        ? "kept so far"
                        : "not fulfilled yet"
                                + (facts.deadline() == null ? "" : ", due " + Days.describeDue(facts.deadline(), zone));
            case OVERDUE ->
                "not fulfilled as of " + day(asOf) + ": " + lateness + " (grace until "
                        + day(facts.deadline().breachFrom().minusNanos(1)) + ")";
            case BREACHED ->
                mustNot
                        ? "breached by " + breachEvent + " on " + day(facts.breachedAt())
                        : "not fulfilled as of " + day(asOf) + ": breached on "
                                + day(
                                        facts.breachedAt() != null
                                                ? facts.breachedAt()
                                                : facts.deadline().breachFrom()) + ", "
                                + lateness;
            case WAIVED ->
                "waived by " + def.beneficiary() + " (" + facts.waivedBy() + ", " + day(facts.waivedAt()) + ")";
            case SUSPENDED -> Suspensions.suspendedWords(facts, day(facts.suspendedAt()));
            case CANCELLED -> "cancelled: " + facts.cancelReason();
            case BLOCKED -> "blocked as of " + day(asOf) + ": waiting on " + waitingOn;
            case NOT_TRIGGERED -> "not triggered";
        };
    }

    private String day(Instant t) {
        return Days.day(LocalDate.ofInstant(t, zone));
    }
}
