package dev.pacta.holidays;

import de.focus_shift.jollyday.core.CalendarHierarchy;
import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import dev.pacta.core.time.BusinessCalendar;
import dev.pacta.core.time.CalendarId;
import dev.pacta.core.time.CalendarSource;
import dev.pacta.core.time.LocalDateRange;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Business calendars of public holidays, from Jollyday's data: a country ({@code ES}), or one of its subdivisions
 * ({@code ES-MD}, Madrid; {@code US-NY}, New York), over a range of years.
 *
 * <pre>{@code
 * BusinessCalendar madrid = PublicHolidays.calendar("ES-MD", 2025, 2030);
 * madrid.holidayName(LocalDate.of(2026, 5, 2)); // Optional[Madrid Day]
 * ComplianceEngine engine = ComplianceEngine.of(PublicHolidays.source(2025, 2030)); // "calendar": "US-NY" works
 * }</pre>
 *
 * <p>A calendar is named by its id, has Saturday and Sunday as weekend days (derive another with
 * {@code toBuilder().weekendDays(...)}), holds the public and bank holidays of the place (not mere observances) with
 * their English names, a holiday observed on another day on the day observed, and <em>covers exactly the years
 * built</em>: 2025 to 2030 covers 2025-01-01 through 2030-12-31, so that a deadline in 2031 is reported as not covered
 * rather than computed without that year's holidays.
 *
 * <p>Ids are ISO 3166 codes as Jollyday knows them: the country's two letters, then, after a dash, the subdivision's
 * code ({@code ES-MD}, {@code US-NY}, {@code DE-BY}; upper or lower case). This class is thread-safe.
 */
public final class PublicHolidays {
    private static final Pattern ID = Pattern.compile("([A-Za-z]{2,3})(?:-([A-Za-z0-9]{1,4}))?");

    /** The earliest and latest years a calendar may cover: Jollyday's data is meant for real dates. */
    private static final int MIN_YEAR = 1900;

    private static final int MAX_YEAR = 2200;

    private PublicHolidays() {}

    /**
     * The calendar of a country or subdivision over a range of years.
     *
     * @param id the place, e.g. {@code "ES"}, {@code "ES-MD"} or {@code "US-NY"}
     * @param fromYear the first year covered
     * @param toYear the last year covered, inclusive
     * @return the calendar, named by the id in upper case, covering {@code fromYear-01-01} through
     *     {@code toYear-12-31}
     * @throws IllegalArgumentException if the id is not a country or subdivision Jollyday knows (the message lists
     *     those it knows), or the years are reversed or outside 1900 to 2200
     */
    public static BusinessCalendar calendar(String id, int fromYear, int toYear) {
        Place place =
                place(Objects.requireNonNull(id, "id")).orElseThrow(() -> new IllegalArgumentException(unknown(id)));
        return build(place, fromYear, toYear);
    }

    /**
     * The calendar of a country, or of one of its subdivisions, over a range of years.
     *
     * @param country the country, e.g. {@code "ES"}
     * @param subdivision the subdivision, e.g. {@code "MD"}, or empty for the country's own holidays
     * @param fromYear the first year covered
     * @param toYear the last year covered, inclusive
     * @return the calendar, named e.g. {@code ES-MD}
     * @throws IllegalArgumentException as {@link #calendar(String, int, int)}
     */
    public static BusinessCalendar calendar(String country, Optional<String> subdivision, int fromYear, int toYear) {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(subdivision, "subdivision");
        return calendar(subdivision.map(s -> country + "-" + s).orElse(country), fromYear, toYear);
    }

    /**
     * A source that builds, when an agreement names it, the calendar of any place Jollyday knows, over a range of
     * years, and keeps it; besides the built-ins {@code WEEKENDS} and {@code NONE}. An id that is not a place is
     * unknown to it ({@link CalendarSource#find} is empty).
     *
     * @param fromYear the first year every calendar covers
     * @param toYear the last year every calendar covers, inclusive
     * @return the source; thread-safe
     * @throws IllegalArgumentException if the years are reversed or outside 1900 to 2200
     */
    public static CalendarSource source(int fromYear, int toYear) {
        checkYears(fromYear, toYear);
        CalendarSource builtIns = CalendarSource.builtIns();
        Map<String, BusinessCalendar> built = new ConcurrentHashMap<>();
        return new CalendarSource() {
            @Override
            public Optional<BusinessCalendar> find(CalendarId id) {
                Optional<BusinessCalendar> builtIn = builtIns.find(id);
                if (builtIn.isPresent()) {
                    return builtIn;
                }
                return place(id.value()).map(p -> built.computeIfAbsent(p.id(), k -> build(p, fromYear, toYear)));
            }

            @Override
            public Set<CalendarId> ids() {
                Set<CalendarId> ids = new TreeSet<>(builtIns.ids());
                countries().forEach(c -> ids.add(CalendarId.of(c)));
                return ids;
            }

            @Override
            public String toString() {
                return "PublicHolidays.source(" + fromYear + ", " + toYear + ")";
            }
        };
    }

    /**
     * The countries Jollyday knows, by their codes.
     *
     * @return upper-case codes such as {@code ES}, in order
     */
    public static Set<String> countries() {
        Set<String> codes = new TreeSet<>();
        HolidayManager.getSupportedCalendarCodes().forEach(c -> codes.add(c.toUpperCase(Locale.ROOT)));
        return codes;
    }

    /**
     * The subdivisions of a country that Jollyday knows, with their English names.
     *
     * @param country the country, e.g. {@code "ES"}
     * @return codes such as {@code MD} to names such as {@code Madrid}, in code order
     * @throws IllegalArgumentException if the country is unknown
     */
    public static Map<String, String> subdivisions(String country) {
        String code = Objects.requireNonNull(country, "country").toUpperCase(Locale.ROOT);
        if (!countries().contains(code)) {
            throw new IllegalArgumentException(unknown(country));
        }
        Map<String, String> result = new TreeMap<>();
        hierarchy(code).getChildren().forEach((k, v) -> result.put(k.toUpperCase(Locale.ROOT), describe(v)));
        return result;
    }

    /** A place Jollyday knows: a country code and, possibly, one of its subdivisions, both upper case. */
    private record Place(String country, String subdivision) {
        String id() {
            return subdivision == null ? country : country + "-" + subdivision;
        }
    }

    private static Optional<Place> place(String id) {
        Matcher m = ID.matcher(id);
        if (!m.matches()) {
            return Optional.empty();
        }
        String country = m.group(1).toUpperCase(Locale.ROOT);
        if (!countries().contains(country)) {
            return Optional.empty();
        }
        if (m.group(2) == null) {
            return Optional.of(new Place(country, null));
        }
        String subdivision = m.group(2).toUpperCase(Locale.ROOT);
        boolean known =
                hierarchy(country).getChildren().keySet().stream().anyMatch(k -> k.equalsIgnoreCase(subdivision));
        return known ? Optional.of(new Place(country, subdivision)) : Optional.empty();
    }

    private static HolidayManager manager(String country) {
        return HolidayManager.getInstance(ManagerParameters.create(country.toLowerCase(Locale.ROOT)));
    }

    private static CalendarHierarchy hierarchy(String country) {
        return manager(country).getCalendarHierarchy();
    }

    private static String describe(CalendarHierarchy h) {
        return h.getDescription(Locale.ENGLISH);
    }

    private static String unknown(String id) {
        Optional<String> country = Optional.of(ID.matcher(id))
                .filter(Matcher::matches)
                .map(m -> m.group(1).toUpperCase(Locale.ROOT))
                .filter(c -> countries().contains(c));
        if (country.isPresent()) {
            return "unknown subdivision in '" + id + "': subdivisions of " + country.get() + " are "
                    + subdivisions(country.get()).keySet();
        }
        return "unknown country in '" + id + "': expected a country code such as ES or an id such as ES-MD; countries"
                + " are " + countries();
    }

    private static void checkYears(int fromYear, int toYear) {
        if (fromYear < MIN_YEAR || toYear > MAX_YEAR || toYear < fromYear) {
            throw new IllegalArgumentException("years " + fromYear + " to " + toYear + ": expected a first year no"
                    + " later than the last, within " + MIN_YEAR + " to " + MAX_YEAR);
        }
    }

    private static BusinessCalendar build(Place place, int fromYear, int toYear) {
        checkYears(fromYear, toYear);
        LocalDate from = LocalDate.of(fromYear, 1, 1);
        LocalDate to = LocalDate.of(toYear, 12, 31);
        String[] args = place.subdivision() == null
                ? new String[0]
                : new String[] {place.subdivision().toLowerCase(Locale.ROOT)};
        // Several holidays may fall on one day; an observed holiday is a day off on the day observed.
        Map<LocalDate, Set<String>> names = new TreeMap<>();
        for (Holiday h : manager(place.country()).getHolidays(from, to, args)) {
            if (h.getType() == HolidayType.OBSERVANCE) {
                continue;
            }
            LocalDate day = h.getActualDate();
            if (day.isBefore(from) || day.isAfter(to)) {
                continue; // observed in a year not built
            }
            String name = h.getDescription(Locale.ENGLISH);
            if (h.getObservedDate().isPresent() && !h.getObservedDate().get().equals(h.getDate())) {
                name = name + " (observed)";
            }
            names.computeIfAbsent(day, d -> new TreeSet<>()).add(name);
        }
        BusinessCalendar.Builder b =
                BusinessCalendar.builder().name(place.id()).covering(LocalDateRange.of(from, to.plusDays(1)));
        names.forEach((day, n) -> b.addHoliday(day, String.join(" / ", n)));
        return b.build();
    }
}
