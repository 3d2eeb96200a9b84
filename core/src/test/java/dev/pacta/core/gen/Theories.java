package dev.pacta.core.gen;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.quicktheories.QuickTheory;

/**
 * Where every Pacta property starts: a QuickTheories run whose seed is fixed by the test's name.
 *
 * <p>By default, {@link #qt(int)} derives the seed from the calling test's class and method name (a 64-bit FNV-1a
 * hash), so the README's test command generates the same examples on every run and every fresh clone, and nothing
 * saved between runs changes an outcome. Two switches change that:
 *
 * <ul>
 *   <li>{@code -DQT_SEED=n} replays seed {@code n}, the one a failure prints as "Seed was n" (QuickTheories reads the
 *       property itself);
 *   <li>{@code -Dpacta.explore=true}, set by the Maven profile {@code -Pexplore}, draws a fresh seed per property and
 *       multiplies the examples by {@code -Dpacta.explore.factor} (default 4), to look for new counterexamples;
 *   <li>{@code -Dpacta.mutation=true}, set by the Maven profile {@code -Pmutation} in the JVMs where Pitest runs the
 *       tests, keeps the fixed seeds but divides the examples by {@value #MUTATION_DIVISOR} (at least one example), as
 *       Pitest runs a property once per mutant it covers; {@link Coverage#check()} then checks no floors, which were
 *       set for the full number of examples. The example tests, which run whole, and the first quarter of each
 *       property's examples are what must notice a mutant.
 * </ul>
 *
 * <p>{@code examples} counts attempts: QuickTheories does not run again an example whose random draws it has already
 * run, so a generator with few distinct values (six trigger kinds, say) runs fewer distinct examples than it is given;
 * what is skipped has already been tried. A share floor for a value that can be drawn only a handful of ways is
 * therefore a "reached at least once" check ({@link Coverage#atLeast(String, Object, double)} with a tiny share).
 * Filters ({@code Gen.assuming}) give up after 10 rejected draws in a row unless {@code withGenerateAttempts} says
 * otherwise.
 *
 * <p>A failure prints the shrunk counterexample, the other falsifying values found while shrinking, and the seed.
 * Shrinking is capped at {@value #SHRINK_CYCLES} cycles ({@code -DQT_SHRINKS} overrides), enough for the dice-built
 * generators of this package.
 */
public final class Theories {
    /** The system property that turns exploration on. */
    public static final String EXPLORE = "pacta.explore";

    /** The system property that multiplies the examples when exploring. */
    public static final String EXPLORE_FACTOR = "pacta.explore.factor";

    /** The system property, set by the Maven profile {@code mutation}, that scales the examples down for Pitest. */
    public static final String MUTATION = "pacta.mutation";

    /** What the examples are divided by under {@link #MUTATION}. */
    public static final int MUTATION_DIVISOR = 4;

    /** The default number of shrink cycles after a failure. */
    public static final int SHRINK_CYCLES = 2_000;

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Theories() {}

    /**
     * A property run of {@code examples} examples, seeded from the calling test's class and method.
     *
     * @param examples how many examples to try (at least the number the property has always had)
     * @return the configured run
     */
    public static QuickTheory qt(int examples) {
        return qt(caller(), examples);
    }

    /**
     * A property run of {@code examples} examples, seeded from a name of the caller's choosing.
     *
     * @param name the name the seed is derived from, e.g. {@code "MoneyProperties#allocate"}
     * @param examples how many examples to try
     * @return the configured run
     */
    public static QuickTheory qt(String name, int examples) {
        QuickTheory run = QuickTheory.qt()
                .withExamples(scaled(examples))
                .withShrinkCycles(Integer.getInteger("QT_SHRINKS", SHRINK_CYCLES));
        if (System.getProperty("QT_SEED") != null || exploring()) {
            return run; // QuickTheories picks QT_SEED, or a fresh seed, and prints it on failure
        }
        return run.withFixedSeed(seedOf(name));
    }

    /**
     * The fixed seed of a property name.
     *
     * @param name the property's name
     * @return its seed
     */
    public static long seedOf(String name) {
        long hash = FNV_OFFSET;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= FNV_PRIME;
        }
        return hash;
    }

    /**
     * Whether this run explores with fresh seeds.
     *
     * @return true under {@code -Pexplore}
     */
    public static boolean exploring() {
        return Boolean.getBoolean(EXPLORE);
    }

    /**
     * Whether this run is Pitest's, with fewer examples and no coverage floors.
     *
     * @return true under {@code -Pmutation}
     */
    public static boolean mutating() {
        return Boolean.getBoolean(MUTATION);
    }

    private static int scaled(int examples) {
        if (mutating()) {
            return Math.max(1, examples / MUTATION_DIVISOR);
        }
        return exploring() ? examples * exploreFactor() : examples;
    }

    private static int exploreFactor() {
        return Math.max(1, Integer.getInteger(EXPLORE_FACTOR, 4));
    }

    /** The calling test as {@code SimpleClassName#method}, skipping this class's own frames. */
    static String caller() {
        Optional<StackWalker.StackFrame> frame = StackWalker.getInstance()
                .walk(frames -> frames.filter(f -> !f.getClassName().equals(Theories.class.getName())
                                && !f.getClassName().equals(Coverage.class.getName()))
                        .findFirst());
        return frame.map(f -> simpleName(f.getClassName()) + "#" + f.getMethodName())
                .orElse("unknown");
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
