package dev.pacta.json.internal.deser;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.pacta.core.time.BusinessCalendar;
import dev.pacta.core.time.CalendarId;
import dev.pacta.core.time.LocalDateRange;
import dev.pacta.json.DocumentKind;
import dev.pacta.json.JsonCodes;
import dev.pacta.json.internal.JsonPaths;
import dev.pacta.json.internal.ReadError;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code calendar/1} document as read, before the calendars it combines are resolved (they may be in other files,
 * or come from a {@link dev.pacta.core.time.CalendarSource}): either a calendar of its own (weekend days, holidays,
 * working overrides, covered range), or an {@code and} / {@code or} of parts, each another calendar's id or a calendar
 * written in place. {@link Calendars} resolves it.
 */
public final class CalendarDocument {
    /** The id; empty only for a calendar written in place inside a combination. */
    final Optional<CalendarId> id;
    /** The JSON path of the object. */
    final String path;

    final int line;
    final int column;
    /** The calendar, when the document holds one of its own; null for a combination. */
    final BusinessCalendar.Builder own;
    /** Whether a combination is an {@code and} (else an {@code or}). */
    final boolean and;
    /** The parts of a combination, in order; empty for a calendar of its own. */
    final List<Part> parts;

    private CalendarDocument(
            Optional<CalendarId> id,
            String path,
            JsonLocation at,
            BusinessCalendar.Builder own,
            boolean and,
            List<Part> parts) {
        this.id = id;
        this.path = path;
        this.line = ReadError.line(at);
        this.column = ReadError.column(at);
        this.own = own;
        this.and = and;
        this.parts = List.copyOf(parts);
    }

    /**
     * The document's id.
     *
     * @return the id, if written
     */
    public Optional<CalendarId> id() {
        return id;
    }

    /**
     * A part of a combination: the id of another calendar, or a calendar written in place.
     *
     * @param ref the id, or null
     * @param inline the calendar written in place, or null
     * @param path the part's JSON path
     * @param line the part's line
     * @param column the part's column
     */
    record Part(CalendarId ref, CalendarDocument inline, String path, int line, int column) {}

    /** Reads the document; see {@code docs/json-format.md}. */
    public static final class Deserializer extends StdDeserializer<CalendarDocument> {
        private static final long serialVersionUID = 1L;

        /** The instance. */
        public static final Deserializer INSTANCE = new Deserializer();

        private Deserializer() {
            super(CalendarDocument.class);
        }

        @Override
        public CalendarDocument deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Deferred scope = Deferred.open(ctxt);
            CalendarDocument document = read(p, ctxt, true);
            Deferred.close(
                    p, ctxt, scope, document.id.map(i -> "calendar '" + i + "'").orElse("the calendar"));
            return document;
        }

        private static CalendarDocument read(JsonParser p, DeserializationContext ctxt, boolean top)
                throws IOException {
            String path = JsonPaths.of(p);
            ObjectCursor o = top
                    ? ObjectCursor.openDocument(
                                    p,
                                    ctxt,
                                    DocumentKind.CALENDAR,
                                    "a calendar",
                                    "id",
                                    "weekendDays",
                                    "coveredRange",
                                    "holidays",
                                    "workingOverrides",
                                    "and",
                                    "or")
                            .allowMarker(DocumentKind.CALENDAR)
                    : ObjectCursor.open(
                            p,
                            ctxt,
                            "a calendar",
                            "id",
                            "weekendDays",
                            "coveredRange",
                            "holidays",
                            "workingOverrides",
                            "and",
                            "or");
            JsonLocation start = o.start();
            BusinessCalendar.Builder b = BusinessCalendar.builder();
            CalendarId id = null;
            List<Part> parts = new ArrayList<>();
            boolean and = false;
            String combination = null;
            String own = null;
            for (String name = o.next(); name != null; name = o.next()) {
                if (name.equals("and") || name.equals("or")) {
                    if (combination != null || own != null) {
                        throw conflict(p, name, combination != null ? combination : own);
                    }
                    combination = name;
                    and = name.equals("and");
                    parts(p, ctxt, parts);
                    continue;
                }
                if (!name.equals("id")) {
                    if (combination != null) {
                        throw conflict(p, name, combination);
                    }
                    own = name;
                }
                try {
                    switch (name) {
                        case "id" -> {
                            id = Scalars.id(p, CalendarId::of, "a calendar id");
                            b.name(id.value());
                        }
                        case "weekendDays" -> b.weekendDays(weekendDays(p, ctxt));
                        case "coveredRange" -> b.covering(range(p, ctxt));
                        case "holidays" -> holidays(p, ctxt, b);
                        default -> b.workingOverrides(dates(p, ctxt, "working overrides"));
                    }
                } catch (ReadError e) {
                    o.keepOrThrow(ctxt, e);
                }
            }
            if (top) {
                o.require("id");
            }
            return new CalendarDocument(
                    Optional.ofNullable(id), path, start, combination == null ? b : null, and, parts);
        }

        private static ReadError conflict(JsonParser p, String name, String other) {
            return ReadError.at(
                    p,
                    JsonCodes.CONFLICTING_PROPERTIES,
                    "'" + name + "' and '" + other + "' in one calendar: a calendar is either its own (weekendDays,"
                            + " coveredRange, holidays, workingOverrides) or an 'and' or an 'or' of other calendars");
        }

        private static Set<DayOfWeek> weekendDays(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                throw Scalars.wrongType(p, "an array of days of the week such as [\"SATURDAY\", \"SUNDAY\"]");
            }
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            Scalars.array(p, ctxt, "days of the week", (q, c) -> {
                DayOfWeek day = Scalars.enumValue(q, DayOfWeek.class, "a day of the week");
                if (!days.add(day)) {
                    throw ReadError.at(q, JsonCodes.INVALID_VALUE, "weekend day " + day + " is listed twice");
                }
                return day;
            });
            return days;
        }

        /** {@code {"from"?, "through"?}}: inclusive dates, each side unbounded when absent. */
        private static LocalDateRange range(JsonParser p, DeserializationContext ctxt) throws IOException {
            ObjectCursor o = ObjectCursor.open(p, ctxt, "a covered range", "from", "through");
            LocalDate from = LocalDate.MIN;
            LocalDate through = null;
            for (String name = o.next(); name != null; name = o.next()) {
                if (name.equals("from")) {
                    from = Scalars.date(p);
                } else {
                    through = Scalars.date(p);
                }
            }
            if (through != null && through.isBefore(from)) {
                throw o.fail(
                        "through",
                        JsonCodes.OUT_OF_RANGE,
                        "expected 'through' on or after 'from' " + from + ", was " + through);
            }
            return LocalDateRange.of(from, through == null ? LocalDate.MAX : through.plusDays(1));
        }

        private static void holidays(JsonParser p, DeserializationContext ctxt, BusinessCalendar.Builder b)
                throws IOException {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                throw Scalars.wrongType(p, "an array of holidays such as [{\"date\": \"2026-04-06\", \"name\": ...}]");
            }
            Set<LocalDate> seen = new HashSet<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                ObjectCursor o = ObjectCursor.open(p, ctxt, "a holiday", "date", "name");
                LocalDate date = null;
                String name = null;
                boolean kept = false;
                for (String property = o.next(); property != null; property = o.next()) {
                    try {
                        if (property.equals("date")) {
                            date = Scalars.date(p);
                            if (!seen.add(date)) {
                                throw ReadError.at(p, JsonCodes.INVALID_VALUE, "holiday " + date + " is listed twice");
                            }
                        } else {
                            name = Scalars.text(p, "the holiday's name");
                            if (name.isBlank()) {
                                throw Scalars.invalid(p, "the holiday's name, not blank");
                            }
                        }
                    } catch (ReadError e) {
                        o.keepOrThrow(ctxt, e);
                        kept = true;
                    }
                }
                if (kept) {
                    continue; // reported with the document's other value problems
                }
                o.require("date");
                if (name == null) {
                    b.addHoliday(date);
                } else {
                    b.addHoliday(date, name);
                }
            }
        }

        private static List<LocalDate> dates(JsonParser p, DeserializationContext ctxt, String what)
                throws IOException {
            Set<LocalDate> seen = new HashSet<>();
            return Scalars.array(p, ctxt, what, (q, c) -> {
                LocalDate date = Scalars.date(q);
                if (!seen.add(date)) {
                    throw ReadError.at(q, JsonCodes.INVALID_VALUE, "date " + date + " is listed twice");
                }
                return date;
            });
        }

        private static void parts(JsonParser p, DeserializationContext ctxt, List<Part> parts) throws IOException {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                throw Scalars.wrongType(p, "an array of calendar ids or calendars, at least two");
            }
            JsonLocation arrayAt = p.currentTokenLocation();
            String arrayPath = JsonPaths.of(p);
            while (p.nextToken() != JsonToken.END_ARRAY) {
                String path = JsonPaths.of(p);
                JsonLocation at = p.currentTokenLocation();
                if (p.currentToken() == JsonToken.START_OBJECT) {
                    parts.add(new Part(null, read(p, ctxt, false), path, ReadError.line(at), ReadError.column(at)));
                } else if (p.currentToken() == JsonToken.VALUE_STRING) {
                    parts.add(new Part(
                            Scalars.id(p, CalendarId::of, "a calendar id"),
                            null,
                            path,
                            ReadError.line(at),
                            ReadError.column(at)));
                } else {
                    throw Scalars.wrongType(p, "a calendar id or a calendar");
                }
            }
            if (parts.size() < 2) {
                throw ReadError.at(
                        p,
                        arrayPath,
                        arrayAt,
                        JsonCodes.OUT_OF_RANGE,
                        "expected at least two calendars to combine, was " + parts.size());
            }
        }
    }
}
