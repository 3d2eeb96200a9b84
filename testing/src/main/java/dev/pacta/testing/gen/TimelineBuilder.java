package dev.pacta.testing.gen;

import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.engine.Evaluation;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Category;
import dev.pacta.core.model.ControlKind;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.EventId;
import dev.pacta.core.model.EventTime;
import dev.pacta.core.model.Modality;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.model.Trigger;
import dev.pacta.core.money.Money;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.InstanceId;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.InstanceState;
import dev.pacta.core.report.PaymentReport;
import dev.pacta.core.time.Span;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Builds one timeline step by step against a live evaluation; see {@link TimelineGen} for what it chooses. Not
 * thread-safe; one per generation.
 */
final class TimelineBuilder {
    /** How many times one instance is decided at most (again after a partial payment, for example). */
    private static final int MAX_DECISIONS = 3;

    /** The states of an instance that its obligor can still act on. */
    private static final Set<InstanceState> OPEN =
            EnumSet.of(InstanceState.UPCOMING, InstanceState.OVERDUE, InstanceState.BLOCKED, InstanceState.BREACHED);

    /**
     * An event to append on a date; {@code seq} keeps the planning order among events of one day. {@code payment} is
     * the kind of payment (null for other events); {@code option} is the fulfilling kind's index, a payment's share of
     * what is outstanding in percent, or an extension's days.
     */
    private record Plan(
            LocalDate date,
            long seq,
            Choice choice,
            Choice payment,
            InstanceId instance,
            Obligation obligation,
            int option) {}

    private final Agreement agreement;
    private final TimelineGen.Knobs knobs;
    private final LocalDate lastDay;
    private final Draws draws;
    private final Evaluation evaluation;

    private final List<Event> events = new ArrayList<>();
    private final List<Decision> decisions = new ArrayList<>();
    private final PriorityQueue<Plan> plans =
            new PriorityQueue<>(Comparator.comparing(Plan::date).thenComparingLong(Plan::seq));
    private final Map<InstanceId, Integer> decided = new HashMap<>();
    private final Map<InstanceId, Integer> pending = new HashMap<>();
    private final Set<InstanceId> settled = new HashSet<>();
    /** Instances this generation suspended and has not resumed yet: a resumption is appended only for those. */
    private final Set<InstanceId> suspended = new HashSet<>();

    private LocalDate now;
    private long seq;

    TimelineBuilder(
            Agreement agreement, ComplianceEngine engine, TimelineGen.Knobs knobs, LocalDate lastDay, Draws draws) {
        this.agreement = agreement;
        this.knobs = knobs;
        this.lastDay = lastDay;
        this.draws = draws;
        this.evaluation = engine.start(agreement);
        this.now = agreement.effectiveDate();
    }

    TimelineSample build() {
        int budget = draws.between(knobs.minEvents(), knobs.maxEvents());
        planTriggers();
        // Each pass applies a planned event or moves the clock forward, so the passes are bounded; the guard is a
        // backstop for agreements whose next change never comes.
        int guard = 20 * budget + 1_000;
        while (events.size() < budget && guard-- > 0) {
            // As of the start of the day: events are dated (the start of their day), so what the generator sees is
            // what the events it plans for today come after; what happens later in the day is seen tomorrow.
            ComplianceReport report = evaluation.report(startOf(now));
            for (InstanceReport row : report.instances()) {
                if (needsDecision(row)) {
                    decide(row);
                }
            }
            Plan next = plans.peek();
            Optional<LocalDate> change = report.nextChange().map(this::firstDayFrom);
            if (next == null || change.isPresent() && change.get().isBefore(next.date())) {
                // Let time pass until something can change without an event (a period starts, a deadline passes).
                if (change.isEmpty() || change.get().isAfter(lastDay)) {
                    break;
                }
                now = change.get();
                continue;
            }
            plans.poll();
            if (next.date().isAfter(lastDay)) {
                break;
            }
            now = next.date().isAfter(now) ? next.date() : now;
            apply(next, report);
        }
        LocalDate asOf = now.plusDays(knobs.maxLateDays());
        Timeline timeline =
                Timeline.builder().agreement(agreement.id()).events(events).build();
        return new TimelineSample(agreement, timeline, asOf, evaluation.report(asOf), decisions);
    }

    // ---------------------------------------------------------------------------------------------- planning

    /** Triggering events of the kinds no fulfilment produces, each by the party the triggered duty is owed to. */
    private void planTriggers() {
        Set<String> produced = new HashSet<>();
        for (Obligation o : agreement.obligations()) {
            produced.addAll(o.fulfillingKinds());
        }
        Set<String> kinds = new LinkedHashSet<>();
        for (Obligation o : agreement.obligations()) {
            if (o.trigger() instanceof Trigger.OnEvent onEvent) {
                String kind = onEvent.eventKind();
                if (!produced.contains(kind) && kinds.add(kind)) {
                    int count = draws.between(0, knobs.maxTriggers());
                    LocalDate last = earlier(agreement.effectiveDate().plusDays(TimelineGen.TRIGGER_DAYS), lastDay);
                    for (int k = 0; k < count; k++) {
                        plan(draws.date(agreement.effectiveDate(), last), Choice.TRIGGER, null, o, 0);
                    }
                }
            }
        }
    }

    private boolean needsDecision(InstanceReport row) {
        InstanceId id = row.id();
        if (!OPEN.contains(row.state()) || settled.contains(id) || pending.getOrDefault(id, 0) > 0) {
            return false;
        }
        Optional<Obligation> o = agreement.obligation(row.obligation());
        if (o.isEmpty() || row.state() == InstanceState.BREACHED && o.get().timeBound()) {
            return false; // added by an amendment, or a time-bound duty that accepts nothing once breached
        }
        return decided.getOrDefault(id, 0) < MAX_DECISIONS;
    }

    /** Decides, once, what happens to an open instance; see {@link TimelineGen}. */
    private void decide(InstanceReport row) {
        InstanceId id = row.id();
        Obligation o = agreement.obligation(row.obligation()).orElseThrow();
        decided.merge(id, 1, Integer::sum);
        LocalDate from = later(now, row.inForceFrom().map(this::firstDayFrom).orElse(now));
        Optional<LocalDate> due = row.dueDate().or(() -> row.dueAt().map(this::date));
        if (o.modality() == Modality.MUST_NOT) {
            settled.add(id);
            if (draws.chance(knobs.forbiddenPercent())) {
                plan(draws.date(from, from.plusDays(60)), Choice.FORBIDDEN_ACT, id, o, kindOption(o));
            }
            return;
        }
        Choice control = draws.chance(knobs.controlPercent()) ? control(id, o, from, due) : null;
        if (control == Choice.WAIVER) {
            return;
        }
        int fate = draws.between(0, 99);
        boolean never = fate >= 100 - knobs.neverPercent();
        // A notice announces a delay: the obligor then performs late, or not at all.
        boolean late = !never && (control == Choice.NOTICE || fate >= 100 - knobs.neverPercent() - knobs.latePercent());
        if (never) {
            settled.add(id);
            decisions.add(new Decision(Choice.NEVER, Optional.of(id), Optional.empty()));
            return;
        }
        LocalDate when;
        if (due.isEmpty()) {
            when = draws.date(from, from.plusDays(30)); // an open-ended duty: some day soon
        } else if ((late || due.get().isBefore(from)) && o.timeBound()) {
            // A time-bound duty accepts nothing after its grace: late means within grace, or not at all.
            int grace = graceDays(o);
            if (grace == 0 || due.get().plusDays(grace).isBefore(from)) {
                settled.add(id);
                decisions.add(new Decision(Choice.NEVER, Optional.of(id), Optional.empty()));
                return;
            }
            when = later(from, due.get().plusDays(draws.between(1, grace)));
            late = true;
        } else if (late || due.get().isBefore(from)) {
            when = later(from, due.get().plusDays(draws.between(knobs.minLateDays(), knobs.maxLateDays())));
            late = true;
        } else {
            when = draws.date(from, due.get());
        }
        if (isPayment(o)) {
            int mode = draws.between(0, 99);
            Choice choice = mode >= 100 - knobs.overPercent()
                    ? Choice.OVERPAYMENT
                    : mode >= 100 - knobs.overPercent() - knobs.partialPercent()
                            ? Choice.PARTIAL_PAYMENT
                            : Choice.FULL_PAYMENT;
            int share = choice == Choice.PARTIAL_PAYMENT
                    ? draws.between(10, 90)
                    : choice == Choice.OVERPAYMENT ? draws.between(105, 150) : 100;
            plan(when, late ? Choice.LATE : Choice.ON_TIME, choice, id, o, share);
        } else {
            plan(when, late ? Choice.LATE : Choice.ON_TIME, null, id, o, kindOption(o));
        }
    }

    /**
     * Plans a control event about an instance, dated before its deadline passes, and returns its choice; nothing more
     * is planned for a waived instance.
     */
    private Choice control(InstanceId id, Obligation o, LocalDate from, Optional<LocalDate> due) {
        boolean pastDue = due.map(d -> d.isBefore(from)).orElse(false);
        LocalDate at = draws.date(from, pastDue ? from : due.orElse(from));
        // Past its deadline an instance can only be given notice about or waived: extending or suspending it is
        // ignored once it is breached.
        int kind = pastDue ? 3 * draws.between(0, 1) : draws.between(0, 3);
        switch (kind) {
            case 0 -> {
                plan(at, Choice.NOTICE, id, o, 0);
                return Choice.NOTICE;
            }
            case 1 -> {
                if (due.isEmpty()) {
                    return null;
                }
                plan(at, Choice.EXTENSION, id, o, draws.between(1, knobs.maxLateDays()));
                return Choice.EXTENSION;
            }
            case 2 -> {
                plan(at, Choice.SUSPENSION, id, o, 0);
                plan(at.plusDays(draws.between(1, 10)), Choice.RESUMPTION, id, o, 0);
                return Choice.SUSPENSION;
            }
            default -> {
                plan(at, Choice.WAIVER, id, o, 0);
                settled.add(id);
                return Choice.WAIVER;
            }
        }
    }

    /**
     * The calendar days after the due date that are surely within the obligation's grace (N calendar days hold at
     * most N business days); 0 without a grace in days.
     */
    private static int graceDays(Obligation o) {
        return o.grace()
                .filter(g -> g.unit() == Span.Unit.CALENDAR_DAYS || g.unit() == Span.Unit.BUSINESS_DAYS)
                .map(g -> (int) Math.min(g.amount(), 3650))
                .orElse(0);
    }

    private int kindOption(Obligation o) {
        return draws.between(0, o.fulfillingKinds().size() - 1);
    }

    private void plan(LocalDate date, Choice choice, InstanceId instance, Obligation o, int option) {
        plan(date, choice, null, instance, o, option);
    }

    private void plan(LocalDate date, Choice choice, Choice payment, InstanceId instance, Obligation o, int option) {
        plans.add(new Plan(date, seq++, choice, payment, instance, o, option));
        if (instance != null) {
            pending.merge(instance, 1, Integer::sum);
        }
    }

    // ---------------------------------------------------------------------------------------------- applying

    /** Appends the planned event, unless its instance was closed in the meantime. */
    private void apply(Plan p, ComplianceReport report) {
        if (p.instance() != null) {
            pending.merge(p.instance(), -1, Integer::sum);
            boolean closed =
                    report.instance(p.instance()).map(r -> r.state().isClosed()).orElse(true);
            if (p.choice() == Choice.RESUMPTION ? !suspended.remove(p.instance()) : closed) {
                return;
            }
        }
        Obligation o = p.obligation();
        String ref = p.instance() == null ? null : p.instance().toString();
        Event.Builder e;
        switch (p.choice()) {
            // Only an ON_EVENT obligation's triggers are planned (planTriggers).
            case TRIGGER -> e = event(p.date(), ((Trigger.OnEvent) o.trigger()).eventKind(), o.beneficiary());
            case ON_TIME, LATE, FORBIDDEN_ACT -> {
                if (p.payment() == null) {
                    e = event(p.date(), o.fulfillingKinds().get(p.option()), o.obligor())
                            .ref(ref);
                } else {
                    Optional<Money> amount = amount(p);
                    if (amount.isEmpty()) {
                        return;
                    }
                    e = event(p.date(), ControlKind.PAYMENT.kind(), o.obligor())
                            .ref(ref)
                            .amount(amount.get());
                }
            }
            case NOTICE ->
                e = event(p.date(), ControlKind.NOTICE.kind(), o.obligor())
                        .ref(ref)
                        .note("advance notice of a possible delay");
            case EXTENSION -> {
                Optional<LocalDate> due = report.instance(p.instance()).flatMap(InstanceReport::dueDate);
                if (due.isEmpty()) {
                    return;
                }
                e = event(p.date(), ControlKind.EXTENSION.kind(), o.beneficiary())
                        .ref(ref)
                        .until(due.get().plusDays(p.option()));
            }
            case SUSPENSION ->
                e = event(p.date(), ControlKind.SUSPENSION.kind(), o.beneficiary())
                        .ref(ref);
            case RESUMPTION ->
                e = event(p.date(), ControlKind.RESUMPTION.kind(), o.beneficiary())
                        .ref(ref);
            case WAIVER ->
                e = event(p.date(), ControlKind.WAIVER.kind(), o.beneficiary()).ref(ref);
            default -> throw new IllegalStateException("nothing to append for " + p.choice());
        }
        Event event = e.build();
        evaluation.append(event);
        if (p.choice() == Choice.SUSPENSION) {
            suspended.add(p.instance());
        }
        events.add(event);
        decisions.add(new Decision(p.choice(), Optional.ofNullable(p.instance()), Optional.of(event.id())));
        if (p.payment() != null) {
            decisions.add(new Decision(p.payment(), Optional.of(p.instance()), Optional.of(event.id())));
        }
    }

    /** The amount of a planned payment: a share, in percent, of what is outstanding on the day; empty if nothing is. */
    private Optional<Money> amount(Plan p) {
        Optional<Money> outstanding = evaluation
                .report(startOf(p.date()))
                .instance(p.instance())
                .flatMap(InstanceReport::payment)
                .map(PaymentReport::outstanding)
                .filter(Money::isPositive);
        if (outstanding.isEmpty()) {
            return Optional.empty();
        }
        Money full = outstanding.get();
        int scale = full.amount().scale();
        BigDecimal share = full.amount()
                .multiply(BigDecimal.valueOf(p.option()))
                .divide(BigDecimal.valueOf(100), scale, p.option() < 100 ? RoundingMode.DOWN : RoundingMode.HALF_UP);
        if (share.signum() <= 0) {
            return Optional.of(full); // too little to split: pay it all
        }
        return Optional.of(Money.of(share, full.currency()));
    }

    private Event.Builder event(LocalDate date, String kind, PartyId actor) {
        return Event.builder()
                .id(EventId.of("e" + (events.size() + 1)))
                .at(EventTime.of(date))
                .kind(kind)
                .actor(actor);
    }

    // -------------------------------------------------------------------------------------------------- time

    private static boolean isPayment(Obligation o) {
        return o.category() == Category.PAYMENT && o.fulfillingKinds().contains(ControlKind.PAYMENT.kind());
    }

    private LocalDate date(Instant instant) {
        return instant.atZone(agreement.zone()).toLocalDate();
    }

    /** The instant a dated event happens: the start of its day in the agreement's zone. */
    private Instant startOf(LocalDate day) {
        return EventTime.of(day).toInstant(agreement.zone());
    }

    /** The first day whose start is at or after an instant: the first day a dated event can come after it. */
    private LocalDate firstDayFrom(Instant instant) {
        LocalDate day = date(instant);
        return startOf(day).isBefore(instant) ? day.plusDays(1) : day;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
