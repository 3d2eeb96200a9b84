package dev.pacta.core.engine;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;

/**
 * A zone's offsets as the stretches between its transitions, looked up in the zone's rules once and then shared by
 * every simulation of an engine: agreements in one zone look at the same few stretches (two a year where clocks
 * change), and asking {@link ZoneRules} for each event and deadline was a tenth of an evaluation.
 *
 * <p>It also holds the zone's tables of days ({@link NearDays}), for the same reason. Thread-safe: the table of
 * stretches is an immutable array, replaced (copy on write) when a stretch is added.
 */
final class ZoneOffsets {
    /** Instants [from, until) over which the zone's offset is the same. */
    record Stretch(long from, long until, int offset) {
        boolean holds(long epochSecond) {
            return epochSecond >= from && epochSecond < until;
        }
    }

    private final ZoneId zone;
    private volatile Stretch[] stretches = new Stretch[0];
    /** The zone's starts of days and one {@link java.time.LocalDate} per day, shared by the engine's simulations. */
    private final NearDays<Instant> dayStarts = new NearDays<>();

    private final NearDays<java.time.LocalDate> dates = new NearDays<>();
    private final NearDays<Deadline> dueDays = new NearDays<>();
    /** The zone's offset in seconds when it never changes, else null; asked once. */
    private final Integer fixedOffset;

    ZoneOffsets(ZoneId zone) {
        this.zone = zone;
        ZoneRules rules = zone.getRules();
        this.fixedOffset =
                rules.isFixedOffset() ? rules.getOffset(Instant.EPOCH).getTotalSeconds() : null;
    }

    /** The starts of the zone's days, shared by the simulations of an engine. */
    NearDays<Instant> dayStarts() {
        return dayStarts;
    }

    /** One {@link java.time.LocalDate} per day, shared by the simulations of an engine. */
    NearDays<java.time.LocalDate> dates() {
        return dates;
    }

    /** The deadlines due through the end of each day, without grace, shared by the simulations of an engine. */
    NearDays<Deadline> dueDays() {
        return dueDays;
    }

    /** The zone these are the offsets of. */
    ZoneId zone() {
        return zone;
    }

    /** The zone's offset in seconds when it never changes (e.g. UTC), else null. */
    Integer fixedOffset() {
        return fixedOffset;
    }

    /** The stretch that holds an instant. */
    Stretch at(long epochSecond) {
        Stretch[] table = stretches;
        int low = 0;
        int high = table.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Stretch s = table[mid];
            if (epochSecond < s.from()) {
                high = mid - 1;
            } else if (epochSecond >= s.until()) {
                low = mid + 1;
            } else {
                return s;
            }
        }
        return add(epochSecond);
    }

    private synchronized Stretch add(long epochSecond) {
        for (Stretch s : stretches) {
            if (s.holds(epochSecond)) {
                return s; // added by another thread meanwhile
            }
        }
        ZoneRules rules = zone.getRules();
        Instant t = Instant.ofEpochSecond(epochSecond);
        ZoneOffsetTransition previous = rules.previousTransition(t.plusSeconds(1));
        ZoneOffsetTransition next = rules.nextTransition(t);
        Stretch found = new Stretch(
                previous == null ? Long.MIN_VALUE : previous.toEpochSecond(),
                next == null ? Long.MAX_VALUE : next.toEpochSecond(),
                rules.getOffset(t).getTotalSeconds());
        Stretch[] table = Arrays.copyOf(stretches, stretches.length + 1);
        table[table.length - 1] = found;
        Arrays.sort(table, (a, b) -> Long.compare(a.from(), b.from()));
        stretches = table;
        return found;
    }
}
