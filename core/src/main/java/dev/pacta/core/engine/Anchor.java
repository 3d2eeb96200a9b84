package dev.pacta.core.engine;

import dev.pacta.core.model.EventId;
import java.time.LocalDate;

/**
 * What an instance's deadline counts from, kept as facts and put into words only when an explanation is read, e.g.
 * {@code draft.submitted (e12, Wed 2026-03-04)} or {@code the period starting Mon 2026-03-02}.
 *
 * <p>Every instance has an anchor but few explanations are ever read, so formatting is deferred. Immutable: an
 * explanation may be formatted on another thread, long after the evaluation moved on.
 *
 * @param lead what happened: an event kind, "the effective date", "fulfilment of x#1", …
 * @param event the event that anchored it, or null
 * @param day the anchor's local date
 * @param parenthesized whether the event and day follow in parentheses (else the day follows the lead)
 */
record Anchor(String lead, EventId event, LocalDate day, boolean parenthesized) {

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(48).append(lead);
        if (!parenthesized) {
            return s.append(' ').append(Days.day(day)).toString();
        }
        s.append(" (");
        if (event != null) {
            s.append(event).append(", ");
        }
        return s.append(Days.day(day)).append(')').toString();
    }
}
