package dev.pacta.json.internal.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.pacta.core.Identifier;
import dev.pacta.core.time.BusinessCalendar;
import dev.pacta.core.time.LocalDateRange;
import dev.pacta.json.DocumentKind;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Writes a {@link BusinessCalendar} as a {@code calendar/1} document: marker, id (the calendar's name), weekend days
 * (omitted when Saturday and Sunday), covered range, holidays with their names, working overrides. A combination is
 * written as the calendar it resolved to.
 */
public final class CalendarSerializer extends StdSerializer<BusinessCalendar> {
    private static final long serialVersionUID = 1L;

    /** The instance. */
    public static final CalendarSerializer INSTANCE = new CalendarSerializer();

    private static final Set<DayOfWeek> DEFAULT_WEEKEND = Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    private CalendarSerializer() {
        super(BusinessCalendar.class);
    }

    @Override
    public void serialize(BusinessCalendar v, JsonGenerator g, SerializerProvider provider) throws IOException {
        String id = v.name()
                .orElseThrow(() -> new IllegalArgumentException(
                        "calendar " + v + " has no name: calendar/1 needs an id; give the calendar a name"));
        if (!Identifier.isValid(id)) {
            throw new IllegalArgumentException("calendar name '" + id + "' is not a calendar id (1 to 64 characters"
                    + " from A-Z a-z 0-9 . _ -, starting with a letter or digit)");
        }
        g.writeStartObject();
        g.writeStringField(DocumentKind.MARKER_PROPERTY, DocumentKind.CALENDAR.marker());
        g.writeStringField("id", id);
        if (!v.weekendDays().equals(DEFAULT_WEEKEND)) {
            g.writeArrayFieldStart("weekendDays");
            for (DayOfWeek d : v.weekendDays()) {
                g.writeString(d.name());
            }
            g.writeEndArray();
        }
        LocalDateRange range = v.coveredRange();
        // Without coveredRange a reader infers it: unbounded when there are no dates, so only then may it be omitted.
        boolean inferredUnbounded =
                v.holidays().isEmpty() && v.workingOverrides().isEmpty();
        if (!(inferredUnbounded && range.equals(LocalDateRange.unbounded()))) {
            g.writeObjectFieldStart("coveredRange");
            if (!range.isUnboundedStart()) {
                Write.date(g, "from", range.start());
            }
            if (!range.isUnboundedEnd()) {
                Write.date(g, "through", range.endInclusive());
            }
            g.writeEndObject();
        }
        if (!v.holidays().isEmpty()) {
            g.writeArrayFieldStart("holidays");
            for (LocalDate d : v.holidays()) {
                g.writeStartObject();
                Write.date(g, "date", d);
                Write.text(g, "name", v.holidayName(d));
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!v.workingOverrides().isEmpty()) {
            g.writeArrayFieldStart("workingOverrides");
            for (LocalDate d : v.workingOverrides()) {
                g.writeString(Write.dateText(d));
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }
}
