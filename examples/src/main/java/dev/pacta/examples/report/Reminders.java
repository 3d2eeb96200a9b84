package dev.pacta.examples.report;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Modality;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.InstanceState;
import dev.pacta.core.report.PaymentReport;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What each party must do next, soonest first: the report's upcoming and overdue instances due within a horizon,
 * plus what is still owed although breached (late performance is still performance, unless the obligation is
 * time-bound), plus what waits on another party ({@code BLOCKED}). Duties not to do something are left out.
 */
public final class Reminders {
    private Reminders() {}

    /**
     * One thing a party must do.
     *
     * @param party the obligor
     * @param instance the instance
     * @param title the obligation's title
     * @param due the effective due date in the agreement's zone
     * @param note what to know: "due in 3 days", "2 days late, within grace", "blocked by guest-list#1", with the
     *     amount outstanding for payments
     */
    public record Reminder(PartyId party, InstanceReport instance, String title, LocalDate due, String note) {}

    /**
     * The reminders of a report.
     *
     * @param agreement the agreement evaluated
     * @param report its report
     * @param within how far after the evaluation date to look for upcoming instances
     * @return the reminders, soonest due first, then by instance id
     */
    public static List<Reminder> of(Agreement agreement, ComplianceReport report, Period within) {
        List<InstanceReport> candidates = new ArrayList<>(report.upcoming(within));
        for (InstanceReport i : report.instances()) {
            Obligation o = agreement.obligation(i.obligation()).orElse(null);
            boolean stillOwed = i.state() == InstanceState.BREACHED && o != null && !o.timeBound();
            if ((stillOwed || i.state() == InstanceState.BLOCKED) && !candidates.contains(i)) {
                candidates.add(i);
            }
        }
        List<Reminder> reminders = new ArrayList<>();
        for (InstanceReport i : candidates) {
            Optional<Obligation> o = agreement.obligation(i.obligation());
            if (o.isPresent() && o.get().modality() == Modality.MUST_NOT) {
                continue;
            }
            Optional<LocalDate> due = dueDate(report, i);
            if (due.isEmpty()) {
                continue;
            }
            String title = o.map(Obligation::title).orElse(i.obligation().value());
            reminders.add(new Reminder(i.obligor(), i, title, due.get(), note(report, i, due.get())));
        }
        reminders.sort(Comparator.comparing(Reminder::due)
                .thenComparing(r -> r.instance().id()));
        return List.copyOf(reminders);
    }

    static Optional<LocalDate> dueDate(ComplianceReport report, InstanceReport i) {
        return i.dueDate()
                .or(() -> i.dueAt().map((Instant t) -> t.atZone(report.zone()).toLocalDate()));
    }

    private static String note(ComplianceReport report, InstanceReport i, LocalDate due) {
        String note;
        switch (i.state()) {
            case BLOCKED:
                note = "blocked by "
                        + i.blockedBy().stream().map(Object::toString).collect(Collectors.joining(", "));
                break;
            case OVERDUE:
                note = i.lateness().map(Object::toString).orElse("overdue");
                break;
            case BREACHED:
                note = i.lateness().map(l -> l + ", still owed").orElse("breached, still owed");
                break;
            default:
                long days = ChronoUnit.DAYS.between(report.asOfDate(), due);
                note = days == 0
                        ? "due today"
                        : days == 1 ? "due tomorrow" : "due in " + Words.count(days, "day", "days");
        }
        return note
                + i.payment()
                        .filter(p -> p.outstanding().isPositive())
                        .map(PaymentReport::outstanding)
                        .map(m -> "; " + m.formatWithCurrency() + " outstanding")
                        .orElse("");
    }
}
