package dev.pacta.core.gen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Counts the cases a property reaches and fails when a case's share falls below its floor.
 *
 * <p>A generator that silently stops reaching a hard case (events at the same instant out of order, a business-day
 * deadline across a holiday, a DST day, a partial payment, an amendment, a suspension, a month-end recurrence...)
 * makes a property pass without testing what it claims. So each property declares floors, counts what every
 * example reaches, and calls {@link #check()} after the run:
 *
 * <pre>{@code
 * Coverage coverage = Coverage.of("causality").atLeast("same instant, out of order", 0.03);
 * qt(300).forAll(ModelGen.agreementsWithTimelines()).checkAssert(c -> {
 *     coverage.count("same instant, out of order", HardCases.of(c).sameInstantOutOfOrder());
 *     ...
 * });
 * coverage.check();
 * }</pre>
 *
 * <p>A label's share is the count of a value over all values collected under that label, so {@link
 * #count(String, boolean)} once per example gives the share of examples. <b>Count once per example</b> ("some instance
 * was BREACHED"), not once per instance: the instances of one example are alike, so a per-instance share varies far
 * more from run to run than the binomial margin below assumes, and its floor fails by chance when exploring. Where a
 * per-item share is the point (the spread of trigger kinds over obligations), give it a floor far below the observed
 * share. <b>Choosing a floor:</b> a correct generator must not miss it by chance, so
 * a floor sits about five standard deviations below the share observed at the configured number of examples ({@code
 * p - 5 * sqrt(p * (1 - p) / n)}); the table printed by {@code -Dpacta.stats=true}, or on failure, gives that
 * "5-sigma floor" and each floor's margin in standard deviations. With the default fixed seeds the counts are the
 * same on every run.
 */
public final class Coverage {
    /** The system property that prints every property's table, passing or not. */
    public static final String STATS = "pacta.stats";

    private final String property;
    private final Map<String, Map<Object, Long>> counts = new LinkedHashMap<>();
    private final Map<String, Long> totals = new LinkedHashMap<>();
    private final List<Floor> floors = new ArrayList<>();

    private Coverage(String property) {
        this.property = property;
    }

    /**
     * Counters for a property.
     *
     * @param property the property's name, for messages
     * @return empty counters with no floors
     */
    public static Coverage of(String property) {
        return new Coverage(Objects.requireNonNull(property, "property"));
    }

    /**
     * Counters named after the calling test method.
     *
     * @return empty counters with no floors
     */
    public static Coverage forCaller() {
        return new Coverage(Theories.caller());
    }

    /**
     * Requires the share of {@code true} under a label (see {@link #count(String, boolean)}) to reach a floor.
     *
     * @param label the case
     * @param share the floor, from 0 to 1
     * @return these counters
     */
    public Coverage atLeast(String label, double share) {
        return atLeast(label, true, share);
    }

    /**
     * Requires the share of a value under a label (see {@link #collect(String, Object)}) to reach a floor.
     *
     * @param label the classification
     * @param value the value whose share is bounded
     * @param share the floor, from 0 to 1
     * @return these counters
     */
    public Coverage atLeast(String label, Object value, double share) {
        if (!(share > 0 && share < 1)) {
            throw new IllegalArgumentException("a floor is a share in (0, 1), not " + share);
        }
        floors.add(new Floor(label, value, share));
        return this;
    }

    /**
     * Counts one example (or item) as reaching a case or not.
     *
     * @param label the case
     * @param hit whether it was reached
     */
    public synchronized void count(String label, boolean hit) {
        collect(label, hit);
    }

    /**
     * Counts one value under a label.
     *
     * @param label the classification
     * @param value the value seen
     */
    public synchronized void collect(String label, Object value) {
        counts.computeIfAbsent(label, l -> new LinkedHashMap<>()).merge(value, 1L, Long::sum);
        totals.merge(label, 1L, Long::sum);
    }

    /**
     * How often a value was counted under a label.
     *
     * @param label the classification
     * @param value the value
     * @return its count
     */
    public synchronized long countOf(String label, Object value) {
        return counts.getOrDefault(label, Map.of()).getOrDefault(value, 0L);
    }

    /**
     * The share of a value under a label.
     *
     * @param label the classification
     * @param value the value
     * @return its share, 0 when nothing was counted under the label
     */
    public synchronized double shareOf(String label, Object value) {
        long total = totals.getOrDefault(label, 0L);
        return total == 0 ? 0 : (double) countOf(label, value) / total;
    }

    /**
     * Fails if a floor was not reached; prints the table when {@code -Dpacta.stats=true}.
     *
     * @throws AssertionError naming every floor missed, with the whole table
     */
    public synchronized void check() {
        List<String> missed = new ArrayList<>();
        for (Floor f : floors) {
            double share = shareOf(f.label(), f.value());
            if (share < f.share()) {
                missed.add(String.format(
                        Locale.ROOT,
                        "%s = %s: %.2f%% < floor %.2f%%",
                        f.label(),
                        f.value(),
                        100 * share,
                        100 * f.share()));
            }
        }
        if (!missed.isEmpty()) {
            throw new AssertionError(property + ": the generators no longer reach " + String.join("; ", missed)
                    + System.lineSeparator() + table());
        }
        if (Boolean.getBoolean(STATS)) {
            System.out.println(table());
        }
    }

    /**
     * The counts, shares and floors, one line per value.
     *
     * @return the table
     */
    public synchronized String table() {
        StringBuilder out = new StringBuilder("coverage of ").append(property).append(':');
        counts.forEach((label, values) -> {
            long n = totals.get(label);
            out.append(System.lineSeparator())
                    .append("  ")
                    .append(label)
                    .append(" (n = ")
                    .append(n)
                    .append(')');
            values.forEach((value, count) -> {
                double p = (double) count / n;
                double sigma = Math.sqrt(p * (1 - p) / n);
                out.append(System.lineSeparator())
                        .append(String.format(
                                Locale.ROOT,
                                "    %-40s %7d  %6.2f%%  5-sigma floor %6.2f%%",
                                value,
                                count,
                                100 * p,
                                100 * Math.max(0, p - 5 * sigma)));
                floors.stream()
                        .filter(f -> f.label().equals(label) && f.value().equals(value))
                        .forEach(f -> out.append(String.format(
                                Locale.ROOT,
                                "  floor %.2f%% (%s sigma)",
                                100 * f.share(),
                                sigma == 0 ? "inf" : String.format(Locale.ROOT, "%.1f", (p - f.share()) / sigma))));
            });
        });
        floors.stream()
                .filter(f -> !counts.containsKey(f.label()))
                .forEach(f -> out.append(System.lineSeparator())
                        .append("  ")
                        .append(f.label())
                        .append(": nothing counted"));
        return out.toString();
    }

    private record Floor(String label, Object value, double share) {}
}
