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
 * a floor sits at or below the share that a correct generator falls under with a probability no greater than five
 * standard deviations' one-sided tail ({@link #FIVE_SIGMA_TAIL}), at the configured number of examples. The table
 * printed by {@code -Dpacta.stats=true}, or on failure, gives that "5-sigma floor" and the chance that a correct
 * generator misses each declared floor ({@link #fiveSigmaFloor}). With the default fixed seeds the counts are the same
 * on every run.
 */
public final class Coverage {
    /** The system property that prints every property's table, passing or not. */
    public static final String STATS = "pacta.stats";

    /** The one-sided tail of a normal distribution beyond five standard deviations: about 2.87 in ten million. */
    public static final double FIVE_SIGMA_TAIL = 2.866515718791939e-7;

    /** Above this variance ({@code n p (1 - p)}) the normal approximation of the binomial is used; below, exact sums. */
    private static final double NORMAL_FROM_VARIANCE = 400;

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
     * Fails if a floor was not reached; prints the table when {@code -Dpacta.stats=true}. Under Pitest ({@link
     * Theories#mutating()}) the properties run fewer examples than their floors were set for, so no floor is checked.
     *
     * @throws AssertionError naming every floor missed, with the whole table
     */
    public synchronized void check() {
        if (Theories.mutating()) {
            return;
        }
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
                out.append(System.lineSeparator())
                        .append(String.format(
                                Locale.ROOT,
                                "    %-40s %7d  %6.2f%%  5-sigma floor %6.2f%%",
                                value,
                                count,
                                100 * p,
                                100 * fiveSigmaFloor(count, n)));
                floors.stream()
                        .filter(f -> f.label().equals(label) && f.value().equals(value))
                        .forEach(f -> out.append(String.format(
                                Locale.ROOT,
                                "  floor %.2f%% (missed by chance: %.1e)",
                                100 * f.share(),
                                chanceBelow(count, n, f.share()))));
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

    /**
     * The five-sigma floor of a share: the greatest share {@code k / n} that a correct generator, one that reaches the
     * case with probability {@code count / n} in each of {@code n} independent examples, falls below with probability at
     * most {@link #FIVE_SIGMA_TAIL}. The binomial tail is summed exactly while the count is small (where the normal
     * approximation {@code p - 5 sigma} is far too pessimistic: with {@code n = 250} and {@code p = 8.4 %} it is below
     * zero, yet fewer than 3 hits happen with probability {@code 2e-7}), and approximated by the normal distribution
     * when {@code n p (1 - p)} is large.
     *
     * @param count how often the case was reached
     * @param n the number of examples (or items)
     * @return the floor, from 0 to 1
     */
    public static double fiveSigmaFloor(long count, long n) {
        if (n <= 0 || count <= 0) {
            return 0;
        }
        if (count >= n) {
            return 1;
        }
        double p = (double) count / n;
        if (n * p * (1 - p) >= NORMAL_FROM_VARIANCE) {
            return Math.max(0, p - 5 * Math.sqrt(p * (1 - p) / n));
        }
        long k = 0;
        double below = 0; // P(X < k)
        for (double logPmf = n * Math.log1p(-p); k < n; k++) {
            double atMost = below + Math.exp(logPmf); // P(X <= k)
            if (atMost > FIVE_SIGMA_TAIL) {
                break;
            }
            below = atMost;
            logPmf += Math.log((double) (n - k) / (k + 1)) + Math.log(p) - Math.log1p(-p);
        }
        return (double) k / n;
    }

    /**
     * The chance that a correct generator (reaching the case with probability {@code count / n}) reaches it in fewer
     * than {@code floor * n} of {@code n} examples: exact while the count is small, normal beyond.
     *
     * @param count how often the case was reached
     * @param n the number of examples (or items)
     * @param floor the declared floor
     * @return the probability of missing the floor by chance
     */
    static double chanceBelow(long count, long n, double floor) {
        double p = (double) count / n;
        long needed = (long) Math.ceil(floor * n - 1e-9);
        if (count <= 0 || needed <= 0) {
            return needed <= 0 ? 0 : 1;
        }
        if (count >= n) {
            return 0;
        }
        if (n * p * (1 - p) >= NORMAL_FROM_VARIANCE) {
            double z = (p - floor) / Math.sqrt(p * (1 - p) / n);
            return upperNormalTail(z);
        }
        double below = 0;
        double logPmf = n * Math.log1p(-p);
        for (long k = 0; k < needed && k < n; k++) {
            below += Math.exp(logPmf);
            logPmf += Math.log((double) (n - k) / (k + 1)) + Math.log(p) - Math.log1p(-p);
        }
        return Math.min(1, below);
    }

    /** P(Z > z) for a standard normal Z, by the complementary error function (Abramowitz and Stegun 7.1.26). */
    private static double upperNormalTail(double z) {
        double x = Math.abs(z) / Math.sqrt(2);
        double t = 1 / (1 + 0.3275911 * x);
        double erfc = t
                * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
                * Math.exp(-x * x);
        return z >= 0 ? erfc / 2 : 1 - erfc / 2;
    }

    private record Floor(String label, Object value, double share) {}
}
