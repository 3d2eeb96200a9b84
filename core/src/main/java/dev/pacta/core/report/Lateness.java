package dev.pacta.core.report;

import dev.pacta.core.time.Span;
import java.util.Objects;

/**
 * How late an instance is (or was when fulfilled), in its deadline's unit: business days for business-day
 * deadlines, hours for hour deadlines, calendar days otherwise.
 *
 * @param amount how many units late, at least 1 for a late instance
 * @param unit the unit
 * @param withinGrace whether the instance was (or still is) within its grace period
 */
public record Lateness(long amount, Span.Unit unit, boolean withinGrace) {
    /**
     * Checks the unit is not null.
     *
     * @param amount how many units late, at least 1 for a late instance
     * @param unit the unit
     * @param withinGrace whether the instance was (or still is) within its grace period
     */
    public Lateness {
        Objects.requireNonNull(unit, "unit");
    }

    /** Returns e.g. {@code "1 business day late"} or {@code "3 days late, within grace"}. */
    @Override
    public String toString() {
        return amount + " " + unit.label(amount) + " late" + (withinGrace ? ", within grace" : "");
    }
}
