package dev.pacta.testing.gen;

import dev.pacta.core.model.Agreement;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators for properties of one's own agreements and templates, and a seeded way to run them.
 *
 * <pre>{@code
 * @Test
 * void theClientNeverOwesMoreThanThePriceAndTheLateFee() {
 *     Agreement agreement = template.instantiate(Map.of()).agreement().orElseThrow();
 *     PactaGen.qt()
 *             .forAll(PactaGen.timelinesFor(agreement).samples())
 *             .checkAssert(sample -> assertThat(sample.report()).party("client").owes(...));
 * }
 * }</pre>
 *
 * <p>{@link #timelinesFor(Agreement)} makes timelines of the agreement's own event kinds, acted by its own parties,
 * guided by the engine's due dates, with controlled lateness, partial payments and control events; see
 * {@link TimelineGen}.
 *
 * <p><b>Seeds.</b> {@link #qt()} is QuickTheories with a seed fixed by the calling test's class and method name, so a
 * build generates the same examples every time and on every machine. A failure prints its seed ("Seed was ...");
 * {@code -DQT_SEED=n} replays it, and then no seed is fixed. {@code -DQT_EXAMPLES=n} changes the number of examples
 * (100 by default here: each example runs the engine once per generated event) and {@code -DQT_SHRINKS=n} the shrink
 * attempts after a failure (1,000 by default here).
 */
public final class PactaGen {
    /** The number of examples of {@link #qt()} unless {@code -DQT_EXAMPLES} says otherwise. */
    public static final int DEFAULT_EXAMPLES = 100;

    /**
     * The number of shrink attempts after a failure unless {@code -DQT_SHRINKS} says otherwise: enough to shrink a
     * timeline to a few events in seconds (QuickTheories' own default is a million).
     */
    public static final int DEFAULT_SHRINK_CYCLES = 1_000;

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private PactaGen() {}

    /**
     * Timelines for an agreement, with the default settings of {@link TimelineGen} (5 to 30 events, a quarter late
     * by 1 to 10 days, a tenth never performed, a quarter of payments partial, control events about a fifth of the
     * instances, the built-in calendars).
     *
     * @param agreement the agreement
     * @return the generator, to configure further with its {@code with} methods
     */
    public static TimelineGen timelinesFor(Agreement agreement) {
        return new TimelineGen(agreement);
    }

    /**
     * QuickTheories with a seed fixed by the calling test ({@code SimpleClassName#method}), or the seed of
     * {@code -DQT_SEED} if it is set, {@value #DEFAULT_EXAMPLES} examples unless {@code -DQT_EXAMPLES} is set and
     * {@value #DEFAULT_SHRINK_CYCLES} shrink attempts unless {@code -DQT_SHRINKS} is set.
     *
     * @return the configured run
     */
    public static QuickTheory qt() {
        if (System.getProperty("QT_SEED") != null) {
            return examples(QuickTheory.qt()); // QuickTheories reads the seed itself
        }
        return qt(seedOf(caller()));
    }

    /**
     * QuickTheories with a fixed seed, {@value #DEFAULT_EXAMPLES} examples unless {@code -DQT_EXAMPLES} is set and
     * {@value #DEFAULT_SHRINK_CYCLES} shrink attempts unless {@code -DQT_SHRINKS} is set.
     *
     * @param seed the seed
     * @return the configured run
     */
    public static QuickTheory qt(long seed) {
        return examples(QuickTheory.qt().withFixedSeed(seed));
    }

    /**
     * Values of a generator, as a property with the seed would see them: to look at what a generator makes, or to
     * count how often it meets a case.
     *
     * @param <T> the value type
     * @param gen the generator
     * @param seed the seed
     * @param count how many values, at least 1
     * @return the values, in generation order
     */
    public static <T> List<T> sample(Gen<T> gen, long seed, int count) {
        Objects.requireNonNull(gen, "gen");
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
        List<T> values = new ArrayList<>(count);
        QuickTheory.qt().withFixedSeed(seed).withExamples(count).forAll(gen).checkAssert(values::add);
        return values;
    }

    /**
     * The seed {@link #qt()} uses for a name: its 64-bit FNV-1a hash.
     *
     * @param name e.g. {@code "WebDevelopmentProperties#launchSlipsOnlyByAttributedDays"}
     * @return the seed
     */
    public static long seedOf(String name) {
        long hash = FNV_OFFSET;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= FNV_PRIME;
        }
        return hash;
    }

    private static QuickTheory examples(QuickTheory run) {
        QuickTheory r = System.getProperty("QT_EXAMPLES") != null ? run : run.withExamples(DEFAULT_EXAMPLES);
        return System.getProperty("QT_SHRINKS") != null ? r : r.withShrinkCycles(DEFAULT_SHRINK_CYCLES);
    }

    /** The calling test as {@code SimpleClassName#method}, skipping this class's frames. */
    private static String caller() {
        return StackWalker.getInstance()
                .walk(frames -> frames.filter(f -> !f.getClassName().equals(PactaGen.class.getName()))
                        .findFirst())
                .map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "#" + f.getMethodName())
                .orElse("unknown");
    }
}
