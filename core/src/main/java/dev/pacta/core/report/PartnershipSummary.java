package dev.pacta.core.report;

import dev.pacta.core.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Both (all) parties' scorecards side by side, as rows of transparent figures: every number is a count, a ratio
 * with its numerator and denominator, or a sum that can be traced to instances. There is deliberately no combined
 * "health score".
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param parties the party ids, one column each
 * @param rows the figures, one row each: a label and one value per party
 */
public record PartnershipSummary(List<String> parties, List<Row> rows) {
    /**
     * One figure for every party.
     *
     * @param label what the figure is
     * @param values one value per party, in column order
     */
    public record Row(String label, List<String> values) {
        /**
         * Copies the values.
         *
         * @param label what the figure is
         * @param values one value per party, in column order
         */
        public Row {
            values = List.copyOf(values);
        }
    }

    /**
     * Copies the lists.
     *
     * @param parties the party ids, one column each
     * @param rows the figures, one row each: a label and one value per party
     */
    public PartnershipSummary {
        parties = List.copyOf(parties);
        rows = List.copyOf(rows);
    }

    /**
     * The side-by-side summary of a report's scorecards.
     *
     * @param report the report
     * @return the summary
     */
    public static PartnershipSummary of(ComplianceReport report) {
        List<Scorecard> cards = report.scorecards();
        List<Row> rows = new ArrayList<>();
        rows.add(row("instances", cards, c -> String.valueOf(c.instances())));
        for (InstanceState s : InstanceState.values()) {
            if (cards.stream().anyMatch(c -> c.counts().getOrDefault(s, 0) > 0)) {
                rows.add(row(
                        "  " + s.name().toLowerCase(Locale.ROOT).replace('_', ' '),
                        cards,
                        c -> String.valueOf(c.counts().getOrDefault(s, 0))));
            }
        }
        rows.add(row(
                "on time",
                cards,
                c -> c.onTime() + "/" + c.decided()
                        + c.onTimeRate()
                                .map(r -> " (" + r.toPlainString() + " %)")
                                .orElse("")));
        rows.add(row("responses within window", cards, c -> c.responsesWithinWindow() + "/" + c.responses()));
        rows.add(row(
                "response days median/p90/worst",
                cards,
                c -> c.medianResponseDays()
                        .map(m -> m.toPlainString() + "/" + c.p90ResponseDays().orElseThrow() + "/"
                                + c.worstResponseDays().orElseThrow())
                        .orElse("-")));
        rows.add(row("delay caused to others", cards, c -> String.valueOf(c.delayCausedToOthers())));
        rows.add(row(
                "late with advance notice",
                cards,
                c -> c.lateWithNotice() + "/" + (c.lateWithNotice() + c.lateWithoutNotice())));
        rows.add(row(
                "owed",
                cards,
                c -> c.owed().isEmpty()
                        ? "-"
                        : c.owed().stream().map(Money::formatWithCurrency).collect(Collectors.joining(", "))));
        return new PartnershipSummary(cards.stream().map(c -> c.party().value()).toList(), rows);
    }

    private static Row row(String label, List<Scorecard> cards, Function<Scorecard, String> value) {
        return new Row(label, cards.stream().map(value).toList());
    }

    /** Returns the summary as a text table, one column per party. */
    @Override
    public String toString() {
        int labelWidth = rows.stream().mapToInt(r -> r.label().length()).max().orElse(0);
        List<Integer> widths = new ArrayList<>();
        for (int k = 0; k < parties.size(); k++) {
            int w = parties.get(k).length();
            for (Row r : rows) {
                w = Math.max(w, r.values().get(k).length());
            }
            widths.add(w);
        }
        StringBuilder out = new StringBuilder();
        out.append(" ".repeat(labelWidth));
        for (int k = 0; k < parties.size(); k++) {
            out.append("  ").append(pad(parties.get(k), widths.get(k)));
        }
        out.append('\n');
        for (Row r : rows) {
            out.append(pad(r.label(), labelWidth));
            for (int k = 0; k < parties.size(); k++) {
                out.append("  ").append(pad(r.values().get(k), widths.get(k)));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
