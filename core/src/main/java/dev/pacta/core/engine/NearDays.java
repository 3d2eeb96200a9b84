package dev.pacta.core.engine;

import java.util.Arrays;

/**
 * Values kept per local day for the days near an agreement, in an array indexed by days from a base day: nearly
 * every day an agreement looks at lies within a few years of its effective date, and an array lookup is cheaper than
 * hashing a date. The array starts small and doubles as later days are asked for, up to {@value #MAX_DAYS} days
 * (about 22 years); days outside the window are not kept.
 *
 * <p>The values never change once put, so simulation copies share one table. Not thread-safe: owned by one
 * evaluation.
 *
 * @param <T> the value kept per day
 */
final class NearDays<T> {
    private static final int MAX_DAYS = 8192;

    private final long base;
    private Object[] values = new Object[512];

    /** @param base the epoch day of index 0 */
    NearDays(long base) {
        this.base = base;
    }

    /** The value kept for a day, or null. */
    @SuppressWarnings("unchecked")
    T get(long epochDay) {
        long k = epochDay - base;
        return k >= 0 && k < values.length ? (T) values[(int) k] : null;
    }

    /** Keeps a value for a day, if the day is within the window. */
    void put(long epochDay, T value) {
        long k = epochDay - base;
        if (k < 0 || k >= MAX_DAYS) {
            return;
        }
        if (k >= values.length) {
            values = Arrays.copyOf(values, (int) Math.min(MAX_DAYS, Long.highestOneBit(k) * 2));
        }
        values[(int) k] = value;
    }
}
