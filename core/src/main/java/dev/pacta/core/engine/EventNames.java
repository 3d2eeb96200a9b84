package dev.pacta.core.engine;

import dev.pacta.core.model.Event;
import dev.pacta.core.model.EventId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The events of an evaluation by number, so that the ledger names an event with an {@code int} rather than keeping
 * its {@link EventId} (an instance's trigger, what fulfilled or breached it; nearly every event is one of these, and an
 * id object with its text is about 75 bytes). A number is the event's position in its evaluation: in the
 * {@link EventColumns} of a live {@link Evaluation} (append order, stable across rebuilds), or in the timeline of a
 * full evaluation (input order). Ids are made again only when a report or an explanation shows them.
 */
interface EventNames {
    /** No event. */
    int NONE = -1;

    /** The id of the event numbered {@code n} ({@code n >= 0}). */
    EventId id(int n);

    /**
     * The number of the event with an id, or {@link #NONE} if there is none; an implementation may know only the
     * events it was told {@link #triggered} something (all that a reference to an event looks for).
     */
    int number(String id);

    /** The event numbered {@code n} triggered an instance: {@link #number} must know its id from now on. */
    default void triggered(int n) {}

    /** The id of the event numbered {@code n}, or null for {@link #NONE}. */
    default EventId idOrNull(int n) {
        return n == NONE ? null : id(n);
    }

    /**
     * The events of a timeline, numbered by their position in {@code events}; {@link #number} knows the events that
     * triggered something (indexing every id of a full evaluation for the few references was a twentieth of its
     * time). Confined to its evaluation until its report is made, then only read.
     */
    static EventNames of(List<Event> events) {
        return new EventNames() {
            private final Map<String, Integer> triggering = new HashMap<>();

            @Override
            public EventId id(int n) {
                return events.get(n).id();
            }

            @Override
            public int number(String id) {
                Integer n = triggering.get(id);
                return n == null ? NONE : n;
            }

            @Override
            public void triggered(int n) {
                triggering.putIfAbsent(events.get(n).id().value(), n);
            }
        };
    }
}
