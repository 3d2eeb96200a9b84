package dev.pacta.testing.gen;

import dev.pacta.core.model.Event;
import dev.pacta.core.model.EventId;
import dev.pacta.core.model.Timeline;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Timelines in a few lines, for counterexamples. */
final class Timelines {
    private Timelines() {}

    /** One line per event: {@code e3 2026-03-09 payment by client ref deposit#1 amount EUR 2400.00}. */
    static String describe(Timeline timeline) {
        return describe(timeline, List.of());
    }

    /** As {@link #describe(Timeline)}, each event followed by the choice behind it, then the choices to do nothing. */
    static String describe(Timeline timeline, List<Decision> decisions) {
        Map<EventId, Decision> byEvent = new HashMap<>();
        for (Decision d : decisions) {
            d.event().ifPresent(e -> byEvent.put(e, d));
        }
        StringBuilder s = new StringBuilder("timeline of ")
                .append(timeline.events().size())
                .append(timeline.events().size() == 1 ? " event" : " events")
                .append(':');
        for (Event e : timeline.events()) {
            s.append("\n  ").append(line(e));
            Decision d = byEvent.get(e.id());
            if (d != null) {
                s.append("  [").append(d.choice()).append(']');
            }
        }
        for (Decision d : decisions) {
            if (d.event().isEmpty()) {
                s.append("\n  ").append(d);
            }
        }
        return s.toString();
    }

    static String line(Event e) {
        StringBuilder s = new StringBuilder()
                .append(e.id())
                .append(' ')
                .append(e.at())
                .append(' ')
                .append(e.kind())
                .append(" by ")
                .append(e.actor());
        e.ref().ifPresent(r -> s.append(" ref ").append(r));
        e.amount().ifPresent(a -> s.append(" amount ").append(a));
        e.until().ifPresent(u -> s.append(" until ").append(u));
        e.by().ifPresent(b -> s.append(" by ").append(b));
        e.note().ifPresent(n -> s.append(" note \"").append(n).append('"'));
        return s.toString();
    }
}
