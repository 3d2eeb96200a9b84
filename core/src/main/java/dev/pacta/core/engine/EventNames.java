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

    /** The number of the event with an id, or {@link #NONE} if there is none. */
    int number(String id);

    /** The id of the event numbered {@code n}, or null for {@link #NONE}. */
    default EventId idOrNull(int n) {
        return n == NONE ? null : id(n);
    }

    /**
     * The events of a timeline, numbered by their position in {@code events}; the index of ids is built on first use
     * (a ref names an event). Confined to its evaluation until its report is made, then only read.
     */
    static EventNames of(List<Event> events) {
        return new EventNames() {
            private Map<String, Integer> numbers;

            @Override
            public EventId id(int n) {
                return events.get(n).id();
            }

            @Override
            public int number(String id) {
                if (numbers == null) {
                    numbers = new HashMap<>();
                    for (int k = 0; k < events.size(); k++) {
                        numbers.putIfAbsent(events.get(k).id().value(), k);
                    }
                }
                Integer n = numbers.get(id);
                return n == null ? NONE : n;
            }
        };
    }
}
