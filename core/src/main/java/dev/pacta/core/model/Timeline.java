package dev.pacta.core.model;

import dev.pacta.core.Problem;
import dev.pacta.core.ValidationException;
import dev.pacta.core.internal.TieRule;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The events of one agreement, in input order; {@link #ordered(ZoneId)} gives the order the engine uses.
 *
 * <p>Order rule: by instant (date-only events at the start of their day in the agreement's zone); events at the
 * same instant keep their input order, except that an event whose {@code ref} names another event at the same
 * instant always comes after it. Event ids are unique. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Timeline {
    Timeline() {}

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A timeline of the given events, in input order.
     *
     * @param events the events
     * @return the timeline
     */
    public static Timeline of(List<Event> events) {
        return builder().addAllEvents(events).build();
    }

    /**
     * The agreement the events belong to, if stated.
     *
     * @return the agreement id
     */
    public abstract Optional<AgreementId> agreement();

    /**
     * The events, in input order.
     *
     * @return the events
     */
    public abstract List<Event> events();

    /**
     * Returns a timeline with one more event at the end of the input order.
     *
     * @param event the event
     * @return the new timeline
     */
    public Timeline with(Event event) {
        return builder().from(this).addEvents(event).build();
    }

    /**
     * The events in evaluation order for an agreement in the given zone (see the class documentation).
     *
     * @param zone the agreement's zone
     * @return the ordered events
     */
    public List<Event> ordered(ZoneId zone) {
        List<Event> events = events();
        Instant[] instants = new Instant[events.size()];
        for (int i = 0; i < instants.length; i++) {
            instants[i] = events.get(i).at().toInstant(zone);
        }
        int[] order = TieRule.order(
                instants,
                i -> events.get(i).id().value(),
                i -> events.get(i).ref().orElse(null));
        List<Event> result = new ArrayList<>(order.length);
        for (int i : order) {
            result.add(events.get(i));
        }
        return result;
    }

    @Value.Check
    void check() {
        // Every timeline built is checked (a reader's, and each incremental append), so the common case is one pass
        // over an open-addressing table of the ids, sized once and at most half full (no entry objects, unlike a
        // HashSet); the first index of each duplicate is looked for only when there is one.
        // The first slot is the top bits of the hash code times 2^32 / golden ratio (Fibonacci hashing): ids such as
        // e1, e2 ... e999 have nearly consecutive hash codes, which their low bits would place in runs of adjacent
        // slots, so that a lookup stepped through long runs of other ids.
        List<Event> events = events();
        EventId[] table = new EventId[Integer.highestOneBit(Math.max(4, events.size()) * 2 - 1) << 1];
        int mask = table.length - 1;
        int shift = Integer.numberOfLeadingZeros(mask);
        for (Event event : events) {
            EventId id = event.id();
            int slot = (id.hashCode() * 0x9E3779B9) >>> shift;
            for (; table[slot] != null; slot = (slot + 1) & mask) {
                if (table[slot].equals(id)) {
                    throw new ValidationException("timeline", duplicates(events));
                }
            }
            table[slot] = id;
        }
    }

    /** Every event whose id an earlier event has, with the index of the first. */
    private static List<Problem> duplicates(List<Event> events) {
        List<Problem> problems = new ArrayList<>();
        Map<EventId, Integer> seen = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            Integer first = seen.putIfAbsent(events.get(i).id(), i);
            if (first != null) {
                problems.add(new Problem(
                        ValidationCodes.DUPLICATE_ID,
                        "events[" + i + "].id",
                        "event id '" + events.get(i).id() + "' is used twice, first at events[" + first + "]"));
            }
        }
        return problems;
    }

    /** Builds {@link Timeline} values. */
    public static final class Builder extends ImmutableTimeline.Builder {}
}
