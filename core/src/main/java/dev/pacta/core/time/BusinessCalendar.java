package dev.pacta.core.time;

import dev.pacta.core.Problem;
import dev.pacta.core.ValidationException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A business calendar: which dates are business days, within the range of dates its data covers.
 *
 * <p>A date is a <em>business day</em> if it is a working override, or if it is neither a weekend day nor a holiday.
 * A date cannot be both a holiday and a working override. A holiday may have a name ("Easter Monday"), which
 * explanations quote when a deadline moves over it. The calendar only knows the dates of its
 * {@linkplain #coveredRange() covered range}: every method that needs to know whether a date outside that range is a
 * business day throws {@link CalendarCoverageException}, never falling back silently to weekends only.
 *
 * <pre>{@code
 * BusinessCalendar madrid = BusinessCalendar.builder()
 *         .name("ES-MD")
 *         .weekendDays(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)
 *         .addHoliday(LocalDate.parse("2024-03-11"))
 *         .addHoliday(LocalDate.parse("2024-05-02"), "Community of Madrid Day")
 *         .covering(LocalDateRange.of(LocalDate.parse("2024-01-01"), LocalDate.parse("2027-01-01")))
 *         .build();
 * madrid.addBusinessDays(LocalDate.parse("2024-03-08"), 2); // 2024-03-13
 * }</pre>
 *
 * <p>Lookups are fast: {@link #isBusinessDay} is O(1), and {@link #shift}, {@link #addBusinessDays} and
 * {@link #businessDaysBetween} take O(log(n + h)) time for a shift of n business days and h holidays and overrides,
 * whatever n.
 *
 * <p>A calendar must have at least one business day in its covered range: one whose seven days are all weekend days
 * (without a working override), or whose every covered date is a weekend day or a holiday, is rejected when it is
 * built, and so is such a combination of two calendars ({@link #and}, {@link #or}). Evaluating an agreement on it
 * could never compute a business-day deadline. The problems a builder reports have stable codes:
 *
 * <table>
 *   <caption>Codes</caption>
 *   <tr><th>code</th><th>meaning</th></tr>
 *   <tr><td>{@code CALENDAR_WITHOUT_BUSINESS_DAYS} ({@link #WITHOUT_BUSINESS_DAYS})</td><td>no date of the covered
 *       range is a business day</td></tr>
 *   <tr><td>{@code HOLIDAY_AND_WORKING_OVERRIDE} ({@link #HOLIDAY_AND_WORKING_OVERRIDE})</td><td>a date is both a
 *       holiday and a working override</td></tr>
 * </table>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BusinessCalendar {
    private static final String[] DAY_NAMES = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final int ALL_DAYS = 0x7F;
    private static final int SHORT_SHIFT = 8;
    private static final long MAX_EPOCH_DAY = LocalDate.MAX.toEpochDay();
    /** The longest name a combination makes: the longest text a Pacta document holds (65,536 characters). */
    private static final int MAX_JOINED_NAME = 65_536;

    /** The code of a calendar that has no business day in its covered range: {@code CALENDAR_WITHOUT_BUSINESS_DAYS}. */
    public static final String WITHOUT_BUSINESS_DAYS = "CALENDAR_WITHOUT_BUSINESS_DAYS";

    /** The code of a date that is both a holiday and a working override: {@code HOLIDAY_AND_WORKING_OVERRIDE}. */
    public static final String HOLIDAY_AND_WORKING_OVERRIDE = "HOLIDAY_AND_WORKING_OVERRIDE";

    /** Saturday and Sunday are not business days; no holidays; every date covered. Named {@code WEEKENDS}. */
    public static final BusinessCalendar WEEKENDS =
            builder().name("WEEKENDS").covering(LocalDateRange.unbounded()).build();

    /** Every day is a business day; every date covered. Named {@code NONE}. */
    public static final BusinessCalendar NONE = builder()
            .name("NONE")
            .weekendDays(EnumSet.noneOf(DayOfWeek.class))
            .covering(LocalDateRange.unbounded())
            .build();

    private final Optional<String> name;
    private final Set<DayOfWeek> weekendDays;
    private final Set<LocalDate> holidays;
    private final NavigableMap<LocalDate, String> holidayNames;
    private final Set<LocalDate> workingOverrides;
    private final LocalDateRange coveredRange;

    // Derived lookup state.
    private final long coveredFrom; // inclusive epoch day
    private final long coveredTo; // exclusive epoch day; MAX_EPOCH_DAY + 1 when unbounded at the end
    private final BusinessDayIndex days;

    private BusinessCalendar(Builder b, LocalDateRange coveredRange) {
        this.name = Optional.ofNullable(b.name);
        this.weekendDays = Collections.unmodifiableSet(EnumSet.copyOf(b.weekendDays));
        int mask = 0;
        for (DayOfWeek d : b.weekendDays) {
            mask |= 1 << d.ordinal();
        }
        this.holidays = Collections.unmodifiableSortedSet(new TreeSet<>(b.holidays));
        TreeMap<LocalDate, String> names = new TreeMap<>(b.holidayNames);
        names.keySet().retainAll(b.holidays);
        this.holidayNames = Collections.unmodifiableNavigableMap(names);
        this.workingOverrides = Collections.unmodifiableSortedSet(new TreeSet<>(b.workingOverrides));
        this.coveredRange = coveredRange;
        this.coveredFrom = coveredRange.start().toEpochDay();
        this.coveredTo = coveredRange.isUnboundedEnd()
                ? MAX_EPOCH_DAY + 1
                : coveredRange.endExclusive().toEpochDay();

        this.days = new BusinessDayIndex(mask, holidays, workingOverrides);
    }

    /**
     * Returns a new builder: by default, Saturday and Sunday are weekend days, there are no holidays, and the covered
     * range is inferred (see {@link Builder#covering}).
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this calendar's data, to derive a changed copy.
     *
     * @return a builder with this calendar's name, weekend days, holidays, overrides and covered range
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name.orElse(null);
        b.weekendDays(weekendDays);
        b.holidays(holidays);
        b.holidayNames.putAll(holidayNames);
        b.workingOverrides(workingOverrides);
        b.covering(coveredRange);
        return b;
    }

    /**
     * The calendar's name, used in messages and {@link #toString()}.
     *
     * @return the name, e.g. {@code "ES-MD"}, if given
     */
    public Optional<String> name() {
        return name;
    }

    /**
     * The days of the week that are not business days, unless a date is a working override.
     *
     * @return an unmodifiable set, possibly empty, possibly all seven days
     */
    public Set<DayOfWeek> weekendDays() {
        return weekendDays;
    }

    /**
     * The holidays: dates that are not business days.
     *
     * @return an unmodifiable set iterating in date order
     */
    public Set<LocalDate> holidays() {
        return holidays;
    }

    /**
     * The names of the holidays that have one, e.g. {@code 2026-04-06 -> "Easter Monday"}.
     *
     * @return an unmodifiable map in date order; its keys are some of the {@linkplain #holidays() holidays}
     */
    public NavigableMap<LocalDate, String> holidayNames() {
        return holidayNames;
    }

    /**
     * The name of a holiday.
     *
     * @param date the date
     * @return the holiday's name, e.g. {@code "Easter Monday"}; empty if the date is not a holiday or has no name
     */
    public Optional<String> holidayName(LocalDate date) {
        return Optional.ofNullable(holidayNames.get(Objects.requireNonNull(date, "date")));
    }

    /**
     * The working overrides: dates that are business days even if they fall on a weekend day.
     *
     * @return an unmodifiable set iterating in date order
     */
    public Set<LocalDate> workingOverrides() {
        return workingOverrides;
    }

    /**
     * The range of dates the calendar's data covers; outside it, whether a date is a business day is unknown.
     *
     * @return the covered range, half-open
     */
    public LocalDateRange coveredRange() {
        return coveredRange;
    }

    /**
     * Tells whether the calendar has any business day in its covered range; always true, since a calendar without one
     * cannot be built (see {@link Builder#build()}).
     *
     * @return true if at least one covered date is a business day
     */
    public boolean hasBusinessDays() {
        return days.count(coveredTo) > days.count(coveredFrom);
    }

    /**
     * Tells whether the calendar's data covers a date.
     *
     * @param date the date
     * @return true if the date is in the {@linkplain #coveredRange() covered range}
     */
    public boolean covers(LocalDate date) {
        return coveredRange.contains(date);
    }

    /**
     * Tells whether a date is a business day: a working override, or neither a weekend day nor a holiday.
     *
     * @param date the date
     * @return true if it is a business day
     * @throws CalendarCoverageException if the date is outside the covered range
     */
    public boolean isBusinessDay(LocalDate date) {
        long e = date.toEpochDay();
        if (e < coveredFrom || e >= coveredTo) {
            throw uncovered(date);
        }
        return days.isBusiness(e);
    }

    /**
     * Moves a date by a number of business days; the date itself never counts.
     *
     * <p>For {@code n > 0} the result is the n-th business day after {@code date}; for {@code n < 0}, the |n|-th
     * business day before it; for {@code n == 0}, {@code date} unchanged, whether or not it is a business day. Only
     * the dates strictly between {@code date} and the result (and the result) must be covered.
     *
     * @param date the date to move from; need not be a business day
     * @param n the number of business days, negative to move backwards
     * @return the business day reached, or {@code date} if {@code n} is 0
     * @throws CalendarCoverageException if the days to examine leave the covered range
     * @throws IllegalStateException if the calendar has no business day in that direction at all
     */
    public LocalDate shift(LocalDate date, int n) {
        Objects.requireNonNull(date, "date");
        if (n == 0) {
            return date;
        }
        long e = date.toEpochDay();
        if (n <= SHORT_SHIFT && n >= -SHORT_SHIFT) {
            LocalDate found = stepShort(e, n);
            if (found != null) {
                return found;
            }
        }
        return LocalDate.ofEpochDay(n > 0 ? forward(date, e, n) : backward(date, e, -(long) n));
    }

    /**
     * Steps day by day for a short shift, the common case of deadlines; returns null (the general search decides)
     * when the walk leaves the covered range or takes too long.
     */
    private LocalDate stepShort(long e, int n) {
        int step = n > 0 ? 1 : -1;
        int remaining = Math.abs(n);
        long x = e;
        for (int i = 0; i < 8 * SHORT_SHIFT; i++) {
            x += step;
            if (x < coveredFrom || x >= coveredTo) {
                return null;
            }
            if (days.isBusiness(x) && --remaining == 0) {
                return LocalDate.ofEpochDay(x);
            }
        }
        return null;
    }

    private long forward(LocalDate date, long e, long n) {
        long lo = e + 1;
        if (lo < coveredFrom || lo >= coveredTo) {
            throw uncovered(date.plusDays(1));
        }
        long target = days.count(lo) + n - 1; // the ordinal of the business day sought
        long lastFlip = Math.max(lo, days.lastFlip(lo));
        // After the last flip the weekly pattern repeats: n business days take at most 7n days.
        long bound = days.businessDaysPerWeek() > 0 ? lastFlip + 7 * n + 7 : lastFlip;
        long hi = Math.min(bound, coveredTo - 1);
        if (days.count(hi + 1) <= target) {
            if (coveredRange.isUnboundedEnd()) {
                throw new IllegalStateException("calendar " + describe() + " has fewer than " + n
                        + " business days after " + date + ": expected enough business days");
            }
            throw uncovered(coveredRange.endExclusive());
        }
        // Gallop from the start so that short shifts search a short window.
        long window = 7 * n + 7;
        while (lo + window < hi && days.count(lo + window + 1) <= target) {
            window *= 2;
        }
        return days.firstReaching(target, lo, Math.min(lo + window, hi));
    }

    private long backward(LocalDate date, long e, long n) {
        long hi = e - 1;
        if (hi < coveredFrom || hi >= coveredTo) {
            throw uncovered(date.minusDays(1));
        }
        long target = days.count(e) - n;
        long firstFlip = Math.min(hi, days.firstFlip(hi));
        long bound = days.businessDaysPerWeek() > 0 ? firstFlip - 7 * n - 7 : firstFlip;
        long lo = Math.max(bound, coveredFrom);
        if (days.count(lo) > target) {
            if (coveredRange.isUnboundedStart()) {
                throw new IllegalStateException("calendar " + describe() + " has fewer than " + n
                        + " business days before " + date + ": expected enough business days");
            }
            throw uncovered(coveredRange.start().minusDays(1));
        }
        long window = 7 * n + 7;
        while (hi - window > lo && days.count(hi - window) > target) {
            window *= 2;
        }
        return days.firstReaching(target, Math.max(hi - window, lo), hi);
    }

    /**
     * Returns the deadline of "within N business days after X": X's own day never counts.
     *
     * <p>For {@code n == 0}: {@code date} if it is a business day, else the next business day. For {@code n > 0}:
     * {@link #shift shift(date, n)}, the n-th business day after {@code date} (so from a Saturday, 2 business days
     * is the Tuesday). For {@code n < 0}: {@code shift(date, n)}, the |n|-th business day before {@code date}.
     * Example: submitted Friday 2024-03-08, Monday 2024-03-11 a holiday, 2 business days: Wednesday 2024-03-13.
     *
     * @param date the anchor X
     * @param n the number of business days N
     * @return the last business day of the period, inclusive
     * @throws CalendarCoverageException if the days to examine leave the covered range
     * @throws IllegalStateException if the calendar has no business day in that direction at all
     */
    public LocalDate addBusinessDays(LocalDate date, int n) {
        Objects.requireNonNull(date, "date");
        if (n == 0) {
            return isBusinessDay(date) ? date : shift(date, 1);
        }
        return shift(date, n);
    }

    /**
     * Returns the business day strictly after a date.
     *
     * @param date the date; need not be a business day
     * @return the first business day after {@code date}
     * @throws CalendarCoverageException if the days to examine leave the covered range
     * @throws IllegalStateException if the calendar has no later business day at all
     */
    public LocalDate nextBusinessDay(LocalDate date) {
        return shift(date, 1);
    }

    /**
     * Returns the business day strictly before a date.
     *
     * @param date the date; need not be a business day
     * @return the last business day before {@code date}
     * @throws CalendarCoverageException if the days to examine leave the covered range
     * @throws IllegalStateException if the calendar has no earlier business day at all
     */
    public LocalDate previousBusinessDay(LocalDate date) {
        return shift(date, -1);
    }

    /**
     * Moves a date that falls on a non-business day to a business day, by a convention; business days are kept.
     *
     * <ul>
     *   <li>{@code FOLLOWING}: the next business day;
     *   <li>{@code MODIFIED_FOLLOWING}: the next business day, unless it is in a later month: then the previous one;
     *   <li>{@code PRECEDING}: the previous business day;
     *   <li>{@code NONE}: the date unchanged (the calendar is not consulted).
     * </ul>
     *
     * @param date the date
     * @param convention the convention
     * @return the adjusted date
     * @throws CalendarCoverageException if the days to examine leave the covered range
     * @throws IllegalStateException if the calendar has no business day at all
     */
    public LocalDate adjust(LocalDate date, BusinessDayConvention convention) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(convention, "convention");
        if (convention == BusinessDayConvention.NONE || isBusinessDay(date)) {
            return date;
        }
        return switch (convention) {
            case FOLLOWING -> shift(date, 1);
            case PRECEDING -> shift(date, -1);
            case MODIFIED_FOLLOWING -> {
                LocalDate following = shift(date, 1);
                yield YearMonth.from(following).equals(YearMonth.from(date)) ? following : shift(date, -1);
            }
            case NONE -> date;
        };
    }

    /**
     * Counts the business days in a half-open range of dates.
     *
     * @param startInclusive the first date counted
     * @param endExclusive the date after the last date counted
     * @return the number of business days in {@code [startInclusive, endExclusive)}; if {@code endExclusive} is before
     *     {@code startInclusive}, minus the number in {@code [endExclusive, startInclusive)}; 0 if both are equal
     * @throws CalendarCoverageException if a date counted is outside the covered range
     */
    public long businessDaysBetween(LocalDate startInclusive, LocalDate endExclusive) {
        long a = startInclusive.toEpochDay();
        long b = endExclusive.toEpochDay();
        if (a == b) {
            return 0;
        }
        long lo = Math.min(a, b);
        long hi = Math.max(a, b);
        if (lo < coveredFrom) {
            throw uncovered(LocalDate.ofEpochDay(lo));
        }
        if (hi > coveredTo) {
            throw uncovered(coveredRange.endExclusive());
        }
        return days.count(b) - days.count(a);
    }

    /**
     * Returns the calendar whose business days are those of both calendars: a date is a business day if it is one in
     * this calendar <em>and</em> in the other (weekend days and holidays united).
     *
     * <p>The result covers the intersection of both covered ranges, is named {@code "A+B"} when both are named, and
     * holds only the holidays and overrides that differ from its own weekend days. A holiday both name differently is
     * named {@code "mine / theirs"}. A joined name longer than 65,536 characters, the longest text a Pacta document
     * holds, is cut to that length, its last character an ellipsis.
     *
     * @param other the other calendar
     * @return the combined calendar
     * @throws dev.pacta.core.ValidationException ({@code CALENDAR_WITHOUT_BUSINESS_DAYS}) if no date both calendars
     *     cover is a business day in both
     */
    public BusinessCalendar and(BusinessCalendar other) {
        return combine(other, true);
    }

    /**
     * Returns the calendar whose business days are those of either calendar: a date is a business day if it is one in
     * this calendar <em>or</em> in the other.
     *
     * <p>The result covers the intersection of both covered ranges, is named {@code "A~B"} when both are named, and
     * holds only the holidays and overrides that differ from its own weekend days. A holiday both name differently is
     * named {@code "mine / theirs"}. A joined name longer than 65,536 characters, the longest text a Pacta document
     * holds, is cut to that length, its last character an ellipsis.
     *
     * @param other the other calendar
     * @return the combined calendar
     * @throws dev.pacta.core.ValidationException ({@code CALENDAR_WITHOUT_BUSINESS_DAYS}) if the calendars' covered
     *     ranges do not overlap, or no date both cover is a business day in either
     */
    public BusinessCalendar or(BusinessCalendar other) {
        return combine(other, false);
    }

    private BusinessCalendar combine(BusinessCalendar other, boolean both) {
        Objects.requireNonNull(other, "other");
        int mask = both ? days.weekendMask() | other.days.weekendMask() : days.weekendMask() & other.days.weekendMask();
        LocalDateRange covered = coveredRange.intersection(other.coveredRange);
        TreeSet<LocalDate> dates = new TreeSet<>();
        dates.addAll(holidays);
        dates.addAll(workingOverrides);
        dates.addAll(other.holidays);
        dates.addAll(other.workingOverrides);
        Builder b = builder().covering(covered);
        EnumSet<DayOfWeek> weekend = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            if ((mask & (1 << d.ordinal())) != 0) {
                weekend.add(d);
            }
        }
        b.weekendDays(weekend);
        for (LocalDate d : dates) {
            if (!covered.contains(d)) {
                continue;
            }
            boolean business = both ? rawBusiness(d) && other.rawBusiness(d) : rawBusiness(d) || other.rawBusiness(d);
            boolean weekendDay = (mask & (1 << d.getDayOfWeek().ordinal())) != 0;
            if (business && weekendDay) {
                b.addWorkingOverride(d);
            } else if (!business && !weekendDay) {
                b.addHoliday(d);
                combinedName(d, other).ifPresent(n -> b.addHoliday(d, n));
            }
        }
        if (name.isPresent() && other.name.isPresent()) {
            b.name(joined(name.get(), both ? "+" : "~", other.name.get()));
        }
        return b.build();
    }

    /** A holiday's name in a combination: either calendar's, or both joined when they differ. */
    private Optional<String> combinedName(LocalDate d, BusinessCalendar other) {
        String mine = holidayNames.get(d);
        String theirs = other.holidayNames.get(d);
        if (mine == null || theirs == null || mine.equals(theirs)) {
            return Optional.ofNullable(mine != null ? mine : theirs);
        }
        return Optional.of(joined(mine, " / ", theirs));
    }

    /**
     * Two names joined, cut to {@link #MAX_JOINED_NAME} characters (the last one an ellipsis) when longer: a name is
     * text Pacta's documents must hold, and each part may already be that long.
     */
    private static String joined(String first, String separator, String second) {
        String joined = first + separator + second;
        if (joined.length() <= MAX_JOINED_NAME) {
            return joined;
        }
        // Never cut a surrogate pair in two: the text must stay well-formed to be written.
        int end = MAX_JOINED_NAME - 1;
        if (Character.isHighSurrogate(joined.charAt(end - 1))) {
            end--;
        }
        return joined.substring(0, end) + "\u2026";
    }

    private boolean rawBusiness(LocalDate date) {
        return days.isBusiness(date.toEpochDay());
    }

    private CalendarCoverageException uncovered(LocalDate date) {
        return new CalendarCoverageException(describe(), date, coveredRange);
    }

    private String describe() {
        return name.map(n -> "'" + n + "'").orElseGet(() -> "(" + this + ")");
    }

    @Override
    public boolean equals(Object other) {
        return other == this
                || (other instanceof BusinessCalendar c
                        && c.name.equals(name)
                        && c.days.weekendMask() == days.weekendMask()
                        && c.holidays.equals(holidays)
                        && c.holidayNames.equals(holidayNames)
                        && c.workingOverrides.equals(workingOverrides)
                        && c.coveredRange.equals(coveredRange));
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, days.weekendMask(), holidays, holidayNames, workingOverrides, coveredRange);
    }

    /**
     * Returns a summary, e.g. {@code "ES-MD: Sat/Sun + 3 holidays, covering 2024-01-01/2027-01-01"}; the covered
     * range is omitted when unbounded.
     */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        name.ifPresent(n -> s.append(n).append(": "));
        if (days.weekendMask() == 0) {
            s.append("no weekend days");
        } else {
            List<String> days = new ArrayList<>();
            for (DayOfWeek d : weekendDays) {
                days.add(DAY_NAMES[d.ordinal()]);
            }
            s.append(String.join("/", days));
        }
        if (!holidays.isEmpty()) {
            s.append(" + ").append(holidays.size()).append(holidays.size() == 1 ? " holiday" : " holidays");
        }
        if (!workingOverrides.isEmpty()) {
            s.append(" + ")
                    .append(workingOverrides.size())
                    .append(workingOverrides.size() == 1 ? " working override" : " working overrides");
        }
        if (!coveredRange.equals(LocalDateRange.unbounded())) {
            s.append(", covering ").append(coveredRange);
        }
        return s.toString();
    }

    /**
     * Builds {@link BusinessCalendar} values.
     *
     * <p>Setters named like the property ({@code holidays(...)}) replace; {@code add...} methods add.
     */
    public static final class Builder {
        private String name;
        private final EnumSet<DayOfWeek> weekendDays = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        private final TreeSet<LocalDate> holidays = new TreeSet<>();
        private final TreeMap<LocalDate, String> holidayNames = new TreeMap<>();
        private final TreeSet<LocalDate> workingOverrides = new TreeSet<>();
        private LocalDateRange coveredRange;

        private Builder() {}

        /**
         * Sets the calendar's name, used in messages.
         *
         * @param name the name, e.g. {@code "ES-MD"}; not blank
         * @return this builder
         * @throws IllegalArgumentException if the name is blank
         */
        public Builder name(String name) {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("calendar name is blank: expected a name such as 'ES-MD'");
            }
            this.name = name;
            return this;
        }

        /**
         * Replaces the weekend days (Saturday and Sunday by default).
         *
         * @param days the days of the week that are not business days; none for a calendar without weekends
         * @return this builder
         */
        public Builder weekendDays(DayOfWeek... days) {
            return weekendDays(Arrays.asList(days));
        }

        /**
         * Replaces the weekend days (Saturday and Sunday by default).
         *
         * @param days the days of the week that are not business days; empty for a calendar without weekends
         * @return this builder
         */
        public Builder weekendDays(Collection<DayOfWeek> days) {
            List<DayOfWeek> copy = List.copyOf(days);
            weekendDays.clear();
            weekendDays.addAll(copy);
            return this;
        }

        /**
         * Adds a holiday: a date that is not a business day.
         *
         * @param date the holiday
         * @return this builder
         */
        public Builder addHoliday(LocalDate date) {
            holidays.add(Objects.requireNonNull(date, "date"));
            return this;
        }

        /**
         * Adds a holiday with its name, which explanations quote: "Mon 2026-04-06 is Easter Monday, not a business
         * day". Adding the same date again replaces its name.
         *
         * @param date the holiday
         * @param name its name, e.g. {@code "Easter Monday"}; not blank
         * @return this builder
         * @throws IllegalArgumentException if the name is blank
         */
        public Builder addHoliday(LocalDate date, String name) {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException(
                        "the name of holiday " + date + " is blank: expected a name such as 'Easter Monday'");
            }
            addHoliday(date);
            holidayNames.put(date, name);
            return this;
        }

        /**
         * Adds holidays.
         *
         * @param dates the holidays
         * @return this builder
         */
        public Builder addHolidays(Collection<LocalDate> dates) {
            dates.forEach(this::addHoliday);
            return this;
        }

        /**
         * Replaces the holidays, and forgets their names.
         *
         * @param dates the holidays
         * @return this builder
         */
        public Builder holidays(Collection<LocalDate> dates) {
            List<LocalDate> copy = List.copyOf(dates);
            holidays.clear();
            holidayNames.clear();
            holidays.addAll(copy);
            return this;
        }

        /**
         * Adds a working override: a date that is a business day even if it falls on a weekend day.
         *
         * @param date the working date
         * @return this builder
         */
        public Builder addWorkingOverride(LocalDate date) {
            workingOverrides.add(Objects.requireNonNull(date, "date"));
            return this;
        }

        /**
         * Adds working overrides.
         *
         * @param dates the working dates
         * @return this builder
         */
        public Builder addWorkingOverrides(Collection<LocalDate> dates) {
            dates.forEach(this::addWorkingOverride);
            return this;
        }

        /**
         * Replaces the working overrides.
         *
         * @param dates the working dates
         * @return this builder
         */
        public Builder workingOverrides(Collection<LocalDate> dates) {
            List<LocalDate> copy = List.copyOf(dates);
            workingOverrides.clear();
            workingOverrides.addAll(copy);
            return this;
        }

        /**
         * Sets the range of dates the calendar's data covers.
         *
         * <p>When not set, the range is inferred: unbounded if there are no holidays and no overrides, else the whole
         * years from the earliest to the latest of those dates (holidays on 2024-03-11 and 2026-12-25 cover
         * 2024-01-01/2027-01-01). Holidays and overrides outside the covered range are kept but never consulted.
         *
         * @param range the covered range; {@link LocalDateRange#unbounded()} for "every date"
         * @return this builder
         */
        public Builder covering(LocalDateRange range) {
            this.coveredRange = Objects.requireNonNull(range, "range");
            return this;
        }

        /**
         * Builds the calendar, reporting every problem at once.
         *
         * @return the calendar, with at least one business day in its covered range
         * @throws dev.pacta.core.ValidationException if a date is both a holiday and a working override
         *     ({@code HOLIDAY_AND_WORKING_OVERRIDE}), or if no covered date is a business day
         *     ({@code CALENDAR_WITHOUT_BUSINESS_DAYS}): every day of the week a weekend day and no working override,
         *     every covered date a weekend day or a holiday, or an empty covered range
         */
        public BusinessCalendar build() {
            String subject = "calendar" + (name == null ? "" : " '" + name + "'");
            TreeSet<LocalDate> both = new TreeSet<>(holidays);
            both.retainAll(workingOverrides);
            if (!both.isEmpty()) {
                throw new ValidationException(
                        subject,
                        List.of(new Problem(
                                HOLIDAY_AND_WORKING_OVERRIDE,
                                "workingOverrides",
                                subject + " declares " + both + " both as holidays and as working overrides: expected"
                                        + " each date in one list only")));
            }
            BusinessCalendar calendar =
                    new BusinessCalendar(this, coveredRange != null ? coveredRange : inferredRange());
            if (!calendar.hasBusinessDays()) {
                throw new ValidationException(
                        subject,
                        List.of(new Problem(
                                WITHOUT_BUSINESS_DAYS,
                                "",
                                subject + " has no business days: " + why(calendar)
                                        + "; expected at least one business day")));
            }
            return calendar;
        }

        /** Why a calendar has no business days, in words. */
        private static String why(BusinessCalendar c) {
            if (c.coveredRange.isEmpty()) {
                return "its covered range " + c.coveredRange + " is empty";
            }
            if (c.days.weekendMask() == ALL_DAYS && c.workingOverrides.isEmpty()) {
                return "every day of the week is a weekend day and there is no working override";
            }
            return "every date it covers (" + c.coveredRange + ") is a weekend day or a holiday";
        }

        private LocalDateRange inferredRange() {
            TreeSet<LocalDate> all = new TreeSet<>(holidays);
            all.addAll(workingOverrides);
            if (all.isEmpty()) {
                return LocalDateRange.unbounded();
            }
            LocalDate first = all.first().withDayOfYear(1);
            LocalDate last = all.last();
            LocalDate end =
                    last.getYear() == LocalDate.MAX.getYear() ? LocalDate.MAX : LocalDate.of(last.getYear() + 1, 1, 1);
            return LocalDateRange.of(first, end);
        }
    }
}
