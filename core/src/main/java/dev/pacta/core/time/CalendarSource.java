package dev.pacta.core.time;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Supplies business calendars by id at evaluation: agreements name their calendar by {@link CalendarId}, the caller
 * supplies the data.
 *
 * <p>The built-in ids are {@link CalendarId#WEEKENDS} ({@link BusinessCalendar#WEEKENDS}) and {@link CalendarId#NONE}
 * ({@link BusinessCalendar#NONE}); every source from {@link #builtIns()} or {@link #of(Map)} knows them.
 * Implementations must be thread-safe.
 */
public interface CalendarSource {
    /**
     * Finds the calendar with an id.
     *
     * @param id the calendar id
     * @return the calendar, or empty if this source does not know the id
     */
    Optional<BusinessCalendar> find(CalendarId id);

    /**
     * The ids this source knows, for messages.
     *
     * @return the known ids in id order; empty if the source cannot list them
     */
    default Set<CalendarId> ids() {
        return Set.of();
    }

    /**
     * Returns the calendar with an id, failing if it is unknown.
     *
     * @param id the calendar id
     * @return the calendar
     * @throws IllegalArgumentException if this source does not know the id; the message lists the known ids
     */
    default BusinessCalendar resolve(CalendarId id) {
        Objects.requireNonNull(id, "id");
        return find(id).orElseThrow(() -> new IllegalArgumentException(
                "unknown calendar id '" + id + "': known ids are " + new TreeSet<>(ids())));
    }

    /**
     * This source, then another for the ids this one does not know: e.g. the calendars a scenario names in front of
     * the engine's. An id both know is this source's calendar.
     *
     * @param fallback where the other ids are found
     * @return the combined source; its ids are both sources' ids
     */
    default CalendarSource orElse(CalendarSource fallback) {
        Objects.requireNonNull(fallback, "fallback");
        CalendarSource first = this;
        return new CalendarSource() {
            @Override
            public Optional<BusinessCalendar> find(CalendarId id) {
                Optional<BusinessCalendar> found = first.find(id);
                return found.isPresent() ? found : fallback.find(id);
            }

            @Override
            public Set<CalendarId> ids() {
                Set<CalendarId> ids = new TreeSet<>(first.ids());
                ids.addAll(fallback.ids());
                return Collections.unmodifiableSet(ids);
            }

            @Override
            public String toString() {
                return first + ".orElse(" + fallback + ")";
            }
        };
    }

    /**
     * Returns the source of the built-in calendars only: {@code WEEKENDS} and {@code NONE}.
     *
     * @return the built-in source
     */
    static CalendarSource builtIns() {
        return of(Map.of());
    }

    /**
     * Returns a source of the given calendars plus the built-ins.
     *
     * @param calendars the calendars by id; copied
     * @return the source
     * @throws IllegalArgumentException if the map redefines a built-in id with a different calendar
     */
    static CalendarSource of(Map<CalendarId, BusinessCalendar> calendars) {
        Objects.requireNonNull(calendars, "calendars");
        Map<CalendarId, BusinessCalendar> all = new TreeMap<>();
        all.put(CalendarId.WEEKENDS, BusinessCalendar.WEEKENDS);
        all.put(CalendarId.NONE, BusinessCalendar.NONE);
        new LinkedHashMap<>(calendars).forEach((id, calendar) -> {
            Objects.requireNonNull(id, "calendar id");
            Objects.requireNonNull(calendar, "calendar");
            BusinessCalendar builtIn = all.get(id);
            if ((id.equals(CalendarId.WEEKENDS) || id.equals(CalendarId.NONE)) && !builtIn.equals(calendar)) {
                throw new IllegalArgumentException("calendar id '" + id + "' is built in and cannot be redefined as "
                        + calendar + ": expected another id");
            }
            all.put(id, calendar);
        });
        Map<CalendarId, BusinessCalendar> frozen = Collections.unmodifiableMap(all);
        Set<CalendarId> ids = Collections.unmodifiableSet(all.keySet());
        return new CalendarSource() {
            @Override
            public Optional<BusinessCalendar> find(CalendarId id) {
                return Optional.ofNullable(frozen.get(Objects.requireNonNull(id, "id")));
            }

            @Override
            public Set<CalendarId> ids() {
                return ids;
            }

            @Override
            public String toString() {
                return "CalendarSource" + ids;
            }
        };
    }
}
