package dev.pacta.examples.report;

import static dev.pacta.examples.report.Html.esc;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Milestone;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.Party;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.money.Money;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.InstanceState;
import dev.pacta.core.report.MilestoneReport;
import dev.pacta.core.report.MilestoneState;
import dev.pacta.core.report.Scorecard;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Renders a compliance report as one self-contained HTML file that tells the story at a glance: each party's
 * scorecard (who is late, what it cost); what moved (deadlines moved, with the original date, the new one and why;
 * milestones reached late); an SVG timeline ({@link HtmlTimeline}); then the details ({@link HtmlTables}).
 *
 * <p>The file loads nothing: no scripts, fonts, images or style sheets from elsewhere. It is well-formed XML
 * (XHTML syntax, every element closed, every text escaped), so it can be checked with an XML parser. Each timeline
 * row is an SVG {@code <g class="row">} with a {@code data-obligation} attribute.
 */
public final class HtmlReport {
    private HtmlReport() {}

    /**
     * Renders the report; the "next" table looks as far ahead as the report's horizon.
     *
     * @param agreement the agreement evaluated
     * @param report the report
     * @return the HTML document
     */
    public static String render(Agreement agreement, ComplianceReport report) {
        return render(agreement, report, report.horizon());
    }

    /**
     * Renders the report.
     *
     * @param agreement the agreement evaluated
     * @param report the report
     * @param within how far ahead the "next" table looks
     * @return the HTML document
     */
    public static String render(Agreement agreement, ComplianceReport report, Period within) {
        StringBuilder h = new StringBuilder(32_768);
        String title = agreement.title() + " as of " + report.asOfDate();
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n<title>")
                .append(esc(title))
                .append("</title>\n<style>\n")
                .append(Html.CSS)
                .append("</style>\n</head>\n<body>\n");
        h.append("<h1>")
                .append(esc(agreement.title()))
                .append(" <small>")
                .append(esc(agreement.id().value()));
        h.append("</small></h1>\n<p class=\"sub\">as of ")
                .append(esc(Texts.LONG_DAY.format(report.asOfDate())))
                .append(" (end of day, ")
                .append(esc(report.zone().getId()))
                .append(")</p>\n");
        cards(h, agreement, report);
        story(h, agreement, report);
        HtmlTimeline.render(h, agreement, report);
        HtmlTables.render(h, agreement, report, within);
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    // --------------------------------------------------------------------------------------------------- cards

    /** One card per party: its scorecard in words, the figures that matter first. */
    private static void cards(StringBuilder h, Agreement agreement, ComplianceReport report) {
        h.append("<section class=\"cards\">\n");
        for (Party p : agreement.parties()) {
            Optional<Scorecard> s = report.scorecard(p.id());
            List<InstanceReport> mine = report.instancesOf(p.id());
            long late = mine.stream()
                    .filter(i -> i.state() == InstanceState.FULFILLED_LATE || i.state() == InstanceState.OVERDUE)
                    .count();
            long breached = count(mine, InstanceState.BREACHED);
            long blocked = count(mine, InstanceState.BLOCKED);
            h.append("<div class=\"card")
                    .append(breached > 0 ? " bad" : late > 0 ? " warn" : " good")
                    .append("\" data-party=\"")
                    .append(esc(p.id().value()))
                    .append("\">\n<h2>")
                    .append(esc(p.name()))
                    .append(" <small>")
                    .append(esc(p.role().name().toLowerCase(Locale.ROOT)))
                    .append("</small></h2>\n<ul>\n");
            li(h, breached + " breached", breached > 0);
            li(h, late + " late", late > 0);
            if (blocked > 0) {
                li(h, blocked + " blocked by the other side", false);
            }
            if (s.isPresent()) {
                Scorecard c = s.get();
                li(
                        h,
                        c.decided() == 0
                                ? "on time: nothing due yet"
                                : "on time: " + c.onTime() + " of " + c.decided()
                                        + c.onTimeRate()
                                                .map(r -> " (" + r.toPlainString() + " %)")
                                                .orElse(""),
                        false);
                if (c.delayCausedToOthers() > 0) {
                    li(
                            h,
                            "caused " + Words.count(c.delayCausedToOthers(), "day", "days") + " of delay to others",
                            true);
                }
            }
            List<Money> owed = report.owedBy(p.id());
            li(h, "owes " + Texts.money(owed), !owed.isEmpty() && hasCharges(mine));
            h.append("</ul>\n");
            s.ifPresent(c -> more(h, c));
            h.append("</div>\n");
        }
        h.append("</section>\n");
    }

    /** The rest of the scorecard, quieter: how many duties in which state, response times, notice given. */
    private static void more(StringBuilder h, Scorecard c) {
        h.append("<ul class=\"more\">\n");
        String states = c.counts().entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getValue() + " " + Palette.words(e.getKey()))
                .collect(Collectors.joining(", "));
        li(h, Words.count(c.instances(), "duty", "duties") + (states.isEmpty() ? "" : ": " + states), false);
        if (c.responses() > 0) {
            li(h, "answered within the allowed time: " + c.responsesWithinWindow() + " of " + c.responses(), false);
            li(
                    h,
                    "time to answer, in business days: median "
                            + c.medianResponseDays().map(d -> d.toPlainString()).orElse("-")
                            + ", 90th percentile "
                            + c.p90ResponseDays().map(String::valueOf).orElse("-")
                            + ", slowest "
                            + c.worstResponseDays().map(String::valueOf).orElse("-"),
                    false);
        }
        int late = c.lateWithNotice() + c.lateWithoutNotice();
        if (late > 0) {
            li(h, "late with advance notice: " + c.lateWithNotice() + " of " + late, false);
        }
        h.append("</ul>\n");
    }

    private static boolean hasCharges(List<InstanceReport> instances) {
        return instances.stream()
                .map(InstanceReport::payment)
                .flatMap(Optional::stream)
                .anyMatch(p -> p.lateFee().isPresent()
                        || p.interest().isPresent()
                        || p.penalty().isPresent());
    }

    private static long count(List<InstanceReport> instances, InstanceState state) {
        return instances.stream().filter(i -> i.state() == state).count();
    }

    private static void li(StringBuilder h, String text, boolean strong) {
        h.append(strong ? "<li class=\"strong\">" : "<li>").append(esc(text)).append("</li>\n");
    }

    // --------------------------------------------------------------------------------------------------- story

    /**
     * What moved: each moved deadline (original, new, why, and how it ended) and each milestone reached late or
     * missed (and who caused the delay). Nothing when nothing moved.
     */
    private static void story(StringBuilder h, Agreement agreement, ComplianceReport report) {
        List<String> items = new ArrayList<>();
        for (InstanceReport i : report.instances()) {
            Optional<DeadlineMoves.Move> move = DeadlineMoves.of(agreement, report, i);
            if (move.isEmpty()) {
                continue;
            }
            String title = agreement
                    .obligation(i.obligation())
                    .map(Obligation::title)
                    .orElse(i.obligation().value());
            String who = agreement
                    .party(i.obligor())
                    .map(Party::name)
                    .orElse(i.obligor().value());
            StringBuilder s = new StringBuilder()
                    .append("<b>")
                    .append(esc(title))
                    .append("</b> (")
                    .append(esc(who + ", " + i.id()))
                    .append("): deadline moved from <s>")
                    .append(esc(Html.original(report, move.get())))
                    .append("</s> to <b>")
                    .append(esc(Html.due(report, i)))
                    .append("</b>");
            if (!move.get().reasons().isEmpty()) {
                s.append(" because ").append(esc(String.join("; ", move.get().reasons())));
            }
            s.append(". Now ").append(esc(Palette.words(i.state())));
            i.fulfilledAt().ifPresent(t -> s.append(" on ").append(esc(Html.moment(report, t))));
            i.lateness()
                    .ifPresent(l -> s.append(", ")
                            .append(l.amount())
                            .append(' ')
                            .append(esc(l.unit().label(l.amount())))
                            .append(" late")
                            .append(l.withinGrace() ? ", within the grace period" : ""));
            items.add(s.append('.').toString());
        }
        for (MilestoneReport m : report.milestones()) {
            if (m.state() != MilestoneState.REACHED_LATE && m.state() != MilestoneState.MISSED) {
                continue;
            }
            String title = agreement.milestone(m.id()).map(Milestone::title).orElse(m.id().value());
            long late = m.daysLate().orElse(0L);
            StringBuilder s = new StringBuilder()
                    .append("Milestone <b>")
                    .append(esc(title))
                    .append("</b>: target ")
                    .append(esc(Html.day(report, m.target())))
                    .append(", ")
                    .append(esc(m.reachedOn()
                            .map(d -> "reached " + Html.day(report, d))
                            .orElse("not reached")))
                    .append(", ")
                    .append(Words.count(late, "business day", "business days"))
                    .append(" late");
            String causes = causes(agreement, m.attribution());
            if (!causes.isEmpty()) {
                s.append(": ").append(esc(causes));
            }
            items.add(s.append('.').toString());
        }
        if (items.isEmpty()) {
            return;
        }
        h.append("<section class=\"story\">\n<h2>What moved</h2>\n<ul>\n");
        for (String item : items) {
            h.append("<li>").append(item).append("</li>\n");
        }
        h.append("</ul>\n</section>\n");
    }

    /** "3 caused by Acme Bakery, 1 by Pixel Studio": most first, then in the agreement's order of parties. */
    static String causes(Agreement agreement, Map<PartyId, Long> attribution) {
        List<PartyId> order = agreement.parties().stream().map(Party::id).toList();
        List<String> parts = attribution.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Comparator.comparing((Map.Entry<PartyId, Long> e) -> -e.getValue())
                        .thenComparing(e -> order.indexOf(e.getKey())))
                .map(e -> e.getValue() + " by "
                        + agreement
                                .party(e.getKey())
                                .map(Party::name)
                                .orElse(e.getKey().value()))
                .toList();
        if (parts.isEmpty()) {
            return "";
        }
        return parts.get(0).replaceFirst(" by ", " caused by ")
                + parts.stream().skip(1).map(p -> ", " + p).collect(Collectors.joining());
    }
}
