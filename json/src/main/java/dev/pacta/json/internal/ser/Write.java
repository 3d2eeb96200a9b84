package dev.pacta.json.internal.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.pacta.core.Identifier;
import dev.pacta.core.model.EventTime;
import dev.pacta.core.money.Money;
import dev.pacta.core.time.Span;
import dev.pacta.json.internal.SpanUnits;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Small writing helpers shared by the serializers. */
public final class Write {
    private Write() {}

    /**
     * Writes a date property as {@code yyyy-MM-dd}.
     *
     * @param g the generator
     * @param name the property name
     * @param date the date
     * @throws IOException if the generator fails
     * @throws IllegalArgumentException if the date is outside the years 0001 to 9999, which the format reads
     */
    public static void date(JsonGenerator g, String name, LocalDate date) throws IOException {
        g.writeStringField(name, inYears(date).toString());
    }

    /**
     * A date as {@code yyyy-MM-dd}, for an array element.
     *
     * @throws IllegalArgumentException if the date is outside the years 0001 to 9999, which the format reads
     */
    static String dateText(LocalDate date) {
        return inYears(date).toString();
    }

    /**
     * The date, if it is in the years 0001 to 9999 that the format reads. Engine results can leave them (a deadline
     * after 9999-12-31 for an agreement dated at its end): rather than a document that no reader accepts, writing
     * fails.
     *
     * @throws IllegalArgumentException if the date is outside those years
     */
    private static LocalDate inYears(LocalDate date) {
        if (date.getYear() < 1 || date.getYear() > 9999) {
            throw new IllegalArgumentException(
                    "date " + date + " is outside the years 0001 to 9999 that the format reads and writes");
        }
        return date;
    }

    /**
     * Writes a date property if present.
     *
     * @param g the generator
     * @param name the property name
     * @param date the date, if any
     * @throws IOException if the generator fails
     */
    public static void date(JsonGenerator g, String name, Optional<LocalDate> date) throws IOException {
        if (date.isPresent()) {
            date(g, name, date.get());
        }
    }

    /**
     * Writes a text property if present.
     *
     * @param g the generator
     * @param name the property name
     * @param text the text, if any
     * @throws IOException if the generator fails
     */
    public static void text(JsonGenerator g, String name, Optional<String> text) throws IOException {
        if (text.isPresent()) {
            g.writeStringField(name, text.get());
        }
    }

    /**
     * Writes an id property if present.
     *
     * @param g the generator
     * @param name the property name
     * @param id the id, if any
     * @throws IOException if the generator fails
     */
    public static void id(JsonGenerator g, String name, Optional<? extends Identifier> id) throws IOException {
        if (id.isPresent()) {
            g.writeStringField(name, id.get().value());
        }
    }

    /**
     * Money as {@code "EUR 1200.00"}.
     *
     * @param money the money
     * @return the text
     */
    public static String money(Money money) {
        return money.currency().getCurrencyCode() + " " + money.amount().toPlainString();
    }

    /**
     * Writes a money property as {@code "EUR 1200.00"} if present.
     *
     * @param g the generator
     * @param name the property name
     * @param money the money, if any
     * @throws IOException if the generator fails
     */
    public static void money(JsonGenerator g, String name, Optional<Money> money) throws IOException {
        if (money.isPresent()) {
            g.writeStringField(name, money(money.get()));
        }
    }

    /**
     * Writes a decimal property, if present, as a plain JSON number, exactly (no exponent, no binary floating point).
     *
     * @param g the generator
     * @param name the property name
     * @param value the decimal, if any
     * @throws IOException if the generator fails
     */
    public static void decimal(JsonGenerator g, String name, Optional<BigDecimal> value) throws IOException {
        if (value.isPresent()) {
            g.writeFieldName(name);
            g.writeNumber(value.get().toPlainString());
        }
    }

    /**
     * Writes an array of ids; nothing if there are none.
     *
     * @param g the generator
     * @param name the property name
     * @param ids the ids
     * @throws IOException if the generator fails
     */
    public static void ids(JsonGenerator g, String name, Collection<? extends Identifier> ids) throws IOException {
        if (!ids.isEmpty()) {
            g.writeArrayFieldStart(name);
            for (Identifier id : ids) {
                g.writeString(id.value());
            }
            g.writeEndArray();
        }
    }

    /** Writes a span as {@code {"businessDays": 2}}. */
    static void span(JsonGenerator g, Span span) throws IOException {
        g.writeStartObject();
        g.writeNumberField(SpanUnits.name(span.unit()), span.amount());
        g.writeEndObject();
    }

    /**
     * Writes a span property, if present, as {@code {"businessDays": 2}}.
     *
     * @param g the generator
     * @param name the property name
     * @param span the span, if any
     * @throws IOException if the generator fails
     */
    public static void span(JsonGenerator g, String name, Optional<Span> span) throws IOException {
        if (span.isPresent()) {
            g.writeFieldName(name);
            span(g, span.get());
        }
    }

    /**
     * An event time as {@code 2026-03-04} or an RFC 3339 timestamp with seconds: {@code 2026-03-04T15:30:00+01:00},
     * {@code Z} for UTC, the fraction without trailing zeros.
     *
     * @param time the event time
     * @return the text
     * @throws IllegalArgumentException if the offset has seconds, which RFC 3339 cannot write, or the date is outside
     *     the years 0001 to 9999
     */
    static String eventTime(EventTime time) {
        if (time.date().isPresent()) {
            return inYears(time.date().get()).toString();
        }
        OffsetDateTime t = time.timestamp().orElseThrow();
        inYears(t.toLocalDate());
        int offset = t.getOffset().getTotalSeconds();
        if (offset % 60 != 0) {
            throw new IllegalArgumentException(
                    "timestamp " + t + " has an offset with seconds, which RFC 3339 cannot write");
        }
        StringBuilder s = new StringBuilder(35);
        s.append(t.toLocalDate()).append('T');
        two(s, t.getHour()).append(':');
        two(s, t.getMinute()).append(':');
        two(s, t.getSecond());
        if (t.getNano() != 0) {
            String nanos = String.valueOf(1_000_000_000 + t.getNano()).substring(1);
            int end = nanos.length();
            while (nanos.charAt(end - 1) == '0') {
                end--;
            }
            s.append('.').append(nanos, 0, end);
        }
        if (offset == 0) {
            s.append('Z');
        } else {
            int abs = Math.abs(offset) / 60;
            s.append(offset < 0 ? '-' : '+');
            two(s, abs / 60).append(':');
            two(s, abs % 60);
        }
        return s.toString();
    }

    /**
     * An instant as an RFC 3339 timestamp at its offset in a zone, e.g. {@code 2026-04-30T23:59:59.999999999+02:00}
     * for the end of a day in Madrid: an exact instant that also reads as the local time. At the ends of the years
     * that the format reads (0001 to 9999), an instant whose date at that offset is outside them is written in UTC,
     * or, if its date is outside them in UTC too (the instant {@code 0001-01-01T00:30:00+01:00}), at the offset of
     * whole minutes nearest to UTC (at most 18 hours) that keeps its date inside them
     * ({@code 0001-01-01T00:00:00+00:30}), so that it reads back.
     *
     * @param instant the instant
     * @param zone the zone whose offset to use
     * @return the text
     */
    public static String instant(Instant instant, ZoneId zone) {
        OffsetDateTime local = instant.atZone(zone).toOffsetDateTime();
        if (local.getOffset().getTotalSeconds() % 60 != 0) {
            // RFC 3339 offsets have no seconds (zones with such offsets are pre-1972 LMT): fall back to UTC.
            local = instant.atOffset(ZoneOffset.UTC);
        }
        if (local.getYear() < 1 || local.getYear() > 9999) {
            local = withinYears(instant).orElse(local);
        }
        return eventTime(EventTime.of(local));
    }

    /** The first second that the format can write, {@code 0001-01-01T00:00:00}, as if in UTC. */
    private static final long FIRST_SECOND = LocalDateTime.of(1, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);

    /** The last second that the format can write, {@code 9999-12-31T23:59:59}, as if in UTC. */
    private static final long LAST_SECOND =
            LocalDateTime.of(9999, 12, 31, 23, 59, 59).toEpochSecond(ZoneOffset.UTC);

    /** The longest offset, in seconds. */
    private static final int MAX_OFFSET = 18 * 3600;

    /** The instant at the offset nearest to UTC, in whole minutes, whose date is in the years 0001 to 9999. */
    private static Optional<OffsetDateTime> withinYears(Instant instant) {
        long second = instant.getEpochSecond();
        long offset;
        if (second < FIRST_SECOND) {
            offset = Math.floorDiv(FIRST_SECOND - second + 59, 60) * 60;
        } else if (second > LAST_SECOND) {
            offset = -Math.floorDiv(second - LAST_SECOND + 59, 60) * 60;
        } else {
            return Optional.of(instant.atOffset(ZoneOffset.UTC));
        }
        return Math.abs(offset) > MAX_OFFSET
                ? Optional.empty()
                : Optional.of(instant.atOffset(ZoneOffset.ofTotalSeconds((int) offset)));
    }

    /**
     * Writes an instant property if present, as {@link #instant(Instant, ZoneId)}.
     *
     * @param g the generator
     * @param name the property name
     * @param instant the instant, if any
     * @param zone the zone whose offset to use
     * @throws IOException if the generator fails
     */
    public static void instant(JsonGenerator g, String name, Optional<Instant> instant, ZoneId zone)
            throws IOException {
        if (instant.isPresent()) {
            g.writeStringField(name, instant(instant.get(), zone));
        }
    }

    /**
     * Writes an array of strings; nothing if there are none.
     *
     * @param g the generator
     * @param name the property name
     * @param texts the strings
     * @throws IOException if the generator fails
     */
    public static void texts(JsonGenerator g, String name, Collection<String> texts) throws IOException {
        if (!texts.isEmpty()) {
            g.writeArrayFieldStart(name);
            for (String text : texts) {
                g.writeString(text);
            }
            g.writeEndArray();
        }
    }

    /**
     * Writes a map of party ids to whole numbers, sorted by party id; nothing if empty.
     *
     * @param g the generator
     * @param name the property name
     * @param numbers the numbers by party
     * @throws IOException if the generator fails
     */
    public static void partyNumbers(JsonGenerator g, String name, Map<? extends Identifier, Long> numbers)
            throws IOException {
        if (!numbers.isEmpty()) {
            g.writeObjectFieldStart(name);
            TreeMap<String, Long> sorted = new TreeMap<>();
            numbers.forEach((k, v) -> sorted.put(k.value(), v));
            for (Map.Entry<String, Long> e : sorted.entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        }
    }

    private static StringBuilder two(StringBuilder s, int value) {
        return s.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
