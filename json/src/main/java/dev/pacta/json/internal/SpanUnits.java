package dev.pacta.json.internal;

import dev.pacta.core.time.Span;

/**
 * The JSON property name of each {@link Span.Unit} and the range the reader accepts, about ten years in each unit:
 * {@code days} and {@code businessDays} 0 to 3650, {@code hours} 0 to 87600, {@code weeks} 0 to 520,
 * {@code months} 0 to 120.
 */
public final class SpanUnits {
    /** The property names, in the order of {@link Span.Unit#values()}. */
    private static final String[] NAMES = {"days", "businessDays", "hours", "weeks", "months"};

    private static final long[] MAX = {3650, 3650, 87_600, 520, 120};

    private SpanUnits() {}

    /**
     * The property name of a unit, e.g. {@code businessDays}.
     *
     * @param unit the unit
     * @return the name
     */
    public static String name(Span.Unit unit) {
        return NAMES[unit.ordinal()];
    }

    /**
     * The unit of a property name.
     *
     * @param name a property name
     * @return the unit, or null if the name is not a unit's
     */
    public static Span.Unit unit(String name) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(name)) {
                return Span.Unit.values()[i];
            }
        }
        return null;
    }

    /**
     * The largest amount the reader accepts in a unit.
     *
     * @param unit the unit
     * @return the maximum, inclusive
     */
    public static long max(Span.Unit unit) {
        return MAX[unit.ordinal()];
    }

    /**
     * Every unit's property name.
     *
     * @return a new array of the names
     */
    public static String[] names() {
        return NAMES.clone();
    }
}
