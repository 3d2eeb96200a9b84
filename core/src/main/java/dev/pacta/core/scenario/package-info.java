/**
 * Scenarios: testing agreements and agreement templates like code.
 *
 * <p>A {@link dev.pacta.core.scenario.Scenario} is an agreement (or a {@link dev.pacta.core.template.AgreementTemplate
 * template} and its parameter values), the events that happened, and {@link dev.pacta.core.scenario.Check checks}: at
 * an {@link dev.pacta.core.scenario.AsOf as-of}, partial expectations of {@link
 * dev.pacta.core.scenario.InstanceExpectation instances} (state, effective deadline, lateness, fulfilling event,
 * payment amounts), {@link dev.pacta.core.scenario.MilestoneExpectation milestones} (state, days late, attribution),
 * {@link dev.pacta.core.scenario.FindingExpectation findings} (code present or absent) and {@link
 * dev.pacta.core.scenario.ScorecardExpectation scorecard figures}. Only what is written is compared.
 *
 * <p>A {@link dev.pacta.core.scenario.ScenarioRunner} (or {@link
 * dev.pacta.core.scenario.Scenario#run(dev.pacta.core.engine.ComplianceEngine)}) evaluates the agreement at each
 * as-of and returns a {@link dev.pacta.core.scenario.ScenarioResult} listing <em>every</em> {@link
 * dev.pacta.core.scenario.Mismatch} in plain words, with the report's explanation:
 *
 * <pre>
 * as of 2026-03-10, approve-mockup#2: expected BREACHED, was FULFILLED_LATE (due Fri 2026-03-06: ...;
 *     mockup.approved by e9 on Mon 2026-03-09, 1 business day late)
 * as of 2026-03-10, approve-mockup#3: expected an instance, there is none; instances of approve-mockup are
 *     [approve-mockup#1, approve-mockup#2]
 * </pre>
 *
 * A template whose values are invalid gives one mismatch per problem rather than an exception.
 * {@link dev.pacta.core.scenario.Check#copyOf(dev.pacta.core.report.ComplianceReport)} writes down everything a
 * report says, to approve the current behaviour and edit from there.
 *
 * <h2>Scenarios as JUnit 5 tests</h2>
 * {@code pacta-core} does not depend on JUnit: {@link dev.pacta.core.scenario.ScenarioResult#assertPassed()} throws a
 * plain {@link java.lang.AssertionError}, and {@link dev.pacta.core.scenario.Scenarios#dynamicTests(java.util.List,
 * dev.pacta.core.engine.ComplianceEngine)} returns {@link dev.pacta.core.scenario.NamedTest named tests}. Three lines
 * turn them into dynamic tests:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> scenarios() {
 *     return Scenarios.dynamicTests(myScenarios, ComplianceEngine.builder().build()).stream()
 *             .map(t -> DynamicTest.dynamicTest(t.name(), t.test()::run));
 * }
 * }</pre>
 *
 * <h2>Payment amounts and scorecard figures</h2>
 * Expectations of amounts ({@code outstanding}, {@code paid}, {@code lateFee}, {@code interest}) and of scorecard
 * figures are compared through an {@link dev.pacta.core.scenario.ActualValues} lookup; the built-in one reads them
 * from the report's payment reports and scorecards (see {@link dev.pacta.core.scenario.ActualValues} for the figure
 * names). An expected amount on an instance that has no money, or an unknown figure, is reported as a mismatch
 * ("not available") instead of passing silently.
 *
 * <p>Every type is immutable and thread-safe. Loading scenario files ({@code scenario/1}) is the JSON module's job:
 * core does no I/O.
 */
@PactaStyle
package dev.pacta.core.scenario;

import dev.pacta.core.internal.PactaStyle;
