package dev.pacta.flink;

import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.time.CalendarSource;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How {@link PactaFlink#evaluate} runs: the calendars and horizon of its engine, the watermarks' bound on
 * out-of-order events, how late an event may still be applied, and an optional end of time for deadline timers.
 *
 * <p>Flink ships the options to every task, so they are {@link Serializable}; the calendars are given as a
 * {@link Calendars} factory, called once per task, because a {@link CalendarSource} need not be serializable. This
 * class is immutable and thread-safe; each {@code withX} method returns a new instance.
 */
public final class PactaFlinkOptions implements Serializable {
    private static final long serialVersionUID = 1L;

    // The options travel to the task managers serialized: each field is part of the serialized form, so each is said.

    /** Makes each task's calendar source. */
    private final Calendars calendars;

    /** How far ahead of the clock an evaluation looks for upcoming instances. */
    private final Period horizon;

    /** The watermarks' bound on how far out of event-time order the events arrive. */
    private final Duration outOfOrderness;

    /** How far behind the watermark an event may arrive and still be applied, as a correction. */
    private final Duration allowedLateness;

    /** The end of time of a bounded run: no timer after it; null for none. */
    private final Instant until;

    /** The zone that timestamps events given as a date only. */
    private final ZoneId eventZone;

    /**
     * Makes the calendar source of each task's engine; a lambda or method reference that captures only serializable
     * values will do.
     */
    @FunctionalInterface
    public interface Calendars extends Supplier<CalendarSource>, Serializable {}

    private PactaFlinkOptions(
            Calendars calendars,
            Period horizon,
            Duration outOfOrderness,
            Duration allowedLateness,
            Instant until,
            ZoneId eventZone) {
        this.calendars = calendars;
        this.horizon = horizon;
        this.outOfOrderness = outOfOrderness;
        this.allowedLateness = allowedLateness;
        this.until = until;
        this.eventZone = eventZone;
    }

    /**
     * The defaults: the built-in calendars, the engine's default horizon, events out of order by up to one minute,
     * events up to one hour behind the watermark still applied, no end of time, and day-only event times read in UTC.
     *
     * @return the default options
     */
    public static PactaFlinkOptions defaults() {
        return new PactaFlinkOptions(
                CalendarSource::builtIns,
                ComplianceEngine.DEFAULT_HORIZON,
                Duration.ofMinutes(1),
                Duration.ofHours(1),
                null,
                ZoneId.of("UTC"));
    }

    /**
     * With the calendars of the engine.
     *
     * @param calendars makes the calendar source, once per task
     * @return the new options
     */
    public PactaFlinkOptions calendars(Calendars calendars) {
        return new PactaFlinkOptions(
                Objects.requireNonNull(calendars, "calendars"),
                horizon,
                outOfOrderness,
                allowedLateness,
                until,
                eventZone);
    }

    /**
     * With the engine's reporting horizon for reminders and {@code AT_RISK}.
     *
     * @param horizon a non-negative period
     * @return the new options
     */
    public PactaFlinkOptions horizon(Period horizon) {
        if (horizon.isNegative()) {
            throw new IllegalArgumentException("horizon must not be negative, was " + horizon);
        }
        return new PactaFlinkOptions(calendars, horizon, outOfOrderness, allowedLateness, until, eventZone);
    }

    /**
     * With the bound of the watermarks on how far out of order events arrive: the watermark trails the latest event
     * time seen by this much, and an event is evaluated once the watermark passes it, in event-time order.
     *
     * @param bound a non-negative duration
     * @return the new options
     */
    public PactaFlinkOptions outOfOrderness(Duration bound) {
        return new PactaFlinkOptions(
                calendars, horizon, nonNegative(bound, "outOfOrderness"), allowedLateness, until, eventZone);
    }

    /**
     * With how far behind the watermark an event may arrive and still be applied (its changes are then marked as
     * corrections); a later event goes to the side output {@link PactaFlink#LATE_EVENTS}.
     *
     * @param lateness a non-negative duration
     * @return the new options
     */
    public PactaFlinkOptions allowedLateness(Duration lateness) {
        return new PactaFlinkOptions(
                calendars, horizon, outOfOrderness, nonNegative(lateness, "allowedLateness"), until, eventZone);
    }

    /**
     * With an end of time: no deadline timer is set after it. A bounded input ends with a watermark at the end of
     * time, which fires every timer; without this bound, an agreement with recurring obligations and no end would set
     * timers forever, so at the end of a bounded input timers are followed only up to this instant.
     *
     * @param until the last instant deadlines are followed to
     * @return the new options
     */
    public PactaFlinkOptions until(Instant until) {
        return new PactaFlinkOptions(
                calendars, horizon, outOfOrderness, allowedLateness, Objects.requireNonNull(until, "until"), eventZone);
    }

    /**
     * With the zone in which the file and Kafka readers timestamp events dated by a day only (the evaluation itself
     * always uses the agreement's zone).
     *
     * @param zone the zone
     * @return the new options
     */
    public PactaFlinkOptions eventZone(ZoneId zone) {
        return new PactaFlinkOptions(
                calendars, horizon, outOfOrderness, allowedLateness, until, Objects.requireNonNull(zone, "zone"));
    }

    /**
     * The calendar source factory.
     *
     * @return the factory
     */
    public Calendars calendars() {
        return calendars;
    }

    /**
     * The engine's reporting horizon.
     *
     * @return the horizon
     */
    public Period horizon() {
        return horizon;
    }

    /**
     * The watermarks' bound on out-of-order events.
     *
     * @return the bound
     */
    public Duration outOfOrderness() {
        return outOfOrderness;
    }

    /**
     * How far behind the watermark an event is still applied.
     *
     * @return the allowed lateness
     */
    public Duration allowedLateness() {
        return allowedLateness;
    }

    /**
     * The end of time for deadline timers, if set.
     *
     * @return the instant
     */
    public Optional<Instant> until() {
        return Optional.ofNullable(until);
    }

    /**
     * The zone of day-only event times for the readers.
     *
     * @return the zone
     */
    public ZoneId eventZone() {
        return eventZone;
    }

    /**
     * A new engine for these options.
     *
     * @return the engine
     */
    ComplianceEngine engine() {
        return ComplianceEngine.builder()
                .calendars(calendars.get())
                .horizon(horizon)
                .build();
    }

    private static Duration nonNegative(Duration d, String name) {
        if (d.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, was " + d);
        }
        return d;
    }

    @Override
    public String toString() {
        return "PactaFlinkOptions[horizon=" + horizon + ", outOfOrderness=" + outOfOrderness + ", allowedLateness="
                + allowedLateness + ", until=" + until + ", eventZone=" + eventZone + "]";
    }
}
