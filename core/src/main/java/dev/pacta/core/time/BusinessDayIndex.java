package dev.pacta.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * A business calendar's days as numbers: which epoch days are business days, and how many lie before a given day, in
 * constant or logarithmic time and without making a {@link LocalDate}. It ignores the calendar's covered range;
 * {@link BusinessCalendar} checks coverage before it asks.
 *
 * <p>A day is a business day when its weekday is not a weekend day, unless it is a <em>flip</em>: a weekday holiday or
 * a working weekend day. The weekly pattern gives the count of business days up to any day in O(1); the flips, kept
 * sorted with running sums of their effect, correct it in O(log h) for h flips. Epoch day 0 (1970-01-01) is a
 * Thursday.
 */
final class BusinessDayIndex {
    /** The longest span of flips kept as bits: about 2,900 years of days, in at most 128 KiB. */
    private static final long MAX_FLIP_BITS = 1L << 20;

    private final int weekendMask;
    private final int businessDaysPerWeek;
    /** weekPrefix[k]: the business days among the first k days of a Thursday-based week. */
    private final int[] weekPrefix = new int[8];
    /** The flips (dates whose business status differs from their weekday's), sorted. */
    private final long[] flipDays;
    /** flipDelta[i]: the sum of +1 (a working weekend day) or -1 (a weekday holiday) over the flips before i. */
    private final long[] flipDelta;
    /**
     * The flips as bits over [flipDays[0], the last flip], for an O(1) test without making or hashing a date (the
     * business-day stepping of deadlines asks once per day stepped); null if there are none, or they span too long.
     */
    private final long[] flipBits;

    BusinessDayIndex(int weekendMask, Set<LocalDate> holidays, Set<LocalDate> workingOverrides) {
        this.weekendMask = weekendMask;
        for (int k = 0; k < 7; k++) {
            weekPrefix[k + 1] = weekPrefix[k] + (isWeekend(k) ? 0 : 1);
        }
        this.businessDaysPerWeek = weekPrefix[7];

        TreeSet<LocalDate> flipped = new TreeSet<>();
        for (LocalDate h : holidays) {
            if (!isWeekend(h.toEpochDay())) {
                flipped.add(h);
            }
        }
        for (LocalDate w : workingOverrides) {
            if (isWeekend(w.toEpochDay())) {
                flipped.add(w);
            }
        }
        this.flipDays = new long[flipped.size()];
        this.flipDelta = new long[flipped.size() + 1];
        int i = 0;
        for (LocalDate f : flipped) {
            flipDays[i] = f.toEpochDay();
            flipDelta[i + 1] = flipDelta[i] + (isWeekend(flipDays[i]) ? 1 : -1);
            i++;
        }
        long span = flipDays.length == 0 ? 0 : flipDays[flipDays.length - 1] - flipDays[0] + 1;
        if (span > 0 && span <= MAX_FLIP_BITS) {
            long[] bits = new long[(int) ((span + 63) >>> 6)];
            for (long f : flipDays) {
                long k = f - flipDays[0];
                bits[(int) (k >>> 6)] |= 1L << k;
            }
            this.flipBits = bits;
        } else {
            this.flipBits = null;
        }
    }

    /** The mask of weekend days, bit {@link DayOfWeek#ordinal()} set for each. */
    int weekendMask() {
        return weekendMask;
    }

    /** The business days of a week without flips: 0 when every day of the week is a weekend day. */
    int businessDaysPerWeek() {
        return businessDaysPerWeek;
    }

    /** The first flip's epoch day, or {@code orElse} if there is none. */
    long firstFlip(long orElse) {
        return flipDays.length == 0 ? orElse : flipDays[0];
    }

    /** The last flip's epoch day, or {@code orElse} if there is none. */
    long lastFlip(long orElse) {
        return flipDays.length == 0 ? orElse : flipDays[flipDays.length - 1];
    }

    /** Whether an epoch day is a business day, whatever the covered range. */
    boolean isBusiness(long epochDay) {
        return isWeekend(epochDay) == isFlip(epochDay);
    }

    /** Whether an epoch day falls on a weekend day (a flip or not). */
    boolean isWeekend(long epochDay) {
        // floorMod(epochDay + 3, 7) is the ordinal of the day of week: 1970-01-01 is a Thursday (ordinal 3).
        return (weekendMask & (1 << (int) Math.floorMod(epochDay + 3, 7L))) != 0;
    }

    /** Whether an epoch day's business status differs from its weekday's (a weekday holiday, a working weekend). */
    private boolean isFlip(long epochDay) {
        if (flipDays.length == 0 || epochDay < flipDays[0] || epochDay > flipDays[flipDays.length - 1]) {
            return false;
        }
        if (flipBits == null) {
            return Arrays.binarySearch(flipDays, epochDay) >= 0;
        }
        long k = epochDay - flipDays[0];
        return (flipBits[(int) (k >>> 6)] & (1L << k)) != 0;
    }

    /** The number of business days in [1970-01-01, epochDay), negative before 1970, ignoring coverage. */
    long count(long epochDay) {
        long weekly = Math.floorDiv(epochDay, 7L) * businessDaysPerWeek + weekPrefix[(int) Math.floorMod(epochDay, 7L)];
        int i = Arrays.binarySearch(flipDays, epochDay);
        return weekly + flipDelta[i >= 0 ? i : -i - 1];
    }

    /** The smallest epoch day x in [lo, hi] with count(x + 1) > target: the business day of that ordinal. */
    long firstReaching(long target, long lo, long hi) {
        while (lo < hi) {
            long mid = lo + (hi - lo) / 2;
            if (count(mid + 1) > target) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
