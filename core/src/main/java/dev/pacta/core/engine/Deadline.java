package dev.pacta.core.engine;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A resolved deadline: either a date deadline (due through the end of {@code date}) or a time deadline (due at
 * {@code dueAt}, inclusive), with the first instant at which the instance is late and the first at which it is
 * breached (after grace).
 *
 * @param date the due date of a date deadline, or null for a time deadline
 * @param dueAt the due instant of a time deadline, or null for a date deadline
 * @param lateFrom the first instant at which fulfilment is late: the start of the next day, or just after dueAt
 * @param breachFrom the first instant at which an unfulfilled instance is breached: lateFrom after grace
 */
record Deadline(LocalDate date, Instant dueAt, Instant lateFrom, Instant breachFrom) {
    boolean isDate() {
        return date != null;
    }

    boolean isOnTime(Instant t) {
        return t.isBefore(lateFrom);
    }

    Deadline withBreachFrom(Instant breach) {
        return new Deadline(date, dueAt, lateFrom, breach);
    }
}
