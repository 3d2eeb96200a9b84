package dev.pacta.core.engine;

import java.time.Instant;

/**
 * What follows a fulfilment, which only the event loop knows how to bring about: the port through which
 * {@link Payments}, which applies a payment's transitions itself (an instance paid up is fulfilled at once, and what
 * its fulfilment triggers may take credit before the rest of the payment is applied), hands the rest back to the loop
 * without depending on it.
 */
interface FollowUps {
    /**
     * Fulfils an instance by the event numbered {@code by} ({@link EventNames}), excuses and releases what waited on
     * it, and creates what its fulfilment triggers.
     */
    void fulfil(Inst i, int by, String kind, Instant t);
}
