package dev.pacta.core.engine;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Values kept per local day, for the days of about two centuries around 1970 (epoch days ±{@value #HALF_SPAN}), in
 * arrays of {@value #CHUNK} days made as days are asked for: an array lookup is cheaper than hashing a date, and the
 * days agreements look at cluster in a few years. Days outside the span are not kept.
 *
 * <p>One table per zone is shared by every simulation of an engine ({@link ZoneOffsets}), so that the agreements of
 * a portfolio share one start-of-day {@code Instant} and one {@code LocalDate} per day instead of making and keeping
 * their own. Thread-safe: a value never changes once put (a value put twice by two threads is equal; either is kept).
 *
 * @param <T> the value kept per day, immutable
 */
final class NearDays<T> {
    private static final int CHUNK = 512;
    private static final long HALF_SPAN = 1L << 16;

    private final AtomicReferenceArray<AtomicReferenceArray<T>> chunks =
            new AtomicReferenceArray<>((int) (2 * HALF_SPAN / CHUNK));

    /** The value kept for a day, or null. */
    T get(long epochDay) {
        long k = epochDay + HALF_SPAN;
        if (k < 0 || k >= 2 * HALF_SPAN) {
            return null;
        }
        AtomicReferenceArray<T> chunk = chunks.get((int) (k / CHUNK));
        return chunk == null ? null : chunk.get((int) (k % CHUNK));
    }

    /** Keeps a value for a day, if the day is within the span. */
    void put(long epochDay, T value) {
        long k = epochDay + HALF_SPAN;
        if (k < 0 || k >= 2 * HALF_SPAN) {
            return;
        }
        int c = (int) (k / CHUNK);
        AtomicReferenceArray<T> chunk = chunks.get(c);
        if (chunk == null) {
            chunks.compareAndSet(c, null, new AtomicReferenceArray<>(CHUNK));
            chunk = chunks.get(c);
        }
        chunk.lazySet((int) (k % CHUNK), value);
    }
}
