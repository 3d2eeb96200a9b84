package dev.pacta.core.gen;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.ControlKind;
import dev.pacta.core.model.DeadlineRule;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.EventId;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.model.Trigger;
import dev.pacta.core.time.Recurrence;
import dev.pacta.core.time.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hard cases an agreement and its timeline reach, for {@link Coverage} floors.
 *
 * <p>Computed from the inputs alone (and the generator's intents, when known), never from an evaluation, so a defect
 * in the engine cannot hide a case from the count.
 */
public final class HardCases {
    /** A hard case of DESIGN.md that the property suite must keep reaching. */
    public enum Case {
        /** Two events at the same instant. */
        SAME_INSTANT,
        /** An event listed before a same-instant event it refers to: the tie rule must reorder them. */
        SAME_INSTANT_OUT_OF_ORDER,
        /** An event-triggered business-day deadline whose window holds a holiday of {@link ModelGen#HOLIDAYS}. */
        BUSINESS_DAYS_ACROSS_HOLIDAY,
        /** An event on a day when the agreement's zone changes its offset (a DST day). */
        DST_DAY,
        /** A payment of less than is due (a generator intent). */
        PARTIAL_PAYMENT,
        /** A payment of more than is due (a generator intent). */
        OVERPAYMENT,
        /** An amendment event. */
        AMENDMENT,
        /** A suspension event. */
        SUSPENSION,
        /** A monthly or yearly recurring duty on day 29 to 31, on the last business day, or anchored on such a day. */
        MONTH_END_RECURRENCE
    }

    private final Set<Case> cases;

    private HardCases(Set<Case> cases) {
        this.cases = cases;
    }

    /**
     * The hard cases of an agreement and a timeline.
     *
     * @param agreement the agreement
     * @param timeline its events
     * @param intents the generator's intents by event id, or an empty map
     * @return the cases reached
     */
    public static HardCases of(Agreement agreement, Timeline timeline, Map<EventId, List<String>> intents) {
        Set<Case> cases = EnumSet.noneOf(Case.class);
        ZoneId zone = agreement.zone();
        List<Event> events = timeline.events();
        Map<Instant, List<Event>> byInstant = new HashMap<>();
        if (agreement.calendar().equals(ModelGen.HOLIDAYS)
                && agreement.obligations().stream()
                        .anyMatch(o -> o.trigger().kind() == Trigger.Kind.ON_EFFECTIVE_DATE
                                && windowHoldsHoliday(o, agreement.effectiveDate()))) {
            cases.add(Case.BUSINESS_DAYS_ACROSS_HOLIDAY);
        }
        for (Event e : events) {
            byInstant
                    .computeIfAbsent(e.at().toInstant(zone), i -> new ArrayList<>())
                    .add(e);
            LocalDate day = e.at().toLocalDate(zone);
            if (isDstDay(day, zone)) {
                cases.add(Case.DST_DAY);
            }
            e.control().ifPresent(kind -> {
                if (kind == ControlKind.AMENDMENT) {
                    cases.add(Case.AMENDMENT);
                } else if (kind == ControlKind.SUSPENSION) {
                    cases.add(Case.SUSPENSION);
                }
            });
            if (crossesHoliday(agreement, e)) {
                cases.add(Case.BUSINESS_DAYS_ACROSS_HOLIDAY);
            }
        }
        for (List<Event> tied : byInstant.values()) {
            if (tied.size() > 1) {
                cases.add(Case.SAME_INSTANT);
                for (int i = 0; i < tied.size(); i++) {
                    for (int j = i + 1; j < tied.size(); j++) {
                        String later = tied.get(j).id().value();
                        if (tied.get(i).ref().filter(later::equals).isPresent()) {
                            cases.add(Case.SAME_INSTANT_OUT_OF_ORDER);
                        }
                    }
                }
            }
        }
        intents.values().stream().flatMap(List::stream).forEach(intent -> {
            if (intent.equals("payment.partial")) {
                cases.add(Case.PARTIAL_PAYMENT);
            } else if (intent.equals("payment.over")) {
                cases.add(Case.OVERPAYMENT);
            }
        });
        for (Obligation o : agreement.obligations()) {
            if (o.trigger() instanceof Trigger.Recurring r && isMonthEnd(r.recurrence(), agreement.effectiveDate())) {
                cases.add(Case.MONTH_END_RECURRENCE);
            }
        }
        return new HardCases(cases);
    }

    /**
     * Whether a case is reached.
     *
     * @param c the case
     * @return true if reached
     */
    public boolean has(Case c) {
        return cases.contains(c);
    }

    /**
     * The cases reached.
     *
     * @return the cases, a copy
     */
    public Set<Case> cases() {
        return cases.isEmpty() ? EnumSet.noneOf(Case.class) : EnumSet.copyOf(cases);
    }

    /**
     * Counts every case, reached or not, once under its own label ({@code Case.name()}).
     *
     * @param coverage the counters
     */
    public void countIn(Coverage coverage) {
        for (Case c : Case.values()) {
            coverage.count(c.name(), has(c));
        }
    }

    /**
     * Declares a floor for every hard case, under the labels {@link #countIn(Coverage)} counts them with.
     *
     * @param coverage the property's counters
     * @param floors the floors in the order of {@link Case}: same instant, same instant out of order, business days
     *     across a holiday, DST day, partial payment, overpayment, amendment, suspension, month-end recurrence
     * @return the same counters
     * @throws IllegalArgumentException unless there is exactly one floor per case
     */
    public static Coverage floors(Coverage coverage, double... floors) {
        Case[] cases = Case.values();
        if (floors.length != cases.length) {
            throw new IllegalArgumentException(
                    "expected " + cases.length + " floors, one per hard case, not " + floors.length);
        }
        for (int k = 0; k < cases.length; k++) {
            coverage.atLeast(cases[k].name(), floors[k]);
        }
        return coverage;
    }

    /**
     * Whether the zone's offset changes during a day.
     *
     * @param day the day
     * @param zone the zone
     * @return true on a DST transition day
     */
    public static boolean isDstDay(LocalDate day, ZoneId zone) {
        Instant start = day.atStartOfDay(zone).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
        return !zone.getRules().getOffset(start).equals(zone.getRules().getOffset(end));
    }

    private static boolean crossesHoliday(Agreement agreement, Event e) {
        if (!agreement.calendar().equals(ModelGen.HOLIDAYS)) {
            return false;
        }
        for (Obligation o : agreement.obligations()) {
            boolean triggered = o.trigger() instanceof Trigger.OnEvent onEvent
                    && onEvent.eventKind().equals(e.kind());
            if (triggered && windowHoldsHoliday(o, e.at().toLocalDate(agreement.zone()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether an obligation's business-day window, anchored on a day, holds a generated holiday. */
    private static boolean windowHoldsHoliday(Obligation o, LocalDate day) {
        DeadlineRule rule = o.deadline();
        if (rule.kind() != DeadlineRule.Kind.OFFSET) {
            return false;
        }
        Span span = ((DeadlineRule.Within) rule).offset();
        if (span.unit() != Span.Unit.BUSINESS_DAYS || span.amount() == 0) {
            return false;
        }
        LocalDate due = ApproxDeadlines.plusBusinessDays(day, span.amount(), ModelGen.HOLIDAYS);
        for (LocalDate d = day.plusDays(1); !d.isAfter(due); d = d.plusDays(1)) {
            if (ModelGen.isGeneratedHoliday(d)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a schedule falls at month ends: monthly or yearly, on the last business day or on day 29 to 31 (its own,
     * or its anchor's when it names none).
     *
     * @param r the schedule
     * @param defaultAnchor the anchor when the schedule has no start (an agreement's effective date)
     * @return true for a month-end schedule
     */
    public static boolean isMonthEnd(Recurrence r, LocalDate defaultAnchor) {
        if (r.frequency() != Recurrence.Frequency.MONTHLY && r.frequency() != Recurrence.Frequency.YEARLY) {
            return false;
        }
        int anchorDay = r.anchor(defaultAnchor).getDayOfMonth();
        return r.lastBusinessDay() || r.dayOfMonth().orElse(anchorDay) >= 29;
    }

    @Override
    public String toString() {
        return cases.toString();
    }
}
