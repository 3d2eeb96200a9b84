package dev.pacta.json.internal.deser;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.pacta.core.model.Amendment;
import dev.pacta.core.model.ControlKind;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.EventId;
import dev.pacta.core.model.EventTime;
import dev.pacta.core.model.PartyId;
import dev.pacta.json.JsonCodes;
import dev.pacta.json.internal.ReadError;
import java.io.IOException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Reads an {@link Event}: {@code {"id", "at", "kind", "actor", "ref"?, "amount"?, "payee"?, "until"?, "by"?,
 * "note"?, "amendment"?}}. {@code payee} belongs to payments, {@code until} or
 * {@code by} (exactly one) to extensions, {@code amendment} to amendments (which need it).
 */
public final class EventDeserializer extends StdDeserializer<Event> {
    private static final long serialVersionUID = 1L;

    /** The instance. */
    public static final EventDeserializer INSTANCE = new EventDeserializer();

    /**
     * A reference: an id, optionally with an instance number ({@code approve-mockup#2}). The form is checked by
     * {@link #isRef}, which does not use this pattern; a test keeps the two in agreement.
     */
    static final Pattern REF_FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}(#[1-9][0-9]{0,8})?");

    /** The properties, in the order of the constants below: the reader switches on an index, not on a string. */
    private static final String[] NAMES = {
        "id", "at", "kind", "actor", "ref", "amount", "payee", "until", "by", "note", "amendment"
    };

    private static final int ID = 0;
    private static final int AT = 1;
    private static final int KIND = 2;
    private static final int ACTOR = 3;
    private static final int REF = 4;
    private static final int AMOUNT = 5;
    private static final int PAYEE = 6;
    private static final int UNTIL = 7;
    private static final int BY = 8;
    private static final int NOTE = 9;
    private static final int AMENDMENT = 10;

    /** The properties every event has: id, at, kind and actor. */
    private static final long REQUIRED = 1L << ID | 1L << AT | 1L << KIND | 1L << ACTOR;

    private EventDeserializer() {
        super(Event.class);
    }

    @Override
    public Event deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, ctxt, new Repeats());
    }

    /**
     * What the events of one timeline share while they are read: the kinds, parties and times already read, which
     * repeat from event to event (see {@link TextCache}).
     */
    static final class Repeats {
        /**
         * Where each event read has its id, or starts until its id is read (line and column, two ints per event, not a
         * location object): needed only to report a duplicate id, but the parser cannot go back for it then.
         */
        private int[] starts = new int[64];

        private int events;

        /**
         * Where an event read has its id (where it starts, if it has none).
         *
         * @param index the event's index
         * @return the location
         */
        JsonLocation start(int index) {
            return new JsonLocation(ContentReference.unknown(), -1L, -1L, starts[2 * index], starts[2 * index + 1]);
        }

        private void started(ObjectCursor o) {
            if (2 * events + 2 > starts.length) {
                starts = Arrays.copyOf(starts, 2 * starts.length);
            }
            starts[2 * events] = o.startLine();
            starts[2 * events + 1] = o.startColumn();
            events++;
        }

        /** The id of the event being read is at the parser's current token. */
        private void idAt(JsonParser p) {
            JsonLocation at = p.currentTokenLocation();
            starts[2 * events - 2] = at.getLineNr();
            starts[2 * events - 1] = at.getColumnNr();
        }

        /** The kinds read, each with its control kind (null for a plain fact), looked up once per kind. */
        final TextCache<Kind> kinds = new TextCache<>();

        final TextCache<PartyId> parties = new TextCache<>();

        /** The scope that keeps bad values back (see {@link Deferred}), or null: they are then thrown at once. */
        Deferred deferred;

        /** One cursor for every event, reopened at each (see {@link ObjectCursor#reopen}). */
        private ObjectCursor cursor;

        ObjectCursor cursor(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (cursor == null) {
                cursor = ObjectCursor.open(p, ctxt, "an event", NAMES);
                return cursor;
            }
            return cursor.reopen();
        }

        /**
         * The event times of dates already read, by {@code yyyyMMdd}, one per slot (a newer date replaces an older
         * one in its slot): a timeline has many events on each day, and a time is then built, and kept, only once.
         */
        private final int[] dateKeys = new int[256];

        private final EventTime[] dateTimes = new EventTime[256];

        /** Reads an event time, sharing the time of the same date read before. */
        EventTime time(JsonParser p) throws IOException {
            int key = p.currentToken() == JsonToken.VALUE_STRING && p.getTextLength() == 10
                    ? dateKey(p.getTextCharacters(), p.getTextOffset())
                    : 0;
            int slot = (key * 0x9E3779B1) >>> 24;
            if (key != 0 && dateKeys[slot] == key) {
                return dateTimes[slot];
            }
            // A date's digits, already read for the key, make the time; anything else is read and checked in full,
            // and reported there. Only a valid date is kept.
            EventTime time = key != 0 ? DateTexts.eventTimeOfDigits(key) : null;
            if (time == null) {
                time = Scalars.eventTime(p);
            }
            if (key != 0) {
                dateKeys[slot] = key;
                dateTimes[slot] = time;
            }
            return time;
        }

        /**
         * {@code yyyyMMdd} for text of the form {@code dddd-dd-dd}, else 0 (which no valid date has).
         * Equal keys mean equal texts, so a cached time is the one the text reads as.
         */
        private static int dateKey(char[] c, int at) {
            if (c[at + 4] != '-' || c[at + 7] != '-') {
                return 0;
            }
            int y1 = c[at] - '0';
            int y2 = c[at + 1] - '0';
            int y3 = c[at + 2] - '0';
            int y4 = c[at + 3] - '0';
            int m1 = c[at + 5] - '0';
            int m2 = c[at + 6] - '0';
            int d1 = c[at + 8] - '0';
            int d2 = c[at + 9] - '0';
            // One test for all eight: a character is a digit when both d and 9 - d are non-negative.
            if ((y1 | y2 | y3 | y4 | m1 | m2 | d1 | d2 | 9 - y1 | 9 - y2 | 9 - y3 | 9 - y4 | 9 - m1 | 9 - m2 | 9 - d1
                            | 9 - d2)
                    < 0) {
                return 0;
            }
            return ((((((y1 * 10 + y2) * 10 + y3) * 10 + y4) * 10 + m1) * 10 + m2) * 10 + d1) * 10 + d2;
        }
    }

    /** An event kind as read and checked, with its control kind, or null for a plain fact. */
    record Kind(String text, ControlKind control) {}

    /** Reads an event kind as {@link Scalars#eventKind(JsonParser)} does, sharing the kinds already read. */
    private static Kind kind(JsonParser p, TextCache<Kind> kinds) throws IOException {
        Kind cached = kinds.get(p);
        if (cached != null) {
            return cached;
        }
        String text = Scalars.eventKind(p);
        Kind kind = new Kind(text, ControlKind.of(text).orElse(null));
        kinds.put(text, kind);
        return kind;
    }

    /**
     * Reads an event, sharing the values that repeat with the other events of its timeline.
     *
     * @param p the parser, at the event
     * @param ctxt the context
     * @param repeats the values read so far in the timeline
     * @return the event
     */
    static Event read(JsonParser p, DeserializationContext ctxt, Repeats repeats) throws IOException {
        ObjectCursor o = repeats.cursor(p, ctxt);
        repeats.started(o);
        Event.Builder b = Event.builder();
        Kind kind = null;
        for (int property = o.nextIndex(); property >= 0; property = o.nextIndex()) {
            try {
                switch (property) {
                    case ID -> {
                        repeats.idAt(p);
                        b.id(Scalars.id(p, EventId::of, "an event id"));
                    }
                    case AT -> b.at(repeats.time(p));
                    case KIND -> {
                        kind = kind(p, repeats.kinds);
                        b.kind(kind.text());
                    }
                    case ACTOR -> b.actor(Scalars.id(p, PartyId::of, "a party id", repeats.parties));
                    default -> optional(p, ctxt, repeats, b, property);
                }
            } catch (ReadError e) {
                o.keepOrThrow(ctxt, e);
            }
        }
        if (repeats.deferred != null && repeats.deferred.kept()) {
            // A value was kept back to report with the document's others: this event cannot be built.
            return null;
        }
        if (!o.hasAll(REQUIRED)) {
            o.require("id", "at", "kind", "actor");
        }
        controls(o, kind.control());
        try {
            return b.build();
        } catch (RuntimeException e) {
            throw Builds.failure(o, e);
        }
    }

    /**
     * Reads one of the properties that only some events have. Kept out of {@link #read}, as are {@link #controls},
     * to keep the compiled reader of the four properties every event has small: it measured slightly faster (the JIT
     * still does not inline the readers of {@code at} and {@code kind} into it).
     */
    private static void optional(
            JsonParser p, DeserializationContext ctxt, Repeats repeats, Event.Builder b, int property)
            throws IOException {
        switch (property) {
            case REF -> b.ref(ref(p));
            case AMOUNT -> b.amount(Scalars.money(p));
            case PAYEE -> b.payee(Scalars.id(p, PartyId::of, "a party id", repeats.parties));
            case UNTIL -> b.until(Scalars.date(p));
            case BY -> Deferred.ifBuilt(SpanDeserializer.INSTANCE.deserialize(p, ctxt), b::by);
            case NOTE -> b.note(Scalars.text(p, "a note"));
            // The amendment is read by its table (internal.wire), found in the context's registry.
            default ->
                Deferred.ifBuilt(
                        TableDeserializer.registered(ctxt, Amendment.class).deserialize(p, ctxt), b::amendment);
        }
    }

    /** Checks, at the event's end, the properties that belong to control events of one kind only. */
    private static void controls(ObjectCursor o, ControlKind control) throws IOException {
        // A payment without an amount is read: it is a fact the engine reports (INVALID_PAYMENT), and the model
        // allows it, so that every timeline written can be read back.
        only(o, PAYEE, control == ControlKind.PAYMENT, "payment");
        only(o, UNTIL, control == ControlKind.EXTENSION, "extension");
        only(o, BY, control == ControlKind.EXTENSION, "extension");
        only(o, AMENDMENT, control == ControlKind.AMENDMENT, "amendment");
        if (control == ControlKind.EXTENSION && o.has(UNTIL) == o.has(BY)) {
            throw o.fail(
                    o.has(BY) ? "by" : "until",
                    o.has(BY) ? JsonCodes.CONFLICTING_PROPERTIES : JsonCodes.MISSING_PROPERTY,
                    "an extension event has exactly one of 'until' (a new due date) or 'by' (more time)");
        }
        if (control == ControlKind.AMENDMENT && !o.has(AMENDMENT)) {
            throw o.fail("amendment", JsonCodes.MISSING_PROPERTY, "an amendment event needs an 'amendment' object");
        }
    }

    private static void only(ObjectCursor o, int property, boolean allowed, String kind) throws IOException {
        if (o.has(property) && !allowed) {
            String name = NAMES[property];
            throw o.fail(
                    name, JsonCodes.UNEXPECTED_PROPERTY, "property '" + name + "' applies to " + kind + " events only");
        }
    }

    private static String ref(JsonParser p) throws IOException {
        String expected = "a reference: an instance id such as approve-mockup#2, an obligation id or an event id";
        String text = Scalars.text(p, expected);
        if (!isRef(text)) {
            throw Scalars.invalid(p, expected);
        }
        return text;
    }

    /**
     * Whether a text matches {@link #REF_FORM}, checked by hand: most events carry a reference.
     *
     * @param text any text
     * @return true if it is an id, optionally followed by {@code #} and an instance number from 1 (up to 9 digits)
     */
    static boolean isRef(String text) {
        int hash = text.indexOf('#');
        int idEnd = hash < 0 ? text.length() : hash;
        // The id part, as Identifier.isValid: 1 to 64 characters, the first a letter or digit.
        if (idEnd == 0 || idEnd > 64 || !isAlphanumeric(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < idEnd; i++) {
            char c = text.charAt(i);
            if (!isAlphanumeric(c) && c != '.' && c != '_' && c != '-') {
                return false;
            }
        }
        if (hash < 0) {
            return true;
        }
        int digits = text.length() - hash - 1;
        if (digits < 1 || digits > 9 || text.charAt(hash + 1) == '0') {
            return false;
        }
        for (int i = hash + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAlphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
