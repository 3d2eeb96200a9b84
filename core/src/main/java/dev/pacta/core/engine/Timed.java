package dev.pacta.core.engine;

import java.time.Instant;

/**
 * Something that happens by itself at an instant, without an event: an instance comes into force (effective date,
 * a recurring period), grace ends (a breach), the agreement's end date passes or a termination's notice runs out. Ordered by instant, then kind, then
 * the order in which they were scheduled; all of them before the timeline events of the same instant.
 */
record Timed(Instant at, Kind kind, long seq, Obl obl, int index, Inst inst, int version) implements Comparable<Timed> {
    enum Kind {
        BREACH,
        END,
        START
    }

    @Override
    public int compareTo(Timed other) {
        int c = at.compareTo(other.at);
        if (c != 0) {
            return c;
        }
        c = kind.compareTo(other.kind);
        return c != 0 ? c : Long.compare(seq, other.seq);
    }
}
