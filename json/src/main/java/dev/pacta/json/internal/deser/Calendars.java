package dev.pacta.json.internal.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.pacta.core.Problem;
import dev.pacta.core.ValidationException;
import dev.pacta.core.time.BusinessCalendar;
import dev.pacta.core.time.CalendarId;
import dev.pacta.core.time.CalendarSource;
import dev.pacta.json.JsonCodes;
import dev.pacta.json.JsonProblem;
import dev.pacta.json.PactaJsonException;
import dev.pacta.json.internal.ReadError;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Resolves {@code calendar/1} documents into {@link BusinessCalendar}s: builds a calendar of its own, and combines
 * the parts of an {@code and} / {@code or}, finding the ids they name among the documents read together (a folder of
 * calendar files), then in a {@link CalendarSource}. Every problem names its file, JSON path, line and column:
 * {@code UNKNOWN_CALENDAR} for an id found nowhere, {@code CALENDAR_CYCLE} for calendars combined from themselves,
 * {@code DUPLICATE_ID} for two files with one id, and the core's codes ({@code CALENDAR_WITHOUT_BUSINESS_DAYS},
 * {@code HOLIDAY_AND_WORKING_OVERRIDE}) for a calendar that cannot be built.
 */
public final class Calendars {
    private final Map<CalendarId, Doc> documents;
    private final CalendarSource others;
    private final Map<CalendarId, BusinessCalendar> done = new TreeMap<>();
    private final List<CalendarId> visiting = new ArrayList<>();

    /**
     * A document and the file it was read from.
     *
     * @param file the file, as the caller named it, or null for text
     * @param document the document
     */
    public record Doc(String file, CalendarDocument document) {}

    private Calendars(Map<CalendarId, Doc> documents, CalendarSource others) {
        this.documents = documents;
        this.others = others;
    }

    /**
     * Resolves one document.
     *
     * @param doc the document and its file
     * @param others where the ids its combination names are found
     * @return the calendar
     * @throws PactaJsonException if it cannot be built or names an unknown id
     */
    public static BusinessCalendar resolve(Doc doc, CalendarSource others) {
        return new Calendars(Map.of(), others).build(doc.document(), doc.file());
    }

    /**
     * Resolves documents read together, which may name each other's ids.
     *
     * @param docs the documents, in the order of their files
     * @param others where the ids that none of them has are found
     * @return the calendars by id, in id order
     * @throws PactaJsonException at the first document that cannot be resolved, naming its file
     */
    public static Map<CalendarId, BusinessCalendar> resolveAll(List<Doc> docs, CalendarSource others) {
        Map<CalendarId, Doc> byId = new LinkedHashMap<>();
        for (Doc doc : docs) {
            CalendarDocument d = doc.document();
            CalendarId id = d.id.orElseThrow();
            Doc first = byId.putIfAbsent(id, doc);
            if (first != null || id.equals(CalendarId.WEEKENDS) || id.equals(CalendarId.NONE)) {
                String where = first == null
                        ? "is built in"
                        : "is also the id of " + (first.file() == null ? "another" + " calendar" : first.file());
                throw problem(
                        doc.file(),
                        JsonCodes.DUPLICATE_ID,
                        d.path + ".id",
                        d,
                        "calendar id '" + id + "' " + where + ": expected one calendar per id");
            }
        }
        Calendars calendars = new Calendars(byId, others);
        Map<CalendarId, BusinessCalendar> result = new TreeMap<>();
        for (Doc doc : docs) {
            CalendarId id = doc.document().id.orElseThrow();
            result.put(id, calendars.named(id, doc));
        }
        return result;
    }

    private BusinessCalendar named(CalendarId id, Doc doc) {
        BusinessCalendar known = done.get(id);
        if (known != null) {
            return known;
        }
        visiting.add(id);
        BusinessCalendar built = build(doc.document(), doc.file());
        visiting.remove(visiting.size() - 1);
        done.put(id, built);
        return built;
    }

    private BusinessCalendar build(CalendarDocument d, String file) {
        try {
            if (d.own != null) {
                return d.own.build();
            }
            BusinessCalendar combined = null;
            for (CalendarDocument.Part part : d.parts) {
                BusinessCalendar next = part.ref() != null ? find(part, d, file) : build(part.inline(), file);
                combined = combined == null ? next : d.and ? combined.and(next) : combined.or(next);
            }
            return d.id.isPresent()
                    ? combined.toBuilder().name(d.id.get().value()).build()
                    : combined;
        } catch (ValidationException e) {
            Problem first = e.problems().get(0);
            String path = first.path().isEmpty() ? d.path : d.path + "." + first.path();
            throw problem(file, first.code(), path, d, first.message());
        }
    }

    private BusinessCalendar find(CalendarDocument.Part part, CalendarDocument d, String file) {
        CalendarId id = part.ref();
        Doc doc = documents.get(id);
        if (doc != null) {
            int at = visiting.indexOf(id);
            if (at >= 0) {
                List<String> cycle = new ArrayList<>();
                visiting.subList(at, visiting.size()).forEach(v -> cycle.add(v.value()));
                cycle.add(id.value());
                throw problem(
                        file,
                        JsonCodes.CALENDAR_CYCLE,
                        part.path(),
                        part.line(),
                        part.column(),
                        "calendar '" + visiting.get(visiting.size() - 1) + "' is combined from itself: "
                                + String.join(" -> ", cycle));
            }
            return named(id, doc);
        }
        Optional<BusinessCalendar> other = others.find(id);
        if (other.isPresent()) {
            return other.get();
        }
        TreeSet<String> known = new TreeSet<>();
        documents.keySet().forEach(k -> known.add(k.value()));
        others.ids().forEach(k -> known.add(k.value()));
        throw problem(
                file,
                JsonCodes.UNKNOWN_CALENDAR,
                part.path(),
                part.line(),
                part.column(),
                "unknown calendar id '" + id + "' in "
                        + d.id.map(i -> "calendar '" + i + "'").orElse("the calendar") + ": known ids are " + known);
    }

    private static PactaJsonException problem(String file, String code, String path, CalendarDocument d, String m) {
        return problem(file, code, path, d.line, d.column, m);
    }

    private static PactaJsonException problem(String file, String code, String path, int line, int column, String m) {
        PactaJsonException e = new PactaJsonException(new JsonProblem(code, path, line, column, m));
        return file == null ? e : e.withSource(file);
    }

    /**
     * Reads a calendar embedded in other JSON through {@link dev.pacta.json.PactaModule}; the ids a combination names
     * are found among the built-ins only.
     */
    public static final class Deserializer extends StdDeserializer<BusinessCalendar> {
        private static final long serialVersionUID = 1L;

        /** The instance. */
        public static final Deserializer INSTANCE = new Deserializer();

        private Deserializer() {
            super(BusinessCalendar.class);
        }

        @Override
        public BusinessCalendar deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            CalendarDocument d = CalendarDocument.Deserializer.INSTANCE.deserialize(p, ctxt);
            try {
                return resolve(new Doc(null, d), CalendarSource.builtIns());
            } catch (PactaJsonException e) {
                throw ReadError.of(p, e.getMessage(), e.problems());
            }
        }
    }
}
