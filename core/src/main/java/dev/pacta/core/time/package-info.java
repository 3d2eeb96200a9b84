/**
 * Time for agreements: business calendars, spans, conventions, recurrence and date ranges.
 *
 * <ul>
 *   <li>{@link dev.pacta.core.time.BusinessCalendar}: weekend days, holidays, working overrides and the range its data
 *       covers; {@code shift}, {@code addBusinessDays} ("within N business days after X": X never counts),
 *       {@code adjust}, {@code businessDaysBetween}, {@code and} / {@code or}. A date outside the covered range throws
 *       {@link dev.pacta.core.time.CalendarCoverageException}, never a silent fall-back to weekends only.
 *   <li>{@link dev.pacta.core.time.CalendarId} and {@link dev.pacta.core.time.CalendarSource}: agreements name their
 *       calendar by id; the caller supplies the data at evaluation. Built in: {@code WEEKENDS} and {@code NONE}.
 *   <li>{@link dev.pacta.core.time.Span}: "2 business days", "30 days", "24 hours", "1 week", "3 months".
 *   <li>{@link dev.pacta.core.time.BusinessDayConvention}: how a non-business day moves ({@code FOLLOWING} by
 *       default).
 *   <li>{@link dev.pacta.core.time.Recurrence}: every N days, weeks, months or years, each occurrence computed from
 *       the anchor (never chained) and clamped to the month's end.
 *   <li>{@link dev.pacta.core.time.LocalDateRange}: half-open date ranges, printed {@code 2024-01-01/2024-02-01}.
 * </ul>
 *
 * <p>Nothing here reads the clock, the default time zone or the default locale: every date and zone is given by the
 * caller.
 */
@PactaStyle
package dev.pacta.core.time;

import dev.pacta.core.internal.PactaStyle;
