package dev.pacta.examples.report;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Party;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.Finding;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.MilestoneReport;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Renders a compliance report as plain text for a terminal of 100 columns: a table per party, then milestones,
 * findings and the upcoming reminders. No colour.
 */
public final class TextReport {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE MM-dd", Locale.ROOT);

    private TextReport() {}

    /**
     * Renders the report.
     *
     * @param agreement the agreement evaluated (for party names and obligation titles)
     * @param report the report
     * @return the text, ending with a newline
     */
    public static String render(Agreement agreement, ComplianceReport report) {
        StringBuilder out = new StringBuilder();
        ZoneId zone = report.zone();
        out.append(agreement.title())
                .append(" (")
                .append(agreement.id())
                .append(") as of ")
                .append(report.asOfDate())
                .append('\n');
        out.append("=".repeat(Math.min(100, out.length() - 1))).append("\n");
        for (Party party : agreement.parties()) {
            List<InstanceReport> rows = report.instancesOf(party.id());
            out.append('\n')
                    .append(party.name())
                    .append(" (")
                    .append(party.role())
                    .append(party.contact().map(c -> ", contact: " + c).orElse(""))
                    .append(")\n");
            if (rows.isEmpty()) {
                out.append("  no obligations\n");
                continue;
            }
            out.append(String.format(
                    Locale.ROOT, "  %-22s %-10s %-10s %-15s %s%n", "instance", "due", "done", "state", "lateness"));
            for (InstanceReport i : rows) {
                out.append(String.format(
                        Locale.ROOT,
                        "  %-22s %-10s %-10s %-15s %s%n",
                        i.id(),
                        i.dueDate()
                                .map(DAY::format)
                                .or(() -> i.dueAt().map(t -> DAY.format(t.atZone(zone))))
                                .orElse("-"),
                        i.fulfilledAt().map(t -> day(t, zone)).orElse("-"),
                        i.state(),
                        i.lateness().map(Object::toString).orElse("")));
            }
        }
        if (!report.milestones().isEmpty()) {
            out.append("\nMilestones\n");
            for (MilestoneReport m : report.milestones()) {
                out.append(String.format(Locale.ROOT, "  %-22s %-13s %s%n", m.id(), m.state(), m.explanation()));
            }
        }
        if (!report.findings().isEmpty()) {
            out.append("\nFindings\n");
            for (Finding f : report.findings()) {
                out.append(String.format(Locale.ROOT, "  %-7s %-22s %s%n", f.severity(), f.code(), f.message()));
            }
        }
        out.append("\nUpcoming (next ").append(report.horizon().getDays()).append(" days)\n");
        List<InstanceReport> upcoming = report.upcoming();
        if (upcoming.isEmpty()) {
            out.append("  nothing due\n");
        }
        for (InstanceReport i : upcoming) {
            out.append(String.format(
                    Locale.ROOT,
                    "  %-22s %-10s owed by %s%n",
                    i.id(),
                    i.dueDate().map(DAY::format).orElse("-"),
                    i.obligor()));
        }
        out.append("\nExplanations\n");
        for (InstanceReport i : report.instances()) {
            out.append("  ").append(i.id()).append(": ").append(i.explanation()).append('\n');
        }
        return out.toString();
    }

    private static String day(Instant t, ZoneId zone) {
        return DAY.format(t.atZone(zone));
    }
}
