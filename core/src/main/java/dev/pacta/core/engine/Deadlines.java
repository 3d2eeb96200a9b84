package dev.pacta.core.engine;

import dev.pacta.core.model.DeadlineRule;
import dev.pacta.core.model.DeadlineRule.Offset;
import dev.pacta.core.model.DeadlineRule.OnDate;
import dev.pacta.core.model.Modality;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.Trigger;
import dev.pacta.core.report.FindingCodes;
import dev.pacta.core.report.InstanceId;
import dev.pacta.core.report.Severity;
import dev.pacta.core.time.BusinessDayConvention;
import dev.pacta.core.time.Recurrence;
import dev.pacta.core.time.Span;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Deadlines (chapter "Time, calendars" of the design): an instance's deadline from its obligation's rule and anchor
 * (or the end date or a milestone's target, after or before it), the end of grace, a date shifted by a span, and the
 * occurrences of a recurring obligation and the day each comes into force. A rule: it returns deadlines and dates,
 * and records a {@code CALENDAR_NOT_COVERED} finding when the calendar cannot give one, and a
 * {@code DEADLINE_BEFORE_IN_FORCE} finding when a deadline falls before its instance comes into force.
 */
final class Deadlines {
    private final Ledger ledger;
    private final GuardedCalendar calendar;
    private final Days days;

    Deadlines(Ledger ledger, GuardedCalendar calendar, Days days) {
        this.ledger = ledger;
        this.calendar = calendar;
        this.days = days;
    }

    /**
     * The deadline of the {@code number}-th instance of an obligation, from its rule and anchor; null when it is open
     * or cannot be computed (then with a finding).
     */
    Deadline resolve(Obl o, int number, LocalDate anchorDate, Instant inForce, int trigger) {
        Obligation def = o.def;
        DeadlineRule rule = def.deadline();
        Deadline d = calendar.lookup(
                () -> switch (rule.kind()) {
                    case FIXED_DATE -> dateDeadline(calendar.adjust(((OnDate) rule).date(), rule.convention()), def);
                    case OPEN ->
                        def.modality() == Modality.MUST_NOT
                                        && ledger.current.endDate().isPresent()
                                        && !def.survivesTermination()
                                ? dateDeadline(ledger.current.endDate().get(), def)
                                : null;
                    case OFFSET, BEFORE -> offsetDeadline(anchorDate, inForce, (Offset) rule, def);
                },
                gap -> ledger.finding(
                        FindingCodes.CALENDAR_NOT_COVERED,
                        Severity.ERROR,
                        def.obligor(),
                        InstanceId.of(def.id(), number),
                        trigger == EventNames.NONE ? List.of() : List.of(ledger.names.id(trigger)),
                        "the deadline of " + InstanceId.of(def.id(), number) + " cannot be computed: " + gap));
        if (d != null && rule instanceof Offset && !d.lateFrom().isAfter(inForce)) {
            // A window that closed before it opened: said, not left as a silent negative window. The instance keeps
            // the deadline its agreement gives (it is late from the start), so that the report stays true to it.
            ledger.finding(
                    FindingCodes.DEADLINE_BEFORE_IN_FORCE,
                    Severity.WARNING,
                    def.obligor(),
                    InstanceId.of(def.id(), number),
                    trigger == EventNames.NONE ? List.of() : List.of(ledger.names.id(trigger)),
                    "the deadline of " + InstanceId.of(def.id(), number) + ", " + Days.describeDue(d, days.zone)
                            + " (" + rule + "), falls before it came into force on "
                            + Days.day(days.localDate(inForce)) + ": it is late from the start");
        }
        return d;
    }

    private Deadline offsetDeadline(LocalDate anchor, Instant inForce, Offset rule, Obligation def) {
        Span span = rule.offset();
        if (span.unit() == Span.Unit.HOURS) {
            return timeDeadline(inForce.plus(Duration.ofHours(span.amount())), def);
        }
        return dateDeadline(offsetDate(rule, reference(rule, anchor)), def);
    }

    /** The date an offset counts from: the instance's anchor, the end date, or a milestone's target as of now. */
    private LocalDate reference(Offset rule, LocalDate anchor) {
        return switch (rule.reference()) {
            case ANCHOR -> anchor;
            case END_DATE ->
                ledger.current
                        .endDate()
                        .orElseThrow(() -> new IllegalStateException(
                                "agreement '" + ledger.current.id() + "' has no end date to count from"));
            // An offset from MILESTONE_TARGET always names its milestone (Offset's own check).
            case MILESTONE_TARGET -> ledger.milestones.get(rule.milestone().orElseThrow()).target;
        };
    }

    /**
     * The due date of an offset in days, business days, weeks or months from a reference date, after or before it.
     * Business days never count the reference's own day: after it, as "within N business days after X"; before it,
     * the N-th business day before X (N = 0: X if a business day, else the previous one). Other units move by the
     * rule's convention. Call inside a lookup.
     */
    private LocalDate offsetDate(Offset rule, LocalDate reference) {
        Span span = rule.offset();
        int n = Math.toIntExact(span.amount());
        boolean before = rule instanceof DeadlineRule.Before;
        int signed = before ? -n : n;
        return switch (span.unit()) {
            case CALENDAR_DAYS -> calendar.adjust(reference.plusDays(signed), rule.convention());
            case WEEKS -> calendar.adjust(reference.plusWeeks(signed), rule.convention());
            case MONTHS -> calendar.adjust(reference.plusMonths(signed), rule.convention());
            case BUSINESS_DAYS ->
                before && n == 0
                        ? calendar.adjust(reference, BusinessDayConvention.PRECEDING)
                        : calendar.addBusinessDays(reference, signed);
            case HOURS -> throw new IllegalArgumentException("hours are not counted in dates");
        };
    }

    /**
     * The day the instance of a recurring occurrence comes into force: the occurrence's own day, or its due date if
     * that is earlier (an offset before the occurrence, or a result moved back by {@code PRECEDING} or
     * {@code MODIFIED_FOLLOWING}), so that no instance is born after its own due date. Only offsets from the
     * occurrence can be earlier; when the calendar cannot give the due date, the occurrence's day (the deadline's
     * finding is recorded when the instance is created).
     */
    LocalDate inForceDay(Obl o, LocalDate occurrence) {
        if (!startsEarly(o.def.deadline())) {
            return occurrence;
        }
        Offset rule = (Offset) o.def.deadline();
        LocalDate due = calendar.lookup(() -> offsetDate(rule, occurrence), gap -> {});
        return due != null && due.isBefore(occurrence) ? days.shared(due) : occurrence;
    }

    /** Whether a rule may give a due date before the anchor it counts from: the only ones {@link #inForceDay} moves. */
    static boolean startsEarly(DeadlineRule rule) {
        if (!(rule instanceof Offset offset) || offset.reference() != DeadlineRule.Reference.ANCHOR) {
            return false;
        }
        Span.Unit unit = offset.offset().unit();
        if (rule instanceof DeadlineRule.Before) {
            return true;
        }
        boolean dated = unit == Span.Unit.CALENDAR_DAYS || unit == Span.Unit.WEEKS || unit == Span.Unit.MONTHS;
        return dated
                && (rule.convention() == BusinessDayConvention.PRECEDING
                        || rule.convention() == BusinessDayConvention.MODIFIED_FOLLOWING);
    }

    /** A date deadline, due through the end of {@code date}, with the obligation's grace. Call inside a lookup. */
    Deadline dateDeadline(LocalDate date, Obligation def) {
        Deadline d = days.dueThrough(date);
        Optional<Span> grace = def.grace();
        return grace.isPresent() ? d.withBreachFrom(graceEnd(d, grace.get())) : d;
    }

    /** A time deadline, due at {@code dueAt} inclusive, with the obligation's grace. Call inside a lookup. */
    Deadline timeDeadline(Instant dueAt, Obligation def) {
        Instant lateFrom = dueAt.plusNanos(1);
        Deadline d = new Deadline(null, dueAt, lateFrom, lateFrom);
        return def.grace().map(g -> d.withBreachFrom(graceEnd(d, g))).orElse(d);
    }

    /** The first instant at which an unfulfilled instance is breached, after the grace span. */
    private Instant graceEnd(Deadline d, Span grace) {
        int n = Math.toIntExact(grace.amount());
        if (grace.unit() == Span.Unit.HOURS) {
            return d.lateFrom().plus(Duration.ofHours(n));
        }
        if (d.isDate()) {
            return days.startOf(calendar.shift(d.date(), grace).plusDays(1));
        }
        ZonedDateTime due = d.dueAt().atZone(days.zone);
        LocalDate shifted = calendar.shift(due.toLocalDate(), grace);
        return due.with(shifted).toInstant().plusNanos(1);
    }

    /**
     * A deadline moved by a span granted by an extension ({@code by}): a date deadline by the span in days (business
     * days in the calendar), a time deadline by hours, or by the span in days at the same time of day. Call inside a
     * lookup.
     */
    Deadline extendedBy(Deadline d, Span by, Obligation def) {
        if (d.isDate()) {
            return dateDeadline(calendar.shift(d.date(), by), def);
        }
        if (by.unit() == Span.Unit.HOURS) {
            return timeDeadline(d.dueAt().plus(Duration.ofHours(by.amount())), def);
        }
        ZonedDateTime due = d.dueAt().atZone(days.zone);
        return timeDeadline(due.with(calendar.shift(due.toLocalDate(), by)).toInstant(), def);
    }

    /**
     * The k-th occurrence of a recurring obligation within its bounds: the schedule's own ({@link
     * Recurrence#boundedOccurrence}: count and end) and the agreement's end date. Empty past them, or when the
     * calendar cannot give it (then with a finding).
     */
    Optional<LocalDate> occurrence(Obl o, int k) {
        Recurrence r = ((Trigger.Recurring) o.def.trigger()).recurrence();
        Optional<LocalDate> date = calendar.lookup(
                () -> calendar.occurrence(r, o.recurrenceAnchor, k),
                gap -> ledger.finding(
                        FindingCodes.CALENDAR_NOT_COVERED,
                        Severity.ERROR,
                        o.def.obligor(),
                        null,
                        List.of(),
                        "occurrence " + k + " of '" + o.def.id() + "' cannot be computed: " + gap));
        if (date == null) {
            return Optional.empty();
        }
        Optional<LocalDate> end = ledger.current.endDate();
        return date.filter(d -> end.isEmpty() || !d.isAfter(end.get()));
    }
}
