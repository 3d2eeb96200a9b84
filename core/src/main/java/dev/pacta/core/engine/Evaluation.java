package dev.pacta.core.engine;

import dev.pacta.core.Problem;
import dev.pacta.core.ValidationException;
import dev.pacta.core.internal.TieRule;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.model.ValidationCodes;
import dev.pacta.core.report.ComplianceChanges;
import dev.pacta.core.report.ComplianceReport;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An incremental evaluation: append events as they arrive and ask for a report at any time, without re-evaluating
 * the whole timeline.
 *
 * <p>Appending an event at or after the latest one continues the evaluation from where it stopped. An event that
 * arrives out of order (earlier than the latest, or one that the {@link Timeline} tie rule does not put last among the
 * events of its instant, such as an event named by the ref of a same-instant event appended before it) is accepted
 * too: the evaluation is rebuilt from the timeline so that the result always equals
 * {@link ComplianceEngine#evaluate(Agreement, Timeline, Instant)} of the same events.
 *
 * <p>This class is mutable and not thread-safe; confine an evaluation to one thread (or one stream partition), or
 * synchronise on it. Misuse is detected rather than answered wrongly: a call ({@link #append}, {@link #advanceTo},
 * {@link #pollChanges}, {@link #nextChange}, {@link #report(Instant)},
 * {@link #timeline}) made while another call on the same evaluation is
 * still running, in another thread or from inside it (a {@link ComplianceRule} calling back), throws
 * {@link IllegalStateException} at once and changes nothing; the call already running completes normally. Calls from
 * different threads one after another (an evaluation handed over through a queue, say) are fine: each call starts
 * and ends with an atomic operation that also makes the previous call's changes visible.
 */
public final class Evaluation {
    private final ComplianceEngine engine;
    private final Agreement agreement;
    /** The events appended, in append order, as columns; {@link #timeline()} rebuilds them. */
    private final EventColumns events = new EventColumns();

    private Simulation sim;
    /** The events at the latest instant, to apply the tie rule without scanning the timeline. */
    private final TieRule.Run run = new TieRule.Run();
    /** Created by the first {@link #pollChanges()}, so that evaluations nobody asks for changes pay nothing. */
    private ChangeTracker tracker;
    /** The thread inside a call of this evaluation, null between calls; see {@link #enter()}. */
    @SuppressWarnings("unused") // accessed through USER
    private volatile Thread user;

    private static final VarHandle USER;

    static {
        try {
            USER = MethodHandles.lookup().findVarHandle(Evaluation.class, "user", Thread.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    Evaluation(ComplianceEngine engine, Agreement agreement) {
        this.engine = engine;
        this.agreement = agreement;
        this.sim = engine.newSimulation(agreement, events);
    }

    /**
     * Appends one event.
     *
     * @param event the event
     * @return this evaluation
     * @throws ValidationException if an event with the same id was already appended
     * @throws IllegalStateException if another call on this evaluation is running (see the class documentation)
     */
    public Evaluation append(Event event) {
        Objects.requireNonNull(event, "event");
        enter();
        try {
            appendInOrder(event);
        } finally {
            exit();
        }
        return this;
    }

    private void appendInOrder(Event event) {
        if (events.contains(event.id().value())) {
            throw new ValidationException(
                    "timeline",
                    List.of(new Problem(
                            ValidationCodes.DUPLICATE_ID,
                            "events[" + events.size() + "].id",
                            "event id '" + event.id() + "' is used twice")));
        }
        Instant t = sim.instantOf(event.at());
        events.add(event);
        if (run.appendsInOrder(t, event.id().value())) {
            sim.apply(event, events.size() - 1, t);
            run.add(t, event.id().value(), event.ref().orElse(null));
        } else {
            rebuild();
        }
    }

    /** Replays every event in the tie rule's order on a new simulation: after an event that does not go last. */
    private void rebuild() {
        Instant head = run.latest();
        sim = engine.newSimulation(agreement, events);
        if (tracker != null) {
            tracker.follow(sim);
        }
        run.clear();
        // The timeline's order (Timeline.ordered), by position: the simulation numbers events by their column.
        List<Event> all = events.events();
        java.time.ZoneId zone = agreement.zone();
        Instant[] instants = new Instant[all.size()];
        for (int k = 0; k < instants.length; k++) {
            instants[k] = all.get(k).at().toInstant(zone);
        }
        for (int k : TieRule.order(
                instants, k -> all.get(k).id().value(), k -> all.get(k).ref().orElse(null))) {
            Event e = all.get(k);
            Instant t = sim.instantOf(e.at());
            sim.apply(e, k, t);
            run.add(t, e.id().value(), e.ref().orElse(null));
        }
        if (head.isAfter(run.latest())) {
            // The evaluation had been advanced past its latest event: it stays there.
            sim.advance(head);
            run.advance(head);
        }
    }

    /**
     * Moves the evaluation's clock to {@code t} without an event, so that what time alone brings about by then
     * (deadlines passing, recurring instances starting) is applied, and {@link #pollChanges()} reports it. An event
     * appended afterwards with an earlier instant is an out-of-order event: the evaluation is rebuilt, and stays at
     * {@code t}. A {@link #report(Instant) report} as of an instant before {@code t} is then a full evaluation of
     * the timeline (as for any instant before the latest event), not the live one.
     *
     * @param t the instant to advance to
     * @return this evaluation
     * @throws IllegalArgumentException if {@code t} is before the latest appended event or earlier advance, or so
     *     far in the future that its date in the agreement's zone cannot be represented
     * @throws NullPointerException if {@code t} is null
     * @throws IllegalStateException if another call on this evaluation is running (see the class documentation)
     */
    public Evaluation advanceTo(Instant t) {
        Objects.requireNonNull(t, "t");
        enter();
        try {
            advanceClock(t);
        } finally {
            exit();
        }
        return this;
    }

    private void advanceClock(Instant t) {
        Instant latest = run.latest();
        if (t.isBefore(latest)) {
            throw new IllegalArgumentException("cannot advance to " + t + ": the evaluation is already at " + latest
                    + "; append the events that happened before instead, or use report(" + t + ")");
        }
        try {
            // Reports work on the day after t's date (lateness, the next day's start): both must exist.
            t.atZone(agreement.zone()).toLocalDate().plusDays(1).atStartOfDay(agreement.zone());
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException(
                    "cannot advance to " + t + ": its date in " + agreement.zone() + " is out of range", e);
        }
        if (t.isAfter(latest)) {
            sim.advance(t);
            run.advance(t);
        }
    }

    /**
     * Takes the changes since the previous call: each call makes the current state the baseline of the next, so
     * two calls in a row give the changes, then nothing. The changes are as of the latest appended event (or
     * {@link #advanceTo advance}): every report row whose state, due date or time, fulfilment, notices, payments
     * (and credit carried) or blockers differ from what the previous call saw, with its report as of now. The
     * first call lists every row as new.
     *
     * <p>Its cost is what changed, not the agreement's history: the instances the simulation changed since the
     * previous call, those whose deadline came, and the dependents they may block are examined, and only changed
     * rows are rendered. The first call, and the first after an out-of-order event (which rebuilds the evaluation
     * anyway), compare every row. Milestones, findings, rights and balances are not covered: ask for a
     * {@link #report(Instant) report} for those.
     *
     * @return the changes
     * @throws IllegalStateException if no event was appended and the evaluation was never advanced, or if another
     *     call on this evaluation is running (see the class documentation)
     */
    public ComplianceChanges pollChanges() {
        enter();
        try {
            return changes();
        } finally {
            exit();
        }
    }

    private ComplianceChanges changes() {
        if (run.latest().equals(Instant.MIN)) {
            throw new IllegalStateException("no event has been appended to the evaluation of " + agreement.id()
                    + " and it was never" + " advanced: append an event or call advanceTo first");
        }
        if (tracker == null) {
            tracker = new ChangeTracker(engine.horizon());
            tracker.follow(sim);
        }
        return tracker.changes(run.latest());
    }

    /**
     * The events appended so far, in the order they were appended. The evaluation keeps its events in a compact
     * form and rebuilds them here: equal to the events appended, not the same objects, and each call builds them anew.
     *
     * @return the timeline
     * @throws IllegalStateException if another call on this evaluation is running (see the class documentation)
     */
    public Timeline timeline() {
        enter();
        try {
            return events();
        } finally {
            exit();
        }
    }

    private Timeline events() {
        return Timeline.builder()
                .agreement(agreement.id())
                .events(events.events())
                .build();
    }

    /**
     * The report as of an instant. For an instant before the latest appended event, the events after it are
     * ignored (causality), as in a full evaluation.
     *
     * @param asOf the evaluation instant
     * @return the report
     * @throws IllegalStateException if another call on this evaluation is running (see the class documentation)
     */
    public ComplianceReport report(Instant asOf) {
        Objects.requireNonNull(asOf, "asOf");
        enter();
        try {
            return reportAsOf(asOf);
        } finally {
            exit();
        }
    }

    private ComplianceReport reportAsOf(Instant asOf) {
        if (asOf.isBefore(run.latest())) {
            return engine.evaluate(agreement, events(), asOf);
        }
        // Reporting advances the clock to asOf; copy the state only if something would happen by then.
        // A copy is discarded after the report (frozen); the live simulation goes on.
        return sim.settledThrough(asOf)
                ? engine.report(agreement, sim, asOf, false)
                : engine.report(agreement, sim.copy(), asOf, true);
    }

    /**
     * The next instant after the evaluation's clock at which some state changes with no new event (a deadline or its
     * grace passing, an instance coming into force, the agreement ending), or empty if none will: the same value as
     * {@code report(clock).nextChange()}, without building the report. The clock is the latest appended event's
     * instant or the latest {@link #advanceTo advance}, whichever is later; before either, it is the instant just
     * before the agreement's effective date. A stream processor sets its timer here, and calls this after every step.
     *
     * <p>Its cost is a pass over the agreement's instances and scheduled happenings; the state of an instance is
     * worked out only when its deadline would be the earliest change.
     *
     * @return the next change, or empty
     * @throws IllegalStateException if another call on this evaluation is running (see the class documentation)
     */
    public Optional<Instant> nextChange() {
        enter();
        try {
            Instant asOf = run.latest().equals(Instant.MIN) ? sim.ledger.effective.minusNanos(1) : run.latest();
            // As a report does: advance the live simulation if nothing would happen by then, else a copy.
            Simulation s = sim.settledThrough(asOf) ? sim : sim.copy();
            s.advance(asOf);
            return Optional.ofNullable(new Reporter(s, asOf, engine.horizon(), true).nextChange());
        } finally {
            exit();
        }
    }

    /**
     * The report as of the end of a day in the agreement's zone.
     *
     * @param asOf the evaluation date
     * @return the report
     * @throws IllegalStateException if another call on this evaluation is running (see the class documentation)
     */
    public ComplianceReport report(LocalDate asOf) {
        return report(ComplianceEngine.endOfDay(agreement, asOf));
    }

    /**
     * Marks this evaluation as in use by the current thread, or fails if a call on it is already running. One
     * compare-and-set: uncontended, it costs about what a volatile write does, and its acquire pairs with the
     * release in {@link #exit()} so that a call sees everything the previous one did, in whatever thread.
     */
    private void enter() {
        Thread me = Thread.currentThread();
        if (!USER.compareAndSet(this, null, me)) {
            Object other = USER.getVolatile(this);
            throw new IllegalStateException(
                    other == me
                            ? "Evaluation of " + agreement.id()
                                    + " was called again from inside one of its own calls (a"
                                    + " custom rule calling back?); an evaluation runs one call at a time"
                            : "Evaluation of " + agreement.id() + " is being used by another thread; confine it to one"
                                    + " thread or synchronise");
        }
    }

    /** Ends a call begun by {@link #enter()}. */
    private void exit() {
        USER.setRelease(this, null);
    }
}
