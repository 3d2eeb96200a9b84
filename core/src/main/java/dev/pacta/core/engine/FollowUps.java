package dev.pacta.core.engine;

import dev.pacta.core.model.EventId;
import java.time.Instant;

/**
 * What follows a fulfilment, which only the event loop knows how to bring about: the port through which
 * {@link Payments}, which applies a payment's transitions itself (an instance paid up is fulfilled at once, and what
 * its fulfilment triggers may take credit before the rest of the payment is applied), hands the rest back to the loop
 * without depending on it.
 */
interface FollowUps {
    /** Fulfils an instance, excuses and releases what waited on it, and creates what its fulfilment triggers. */
    void fulfil(Inst i, EventId by, String kind, Instant t);
}
