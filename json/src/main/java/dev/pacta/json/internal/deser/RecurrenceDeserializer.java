package dev.pacta.json.internal.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.pacta.core.time.Recurrence;
import dev.pacta.json.JsonCodes;
import dev.pacta.json.internal.ReadError;
import java.io.IOException;
import java.time.DayOfWeek;
import java.util.function.Predicate;

/**
 * Reads a {@link Recurrence}: {@code {"frequency": "WEEKLY", "interval"?, "start"?, "dayOfWeek"?, "dayOfMonth"?,
 * "lastBusinessDay"?, "count"?, "until"?}}.
 */
public final class RecurrenceDeserializer extends StdDeserializer<Recurrence> {
    private static final long serialVersionUID = 1L;

    /** The instance. */
    public static final RecurrenceDeserializer INSTANCE = new RecurrenceDeserializer();

    /** The largest interval accepted (e.g. every 1000 days). */
    static final int MAX_INTERVAL = 1000;
    /** The largest count accepted. */
    static final int MAX_COUNT = 100_000;

    private RecurrenceDeserializer() {
        super(Recurrence.class);
    }

    @Override
    public Recurrence deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        ObjectCursor o = ObjectCursor.open(
                p,
                ctxt,
                "a recurrence",
                "frequency",
                "interval",
                "start",
                "dayOfWeek",
                "dayOfMonth",
                "lastBusinessDay",
                "count",
                "until");
        Recurrence.Builder b = Recurrence.builder();
        Recurrence.Frequency frequency = null;
        boolean lastBusinessDay = false;
        for (String name = o.next(); name != null; name = o.next()) {
            try {
                switch (name) {
                    case "frequency" -> frequency = Scalars.enumValue(p, Recurrence.Frequency.class, "a frequency");
                    case "interval" -> b.interval(Scalars.wholeInt(p, "frequency units", 1, MAX_INTERVAL));
                    case "start" -> b.start(Scalars.date(p));
                    case "dayOfWeek" -> b.dayOfWeek(Scalars.enumValue(p, DayOfWeek.class, "a day of the week"));
                    case "dayOfMonth" -> b.dayOfMonth(Scalars.wholeInt(p, "the day of the month", 1, 31));
                    case "lastBusinessDay" -> {
                        lastBusinessDay = Scalars.bool(p);
                        b.lastBusinessDay(lastBusinessDay);
                    }
                    case "count" -> b.count(Scalars.wholeInt(p, "occurrences", 1, MAX_COUNT));
                    default -> b.until(Scalars.date(p));
                }
            } catch (ReadError e) {
                o.keepOrThrow(ctxt, e);
            }
        }
        if (Deferred.any(ctxt)) {
            // A value was kept back to report with the document's others: this one cannot be built.
            return null;
        }
        o.require("frequency");
        // Which attributes a frequency takes is the schedule's own rule (Recurrence.Frequency); the reader reports a
        // property that does not apply at the property itself, as for any other kind-dependent property.
        notTaken(o, "dayOfWeek", frequency, Recurrence.Frequency::takesDayOfWeek);
        notTaken(o, "dayOfMonth", frequency, Recurrence.Frequency::takesDayOfMonth);
        notTaken(o, "lastBusinessDay", frequency, Recurrence.Frequency::takesLastBusinessDay);
        if (lastBusinessDay && o.has("dayOfMonth")) {
            throw o.fail(
                    "lastBusinessDay",
                    JsonCodes.CONFLICTING_PROPERTIES,
                    "a recurrence is on a 'dayOfMonth' or on the 'lastBusinessDay', not both");
        }
        b.frequency(frequency);
        return Builds.build(o, b::build);
    }

    /** Fails at a present property that the recurrence's frequency does not take. */
    private static void notTaken(
            ObjectCursor o, String property, Recurrence.Frequency frequency, Predicate<Recurrence.Frequency> takes)
            throws ReadError {
        if (o.has(property) && !takes.test(frequency)) {
            throw o.fail(
                    property,
                    JsonCodes.UNEXPECTED_PROPERTY,
                    "'" + property + "' applies to " + Recurrence.Frequency.namesTaking(takes, "and")
                            + " recurrences only");
        }
    }
}
