package dev.pacta.core.engine;

import dev.pacta.core.model.Event;
import dev.pacta.core.model.EventId;
import dev.pacta.core.model.EventTime;
import dev.pacta.core.model.PartyId;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The events of an {@link Evaluation}, in append order, held as columns rather than as {@link Event} objects: an
 * evaluation lives as long as its agreement, and an event object graph (id, time, kind, actor, optionals) is about
 * 180 bytes where its columns are about 25.
 *
 * <ul>
 *   <li>{@code time}: the epoch day of a date-only event, the epoch second of a timestamp; {@code offsets} (the
 *       timestamp's offset in seconds, {@link #DATE} for a date) and {@code nanos} exist only once a timestamp, or a
 *       fraction of a second, has been appended;
 *   <li>{@code codes}: the kind's and the actor's numbers in per-evaluation dictionaries (an agreement has a few of
 *       each), 16 bits each;
 *   <li>{@code text}: the id's characters (ASCII, by the identifier form), then, if the event has a ref, a
 *       {@link #REF} byte and the ref in UTF-8; {@code textEnd} is where each event's text ends;
 *   <li>{@code slots}: an open-addressing index of the ids (event position + 1, 0 for free; at most half full), for
 *       the duplicate check, about 8 to 16 bytes per event where a {@code HashSet} of the ids was about 100;
 *   <li>{@code rich}: the events that carry more (an amount, payee, extension, amendment or note; kinds or actors
 *       beyond the dictionaries' 65,536), kept whole, by position.
 * </ul>
 *
 * <p>{@link #event(int)} rebuilds an event equal to the one appended. Mutable, not thread-safe: confined to its
 * evaluation.
 */
final class EventColumns implements EventNames {
    /** {@code offsets} of a date-only event. */
    private static final int DATE = Integer.MIN_VALUE;
    /** Separates an id from its ref: no id contains it. */
    private static final byte REF = 1;
    /** Dictionary numbers fit in 16 bits. */
    private static final int CODES = 1 << 16;

    private int size;
    private long[] time = new long[16];
    private int[] codes = new int[16];
    private int[] textEnd = new int[16];
    private int[] offsets;
    private int[] nanos;
    private byte[] text = new byte[128];
    private int textSize;
    private int[] slots = new int[32];

    private final List<String> kinds = new ArrayList<>();
    private final Map<String, Integer> kindCodes = new HashMap<>();
    private final List<PartyId> actors = new ArrayList<>();
    private final Map<PartyId, Integer> actorCodes = new HashMap<>();

    /** The positions of the rich events, ascending, and the events. */
    private int[] richAt = new int[0];

    private Event[] rich = new Event[0];
    private int richCount;

    /** The number of events. */
    int size() {
        return size;
    }

    /** Appends an event. */
    void add(Event e) {
        if (size == time.length) {
            int capacity = size + (size >> 1);
            time = Arrays.copyOf(time, capacity);
            codes = Arrays.copyOf(codes, capacity);
            textEnd = Arrays.copyOf(textEnd, capacity);
            offsets = offsets == null ? null : Arrays.copyOf(offsets, capacity);
            nanos = nanos == null ? null : Arrays.copyOf(nanos, capacity);
        }
        int i = size;
        EventTime at = e.at();
        if (at.date().isPresent()) {
            time[i] = at.date().get().toEpochDay();
            if (offsets != null) {
                offsets[i] = DATE;
            }
        } else {
            OffsetDateTime stamp = at.timestamp().get();
            time[i] = stamp.toEpochSecond();
            if (offsets == null) {
                offsets = new int[time.length];
                Arrays.fill(offsets, 0, i, DATE);
            }
            offsets[i] = stamp.getOffset().getTotalSeconds();
            if (stamp.getNano() != 0 && nanos == null) {
                nanos = new int[time.length];
            }
        }
        if (nanos != null) {
            nanos[i] = at.timestamp().map(OffsetDateTime::getNano).orElse(0);
        }
        int kind = code(kinds, kindCodes, e.kind());
        int actor = code(actors, actorCodes, e.actor());
        codes[i] = kind | actor << 16;
        writeText(e);
        textEnd[i] = textSize;
        if (2 * (size + 1) > slots.length) {
            slots = new int[slots.length * 2];
            for (int k = 0; k < size; k++) {
                index(k);
            }
        }
        index(i);
        if (kind >= CODES || actor >= CODES || hasPayload(e)) {
            if (richCount == rich.length) {
                rich = Arrays.copyOf(rich, Math.max(4, richCount * 2));
                richAt = Arrays.copyOf(richAt, rich.length);
            }
            rich[richCount] = e;
            richAt[richCount++] = i;
        }
        size++;
    }

    /**
     * Whether an event with this id was appended.
     *
     * @param id the id's text
     * @return true if one was
     */
    boolean contains(String id) {
        return number(id) != NONE;
    }

    @Override
    public int number(String id) {
        int mask = slots.length - 1;
        for (int slot = firstSlot(id.hashCode()); slots[slot] != 0; slot = (slot + 1) & mask) {
            if (idEquals(slots[slot] - 1, id)) {
                return slots[slot] - 1;
            }
        }
        return NONE;
    }

    /** The id of the event at a position, made again from its text. */
    @Override
    public EventId id(int i) {
        int r = Arrays.binarySearch(richAt, 0, richCount, i);
        if (r >= 0) {
            return rich[r].id();
        }
        int start = start(i);
        return EventId.of(new String(text, start, idEnd(i) - start, StandardCharsets.ISO_8859_1));
    }

    private void index(int i) {
        int mask = slots.length - 1;
        int slot = firstSlot(idHash(i));
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = i + 1;
    }

    /** The top bits of the hash times 2^32 / golden ratio: ids such as e1 ... e999 hash nearly consecutively. */
    private int firstSlot(int hash) {
        return (hash * 0x9E3779B9) >>> Integer.numberOfLeadingZeros(slots.length - 1);
    }

    private int start(int i) {
        return i == 0 ? 0 : textEnd[i - 1];
    }

    private int idEnd(int i) {
        int end = textEnd[i];
        int k = start(i);
        while (k < end && text[k] != REF) {
            k++;
        }
        return k;
    }

    /** {@link String#hashCode()} of the id at a position (ASCII, one byte per character). */
    private int idHash(int i) {
        int h = 0;
        for (int k = start(i), end = idEnd(i); k < end; k++) {
            h = 31 * h + text[k];
        }
        return h;
    }

    private boolean idEquals(int i, String id) {
        int start = start(i);
        if (idEnd(i) - start != id.length()) {
            return false;
        }
        for (int k = 0; k < id.length(); k++) {
            if (text[start + k] != id.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether an event carries more than id, time, kind, actor and ref. */
    private static boolean hasPayload(Event e) {
        return e.amount().isPresent()
                || e.payee().isPresent()
                || e.until().isPresent()
                || e.by().isPresent()
                || e.amendment().isPresent()
                || e.note().isPresent();
    }

    /** A value's number in a dictionary, added if new; numbers past 16 bits are kept whole in {@code rich}. */
    private static <T> int code(List<T> values, Map<T, Integer> codes, T value) {
        Integer code = codes.get(value);
        if (code == null) {
            if (values.size() >= CODES) {
                return CODES; // the event is kept whole
            }
            code = values.size();
            values.add(value);
            codes.put(value, code);
        }
        return code;
    }

    private void writeText(Event e) {
        String id = e.id().value();
        String ref = e.ref().orElse(null);
        byte[] refBytes = ref == null ? null : ref.getBytes(StandardCharsets.UTF_8);
        int needed = id.length() + (ref == null ? 0 : 1 + refBytes.length);
        if (textSize + needed > text.length) {
            text = Arrays.copyOf(text, Math.max(textSize + needed, text.length + (text.length >> 1)));
        }
        for (int k = 0; k < id.length(); k++) {
            text[textSize++] = (byte) id.charAt(k); // ASCII by the identifier form
        }
        if (refBytes != null) {
            text[textSize++] = REF;
            System.arraycopy(refBytes, 0, text, textSize, refBytes.length);
            textSize += refBytes.length;
        }
    }

    /** The event at a position, equal to the one appended there. */
    Event event(int i) {
        int r = Arrays.binarySearch(richAt, 0, richCount, i);
        if (r >= 0) {
            return rich[r];
        }
        int start = start(i);
        int end = textEnd[i];
        int idEnd = idEnd(i);
        Event.Builder b = new Event.Builder()
                .id(id(i))
                .at(time(i))
                .kind(kinds.get(codes[i] & (CODES - 1)))
                .actor(actors.get(codes[i] >>> 16));
        if (idEnd < end) {
            b.ref(new String(text, idEnd + 1, end - idEnd - 1, StandardCharsets.UTF_8));
        }
        return b.build();
    }

    private EventTime time(int i) {
        if (offsets == null || offsets[i] == DATE) {
            return EventTime.of(LocalDate.ofEpochDay(time[i]));
        }
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(offsets[i]);
        int nano = nanos == null ? 0 : nanos[i];
        return EventTime.of(OffsetDateTime.of(LocalDateTime.ofEpochSecond(time[i], nano, offset), offset));
    }

    /** Every event, in append order. */
    List<Event> events() {
        List<Event> events = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            events.add(event(i));
        }
        return events;
    }
}
