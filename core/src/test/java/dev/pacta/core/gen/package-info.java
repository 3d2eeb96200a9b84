/**
 * QuickTheories generators for Pacta's model and the harness every property test runs on.
 *
 * <ul>
 *   <li>{@link dev.pacta.core.gen.Theories#qt(int)}: a property run with a fixed seed derived from the test's name,
 *       so that {@code ./mvnw verify} gives the same result on every run; {@code -Pexplore} explores with fresh
 *       seeds, {@code -DQT_SEED=n} replays one.
 *   <li>{@link dev.pacta.core.gen.Coverage}: counters of the hard cases a property must reach, with floors that fail
 *       the test when a generator stops reaching them.
 *   <li>{@link dev.pacta.core.gen.ModelGen}, {@link dev.pacta.core.gen.CalendarGen},
 *       {@link dev.pacta.core.gen.MoneyGen}, {@link dev.pacta.core.gen.RecurrenceGen}: generators built on the real
 *       builders, from rows of {@link dev.pacta.core.gen.Dice}, so that shrinking keeps values valid.
 * </ul>
 *
 * <p>Published in {@code pacta-core}'s test-jar for the other modules' tests.
 */
package dev.pacta.core.gen;
