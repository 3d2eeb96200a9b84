/**
 * Public holidays as {@link dev.pacta.core.time.BusinessCalendar}s: {@link dev.pacta.holidays.PublicHolidays} builds
 * the calendar of a country, or of one of its subdivisions, over a range of years, from Jollyday's data
 * ({@code de.focus-shift:jollyday-core}, Apache-2.0), and serves such calendars by id to the engine.
 */
package dev.pacta.holidays;
