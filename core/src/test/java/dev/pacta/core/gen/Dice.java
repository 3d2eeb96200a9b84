package dev.pacta.core.gen;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.quicktheories.core.Gen;

/**
 * A row of generated numbers read one by one to make choices while assembling a model value.
 *
 * <p>The generators produce rows of dice (plain integers, which QuickTheories shrinks towards 0) and interpret them
 * with the real builders: a smaller die is always a simpler choice (the first option, the smallest offset, no
 * optional part), so shrinking a failing agreement or timeline leads to a simpler one that is still valid. Reading
 * past the end of the row wraps around.
 */
public final class Dice {
    /** The exclusive upper bound of a die. */
    static final int SIDES = 10_000;

    private final List<Integer> values;
    private int next;

    Dice(List<Integer> values) {
        this.values = values.isEmpty() ? List.of(0) : values;
    }

    /**
     * Rows of {@code size} dice.
     *
     * @param size how many dice per row
     * @return the generated rows
     */
    static Gen<Dice> rows(int size) {
        return lists().of(integers().between(0, SIDES - 1)).ofSize(size).map(Dice::new);
    }

    /**
     * Lists of {@code min} to {@code max} rows of {@code size} dice each.
     *
     * @param size how many dice per row
     * @param min the fewest rows
     * @param max the most rows
     * @return the generated lists of rows
     */
    static Gen<List<Dice>> rows(int size, int min, int max) {
        return lists().of(rows(size)).ofSizeBetween(min, max);
    }

    /** A number from 0 (inclusive) to {@code bound} (exclusive). */
    int below(int bound) {
        int value = values.get(next % values.size());
        next++;
        return bound <= 1 ? 0 : value % bound;
    }

    /** A number from {@code min} to {@code max}, both inclusive. */
    int between(int min, int max) {
        return min + below(max - min + 1);
    }

    /** True with the given probability in percent; a zero die is always false. */
    boolean chance(int percent) {
        int value = values.get(next % values.size());
        next++;
        return value != 0 && value % 100 < percent;
    }

    /** One of the options. */
    <T> T pick(List<T> options) {
        return options.get(below(options.size()));
    }

    @Override
    public String toString() {
        return "Dice" + values;
    }
}
