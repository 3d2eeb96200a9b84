package dev.pacta.core.engine;

import dev.pacta.core.model.EventId;
import java.time.Instant;

/**
 * What follows a change, which only the event loop knows how to bring about: the port through which the rules that
 * apply an event's transitions themselves (payments and control events, whose effects interleave) hand the rest back
 * to the loop, without depending on it.
 */
interface FollowUps {
    /** Fulfils an instance, excuses and releases what waited on it, and creates what its fulfilment triggers. */
    void fulfil(Inst i, EventId by, String kind, Instant t);

    /** An instance was waived: excuse and release what waited on it. */
    void released(Inst i, Instant t);

    /** An instance has a new deadline: schedule its breach. */
    void rescheduled(Inst i);

    /** The agreement ended at {@code t}: cancel what is not yet due and does not survive. */
    void ended(Instant t, String text);

    /** An amendment added an obligation: register it and schedule its instances. */
    void added(Obl o);
}
