package dev.pacta.core.gen;

import static org.quicktheories.generators.SourceDSL.integers;

import dev.pacta.core.time.Recurrence;
import dev.pacta.core.time.Recurrence.Frequency;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of valid {@link Recurrence} schedules and anchors, built on the real builder.
 *
 * <p>Anchors are biased to month ends and leap days (Jan 31, Feb 29, Aug 31), where clamping matters.
 */
public final class RecurrenceGen {
    private RecurrenceGen() {}

    /**
     * Dates from 2020 to 2030, one in five a month end or leap day.
     *
     * @return anchor dates
     */
    public static Gen<LocalDate> anchors() {
        Gen<LocalDate> uniform = integers().between(0, 3652).map(LocalDate.of(2020, 1, 1)::plusDays);
        Gen<LocalDate> special = Gens.of(
                LocalDate.of(2024, 1, 31),
                LocalDate.of(2024, 2, 29),
                LocalDate.of(2023, 8, 31),
                LocalDate.of(2024, 3, 30),
                LocalDate.of(2025, 12, 31));
        return Gens.frequency(4, uniform, 1, special);
    }

    /**
     * Structurally valid schedules: any frequency, an interval from 1 to 4 (sometimes 12), an optional start, and the
     * day options each frequency allows, optionally bounded by a count and an until date on or after the start (or
     * 2022-01-01).
     *
     * @return valid recurrences ({@link Recurrence#problems()} is empty)
     */
    public static Gen<Recurrence> recurrences() {
        Gen<Frequency> frequencies = Generate.enumValues(Frequency.class);
        Gen<Integer> intervals = Gens.frequency(5, integers().between(1, 4), 1, Generate.constant(12));
        Gen<Optional<LocalDate>> starts = Gens.optional(anchors(), 0.3);
        Gen<Optional<DayOfWeek>> daysOfWeek = Gens.optional(Generate.enumValues(DayOfWeek.class), 0.5);
        Gen<Optional<Integer>> daysOfMonth =
                Gens.optional(Gens.frequency(4, integers().between(1, 31), 1, Gens.of(29, 30, 31)), 0.5);
        Gen<Integer> dayChoices = integers().between(0, 2);
        Gen<Optional<Integer>> counts = Gens.optional(integers().between(1, 60), 0.4);
        Gen<Optional<Integer>> untilDays = Gens.optional(integers().between(0, 4000), 0.3);
        return in -> {
            Frequency frequency = frequencies.generate(in);
            Recurrence.Builder b = Recurrence.builder().frequency(frequency).interval(intervals.generate(in));
            Optional<LocalDate> start = starts.generate(in);
            Optional<DayOfWeek> dayOfWeek = daysOfWeek.generate(in);
            Optional<Integer> dayOfMonth = daysOfMonth.generate(in);
            int dayChoice = dayChoices.generate(in);
            start.ifPresent(b::start);
            if (frequency == Frequency.WEEKLY) {
                b.dayOfWeek(dayOfWeek);
            } else if (frequency == Frequency.MONTHLY && dayChoice == 0) {
                b.lastBusinessDay(true);
            } else if (frequency == Frequency.MONTHLY || frequency == Frequency.YEARLY) {
                b.dayOfMonth(dayOfMonth);
            }
            counts.generate(in).ifPresent(b::count);
            untilDays
                    .generate(in)
                    .ifPresent(days ->
                            b.until(start.orElse(LocalDate.of(2022, 1, 1)).plusDays(days)));
            return b.build();
        };
    }
}
