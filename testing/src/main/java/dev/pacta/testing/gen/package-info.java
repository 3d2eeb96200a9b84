/**
 * QuickTheories generators for properties of one's own agreements and templates.
 *
 * <ul>
 *   <li>{@link dev.pacta.testing.gen.PactaGen}: the entry point — {@code timelinesFor(agreement)}, a seeded
 *       {@code qt()} and {@code sample} to look at generated values;
 *   <li>{@link dev.pacta.testing.gen.TimelineGen}: timelines of an agreement's own event kinds and parties, built step
 *       by step against the engine's due dates, with knobs for lateness, partial payments and control events;
 *   <li>{@link dev.pacta.testing.gen.TimelineSample}: a timeline with its report and the generator's
 *       {@link dev.pacta.testing.gen.Decision}s ({@link dev.pacta.testing.gen.Choice}s), to count hard cases.
 * </ul>
 *
 * <p>The generators depend only on the public API of {@code pacta-core} (the engine's live {@code Evaluation}) and on
 * QuickTheories; every choice shrinks to the simplest one.
 */
package dev.pacta.testing.gen;
