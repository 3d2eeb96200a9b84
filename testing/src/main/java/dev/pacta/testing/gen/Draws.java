package dev.pacta.testing.gen;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * The generator's choices, each drawn from QuickTheories' source of randomness as a whole number that shrinks
 * towards the smallest, always the simplest option: on time rather than late, a full payment, no control event, the
 * earliest date, the first kind, fewer events. Shrinking a failing timeline therefore leads to a simpler one that the
 * engine still guided, whatever the number of draws each path takes.
 */
final class Draws {
    private final RandomnessSource in;

    Draws(RandomnessSource in) {
        this.in = in;
    }

    /** A number from {@code min} to {@code max}, both inclusive; shrinks to {@code min}. No draw if they are equal. */
    int between(int min, int max) {
        if (min >= max) {
            return min;
        }
        return Generate.range(min, max, min).generate(in);
    }

    /** True with a probability in percent; shrinks to false. No draw for 0 % or 100 %. */
    boolean chance(int percent) {
        if (percent <= 0) {
            return false;
        }
        if (percent >= 100) {
            return true;
        }
        return between(0, 99) >= 100 - percent;
    }

    /** One of the options; shrinks to the first. */
    <T> T pick(List<T> options) {
        return options.get(between(0, options.size() - 1));
    }

    /** A date from {@code from} to {@code to}, both inclusive ({@code from} if {@code to} is earlier); shrinks to
     * {@code from}. */
    LocalDate date(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays(between(0, (int) Math.min(days, 3650)));
    }
}
