package dev.pacta.core.model;

import dev.pacta.core.Problem;
import dev.pacta.core.ValidationException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
        int n = events.size();
        Instant[] instants = new Instant[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            instants[i] = events.get(i).at().toInstant(zone);
            order[i] = i;
        }
        boolean sorted = true;
        for (int i = 1; i < n && sorted; i++) {
            sorted = !instants[i].isBefore(instants[i - 1]);
        }
        if (!sorted) {
            // Stable sort by instant keeps the input order of ties.
            java.util.Arrays.sort(order, Comparator.comparing(i -> instants[i]));
        }
        List<Event> result = new ArrayList<>(n);
        int start = 0;
        while (start < n) {
            int end = start + 1;
            while (end < n && instants[order[end]].equals(instants[order[start]])) {
                end++;
            }
            List<Event> run = new ArrayList<>(end - start);
            for (int k = start; k < end; k++) {
                run.add(events.get(order[k]));
            }
            boolean anyRef = false;
            for (Event e : run) {
                anyRef |= e.ref().isPresent();
            }
            result.addAll(run.size() == 1 || !anyRef ? run : refsAfterReferenced(run));
            start = end;
        }
        return result;
    }

    /**
     * Reorders a run of same-instant events so that an event comes after the same-instant event its ref names,
     * keeping input order otherwise (a stable topological sort; members of a reference cycle keep input order).
     */
    private static List<Event> refsAfterReferenced(List<Event> run) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < run.size(); i++) {
            index.put(run.get(i).id().value(), i);
        }
        List<Event> result = new ArrayList<>(run.size());
        Set<Integer> placed = new HashSet<>();
        boolean progress = true;
        while (result.size() < run.size() && progress) {
            progress = false;
            for (int i = 0; i < run.size(); i++) {
                if (placed.contains(i)) {
                    continue;
                }
                Integer target = run.get(i).ref().map(index::get).orElse(null);
                if (target == null || target == i || placed.contains(target)) {
                    placed.add(i);
                    result.add(run.get(i));
                    progress = true;
                    break;
                }
            }
        }
        for (int i = 0; i < run.size(); i++) {
            if (!placed.contains(i)) {
                result.add(run.get(i));
            }
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
                        "DUPLICATE_ID",
                        "events[" + i + "].id",
                        "event id '" + events.get(i).id() + "' is used twice, first at events[" + first + "]"));
            }
        }
        return problems;
    }

    /** Builds {@link Timeline} values. */
    public static final class Builder extends ImmutableTimeline.Builder {}
}
