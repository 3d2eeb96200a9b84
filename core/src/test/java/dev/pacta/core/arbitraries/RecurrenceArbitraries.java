package dev.pacta.core.arbitraries;

import dev.pacta.core.time.Recurrence;
import dev.pacta.core.time.Recurrence.Frequency;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;

/**
 * Reusable jqwik generators of valid {@link Recurrence} schedules and anchors, built on the real builder.
 *
 * <p>Anchors are biased to month ends and leap days (Jan 31, Feb 29, Aug 31), where clamping matters.
 */
public final class RecurrenceArbitraries {
    private RecurrenceArbitraries() {}

    /**
     * Dates from 2020 to 2030, with month ends and leap days as edge cases.
     *
     * @return anchor dates
     */
    public static Arbitrary<LocalDate> anchors() {
        Arbitrary<LocalDate> uniform = Arbitraries.integers()
                .between(0, 3652)
                .withDistribution(RandomDistribution.uniform())
                .map(LocalDate.of(2020, 1, 1)::plusDays);
        Arbitrary<LocalDate> special = Arbitraries.of(
                LocalDate.of(2024, 1, 31),
                LocalDate.of(2024, 2, 29),
                LocalDate.of(2023, 8, 31),
                LocalDate.of(2024, 3, 30),
                LocalDate.of(2025, 12, 31));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, uniform), net.jqwik.api.Tuple.of(1, special));
    }

    /**
     * Structurally valid schedules: any frequency, an interval from 1 to 4 (sometimes 12), an optional start, and the
     * day options each frequency allows, optionally bounded by a count and an until date on or after the start (or 2022-01-01).
     *
     * @return valid recurrences ({@link Recurrence#problems()} is empty)
     */
    public static Arbitrary<Recurrence> recurrences() {
        Arbitrary<Integer> intervals = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.integers().between(1, 4)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(12)));
        Arbitrary<Optional<Integer>> daysOfMonth = Arbitraries.integers()
                .between(1, 31)
                .edgeCases(c -> c.add(29, 30, 31))
                .optional(0.5);
        return Combinators.combine(
                        Arbitraries.of(Frequency.class),
                        intervals,
                        anchors().optional(0.3),
                        Arbitraries.of(DayOfWeek.class).optional(0.5),
                        daysOfMonth,
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(1, 60).optional(0.4),
                        Arbitraries.integers()
                                .between(0, 4000)
                                .withDistribution(RandomDistribution.uniform())
                                .optional(0.3))
                .as((frequency, interval, start, dayOfWeek, dayOfMonth, dayChoice, count, untilDays) -> {
                    Recurrence.Builder b =
                            Recurrence.builder().frequency(frequency).interval(interval);
                    start.ifPresent(b::start);
                    if (frequency == Frequency.WEEKLY) {
                        b.dayOfWeek(dayOfWeek);
                    } else if (frequency == Frequency.MONTHLY && dayChoice == 0) {
                        b.lastBusinessDay(true);
                    } else if (frequency == Frequency.MONTHLY || frequency == Frequency.YEARLY) {
                        b.dayOfMonth(dayOfMonth);
                    }
                    count.ifPresent(b::count);
                    untilDays.ifPresent(days ->
                            b.until(start.orElse(LocalDate.of(2022, 1, 1)).plusDays(days)));
                    return b.build();
                });
    }
}
