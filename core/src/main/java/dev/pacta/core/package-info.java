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
 *   <li>{@code dev.pacta.core.engine} — the compliance engine and its reports.
 * </ul>
 */
package dev.pacta.core;
