package dev.pacta.examples.report;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.Party;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.InstanceId;
import dev.pacta.core.report.InstanceReport;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which deadlines moved, from when to when, and why.
 *
 * <p>The report gives an instance's effective deadline, but neither the original one nor the adjustments as data:
 * they are only in its explanation, which starts with "due ORIGINAL: rule" and lists each adjustment ("deadline
 * moved from A to B: provide-content#1 (bakery) was 3 business days late", "extended to B by bakery (e5, DAY)",
 * "suspended by … and resumed …"). This class reads them back from that text. It is a stopgap until the core exposes
 * the original deadline and the adjustments; {@code DeadlineMovesTest} pins the wording it relies on, and an
 * explanation it cannot read yields no move rather than a wrong one.
 */
final class DeadlineMoves {
    private static final Pattern PREREQUISITE =
            Pattern.compile("deadline moved from .+? to .+?: (\\S+#\\d+) \\(([^)]+)\\) was (\\d+ .+ late)");
    private static final Pattern EXTENSION = Pattern.compile("extended to .+? by (\\S+) \\((\\S+), (.+)\\)");
    private static final Pattern SUSPENSION =
            Pattern.compile("suspended by (\\S+) \\((\\S+), (.+?)\\) and resumed \\((\\S+), (.+?)\\)(?::.*)?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ENGINE_DAY =
            Pattern.compile("\\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (\\d{4}-\\d{2}-\\d{2})\\b");

    /**
     * A moved deadline.
     *
     * @param originalDate the original due date, for a date deadline (due through the end of that day)
     * @param originalAt the original due instant, for a time deadline
     * @param reasons why it moved, in order, in words for the parties
     */
    record Move(Optional<LocalDate> originalDate, Optional<Instant> originalAt, List<String> reasons) {}

    private DeadlineMoves() {}

    /**
     * The move of an instance's deadline, if its effective deadline differs from the original one.
     *
     * @param agreement the agreement, for obligation titles and party names
     * @param report the report, for writing days as the rest of the HTML report does
     * @param i the instance
     * @return the move, or empty if the deadline did not move (or the explanation cannot be read)
     */
    static Optional<Move> of(Agreement agreement, ComplianceReport report, InstanceReport i) {
        if (i.dueDate().isEmpty() && i.dueAt().isEmpty()) {
            return Optional.empty();
        }
        String explanation = i.explanation();
        int colon = explanation.indexOf(": ");
        if (!explanation.startsWith("due ") || colon < 0) {
            return Optional.empty();
        }
        String original = explanation.substring(4, colon);
        Optional<LocalDate> date = Optional.empty();
        Optional<Instant> at = Optional.empty();
        try {
            if (i.dueDate().isPresent()) {
                Matcher m = DATE.matcher(original);
                if (!m.find()) {
                    return Optional.empty();
                }
                date = Optional.of(LocalDate.parse(m.group()));
                if (date.equals(i.dueDate())) {
                    return Optional.empty();
                }
            } else {
                at = Optional.of(OffsetDateTime.parse(original).toInstant());
                if (at.equals(i.dueAt())) {
                    return Optional.empty();
                }
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        List<String> reasons = new ArrayList<>();
        for (String clause : explanation.split("; ")) {
            reason(agreement, clause).map(r -> days(report, r)).ifPresent(reasons::add);
        }
        return Optional.of(new Move(date, at, List.copyOf(reasons)));
    }

    /** A clause of an explanation in words, if it is one that moves a deadline. */
    private static Optional<String> reason(Agreement agreement, String clause) {
        Matcher m = PREREQUISITE.matcher(clause);
        if (m.matches()) {
            String instance = m.group(1);
            String title = InstanceId.parse(instance)
                    .flatMap(id -> agreement.obligation(id.obligation()))
                    .map(Obligation::title)
                    .map(t -> "“" + t + "”")
                    .orElse(instance);
            return Optional.of(party(agreement, m.group(2)) + " was " + m.group(3) + " with " + title);
        }
        m = EXTENSION.matcher(clause);
        if (m.matches()) {
            return Optional.of(
                    party(agreement, m.group(1)) + " granted an extension (" + m.group(2) + ", " + m.group(3) + ")");
        }
        m = SUSPENSION.matcher(clause);
        if (m.matches()) {
            return Optional.of("it was suspended by " + party(agreement, m.group(1)) + " from " + m.group(3) + " ("
                    + m.group(2) + ") to " + m.group(5) + " (" + m.group(4) + ")");
        }
        return Optional.empty();
    }

    /** The engine's "Thu 2026-03-12" as the report's "Thu Mar 12". */
    private static String days(ComplianceReport report, String text) {
        return ENGINE_DAY.matcher(text).replaceAll(m -> Html.day(report, LocalDate.parse(m.group(1))));
    }

    /** A party's name for its id; the id itself if the agreement does not name it. */
    private static String party(Agreement agreement, String id) {
        try {
            return agreement.party(PartyId.of(id)).map(Party::name).orElse(id);
        } catch (IllegalArgumentException e) {
            return id;
        }
    }
}
