package dev.pacta.testing.gen;

import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Timeline;
import java.time.LocalDate;
import java.util.Objects;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generates timelines for one agreement, guided by the engine: events of the agreement's own kinds, acted by its own
 * parties, at dates chosen against the instances' real due dates. Get one with {@link PactaGen#timelinesFor}; every
 * {@code with...} method returns a new generator, so a configured one can be shared.
 *
 * <pre>{@code
 * Gen<Timeline> timelines = PactaGen.timelinesFor(agreement)
 *         .withEvents(5, 40)
 *         .withLateness(1, 15)           // calendar days after the due date
 *         .withPartialPaymentPercent(40)
 *         .withoutControlEvents();
 * }</pre>
 *
 * <p><b>How a timeline is made.</b> The generator runs a live {@link dev.pacta.core.engine.Evaluation} of the
 * agreement from its effective date. Events are dated (they happen at the start of their day in the agreement's
 * zone). At each step the generator asks the engine for the report as of the start of the current day and decides,
 * once, what happens to every open instance it has not decided yet (upcoming, overdue, blocked, or breached but still
 * performable):
 *
 * <ul>
 *   <li>with {@link #withControlEventPercent control-event probability}, one control event about it: a notice by the
 *       obligor (which announces a delay: the instance is then performed late or never), or an extension, a
 *       suspension with its resumption, or a waiver by the beneficiary, each dated before the deadline passes (only a
 *       notice or a waiver once it has passed; a waived instance gets nothing more);
 *   <li>its fate: performed on time (a day from now to the due date), late (the due date plus a lateness from
 *       {@link #withLateness the range}, in calendar days) or never, by {@link #withLatePercent} and
 *       {@link #withNeverPercent}; the fulfilling event is one of the obligation's own kinds, by its obligor, with
 *       a {@code ref} to the instance;
 *   <li>for a payment, the amount: what is outstanding on the day, part of it or more than it, by
 *       {@link #withPartialPaymentPercent} and {@link #withOverpaymentPercent}; an instance still owed after a
 *       partial payment is decided again later (at most three times);
 *   <li>for a {@code MUST_NOT} duty, whether its obligor commits the forbidden act, by
 *       {@link #withForbiddenActPercent}.
 * </ul>
 *
 * Triggering events of {@code ON_EVENT} obligations that no fulfilment produces (a {@code mockup.submitted}) are
 * drawn up front, up to {@link #withTriggers a number} of each kind, by the party the triggered duty is owed to,
 * within the first 60 days; instances they trigger, and those chained on fulfilments, breaches and milestones, are
 * decided when the engine reports them. Then the generator moves to the next planned event (or to the report's
 * {@code nextChange} if that comes first) and appends it. It stops after the drawn number of events, or when nothing
 * is left to do before the end of its {@link #until period}: the agreement's end date, else 180 days after the
 * effective date.
 *
 * <p>Every choice is drawn from QuickTheories' source as a number that shrinks to the simplest option, so a failing
 * property shrinks to a short timeline of on-time, full payments. Amendments and terminations are not generated.
 *
 * <p>This class is immutable and thread-safe; each generation uses an evaluation of its own.
 */
public final class TimelineGen implements Gen<Timeline> {
    /** The days after the effective date within which free triggering events are drawn. */
    static final int TRIGGER_DAYS = 60;

    /** The period when the agreement has no end date, in days after the effective date. */
    static final int DEFAULT_PERIOD_DAYS = 180;

    private final Agreement agreement;
    private final ComplianceEngine engine;
    private final Knobs knobs;

    /** The settings, each documented on its {@code with} method. */
    record Knobs(
            int minEvents,
            int maxEvents,
            int minLateDays,
            int maxLateDays,
            int latePercent,
            int neverPercent,
            int partialPercent,
            int overPercent,
            int controlPercent,
            int forbiddenPercent,
            int maxTriggers,
            LocalDate until) {
        Knobs events(int min, int max) {
            return new Knobs(
                    min,
                    max,
                    minLateDays,
                    maxLateDays,
                    latePercent,
                    neverPercent,
                    partialPercent,
                    overPercent,
                    controlPercent,
                    forbiddenPercent,
                    maxTriggers,
                    until);
        }

        Knobs lateness(int min, int max) {
            return new Knobs(
                    minEvents,
                    maxEvents,
                    min,
                    max,
                    latePercent,
                    neverPercent,
                    partialPercent,
                    overPercent,
                    controlPercent,
                    forbiddenPercent,
                    maxTriggers,
                    until);
        }

        Knobs late(int percent) {
            return new Knobs(
                    minEvents,
                    maxEvents,
                    minLateDays,
                    maxLateDays,
                    percent,
                    neverPercent,
                    partialPercent,
                    overPercent,
                    controlPercent,
                    forbiddenPercent,
                    maxTriggers,
                    until);
        }

        Knobs never(int percent) {
            return new Knobs(
                    minEvents,
                    maxEvents,
                    minLateDays,
                    maxLateDays,
                    latePercent,
                    percent,
                    partialPercent,
                    overPercent,
                    controlPercent,
                    forbiddenPercent,
                    maxTriggers,
                    until);
        }

        Knobs partial(int percent) {
            return new Knobs(
                    minEvents,
                    maxEvents,
                    minLateDays,
                    maxLateDays,
                    latePercent,
                    neverPercent,
                    percent,
                    overPercent,
                    controlPercent,
                    forbiddenPercent,
                    maxTriggers,
                    until);
        }

        Knobs over(int percent) {
            return new Knobs(
                    minEvents,
                    maxEvents,
                    minLateDays,
                    maxLateDays,
                    latePercent,
                    neverPercent,
                    partialPercent,
                    percent,
                    controlPercent,
                    forbiddenPercent,
                    maxTriggers,
                    until);
        }

        Knobs control(int percent) {
            return new Knobs(
                    minEvents,
                    maxEvents,
                    minLateDays,
                    maxLateDays,
                    latePercent,
                    neverPercent,
                    partialPercent,
                    overPercent,
                    percent,
                    forbiddenPercent,
                    maxTriggers,
                    until);
        }

        Knobs forbidden(int percent) {
            return new Knobs(
                    minEvents,
                    maxEvents,
                    minLateDays,
                    maxLateDays,
                    latePercent,
                    neverPercent,
                    partialPercent,
                    overPercent,
                    controlPercent,
                    percent,
                    maxTriggers,
                    until);
        }

        Knobs triggers(int max) {
            return new Knobs(
                    minEvents,
                    maxEvents,
                    minLateDays,
                    maxLateDays,
                    latePercent,
                    neverPercent,
                    partialPercent,
                    overPercent,
                    controlPercent,
                    forbiddenPercent,
                    max,
                    until);
        }

        Knobs until(LocalDate date) {
            return new Knobs(
                    minEvents,
                    maxEvents,
                    minLateDays,
                    maxLateDays,
                    latePercent,
                    neverPercent,
                    partialPercent,
                    overPercent,
                    controlPercent,
                    forbiddenPercent,
                    maxTriggers,
                    date);
        }
    }

    TimelineGen(Agreement agreement) {
        this(
                Objects.requireNonNull(agreement, "agreement"),
                ComplianceEngine.builder().build(),
                new Knobs(5, 30, 1, 10, 25, 10, 25, 10, 20, 5, 3, null));
    }

    private TimelineGen(Agreement agreement, ComplianceEngine engine, Knobs knobs) {
        this.agreement = agreement;
        this.engine = engine;
        this.knobs = knobs;
    }

    /**
     * The agreement the timelines are for.
     *
     * @return the agreement
     */
    public Agreement agreement() {
        return agreement;
    }

    /**
     * Generates with another engine: its calendars are used for the agreement's business days (required if the
     * agreement uses a calendar other than the built-ins), its rules for the samples' reports.
     *
     * @param engine the engine
     * @return a new generator
     */
    public TimelineGen withEngine(ComplianceEngine engine) {
        return new TimelineGen(agreement, Objects.requireNonNull(engine, "engine"), knobs);
    }

    /**
     * How many events a timeline has: a number drawn from {@code min} to {@code max} (shrinking to {@code min}); a
     * timeline has fewer when nothing is left to do in the period. 5 to 30 by default.
     *
     * @param min the fewest events, at least 0
     * @param max the most events, at least {@code min}
     * @return a new generator
     * @throws IllegalArgumentException if the range is invalid
     */
    public TimelineGen withEvents(int min, int max) {
        range("events", min, max, 10_000);
        return with(knobs.events(min, max));
    }

    /**
     * How late a late performance is: calendar days after the due date, from {@code minDays} to {@code maxDays}
     * (shrinking to {@code minDays}). 1 to 10 by default. The report counts lateness in the deadline's own unit
     * (business days for a business-day deadline).
     *
     * @param minDays the least lateness, at least 1
     * @param maxDays the most lateness, at least {@code minDays}
     * @return a new generator
     * @throws IllegalArgumentException if the range is invalid
     */
    public TimelineGen withLateness(int minDays, int maxDays) {
        if (minDays < 1) {
            throw new IllegalArgumentException("lateness must be at least 1 day, was " + minDays);
        }
        range("lateness", minDays, maxDays, 3650);
        return with(knobs.lateness(minDays, maxDays));
    }

    /**
     * The probability that an instance is performed late, in percent; 25 by default.
     *
     * @param percent from 0 to 100; with {@link #withNeverPercent} at most 100 together, checked when generating
     * @return a new generator
     * @throws IllegalArgumentException if the percentage is invalid
     */
    public TimelineGen withLatePercent(int percent) {
        percent("late", percent);
        return with(knobs.late(percent));
    }

    /**
     * The probability that an instance is never performed, in percent; 10 by default.
     *
     * @param percent from 0 to 100; with {@link #withLatePercent} at most 100 together, checked when generating
     * @return a new generator
     * @throws IllegalArgumentException if the percentage is invalid
     */
    public TimelineGen withNeverPercent(int percent) {
        percent("never", percent);
        return with(knobs.never(percent));
    }

    /**
     * The probability that a payment pays only part (10 % to 90 %) of what is outstanding, in percent; 25 by
     * default.
     *
     * @param percent from 0 to 100; with {@link #withOverpaymentPercent} at most 100 together, checked when generating
     * @return a new generator
     * @throws IllegalArgumentException if the percentage is invalid
     */
    public TimelineGen withPartialPaymentPercent(int percent) {
        percent("partial payments", percent);
        return with(knobs.partial(percent));
    }

    /**
     * The probability that a payment pays more (105 % to 150 %) than is outstanding, in percent; 10 by default.
     *
     * @param percent from 0 to 100; with {@link #withPartialPaymentPercent} at most 100 together, checked when generating
     * @return a new generator
     * @throws IllegalArgumentException if the percentage is invalid
     */
    public TimelineGen withOverpaymentPercent(int percent) {
        percent("overpayments", percent);
        return with(knobs.over(percent));
    }

    /**
     * The probability, per decided instance, of a control event about it (notice, extension, suspension and
     * resumption, or waiver, equally likely), in percent; 20 by default.
     *
     * @param percent from 0 to 100
     * @return a new generator
     * @throws IllegalArgumentException if the percentage is invalid
     */
    public TimelineGen withControlEventPercent(int percent) {
        percent("control events", percent);
        return with(knobs.control(percent));
    }

    /**
     * Generates no control events (no notice, extension, suspension or waiver).
     *
     * @return a new generator
     */
    public TimelineGen withoutControlEvents() {
        return withControlEventPercent(0);
    }

    /**
     * The probability that the obligor of a {@code MUST_NOT} duty commits the forbidden act, in percent; 5 by
     * default.
     *
     * @param percent from 0 to 100
     * @return a new generator
     * @throws IllegalArgumentException if the percentage is invalid
     */
    public TimelineGen withForbiddenActPercent(int percent) {
        percent("forbidden acts", percent);
        return with(knobs.forbidden(percent));
    }

    /**
     * The most triggering events of each kind that no fulfilment produces (e.g. {@code mockup.submitted}), drawn
     * from 0 to {@code max} per kind; 3 by default.
     *
     * @param max the most triggering events per kind, at least 0
     * @return a new generator
     * @throws IllegalArgumentException if {@code max} is negative or over 100
     */
    public TimelineGen withTriggers(int max) {
        range("triggers", 0, max, 100);
        return with(knobs.triggers(max));
    }

    /**
     * The last day of the generation period: no event is generated after it. By default the agreement's end date,
     * or 180 days after its effective date if it has none.
     *
     * @param date the last day, not before the agreement's effective date
     * @return a new generator
     * @throws IllegalArgumentException if the date is before the effective date
     */
    public TimelineGen until(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (date.isBefore(agreement.effectiveDate())) {
            throw new IllegalArgumentException("the generation period of agreement '" + agreement.id()
                    + "' must not end before its effective date " + agreement.effectiveDate() + ", was " + date);
        }
        return with(knobs.until(date));
    }

    /**
     * Timelines with what the generator knows about them: the report as of the end of generation and the choices
     * made, for properties that count hard cases or read the engine's verdict. Shrinks as this generator does.
     *
     * @return the generator of samples
     * @throws IllegalArgumentException if the late and never, or the partial and over, percentages add up to more
     *     than 100
     */
    public Gen<TimelineSample> samples() {
        check();
        Gen<TimelineSample> samples =
                in -> new TimelineBuilder(agreement, engine, knobs, lastDay(), new Draws(in)).build();
        return samples.describedAs(TimelineSample::toString);
    }

    /**
     * Generates one timeline.
     *
     * @param in QuickTheories' source of randomness
     * @return the timeline
     * @throws IllegalArgumentException if the late and never, or the partial and over, percentages add up to more
     *     than 100
     */
    @Override
    public Timeline generate(RandomnessSource in) {
        check();
        return new TimelineBuilder(agreement, engine, knobs, lastDay(), new Draws(in))
                .build()
                .timeline();
    }

    /**
     * Describes a timeline one event per line, for QuickTheories' report of a falsifying example.
     *
     * @param timeline the timeline
     * @return the description
     */
    @Override
    public String asString(Timeline timeline) {
        return Timelines.describe(timeline);
    }

    private LocalDate lastDay() {
        if (knobs.until != null) {
            return knobs.until;
        }
        return agreement.endDate().orElse(agreement.effectiveDate().plusDays(DEFAULT_PERIOD_DAYS));
    }

    /** Returns the settings, e.g. "timelines of web-development: 5-30 events, late 25 % by 1-10 days, ...". */
    @Override
    public String toString() {
        return "timelines of " + agreement.id() + ": " + knobs.minEvents + "-" + knobs.maxEvents + " events until "
                + lastDay() + ", late " + knobs.latePercent + " % by " + knobs.minLateDays + "-" + knobs.maxLateDays
                + " days, never " + knobs.neverPercent + " %, partial payments " + knobs.partialPercent
                + " %, overpayments " + knobs.overPercent + " %, control events " + knobs.controlPercent
                + " %, forbidden acts " + knobs.forbiddenPercent + " %, up to " + knobs.maxTriggers
                + " triggers per kind";
    }

    private TimelineGen with(Knobs changed) {
        return new TimelineGen(agreement, engine, changed);
    }

    private static void percent(String what, int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException(what + ": expected a percentage from 0 to 100, was " + percent);
        }
    }

    /** The settings that depend on each other, checked when generating so that they can be set in any order. */
    private void check() {
        sum("late", knobs.latePercent, "never", knobs.neverPercent);
        sum("partial payments", knobs.partialPercent, "overpayments", knobs.overPercent);
    }

    private static void sum(String a, int pa, String b, int pb) {
        if (pa + pb > 100) {
            throw new IllegalArgumentException(
                    a + " and " + b + " percentages must add up to at most 100, were " + pa + " and " + pb);
        }
    }

    private static void range(String what, int min, int max, int limit) {
        if (min < 0 || max < min || max > limit) {
            throw new IllegalArgumentException(
                    what + ": expected 0 <= min <= max <= " + limit + ", was " + min + " to " + max);
        }
    }
}
