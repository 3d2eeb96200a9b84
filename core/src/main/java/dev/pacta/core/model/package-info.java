/**
 * The agreement model: an {@link dev.pacta.core.model.Agreement} between {@link dev.pacta.core.model.Party
 * parties}, the {@link dev.pacta.core.model.Obligation obligations} each party owes the other (with their
 * {@link dev.pacta.core.model.Trigger triggers} and {@link dev.pacta.core.model.DeadlineRule deadline rules}),
 * its {@link dev.pacta.core.model.Milestone milestones}, and the {@link dev.pacta.core.model.Timeline timeline}
 * of dated {@link dev.pacta.core.model.Event events} that shows what happened.
 *
 * <p>Every type is immutable and thread-safe, built with a public {@code Builder}, and rejects {@code null}
 * ({@code Optional} marks what may be absent). Building an {@code Agreement} validates it as a whole and
 * reports every problem at once in a {@link dev.pacta.core.ValidationException}.
 */
@PactaStyle
package dev.pacta.core.model;

import dev.pacta.core.internal.PactaStyle;
