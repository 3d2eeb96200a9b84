package dev.pacta.examples.report;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Party;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.money.Money;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.Lateness;
import dev.pacta.core.report.MilestoneReport;
import dev.pacta.core.report.PaymentReport;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Words and short forms shared by the text and HTML reports. */
final class Texts {
    static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE MM-dd", Locale.ROOT);
    static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd", Locale.ROOT);

    private Texts() {}

    /** "Mon 03-09" within the report's year, else "2025-12-29". */
    static String day(ComplianceReport report, LocalDate date) {
        return date.getYear() == report.asOfDate().getYear()
                ? SHORT_DAY.format(date)
                : DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }

    static String due(ComplianceReport report, InstanceReport i) {
        return Reminders.dueDate(report, i).map(d -> day(report, d)).orElse("-");
    }

    static String done(ComplianceReport report, InstanceReport i) {
        return i.fulfilledAt()
                .map(t -> day(report, t.atZone(report.zone()).toLocalDate()))
                .orElse("-");
    }

    /** "3 days", "1 business day", "2 days (grace)"; empty if not late. */
    static String lateness(InstanceReport i) {
        return i.lateness().map(Texts::lateness).orElse("");
    }

    static String lateness(Lateness l) {
        return l.amount() + " " + l.unit().label(l.amount()) + (l.withinGrace() ? " (grace)" : "");
    }

    /** The total owed for a payment instance, if anything is owed. */
    static Optional<Money> owed(InstanceReport i) {
        return i.payment().map(PaymentReport::totalOwed).filter(Money::isPositive);
    }

    static String money(List<Money> amounts) {
        return amounts.isEmpty()
                ? "nothing"
                : amounts.stream().map(Money::formatWithCurrency).collect(Collectors.joining(", "));
    }

    /** "3 bakery, 1 studio": most days first, then in the agreement's order of parties. */
    static String attribution(Agreement agreement, Map<PartyId, Long> attribution) {
        List<PartyId> order = agreement.parties().stream().map(Party::id).toList();
        return attribution.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Comparator.comparing((Map.Entry<PartyId, Long> e) -> -e.getValue())
                        .thenComparing(e -> order.indexOf(e.getKey())))
                .map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
    }

    /**
     * "launch: REACHED_LATE, 4 business days late: 3 bakery, 1 studio", "launch: REACHED on Fri 03-20", "launch:
     * AT_RISK, target Fri 05-15".
     */
    static String milestoneLine(Agreement agreement, ComplianceReport report, MilestoneReport m) {
        StringBuilder s = new StringBuilder().append(m.id()).append(": ").append(m.state());
        switch (m.state()) {
            case REACHED -> s.append(" on ").append(day(report, m.reachedOn().orElse(m.target())));
            case REACHED_LATE, MISSED -> {
                long days = m.daysLate().orElse(0L);
                s.append(", ")
                        .append(Words.count(days, "business day", "business days"))
                        .append(" late");
                String who = attribution(agreement, m.attribution());
                if (!who.isEmpty()) {
                    s.append(": ").append(who);
                }
            }
            default -> s.append(", target ").append(day(report, m.target()));
        }
        return s.toString();
    }

    /** Wraps words to a width; continuation lines get {@code indent}. */
    static List<String> wrap(String text, int width, String first, String indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(first);
        boolean empty = true;
        for (String word : text.split(" ")) {
            if (!empty && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line = new StringBuilder(indent);
                empty = true;
            }
            if (!empty) {
                line.append(' ');
            }
            line.append(word);
            empty = false;
        }
        lines.add(line.toString());
        return lines;
    }

    static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    static String padLeft(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }
}
