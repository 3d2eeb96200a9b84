/**
 * Pacta's test kit for users' own agreements and templates, in their JUnit 5 builds.
 *
 * <ul>
 *   <li>{@link dev.pacta.testing.PactaTests}: every {@code *.scenario.json} under a class-path or file-system folder
 *       as one dynamic test, named after the scenario, linked to its file, failing with every mismatch; an unreadable
 *       file is a failing test with the line and column, not an error that stops the others.
 *   <li>{@link dev.pacta.testing.PactaAssertions}: AssertJ assertions on reports ({@link
 *       dev.pacta.testing.ReportAssert}), their instances ({@link dev.pacta.testing.InstanceAssert}), milestones
 *       ({@link dev.pacta.testing.MilestoneAssert}) and parties' scorecards ({@link dev.pacta.testing.PartyAssert}),
 *       and on the changes of a live evaluation ({@link dev.pacta.testing.ChangesAssert}); failure messages include
 *       the explanation the engine gives.
 *   <li>{@link dev.pacta.testing.gen}: QuickTheories generators of timelines for an agreement, for properties of
 *       one's own templates.
 * </ul>
 *
 * <p>The jar's module name is {@code dev.pacta.testing} (an {@code Automatic-Module-Name}: QuickTheories has no
 * module name of its own that a descriptor could require).
 */
package dev.pacta.testing;
