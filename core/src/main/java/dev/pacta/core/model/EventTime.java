package dev.pacta.core.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * When an event happened: a local date ({@code 2026-03-04}, the start of that day in the agreement's zone) or a
 * full timestamp with an offset ({@code 2026-03-04T15:30:00+01:00}).
 *
 * <p>The date form is resolved against the agreement's zone at evaluation, so the same timeline can be read
 * before the agreement is known. This class is immutable and thread-safe.
 */
public final class EventTime implements Comparable<EventTime> {
    private final LocalDate date;
    private final OffsetDateTime timestamp;

    private EventTime(LocalDate date, OffsetDateTime timestamp) {
        this.date = date;
        this.timestamp = timestamp;
    }

    /**
     * The start of a local day in the agreement's zone.
     *
     * @param date the date
     * @return the event time
     */
    public static EventTime of(LocalDate date) {
        return new EventTime(Objects.requireNonNull(date, "date"), null);
    }

    /**
     * An exact instant, written with its offset.
     *
     * @param timestamp the timestamp
     * @return the event time
     */
    public static EventTime of(OffsetDateTime timestamp) {
        return new EventTime(null, Objects.requireNonNull(timestamp, "timestamp"));
    }

    /**
     * Parses {@code yyyy-MM-dd} or an ISO offset date-time.
     *
     * @param text the text
     * @return the event time
     * @throws java.time.format.DateTimeParseException if the text is neither
     */
    public static EventTime parse(String text) {
        return text.length() == 10 ? of(LocalDate.parse(text)) : of(OffsetDateTime.parse(text));
    }

    /**
     * The local date, if this is a date-only event time.
     *
     * @return the date
     */
    public Optional<LocalDate> date() {
        return Optional.ofNullable(date);
    }

    /**
     * The timestamp, if this is a full timestamp.
     *
     * @return the timestamp
     */
    public Optional<OffsetDateTime> timestamp() {
        return Optional.ofNullable(timestamp);
    }

    /**
     * The instant in the given zone: the start of the day for a date (right on days without a midnight).
     *
     * @param zone the agreement's zone
     * @return the instant
     */
    public Instant toInstant(ZoneId zone) {
        return date != null ? date.atStartOfDay(zone).toInstant() : timestamp.toInstant();
    }

    /**
     * The local date in the given zone.
     *
     * @param zone the agreement's zone
     * @return the date on which the event happened there
     */
    public LocalDate toLocalDate(ZoneId zone) {
        return date != null ? date : timestamp.atZoneSameInstant(zone).toLocalDate();
    }

    /**
     * Orders by instant as if in UTC (dates at UTC midnight); the engine orders by {@link #toInstant(ZoneId)}.
     */
    @Override
    public int compareTo(EventTime other) {
        return toInstant(java.time.ZoneOffset.UTC).compareTo(other.toInstant(java.time.ZoneOffset.UTC));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EventTime t && Objects.equals(t.date, date) && Objects.equals(t.timestamp, timestamp);
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, timestamp);
    }

    /** Returns the ISO form: {@code 2026-03-04} or {@code 2026-03-04T15:30+01:00}. */
    @Override
    public String toString() {
        return date != null ? date.toString() : timestamp.toString();
    }
}
