package dev.pacta.core.engine;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Category;
import dev.pacta.core.model.ControlKind;
import dev.pacta.core.model.DeadlineRule;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.EventId;
import dev.pacta.core.model.Milestone;
import dev.pacta.core.model.MilestoneId;
import dev.pacta.core.model.Modality;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.ObligationId;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.model.Trigger;
import dev.pacta.core.money.Money;
import dev.pacta.core.report.Finding;
import dev.pacta.core.report.FindingCodes;
import dev.pacta.core.report.InstanceId;
import dev.pacta.core.report.Severity;
import dev.pacta.core.time.BusinessCalendar;
import dev.pacta.core.time.Recurrence;
import dev.pacta.core.time.Span;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The evaluation of one agreement as a discrete-event simulation: timeline events in order, interleaved with the
 * instants at which something happens by itself ({@link Timed}). Mutable and single-threaded; {@link #copy()} gives
 * an independent copy so that a report can advance the clock without disturbing an incremental evaluation.
 */
final class Simulation {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE uuuu-MM-dd", Locale.ROOT);

    final ZoneId zone;
    /** The agreement's business calendar: every lookup in it is guarded. */
    final GuardedCalendar calendar;
    /** Every count of lateness. */
    final Responsibility responsibility;

    final Instant effective;
    final Instant endCutoff;

    Agreement current;
    final Map<ObligationId, Obl> obls = new LinkedHashMap<>();
    final Map<MilestoneId, Ms> milestones = new LinkedHashMap<>();
    final List<Inst> all = new ArrayList<>();
    final Map<EventId, List<Inst>> byTrigger = new HashMap<>();
    final Set<EventId> seen = new HashSet<>();
    final List<Finding> findings = new ArrayList<>();
    final Map<BalanceKey, Balance> balances = new java.util.TreeMap<>();
    /** The handlers of control events, which act on this simulation. */
    private final ControlEvents controls = new ControlEvents(this);
    /** The payments of this simulation: amounts applied, credit, balances. */
    private final Payments payments = new Payments(this);
    /** Dispatch indexes over the obligations, so that an event touches only the obligations it concerns. */
    private final Map<String, List<Obl>> mustByKind = new HashMap<>();

    private final Map<String, List<Obl>> mustNotByKind = new HashMap<>();
    private final Map<String, List<Obl>> onEvent = new HashMap<>();
    private final Map<ObligationId, List<Obl>> onFulfilment = new HashMap<>();
    private final Map<ObligationId, List<Obl>> onBreach = new HashMap<>();
    private final Map<MilestoneId, List<Obl>> onMilestone = new HashMap<>();
    private final Map<ObligationId, List<Obl>> dependents = new HashMap<>();
    private final Set<PartyId> parties = new HashSet<>();
    /** Local days of the agreement's zone; shared with copies. */
    final Days days;
    /** The transitions of instances' facts, which record each change. */
    Ledger ledger = new Ledger();

    PriorityQueue<Timed> queue = new PriorityQueue<>();

    long seq;
    int instSeq;
    Instant clock;
    Instant endedAt;
    String endedText;

    /** The mutable state of a milestone. */
    static final class Ms {
        final Milestone def;
        LocalDate target;
        Instant reachedAt;
        EventId reachedBy;
        List<String> notes = List.of();

        Ms(Milestone def) {
            this.def = def;
            this.target = def.target();
        }

        Ms copy() {
            Ms c = new Ms(def);
            c.target = target;
            c.reachedAt = reachedAt;
            c.reachedBy = reachedBy;
            c.notes = notes;
            return c;
        }
    }

    /** Payer, payee and currency: the unit of conservation for payments. */
    record BalanceKey(PartyId payer, PartyId payee, String currency) implements Comparable<BalanceKey> {
        @Override
        public int compareTo(BalanceKey o) {
            int c = payer.compareTo(o.payer);
            c = c != 0 ? c : payee.compareTo(o.payee);
            return c != 0 ? c : currency.compareTo(o.currency);
        }
    }

    /** What a payer paid a payee in one currency, and what of it is held as credit. */
    static final class Balance {
        Money received;
        Money credit;
        EventId creditSource;

        Balance(java.util.Currency currency) {
            this.received = Money.zero(currency);
            this.credit = Money.zero(currency);
        }

        Balance copy() {
            Balance c = new Balance(received.currency());
            c.received = received;
            c.credit = credit;
            c.creditSource = creditSource;
            return c;
        }
    }

    Simulation(Agreement agreement, BusinessCalendar calendar) {
        this(agreement, calendar, new ZoneOffsets(agreement.zone()));
    }

    Simulation(Agreement agreement, BusinessCalendar calendar, ZoneOffsets offsets) {
        this.current = agreement;
        this.zone = agreement.zone();
        this.calendar = new GuardedCalendar(calendar);
        this.days = new Days(offsets, agreement.effectiveDate());
        this.responsibility = new Responsibility(this.calendar, days, this::blockers);
        this.effective = days.startOf(agreement.effectiveDate());
        this.endCutoff =
                agreement.endDate().map(d -> days.startOf(d.plusDays(1))).orElse(null);
        this.clock = Instant.MIN;
    }

    private Simulation(Simulation other) {
        this.current = other.current;
        this.zone = other.zone;
        this.calendar = other.calendar;
        this.effective = other.effective;
        this.endCutoff = other.endCutoff;
        this.days = other.days;
        this.responsibility = new Responsibility(calendar, days, this::blockers);
    }

    /** Registers the agreement's obligations and milestones and schedules the agreement's own instants. */
    void start() {
        int order = 0;
        Map<ObligationId, Money> shares = Payments.shares(current);
        for (Obligation o : current.obligations()) {
            register(new Obl(o, order++, effective, current.effectiveDate(), shares.get(o.id())));
        }
        for (Milestone m : current.milestones()) {
            milestones.put(m.id(), new Ms(m));
        }
        if (endCutoff != null) {
            schedule(endCutoff, Timed.Kind.END, null, 0, null);
        }
        ledger.milestonesDirty = true;
    }

    /** An independent deep copy. */
    Simulation copy() {
        Simulation c = new Simulation(this);
        Map<Obl, Obl> oblMap = new IdentityHashMap<>();
        Map<Inst, Inst> instMap = new IdentityHashMap<>();
        for (Map.Entry<ObligationId, Obl> e : obls.entrySet()) {
            Obl copy = e.getValue().copyWithoutInstances();
            oblMap.put(e.getValue(), copy);
            c.obls.put(e.getKey(), copy);
            c.index(copy);
        }
        for (Inst i : all) {
            Inst copy = i.copy(oblMap.get(i.obl));
            instMap.put(i, copy);
            copy.obl.instances.add(copy);
            copy.obl.owed.add(copy);
            c.all.add(copy);
        }
        for (Inst i : all) {
            if (i.cause != null) {
                instMap.get(i).cause = instMap.get(i.cause);
            }
        }
        for (Map.Entry<EventId, List<Inst>> e : byTrigger.entrySet()) {
            c.byTrigger.put(e.getKey(), e.getValue().stream().map(instMap::get).collect(Collectors.toList()));
        }
        for (Map.Entry<MilestoneId, Ms> e : milestones.entrySet()) {
            c.milestones.put(e.getKey(), e.getValue().copy());
        }
        for (Map.Entry<BalanceKey, Balance> e : balances.entrySet()) {
            c.balances.put(e.getKey(), e.getValue().copy());
        }
        c.seen.addAll(seen);
        c.findings.addAll(findings);
        for (Timed t : queue) {
            c.queue.add(new Timed(
                    t.at(),
                    t.kind(),
                    t.seq(),
                    t.obl() == null ? null : oblMap.get(t.obl()),
                    t.index(),
                    t.inst() == null ? null : instMap.get(t.inst()),
                    t.version()));
        }
        c.seq = seq;
        c.instSeq = instSeq;
        c.clock = clock;
        c.endedAt = endedAt;
        c.endedText = endedText;
        c.ledger.milestonesDirty = ledger.milestonesDirty;
        return c;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Registration and scheduling

    void register(Obl o) {
        obls.put(o.def.id(), o);
        index(o);
        Trigger trigger = o.def.trigger();
        if (trigger.kind() == Trigger.Kind.ON_EFFECTIVE_DATE) {
            schedule(o.addedAt, Timed.Kind.START, o, 0, null);
        } else if (trigger.kind() == Trigger.Kind.RECURRING) {
            scheduleOccurrence(o, 1);
        }
    }

    private static <K> void add(Map<K, List<Obl>> index, K key, Obl o) {
        index.computeIfAbsent(key, k -> new ArrayList<>(2)).add(o);
    }

    private void index(Obl o) {
        Obligation def = o.def;
        for (String kind : def.fulfillingKinds()) {
            add(def.modality() == Modality.MUST ? mustByKind : mustNotByKind, kind, o);
        }
        Trigger trigger = def.trigger();
        switch (trigger.kind()) {
            case ON_EVENT -> add(onEvent, trigger.eventKind().get(), o);
            case ON_FULFILMENT -> add(onFulfilment, trigger.obligation().get(), o);
            case ON_BREACH -> add(onBreach, trigger.obligation().get(), o);
            case ON_MILESTONE -> add(onMilestone, trigger.milestone().get(), o);
            default -> {}
        }
        for (ObligationId p : def.prerequisites()) {
            add(dependents, p, o);
        }
        for (dev.pacta.core.model.Party p : current.parties()) {
            parties.add(p.id());
        }
    }

    private static List<Obl> of(Map<?, List<Obl>> index, Object key) {
        List<Obl> found = index.get(key);
        return found == null ? List.of() : found;
    }

    private void schedule(Instant at, Timed.Kind kind, Obl obl, int index, Inst inst) {
        queue.add(new Timed(at, kind, seq++, obl, index, inst, inst == null ? 0 : inst.version));
    }

    /**
     * The k-th occurrence of a recurring obligation within its bounds: the schedule's own ({@link
     * Recurrence#boundedOccurrence}: count and end) and the agreement's end date.
     */
    private Optional<LocalDate> occurrence(Obl o, int k) {
        Recurrence r = o.def.trigger().recurrence().orElseThrow();
        Optional<LocalDate> date = calendar.lookup(
                () -> calendar.occurrence(r, o.recurrenceAnchor, k),
                gap -> finding(
                        FindingCodes.CALENDAR_NOT_COVERED,
                        Severity.ERROR,
                        o.def.obligor(),
                        null,
                        List.of(),
                        "occurrence " + k + " of '" + o.def.id() + "' cannot be computed: " + gap));
        if (date == null) {
            return Optional.empty();
        }
        return date.filter(
                d -> current.endDate().isEmpty() || !d.isAfter(current.endDate().get()));
    }

    private void scheduleOccurrence(Obl o, int k) {
        LocalDate addedDate = localDate(o.addedAt);
        // Amendment-added schedules with an earlier anchor start at the first occurrence on or after the amendment.
        for (int guard = 0; guard < 100_000; guard++) {
            Optional<LocalDate> date = occurrence(o, k);
            if (date.isEmpty()) {
                return;
            }
            if (!date.get().isBefore(addedDate)) {
                schedule(startOf(date.get()), Timed.Kind.START, o, k, null);
                return;
            }
            k++;
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // The clock

    /** Whether advancing to {@code t} would change nothing but the clock (so a report needs no copy). */
    boolean settledThrough(Instant t) {
        boolean effectiveCheckPending = clock.isBefore(effective) && !t.isBefore(effective);
        return !effectiveCheckPending && (queue.isEmpty() || queue.peek().at().isAfter(t));
    }

    /** Processes every timed happening at or before {@code t}. */
    void advance(Instant t) {
        if (clock.isBefore(effective) && !t.isBefore(effective)) {
            checkMilestones(effective, null);
        }
        while (!queue.isEmpty() && !queue.peek().at().isAfter(t)) {
            Timed timed = queue.poll();
            clock = max(clock, timed.at());
            switch (timed.kind()) {
                case BREACH -> breachByTime(timed);
                case END -> end(timed.at());
                case START -> startInstance(timed);
            }
            checkMilestones(timed.at(), null);
        }
        clock = max(clock, t);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private void startInstance(Timed timed) {
        Obl o = timed.obl();
        if (!mayCreate(o, timed.at())) {
            return;
        }
        if (timed.index() == 0) {
            LocalDate date = localDate(timed.at());
            Anchor anchor = Anchor.of(
                    o.addedAt.equals(effective) ? "the effective date" : "the amendment that added it", null, date);
            create(o, timed.at(), date, null, anchor, null, null);
        } else {
            LocalDate date = localDate(timed.at());
            Optional<LocalDate> next = occurrence(o, timed.index() + 1);
            create(o, timed.at(), date, null, Anchor.plain("the period starting", date), date, next.orElse(null));
            if (next.isPresent()) {
                schedule(startOf(next.get()), Timed.Kind.START, o, timed.index() + 1, null);
            }
        }
    }

    private boolean mayCreate(Obl o, Instant at) {
        if (o.removedAt != null || at.isBefore(o.addedAt)) {
            return false;
        }
        return endedAt == null || o.def.survivesTermination();
    }

    private void breachByTime(Timed timed) {
        Inst i = timed.inst();
        if (i.version != timed.version() || !i.isOpen() || i.facts().suspendedAt() != null || i.mustNot()) {
            return;
        }
        if (!blockers(i, timed.at()).isEmpty()) {
            // Blocked by another party's late prerequisite: not the obligor's fault; due again once released.
            return;
        }
        ledger.breach(i, timed.at(), null);
        fireOn(Trigger.Kind.ON_BREACH, i, timed.at(), null, date -> Anchor.of("breach of " + i.id(), null, date));
    }

    private void end(Instant at) {
        if (endedAt != null) {
            return;
        }
        endedAt = at;
        endedText = "the agreement ended on " + Days.day(current.endDate().orElseThrow()) + " (its end date)";
        cancelNotYetDue(at, endedText);
    }

    void cancelNotYetDue(Instant at, String reason) {
        for (Inst i : all) {
            if (i.isOpen()
                    && !i.obl.def.survivesTermination()
                    && (i.facts().deadline() == null
                            || at.isBefore(i.facts().deadline().lateFrom()))) {
                ledger.cancel(i, at, reason);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Instances and deadlines

    private Inst create(
            Obl o,
            Instant inForce,
            LocalDate anchorDate,
            EventId trigger,
            Anchor anchor,
            LocalDate periodStart,
            LocalDate periodEnd) {
        int number = o.instances.size() + 1;
        Money due = o.def.category() == Category.PAYMENT ? Payments.dueOf(o, number) : null;
        Deadline deadline = resolve(o, number, anchorDate, inForce, trigger);
        Inst i = new Inst(
                o,
                number,
                instSeq++,
                inForce,
                anchorDate,
                trigger,
                anchor,
                periodStart,
                periodEnd,
                Facts.initial(deadline, due));
        o.instances.add(i);
        o.owed.add(i);
        all.add(i);
        ledger.created(i);
        if (trigger != null) {
            byTrigger.computeIfAbsent(trigger, k -> new ArrayList<>(1)).add(i);
        }
        scheduleBreach(i);
        if (i.isPayment()) {
            payments.applyCredit(i, inForce);
        }
        return i;
    }

    void scheduleBreach(Inst i) {
        if (i.facts().deadline() != null && !i.mustNot()) {
            schedule(i.facts().deadline().breachFrom(), Timed.Kind.BREACH, null, 0, i);
        }
    }

    /** Resolves an instance's deadline from its obligation's rule and anchor; null when open or not computable. */
    private Deadline resolve(Obl o, int number, LocalDate anchorDate, Instant inForce, EventId trigger) {
        Obligation def = o.def;
        DeadlineRule rule = def.deadline();
        return calendar.lookup(
                () -> switch (rule.kind()) {
                    case FIXED_DATE -> dateDeadline(calendar.adjust(rule.date().orElseThrow(), rule.convention()), def);
                    case OPEN ->
                        def.modality() == Modality.MUST_NOT
                                        && current.endDate().isPresent()
                                        && !def.survivesTermination()
                                ? dateDeadline(current.endDate().get(), def)
                                : null;
                    case OFFSET -> offsetDeadline(anchorDate, inForce, rule, def);
                },
                gap -> finding(
                        FindingCodes.CALENDAR_NOT_COVERED,
                        Severity.ERROR,
                        def.obligor(),
                        InstanceId.of(def.id(), number),
                        trigger == null ? List.of() : List.of(trigger),
                        "the deadline of " + InstanceId.of(def.id(), number) + " cannot be computed: " + gap));
    }

    private Deadline offsetDeadline(LocalDate anchor, Instant inForce, DeadlineRule rule, Obligation def) {
        Span span = rule.offset().orElseThrow();
        int n = Math.toIntExact(span.amount());
        return switch (span.unit()) {
            case CALENDAR_DAYS -> dateDeadline(calendar.adjust(anchor.plusDays(n), rule.convention()), def);
            case WEEKS -> dateDeadline(calendar.adjust(anchor.plusWeeks(n), rule.convention()), def);
            case MONTHS -> dateDeadline(calendar.adjust(anchor.plusMonths(n), rule.convention()), def);
            case BUSINESS_DAYS -> dateDeadline(calendar.addBusinessDays(anchor, n), def);
            case HOURS -> timeDeadline(inForce.plus(Duration.ofHours(n)), def);
        };
    }

    Deadline dateDeadline(LocalDate date, Obligation def) {
        Instant lateFrom = startOf(date.plusDays(1));
        Deadline d = new Deadline(shared(date), null, lateFrom, lateFrom);
        Optional<Span> grace = def.grace();
        return grace.isPresent() ? d.withBreachFrom(graceEnd(d, grace.get())) : d;
    }

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
            LocalDate last = shiftDate(d.date(), grace);
            return startOf(last.plusDays(1));
        }
        ZonedDateTime due = d.dueAt().atZone(zone);
        LocalDate shifted = shiftDate(due.toLocalDate(), grace);
        return due.with(shifted).toInstant().plusNanos(1);
    }

    LocalDate shiftDate(LocalDate date, Span span) {
        return calendar.shift(date, span);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Events

    /** Applies one timeline event; the caller has advanced the clock to the event's instant. */
    void apply(Event e) {
        apply(e, instantOf(e.at()));
    }

    /**
     * Applies an event whose instant the caller already knows.
     *
     * @param t the event's instant, {@code instantOf(e.at())}
     */
    void apply(Event e, Instant t) {
        advance(t);
        if (!parties.contains(e.actor())) {
            finding(
                    FindingCodes.UNKNOWN_ACTOR,
                    Severity.WARNING,
                    null,
                    null,
                    List.of(e.id()),
                    "event " + e.id() + " (" + e.kind() + ") by '" + e.actor() + "' ignored: '" + e.actor()
                            + "' is not a party of agreement '" + current.id() + "'");
        } else {
            Optional<ControlKind> control = e.control(); // a lookup by kind: once per event
            boolean applied = control.isEmpty() || control(control.get(), e, t);
            if (applied) {
                Inst fulfilled = null;
                if (control.isEmpty()) {
                    fulfilled = fulfil(e, t);
                    mustNotActs(e, t);
                }
                triggerOnEvent(e, t, fulfilled);
            }
        }
        seen.add(e.id());
        checkMilestones(t, e.id());
        advance(t);
    }

    private boolean control(ControlKind kind, Event e, Instant t) {
        return switch (kind) {
            case PAYMENT -> payments.payment(e, t);
            case WAIVER -> controls.waiver(e, t);
            case EXTENSION -> controls.extension(e, t);
            case SUSPENSION -> controls.suspension(e, t);
            case RESUMPTION -> controls.resumption(e, t);
            case TERMINATION -> controls.termination(e, t);
            case NOTICE -> controls.notice(e, t);
            case AMENDMENT -> controls.amendment(e, t);
        };
    }

    // --- fulfilment

    /** Fulfils the instance the event is for, if any; returns it. */
    private Inst fulfil(Event e, Instant t) {
        List<Obl> byKind = of(mustByKind, e.kind());
        if (byKind.isEmpty()) {
            return null; // most events fulfil nothing by their kind (submissions, requests): no list made
        }
        List<Obl> candidates = new ArrayList<>(byKind.size());
        for (Obl o : byKind) {
            if (o.def.obligor().equals(e.actor())) {
                candidates.add(o);
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        Inst target;
        if (e.ref().isPresent()) {
            Optional<List<Inst>> named = refTargets(e.ref().get(), candidates);
            if (named.isEmpty()) {
                finding(
                        FindingCodes.DANGLING_REFERENCE,
                        Severity.WARNING,
                        e.actor(),
                        null,
                        List.of(e.id()),
                        "event " + e.id() + " (" + e.kind() + ") refers to '"
                                + e.ref().get() + "', which names no instance it can fulfil");
                return null;
            }
            target = named.get().stream().filter(i -> accepts(i, t)).findFirst().orElse(null);
            if (target == null) {
                finding(
                        FindingCodes.DANGLING_REFERENCE,
                        Severity.WARNING,
                        e.actor(),
                        named.get().isEmpty() ? null : named.get().get(0).id(),
                        List.of(e.id()),
                        "event " + e.id() + " (" + e.kind() + ") refers to '"
                                + e.ref().get()
                                + "', which can no longer be fulfilled (already closed or time-bound and expired)");
                return null;
            }
        } else {
            target = select(candidates, t);
            if (target == null) {
                finding(
                        FindingCodes.UNMATCHED_EVENT,
                        Severity.INFO,
                        e.actor(),
                        null,
                        List.of(e.id()),
                        "event " + e.id() + " (" + e.kind() + ") by '" + e.actor()
                                + "' fulfilled nothing: no open instance of "
                                + candidates.stream()
                                        .map(o -> "'" + o.def.id() + "'")
                                        .collect(Collectors.joining(", "))
                                + " could accept it");
                return null;
            }
        }
        markFulfilled(target, e.id(), e.kind(), t);
        return target;
    }

    /**
     * The instances a reference names among the candidate obligations: an instance id, the event that triggered
     * instances, or an obligation id (all its instances). Empty if the reference names none of them.
     */
    Optional<List<Inst>> refTargets(String ref, List<Obl> candidates) {
        Optional<InstanceId> instanceId = InstanceId.parse(ref);
        if (instanceId.isPresent()) {
            Obl o = obls.get(instanceId.get().obligation());
            if (o == null || !candidates.contains(o) || instanceId.get().number() > o.instances.size()) {
                return Optional.empty();
            }
            return Optional.of(List.of(o.instances.get(instanceId.get().number() - 1)));
        }
        if (!dev.pacta.core.Identifier.isValid(ref)) {
            return Optional.empty();
        }
        List<Inst> triggered = byTrigger.get(EventId.of(ref));
        if (triggered != null) {
            List<Inst> matching =
                    triggered.stream().filter(i -> candidates.contains(i.obl)).toList();
            return matching.isEmpty() ? Optional.empty() : Optional.of(matching);
        }
        Obl o = obls.get(ObligationId.of(ref));
        if (o != null && candidates.contains(o)) {
            return Optional.of(oldestFirst(o.instances));
        }
        return Optional.empty();
    }

    static List<Inst> oldestFirst(List<Inst> instances) {
        List<Inst> sorted = new ArrayList<>(instances);
        sorted.sort((a, b) -> {
            int c = a.inForce.compareTo(b.inForce);
            return c != 0 ? c : Integer.compare(a.seq, b.seq);
        });
        return sorted;
    }

    /**
     * Whether an instance can accept a fulfilling event at {@code t}. A time-bound instance accepts nothing once
     * breached; one that is blocked or suspended past its deadline was not breached and still accepts.
     */
    boolean accepts(Inst i, Instant t) {
        if (!i.isOwed() || t.isBefore(i.inForce) || i.mustNot()) {
            return false;
        }
        if (!i.obl.def.timeBound()) {
            return true;
        }
        if (i.facts().breachedAt() != null) {
            return false;
        }
        return i.facts().deadline() == null
                || t.isBefore(i.facts().deadline().breachFrom())
                || i.facts().suspendedAt() != null
                || !blockers(i, t).isEmpty();
    }

    /**
     * The instances of an obligation that could still accept a fulfilment, in creation order, after dropping those
     * closed for good (fulfilled, waived, cancelled, or breached and time-bound); scans start there.
     */
    static List<Inst> openInstances(Obl o) {
        o.owed.removeIf(i -> !i.isOwed() || (i.obl.def.timeBound() && i.facts().breachedAt() != null));
        return o.owed;
    }

    /** The recurring instance whose period contains {@code t}, else the oldest open instance (FIFO). */
    private Inst select(List<Obl> candidates, Instant t) {
        LocalDate date = localDate(t);
        Inst oldest = null;
        for (Obl o : candidates) {
            for (Inst i : openInstances(o)) {
                if (!accepts(i, t)) {
                    continue;
                }
                if (i.periodStart != null
                        && !date.isBefore(i.periodStart)
                        && (i.periodEnd == null || date.isBefore(i.periodEnd))) {
                    return i;
                }
                if (oldest == null
                        || i.inForce.isBefore(oldest.inForce)
                        || (i.inForce.equals(oldest.inForce) && i.seq < oldest.seq)) {
                    oldest = i;
                }
            }
        }
        return oldest;
    }

    void markFulfilled(Inst i, EventId event, String kind, Instant t) {
        for (Inst blocker : blockers(i, t)) {
            excuse(i, blocker, t);
        }
        ledger.fulfil(i, t, event, kind);
        released(i, t);
        fireOn(Trigger.Kind.ON_FULFILMENT, i, t, event, date -> Anchor.of("fulfilment of " + i.id(), event, date));
    }

    // --- prerequisites, excused delay and responsibility

    /** The obligations with {@code id} among their prerequisites. */
    List<Obl> dependentsOf(ObligationId id) {
        return of(dependents, id);
    }

    /**
     * The instance of prerequisite {@code p} that the {@code number}-th instance of a dependent waits on: the n-th
     * for obligations with many instances (the n-th "build page" waits on the n-th "provide content"), the only one
     * for single-instance obligations (effective date, milestone). Null if it does not exist (yet).
     */
    static Inst paired(Obl p, int number) {
        int n = pairsWithEvery(p) ? 1 : number;
        return n <= p.instances.size() ? p.instances.get(n - 1) : null;
    }

    /** Whether prerequisite {@code p} has a single instance, which every instance of a dependent waits on. */
    static boolean pairsWithEvery(Obl p) {
        Trigger.Kind kind = p.def.trigger().kind();
        return kind == Trigger.Kind.ON_EFFECTIVE_DATE || kind == Trigger.Kind.ON_MILESTONE;
    }

    /** The prerequisite instances owed by other parties that are unfulfilled and late at {@code t}. */
    List<Inst> blockers(Inst d, Instant t) {
        List<ObligationId> prerequisites = d.obl.def.prerequisites();
        if (prerequisites.isEmpty()) {
            return List.of();
        }
        List<Inst> blockers = new ArrayList<>(1);
        for (ObligationId id : prerequisites) {
            Obl p = obls.get(id);
            if (p == null || p.def.obligor().equals(d.obl.def.obligor())) {
                continue;
            }
            Inst pi = paired(p, d.number);
            // A MUST_NOT duty is kept by not acting: it is never "late", so it blocks nothing.
            if (pi != null
                    && !pi.mustNot()
                    && pi.isOwed()
                    && pi.facts().deadline() != null
                    && !t.isBefore(pi.facts().deadline().lateFrom())) {
                blockers.add(pi);
            }
        }
        return blockers;
    }

    /** A prerequisite instance was fulfilled, waived or cancelled: excuse the delay it caused its dependents. */
    void released(Inst p, Instant t) {
        if (p.facts().deadline() == null || t.isBefore(p.facts().deadline().lateFrom())) {
            return;
        }
        for (Obl d : of(dependents, p.obl.def.id())) {
            if (d.def.obligor().equals(p.obl.def.obligor())) {
                continue;
            }
            for (Inst di : d.instances) {
                if (paired(p.obl, di.number) == p && di.isOpen() && di.inForce.isBefore(t)) {
                    excuse(di, p, t);
                    // Due again: its breach may have been held back while it was blocked.
                    ledger.dueAgain(di);
                    scheduleBreach(di);
                }
            }
        }
    }

    /**
     * Moves a dependent's deadline by the prerequisite's whole delay as of {@code t}, measured in the dependent's own
     * unit (business days stay business days), and records who caused it. Delays of several prerequisites do not add
     * up: the dependent waits for the latest.
     */
    private void excuse(Inst d, Inst p, Instant t) {
        if (d.facts().deadline() == null || d.mustNot()) {
            return;
        }
        GuardedCalendar.Count delay = responsibility.excusedDelay(d, p, t);
        long units = delay.amount();
        if (units <= d.facts().excused()) {
            return;
        }
        long more = units - d.facts().excused();
        Span.Unit unit = delay.unit();
        Deadline before = d.facts().deadline();
        Consumer<String> gap = problem -> finding(
                FindingCodes.CALENDAR_NOT_COVERED,
                Severity.ERROR,
                d.obl.def.obligor(),
                d.id(),
                List.of(),
                "the deadline of " + d.id() + " cannot be moved for the delay of " + p.id() + ": " + problem);
        Deadline after = calendar.lookup(
                () -> before.isDate()
                        ? dateDeadline(
                                unit == Span.Unit.BUSINESS_DAYS
                                        ? calendar.shift(before.date(), Math.toIntExact(more))
                                        : before.date().plusDays(more),
                                d.obl.def)
                        : timeDeadline(before.dueAt().plus(Duration.ofHours(more)), d.obl.def),
                gap);
        if (after == null) {
            return;
        }
        if (unit != Responsibility.declaredUnit(d)) {
            gap.accept("its delay is counted in calendar days, as " + responsibility.coverage());
        }
        List<Inst.Seg> segments = responsibility.delaySegments(p, t);
        ledger.moveDeadline(
                d,
                after,
                "deadline moved from " + describeDue(before) + " to " + describeDue(after) + ": " + p.id() + " ("
                        + p.obl.def.obligor() + ") was " + units + " " + unit.label(units) + " late",
                units,
                segments);
        scheduleBreach(d);
    }

    private void mustNotActs(Event e, Instant t) {
        for (Obl o : of(mustNotByKind, e.kind())) {
            if (!o.def.obligor().equals(e.actor())) {
                continue;
            }
            for (Inst i : o.instances) {
                if (i.isOpen()
                        && i.facts().suspendedAt() == null
                        && !t.isBefore(i.inForce)
                        && (i.facts().deadline() == null
                                || t.isBefore(i.facts().deadline().lateFrom()))) {
                    ledger.breach(i, t, e.id());
                    fireOn(
                            Trigger.Kind.ON_BREACH,
                            i,
                            t,
                            e.id(),
                            date -> Anchor.of("breach of " + i.id(), e.id(), date));
                }
            }
        }
    }

    /**
     * Creates the instances of {@code ON_EVENT} obligations; the instance the same event fulfilled, if any, is their
     * cause (a release delivered late starts the client's acceptance: its delay is the developer's).
     */
    private void triggerOnEvent(Event e, Instant t, Inst fulfilled) {
        for (Obl o : of(onEvent, e.kind())) {
            if (mayCreate(o, t)) {
                LocalDate date = localDate(t);
                create(o, t, date, e.id(), Anchor.of(e.kind(), e.id(), date), null, null).cause = fulfilled;
            }
        }
    }

    /** Creates the instances of obligations triggered by the fulfilment or breach of {@code cause}. */
    void fireOn(
            Trigger.Kind kind,
            Inst cause,
            Instant t,
            EventId event,
            java.util.function.Function<LocalDate, Anchor> anchor) {
        ObligationId causeId = cause.obl.def.id();
        for (Obl o : of(kind == Trigger.Kind.ON_BREACH ? onBreach : onFulfilment, causeId)) {
            // Consequences of a breach arise even after the agreement ended: breaches before the end stay.
            boolean allowed =
                    kind == Trigger.Kind.ON_BREACH ? o.removedAt == null && !t.isBefore(o.addedAt) : mayCreate(o, t);
            if (allowed) {
                LocalDate date = localDate(t);
                create(o, t, date, event, anchor.apply(date), null, null).cause = cause;
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Milestones

    private void checkMilestones(Instant t, EventId event) {
        // Nothing is reached before the agreement takes effect; a milestone with nothing left to wait for is reached
        // at the first instant checked from the effective date on.
        if (!ledger.milestonesDirty || t.isBefore(effective)) {
            return;
        }
        ledger.milestonesDirty = false;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Ms ms : milestones.values()) {
                if (ms.reachedAt == null && isReached(ms)) {
                    ms.reachedAt = t;
                    ms.reachedBy = event;
                    changed = true;
                    for (Obl o : of(onMilestone, ms.def.id())) {
                        if (mayCreate(o, t)) {
                            create(
                                    o,
                                    t,
                                    localDate(t),
                                    event,
                                    Anchor.of("milestone " + ms.def.id() + " reached", null, localDate(t)),
                                    null,
                                    null);
                        }
                    }
                }
            }
        }
    }

    private boolean isReached(Ms ms) {
        for (MilestoneId dep : ms.def.dependsOn()) {
            if (milestones.get(dep).reachedAt == null) {
                return false;
            }
        }
        for (ObligationId required : ms.def.requires()) {
            Obl o = obls.get(required);
            if (o.removedAt != null) {
                continue;
            }
            if (o.instances.isEmpty()) {
                return false;
            }
            // Cancelled work (termination, end date) was not done: it does not reach a milestone. Obligations
            // removed by an amendment are skipped above.
            for (Inst i : o.instances) {
                if (i.facts().fulfilledAt() == null && i.facts().waivedAt() == null) {
                    return false;
                }
            }
        }
        return true;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Helpers

    void finding(
            String code,
            Severity severity,
            PartyId party,
            InstanceId instance,
            List<EventId> evidence,
            String message) {
        Finding.Builder b =
                Finding.builder().code(code).severity(severity).message(message).evidence(evidence);
        if (party != null) {
            b.party(party);
        }
        if (instance != null) {
            b.instance(instance);
        }
        findings.add(b.build());
    }

    LocalDate localDate(Instant t) {
        return days.localDate(t);
    }

    /** The shared instance of a date (see {@link Days#shared}). */
    LocalDate shared(LocalDate date) {
        return days.shared(date);
    }

    /** The start of a local day in the agreement's zone. */
    Instant startOf(LocalDate date) {
        return days.startOf(date);
    }

    /** The instant of an event time in the agreement's zone. */
    Instant instantOf(dev.pacta.core.model.EventTime time) {
        return days.instantOf(time);
    }

    String day(Instant t) {
        return days.day(t);
    }

    String describeDue(Deadline d) {
        return days.describeDue(d);
    }
}
