package dev.pacta.examples.report;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.MilestoneReport;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The timeline's time scale: instants and days to x coordinates.
 *
 * @param start the instant at the left edge of the plot
 * @param end the instant at the right edge
 * @param zone the agreement's zone, in which days start
 * @param left the x of the plot's left edge
 * @param width the plot's width
 */
record TimelineScale(Instant start, Instant end, ZoneId zone, double left, double width) {
    /** From a little before the first date that matters to a little after the last. */
    static TimelineScale of(Agreement agreement, ComplianceReport report, double left, double width) {
        ZoneId zone = report.zone();
        LocalDate first = agreement.effectiveDate();
        LocalDate last = report.asOfDate();
        for (InstanceReport i : report.instances()) {
            LocalDate from =
                    i.inForceFrom().map(t -> t.atZone(zone).toLocalDate()).orElse(first);
            first = min(first, from);
            Optional<LocalDate> due = Reminders.dueDate(report, i);
            if (due.isPresent()) {
                last = max(last, due.get());
            }
            Optional<LocalDate> done = i.fulfilledAt().map(t -> t.atZone(zone).toLocalDate());
            if (done.isPresent()) {
                last = max(last, done.get());
            }
        }
        for (MilestoneReport m : report.milestones()) {
            first = min(first, m.target());
            last = max(last, m.target());
            if (m.reachedOn().isPresent()) {
                last = max(last, m.reachedOn().get());
            }
        }
        long days = ChronoUnit.DAYS.between(first, last);
        long pad = Math.max(1, days / 30);
        return new TimelineScale(
                first.minusDays(pad).atStartOfDay(zone).toInstant(),
                last.plusDays(pad + 1).atStartOfDay(zone).toInstant(),
                zone,
                left,
                width);
    }

    /** The x of an instant, clamped to the plot. */
    double x(Instant t) {
        double total = Duration.between(start, end).getSeconds();
        double at = Duration.between(start, t).getSeconds();
        return left + Math.max(0, Math.min(1, at / total)) * width;
    }

    /** The x of the start of a day. */
    double x(LocalDate d) {
        return x(d.atStartOfDay(zone).toInstant());
    }

    /**
     * Where to mark an event: a date-only event (at the start of its day) in the middle of that day, so that an
     * event on the day after a deadline is drawn after it; a timed event at its instant.
     */
    double marker(Instant t) {
        ZonedDateTime local = t.atZone(zone);
        if (local.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            LocalDate d = local.toLocalDate();
            return (x(d) + xEnd(d)) / 2;
        }
        return x(t);
    }

    /** The end of a day: the start of the next. */
    double xEnd(LocalDate d) {
        return x(d.plusDays(1));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
