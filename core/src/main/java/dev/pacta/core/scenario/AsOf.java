package dev.pacta.core.scenario;

import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.model.Agreement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * When a {@link Check} looks at the agreement: the end of a day in the agreement's zone ({@code 2026-03-10}: every
 * event of that day counts and instances due that day are not late yet), or an exact instant.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AsOf {
    private final LocalDate date;
    private final Instant instant;

    private AsOf(LocalDate date, Instant instant) {
        this.date = date;
        this.instant = instant;
    }

    /**
     * The end of a day in the agreement's zone, as {@link ComplianceEngine#evaluate(Agreement,
     * dev.pacta.core.model.Timeline, LocalDate)} evaluates it.
     *
     * @param date the day
     * @return the as-of
     */
    public static AsOf endOf(LocalDate date) {
        return new AsOf(Objects.requireNonNull(date, "date"), null);
    }

    /**
     * An exact instant: events at or before it count.
     *
     * @param instant the instant
     * @return the as-of
     */
    public static AsOf at(Instant instant) {
        return new AsOf(null, Objects.requireNonNull(instant, "instant"));
    }

    /**
     * Parses {@code yyyy-MM-dd} (the end of that day) or an ISO instant or offset date-time
     * ({@code 2026-03-10T09:00:00Z}, {@code 2026-03-10T10:00:00+01:00}).
     *
     * @param text the text
     * @return the as-of
     * @throws IllegalArgumentException if the text is neither
     */
    public static AsOf parse(String text) {
        Objects.requireNonNull(text, "text");
        try {
            return text.length() == 10
                    ? endOf(LocalDate.parse(text))
                    : at(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "as-of '" + text + "' is not valid: expected a date such as 2026-03-10 or a timestamp such as"
                            + " 2026-03-10T09:00:00Z");
        }
    }

    /**
     * The day, if this is the end of a day.
     *
     * @return the date
     */
    public Optional<LocalDate> date() {
        return Optional.ofNullable(date);
    }

    /**
     * The instant, if this is an exact instant.
     *
     * @return the instant
     */
    public Optional<Instant> instant() {
        return Optional.ofNullable(instant);
    }

    /**
     * The evaluation instant for an agreement: the last instant of the day in its zone, or the exact instant.
     *
     * @param agreement the agreement, for its zone
     * @return the instant
     */
    public Instant resolve(Agreement agreement) {
        return date != null ? ComplianceEngine.endOfDay(agreement, date) : instant;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AsOf a && Objects.equals(a.date, date) && Objects.equals(a.instant, instant);
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, instant);
    }

    /** Returns the date ({@code 2026-03-10}) or the instant ({@code 2026-03-10T09:00:00Z}). */
    @Override
    public String toString() {
        return date != null ? date.toString() : instant.toString();
    }
}
