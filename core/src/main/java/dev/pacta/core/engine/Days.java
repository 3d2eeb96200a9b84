package dev.pacta.core.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Local days of an agreement's zone (chapter "Time" of the design): the date of an instant, the start of a day, and a
 * day in words. The bottom of the engine: it knows no instance and no rule.
 *
 * <p>Starts of days and one {@link LocalDate} per day are cached in tables shared by the engine's simulations in the
 * zone ({@link ZoneOffsets}); the zone offset's stretch asked for last is kept here. The caches never change a result.
 * Shared by a simulation and its copies; not thread-safe (owned by one evaluation).
 */
final class Days {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE uuuu-MM-dd", Locale.ROOT);
    private static final String[] WEEKDAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

    final ZoneId zone;
    /** The zone's offsets, shared by the engine's simulations. */
    private final ZoneOffsets offsets;
    /** The zone's offset in seconds when it has no transitions (e.g. UTC), else null. */
    private final Integer fixedOffset;
    /** Starts of local days, and one {@link LocalDate} per day, shared by the zone's simulations. */
    private final NearDays<Instant> dayStarts;

    private final NearDays<LocalDate> dates;
    /** The deadlines due through the end of each day, without grace ({@link #dueThrough}). */
    private final NearDays<Deadline> dueDays;

    private ZoneOffsets.Stretch lastStretch;

    /** @param offsets the zone's offsets, with its tables of days */
    Days(ZoneOffsets offsets) {
        this.offsets = offsets;
        this.zone = offsets.zone();
        this.fixedOffset = offsets.fixedOffset();
        this.dayStarts = offsets.dayStarts();
        this.dates = offsets.dates();
        this.dueDays = offsets.dueDays();
    }

    /** The local date of an instant. */
    LocalDate localDate(Instant t) {
        long seconds = t.getEpochSecond();
        return day(Math.floorDiv(seconds + offsetAt(seconds), 86_400L));
    }

    /**
     * The one {@link LocalDate} kept for a day (an instance's anchor, period and deadline dates, and every lookup, of
     * every agreement of the engine in the zone, share it), else a new one: fewer objects made and kept.
     */
    private LocalDate day(long epochDay) {
        LocalDate d = dates.get(epochDay);
        if (d == null) {
            d = LocalDate.ofEpochDay(epochDay);
            dates.put(epochDay, d);
        }
        return d;
    }

    /** The shared instance of a date (see {@link #day(long)}). */
    LocalDate shared(LocalDate date) {
        return day(date.toEpochDay());
    }

    /**
     * The zone's offset at an instant, remembering the stretch between two transitions it holds for, since the
     * instants an agreement looks at cluster in a few such stretches.
     */
    private int offsetAt(long epochSecond) {
        if (fixedOffset != null) {
            return fixedOffset;
        }
        return stretchAt(epochSecond).offset();
    }

    /** The stretch between two transitions that holds an instant: most often the one asked for last. */
    private ZoneOffsets.Stretch stretchAt(long epochSecond) {
        ZoneOffsets.Stretch s = lastStretch;
        if (s == null || !s.holds(epochSecond)) {
            s = offsets.at(epochSecond);
            lastStretch = s;
        }
        return s;
    }

    /**
     * The start of a local day. Far from any transition (more than two days away), local midnight is
     * {@code epochDay × 86,400 − offset}, unambiguously; near one (a gap or overlap at midnight), ask the zone.
     */
    private Instant computeStartOf(LocalDate date) {
        long local = date.toEpochDay() * 86_400L;
        if (fixedOffset != null) {
            return Instant.ofEpochSecond(local - fixedOffset);
        }
        long t = local - offsetAt(local);
        ZoneOffsets.Stretch s = stretchAt(t);
        if (t + s.offset() == local && t - 2 * 86_400L >= s.from() && t + 2 * 86_400L < s.until()) {
            return Instant.ofEpochSecond(t);
        }
        return date.atStartOfDay(zone).toInstant();
    }

    /** The start of a local day in the agreement's zone, cached: agreements touch a few hundred distinct days. */
    Instant startOf(LocalDate date) {
        long epochDay = date.toEpochDay();
        Instant start = dayStarts.get(epochDay);
        if (start == null) {
            start = computeStartOf(date);
            dayStarts.put(epochDay, start);
        }
        return start;
    }

    /**
     * The deadline "due through the end of {@code date}", without grace: one per day, shared like the days (a deadline
     * depends on nothing but its day and the zone), so that the instances due on a day keep one object, not one each.
     */
    Deadline dueThrough(LocalDate date) {
        long epochDay = date.toEpochDay();
        Deadline d = dueDays.get(epochDay);
        if (d == null) {
            Instant lateFrom = startOf(date.plusDays(1));
            d = new Deadline(day(epochDay), null, lateFrom, lateFrom);
            dueDays.put(epochDay, d);
        }
        return d;
    }

    /** The instant of an event time in the agreement's zone. */
    Instant instantOf(dev.pacta.core.model.EventTime time) {
        return time.date().isPresent()
                ? startOf(time.date().get())
                : time.timestamp().get().toInstant();
    }

    /** The local day of an instant in words, {@code Fri 2026-03-06}. */
    String day(Instant t) {
        return day(localDate(t));
    }

    /**
     * A day in words, {@code Fri 2026-03-06} (the pattern {@code EEE uuuu-MM-dd} in the root locale), written by hand:
     * explanations format many days and {@code DateTimeFormatter} is slow.
     */
    static String day(LocalDate d) {
        int year = d.getYear();
        if (year < 1000 || year > 9999) {
            return DAY.format(d);
        }
        char[] c = new char[14];
        String w = WEEKDAYS[d.getDayOfWeek().ordinal()];
        c[0] = w.charAt(0);
        c[1] = w.charAt(1);
        c[2] = w.charAt(2);
        c[3] = ' ';
        c[4] = (char) ('0' + year / 1000);
        c[5] = (char) ('0' + year / 100 % 10);
        c[6] = (char) ('0' + year / 10 % 10);
        c[7] = (char) ('0' + year % 10);
        c[8] = '-';
        c[9] = (char) ('0' + d.getMonthValue() / 10);
        c[10] = (char) ('0' + d.getMonthValue() % 10);
        c[11] = '-';
        c[12] = (char) ('0' + d.getDayOfMonth() / 10);
        c[13] = (char) ('0' + d.getDayOfMonth() % 10);
        return new String(c);
    }

    /** A deadline in words: its day, or the instant with the zone's offset for a time deadline. */
    String describeDue(Deadline d) {
        return describeDue(d, zone);
    }

    /** A deadline in words: its day, or the instant with the zone's offset for a time deadline. */
    static String describeDue(Deadline d, ZoneId zone) {
        return d.isDate()
                ? day(d.date())
                : d.dueAt().atZone(zone).toOffsetDateTime().toString();
    }
}
