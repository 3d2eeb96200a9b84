package dev.pacta.examples.docs;

import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.engine.Evaluation;
import dev.pacta.core.model.Event;
import dev.pacta.core.report.ComplianceChanges;
import dev.pacta.core.report.InstanceChange;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.time.CalendarSource;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/** The bakery's approvals as they happen: a live evaluation, one event at a time, and time passing. */
public class LiveEvaluation {
    public static void main(String[] args) {
        ComplianceEngine engine = ComplianceEngine.of(CalendarSource.builtIns());
        Event mockupSubmitted = Event.of("e1", LocalDate.of(2026, 3, 2), "mockup.submitted", "studio"); // Monday
        Instant thursdayNoon =
                ZonedDateTime.parse("2026-03-05T12:00+01:00[Europe/Madrid]").toInstant();
        Event approvalArrived = Event.of("e2", LocalDate.of(2026, 3, 6), "mockup.approved", "bakery"); // Friday

        Evaluation live = engine.start(BakeryWebsite.agreement()); // the agreement built above
        live.append(mockupSubmitted);
        print(live.pollChanges()); // the first poll lists every row as new
        live.advanceTo(thursdayNoon); // time passes: the approval is now BREACHED
        print(live.pollChanges());
        live.append(approvalArrived);
        print(live.pollChanges());
    }

    static void print(ComplianceChanges changes) {
        for (InstanceChange c : changes.instances()) {
            String before = c.before().map(Object::toString).orElse("new");
            String after = c.after().map(Object::toString).orElse("gone");
            System.out.println(c.instance() + ": " + before + " -> " + after + ": "
                    + c.report().map(InstanceReport::explanation).orElse(""));
        }
    }
}
