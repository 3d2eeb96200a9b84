/**
 * Pacta's basics shared by every package: {@link dev.pacta.core.Identifier}, the base of all ids, and
 * {@link dev.pacta.core.Problem} / {@link dev.pacta.core.ValidationException}, the way every invalid
 * value is reported — all problems at once, each with a stable code, a path and a message.
 *
 * <p>The rest of the library is organised by concern:
 * <ul>
 *   <li>{@code dev.pacta.core.time} — business calendars, spans, recurrence, date ranges;
 *   <li>{@code dev.pacta.core.money} — money with minor-unit scale, allocation, day counts;
 *   <li>{@code dev.pacta.core.model} — agreements, parties, obligations, milestones, events, timelines;
 *   <li>{@code dev.pacta.core.report} — the values of a report: instances, findings, balances, scorecards;
 *   <li>{@code dev.pacta.core.template} — templates and their parameters;
 *   <li>{@code dev.pacta.core.engine} — the compliance engine, which reads the model and produces reports;
 *   <li>{@code dev.pacta.core.scenario} — scenarios: an agreement or template, its events and checks of the outcome.
 * </ul>
 *
 * <p>Dependencies point downwards only, through these layers: this package (and the unexported
 * {@code internal}) at the bottom; {@code time} and {@code money} (not using each other); {@code model};
 * {@code report} and {@code template}; {@code engine} (which uses {@code report}: a report never refers to the
 * engine); {@code scenario} at the top. Core's tests check it (ArchUnit, {@code LayerRulesTest}).
 */
package dev.pacta.core;
