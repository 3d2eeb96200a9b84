/**
 * The agreement model: an {@link dev.pacta.core.model.Agreement} between {@link dev.pacta.core.model.Party
 * parties}, the {@link dev.pacta.core.model.Obligation obligations} each party owes the other (with their
 * {@link dev.pacta.core.model.Trigger triggers} and {@link dev.pacta.core.model.DeadlineRule deadline rules}),
 * its {@link dev.pacta.core.model.Milestone milestones}, and the {@link dev.pacta.core.model.Timeline timeline}
 * of dated {@link dev.pacta.core.model.Event events} that shows what happened.
 *
 * <p>Every type is immutable and thread-safe, built with a public {@code Builder} or a factory, and rejects
 * {@code null} ({@code Optional} marks what may be absent). Building an {@code Agreement} validates it as a whole
 * and reports every problem at once in a {@link dev.pacta.core.ValidationException}.
 *
 * <p>{@code Trigger}, {@code DeadlineRule} and {@link dev.pacta.core.model.Remedy Remedy} are sealed types: each
 * kind is a subtype that holds only its own attributes ({@code Trigger.OnEvent} its event kind,
 * {@code DeadlineRule.Before} its offset and reference, {@code Remedy.Penalty} its rate, period and cap), created
 * by the factories ({@code Trigger.onEvent}, {@code DeadlineRule.beforeEndDate}, {@code Remedy.penalty}) or the
 * subtype's builder. Their {@code kind()} names the subtype: switch on it and cast, or test with
 * {@code instanceof}.
 */
@PactaStyle
package dev.pacta.core.model;

import dev.pacta.core.internal.PactaStyle;
