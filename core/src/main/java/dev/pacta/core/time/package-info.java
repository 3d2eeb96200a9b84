/**
 * Time for agreements: {@link dev.pacta.core.time.BusinessCalendar business calendars} and their
 * {@link dev.pacta.core.time.CalendarSource source}, {@link dev.pacta.core.time.Span spans} of days, business
 * days, hours, weeks and months, {@link dev.pacta.core.time.BusinessDayConvention conventions},
 * {@link dev.pacta.core.time.Recurrence recurrence} and half-open {@link dev.pacta.core.time.LocalDateRange
 * date ranges}.
 *
 * <p>Nothing here reads the clock or the default time zone: every date and zone is given by the caller.
 */
@PactaStyle
package dev.pacta.core.time;

import dev.pacta.core.internal.PactaStyle;
