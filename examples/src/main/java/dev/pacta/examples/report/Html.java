package dev.pacta.examples.report;

import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.InstanceReport;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** What the HTML report's parts share: escaping, numbers, dates in words, and the style sheet. */
final class Html {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE MMM d", Locale.ROOT);
    private static final DateTimeFormatter DAY_YEAR = DateTimeFormatter.ofPattern("EEE MMM d, uuuu", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private Html() {}

    /**
     * Escapes text for XML content and attribute values.
     *
     * @param text the text
     * @return the escaped text
     */
    static String esc(String text) {
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> {
                    // Control characters are not allowed in XML 1.0.
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        s.append(c);
                    }
                }
            }
        }
        return s.toString();
    }

    /** A coordinate with one decimal, in the root locale (never a decimal comma). */
    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** "Fri Mar 20" within the report's year, else "Fri Mar 20, 2025": month names, not numbers, for clients. */
    static String day(ComplianceReport report, LocalDate d) {
        return (d.getYear() == report.asOfDate().getYear() ? DAY : DAY_YEAR).format(d);
    }

    /** A day, with the time of day when it is not midnight (time deadlines, timed events). */
    static String moment(ComplianceReport report, Instant t) {
        ZonedDateTime z = t.atZone(report.zone());
        String day = day(report, z.toLocalDate());
        return z.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? day : day + " " + TIME.format(z);
    }

    /** An instance's effective deadline in words, or "-" if it has none. */
    static String due(ComplianceReport report, InstanceReport i) {
        return i.dueDate()
                .map(d -> day(report, d))
                .or(() -> i.dueAt().map(t -> moment(report, t)))
                .orElse("-");
    }

    /** The original deadline of a moved one, in words. */
    static String original(ComplianceReport report, DeadlineMoves.Move move) {
        Optional<String> date = move.originalDate().map(d -> day(report, d));
        return date.orElseGet(() -> moment(report, move.originalAt().orElseThrow()));
    }

    /** When an instance was fulfilled, in words, or "-". */
    static String done(ComplianceReport report, InstanceReport i) {
        return i.fulfilledAt().map(t -> moment(report, t)).orElse("-");
    }

    static final String CSS = """
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
                   margin: 24px; color: #202124; max-width: 1260px; }
            h1 { font-size: 24px; margin: 0 0 4px 0; }
            h1 small, h2 small { color: #5f6368; font-weight: normal; font-size: 60%; }
            h2 { font-size: 18px; margin: 28px 0 8px 0; }
            p.sub { color: #5f6368; margin: 0 0 12px 0; }
            .cards { display: flex; gap: 16px; flex-wrap: wrap; margin: 16px 0; }
            .card { border: 1px solid #dadce0; border-left: 6px solid #009e73; border-radius: 6px;
                    padding: 8px 16px; min-width: 280px; max-width: 420px; }
            .card.warn { border-left-color: #e69f00; }
            .card.bad { border-left-color: #882255; }
            .card h2 { margin: 4px 0; }
            .card ul { margin: 4px 0; padding-left: 18px; }
            .card li.strong { font-weight: 600; }
            .card ul.more { color: #5f6368; font-size: 13px; }
            .story { border-left: 4px solid #3c4043; background: #f8f9fa; padding: 6px 16px; margin: 8px 0 16px 0; }
            .story h2 { margin: 4px 0 6px 0; font-size: 16px; }
            .story ul { margin: 4px 0; padding-left: 18px; }
            .story li { margin: 4px 0; }
            .story s, td s { color: #5f6368; }
            svg.timeline { font-size: 12px; display: block; }
            svg .band { fill: #ffffff; }
            svg .band-alt { fill: #f6f8fa; }
            svg .band-m { fill: #fdf6e3; }
            svg .label { font-size: 12px; fill: #202124; }
            svg .who { font-size: 11px; fill: #5f6368; }
            svg .none { font-size: 11px; fill: #5f6368; font-style: italic; }
            svg .mlabel { font-size: 11px; font-weight: 600; fill: #202124; }
            svg .moved { font-size: 11px; fill: #202124; }
            svg .mlabel, svg .moved { paint-order: stroke; stroke: #ffffff; stroke-width: 3px; stroke-linejoin: round; }
            svg .grid { stroke: #e8eaed; stroke-width: 1; }
            svg .axis text { fill: #5f6368; font-size: 11px; }
            svg .as-of-label { fill: #3c4043; font-size: 11px; font-weight: 600; }
            .legend { font-size: 12px; color: #3c4043; line-height: 22px; }
            .legend span { margin-right: 12px; white-space: nowrap; }
            .legend i { display: inline-block; width: 14px; height: 10px; margin-right: 4px;
                        vertical-align: middle; border-radius: 2px; box-shadow: inset 0 0 0 1px rgba(0,0,0,0.25); }
            .legend svg { vertical-align: middle; margin-right: 4px; }
            table { border-collapse: collapse; font-size: 13px; margin-bottom: 8px; }
            th, td { text-align: left; padding: 4px 10px 4px 0; border-bottom: 1px solid #e8eaed;
                     vertical-align: top; }
            th { color: #5f6368; font-weight: 600; }
            td.num, th.num { text-align: right; white-space: nowrap; }
            td.id { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; white-space: nowrap; }
            td.why { color: #5f6368; font-size: 12px; }
            td.nowrap { white-space: nowrap; }
            td .was { display: block; font-size: 11px; color: #5f6368; }
            span.state { padding: 1px 6px; border-radius: 3px; font-size: 11px; white-space: nowrap;
                         box-shadow: inset 0 0 0 1px rgba(0,0,0,0.2); }
            tr.error td { color: #882255; }
            tr.warning td { color: #8a4b00; }
            """;
}
