package dev.pacta.examples;

import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.engine.ComplianceRules;
import dev.pacta.core.time.CalendarSource;
import java.time.Period;

/** The engine the examples and the {@code pacta} tool evaluate with. */
public final class Engines {
    private Engines() {}

    /**
     * The built-in calendars and two custom rules: every party names a point of contact, and no recurring duty is
     * missed twice in a row. Reminders look 14 days ahead.
     *
     * @return the engine
     */
    public static ComplianceEngine standard() {
        return standard(ComplianceEngine.DEFAULT_HORIZON);
    }

    /**
     * The {@link #standard()} engine with another reporting horizon (reminders and {@code AT_RISK}).
     *
     * @param horizon a non-negative period
     * @return the engine
     */
    public static ComplianceEngine standard(Period horizon) {
        return standard(horizon, CalendarSource.builtIns());
    }

    /**
     * The {@link #standard()} engine with another reporting horizon and calendars of one's own.
     *
     * @param horizon a non-negative period
     * @param calendars where the agreements' calendars are found
     * @return the engine
     */
    public static ComplianceEngine standard(Period horizon, CalendarSource calendars) {
        return ComplianceEngine.builder()
                .calendars(calendars)
                .addRule(ComplianceRules.pointOfContactRequired())
                .addRule(ComplianceRules.recurringMissedInARow(2))
                .horizon(horizon)
                .build();
    }
}
