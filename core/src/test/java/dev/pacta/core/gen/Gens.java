package dev.pacta.core.gen;

import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The few combinators the generators need beyond QuickTheories' own: weighted choice, optional values, one of a
 * list, and subsets. Each draws its choice first and shrinks towards the simplest one (the first option, absent).
 */
public final class Gens {
    private Gens() {}

    /**
     * One of two generators, chosen by weight.
     *
     * @param <T> the value type
     * @param w1 the first generator's weight
     * @param g1 the first generator, the one shrinking leads to
     * @param w2 the second generator's weight
     * @param g2 the second generator
     * @return the weighted choice
     */
    public static <T> Gen<T> frequency(int w1, Gen<T> g1, int w2, Gen<T> g2) {
        return Generate.frequency(Pair.of(w1, g1), Pair.of(w2, g2));
    }

    /**
     * One of several generators, chosen by weight: {@code weighted(Pair.of(5, a), Pair.of(1, b))}.
     *
     * @param <T> the value type
     * @param choices weights and generators; shrinking leads to the first
     * @return the weighted choice
     */
    @SafeVarargs
    public static <T> Gen<T> weighted(Pair<Integer, Gen<T>>... choices) {
        return Generate.frequency(List.of(choices));
    }

    /**
     * A value present with a probability, else empty; shrinks towards empty.
     *
     * @param <T> the value type
     * @param gen the present values
     * @param probability the chance of a value, from 0 to 1
     * @return optional values
     */
    public static <T> Gen<Optional<T>> optional(Gen<T> gen, double probability) {
        int absent = (int) Math.round((1 - probability) * 100);
        return integers()
                .between(0, 99)
                .zip(gen, (die, value) -> die < absent ? Optional.<T>empty() : Optional.of(value));
    }

    /**
     * One of the options; shrinks towards the first.
     *
     * @param <T> the value type
     * @param options the options, not empty
     * @return the options
     */
    @SafeVarargs
    public static <T> Gen<T> of(T... options) {
        return Generate.pick(List.of(options));
    }

    /**
     * Subsets of the options of at most {@code maxSize} elements, in the options' order; shrinks towards empty.
     *
     * @param <T> the element type
     * @param options the options
     * @param maxSize the most elements
     * @return subsets as lists
     */
    public static <T> Gen<List<T>> subsets(Collection<T> options, int maxSize) {
        List<T> all = List.copyOf(options);
        return in -> {
            List<T> chosen = new ArrayList<>();
            for (T option : all) {
                if (integers().between(0, 1).generate(in) == 1 && chosen.size() < maxSize) {
                    chosen.add(option);
                }
            }
            return chosen;
        };
    }

    /**
     * Values chosen uniformly from a range of longs, with its two ends as edge cases one time in ten.
     *
     * @param <T> the value type
     * @param min the smallest, the shrink target
     * @param max the largest
     * @param map makes a value of a long
     * @return the values
     */
    public static <T> Gen<T> uniformWithEnds(long min, long max, Function<Long, T> map) {
        Gen<Long> uniform = Generate.longRange(min, max);
        Gen<Long> ends = Generate.pick(List.of(min, max));
        return frequency(9, uniform, 1, ends).map(map::apply);
    }
}
