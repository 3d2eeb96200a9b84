package dev.pacta.json.internal;

import dev.pacta.core.time.Span;

/**
 * The JSON property name of each {@link Span.Unit} and the range the reader accepts: 0 to the unit's
 * {@link Span.Unit#maxAmount()}, the same bound the agreement's validation applies (about ten years in each unit).
 */
public final class SpanUnits {
    /** The property names, in the order of {@link Span.Unit#values()}. */
    private static final String[] NAMES = {"days", "businessDays", "hours", "weeks", "months"};

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
        return unit.maxAmount();
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
