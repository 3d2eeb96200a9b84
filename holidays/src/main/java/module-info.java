/**
 * Pacta holidays: business calendars of public holidays, built from Jollyday's data for about 90 countries and their
 * subdivisions, with the holidays' English names.
 *
 * <p>Use {@link dev.pacta.holidays.PublicHolidays}: {@code PublicHolidays.calendar("ES-MD", 2025, 2030)} for one
 * calendar, {@code PublicHolidays.source(2025, 2030)} for a {@link dev.pacta.core.time.CalendarSource} that builds a
 * calendar for any such id when an agreement names it.
 */
module dev.pacta.holidays {
    requires transitive dev.pacta.core;
    requires de.focus_shift.jollyday.core;

    exports dev.pacta.holidays;
}
