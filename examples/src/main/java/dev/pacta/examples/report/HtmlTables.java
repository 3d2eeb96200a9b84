package dev.pacta.examples.report;

import static dev.pacta.examples.report.Html.esc;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Milestone;
import dev.pacta.core.model.Party;
import dev.pacta.core.money.Money;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.Finding;
import dev.pacta.core.report.GrantedRight;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.MilestoneReport;
import dev.pacta.core.report.PaymentReport;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report's details, each fact in one table: every party's instances (a moved deadline with its original date);
 * milestones; findings; rights granted; money (with how charges were computed); what each party must do next. The
 * scorecards are the cards at the top, so there is no separate summary table repeating them, and what a party owes
 * is in its card and in the money table, not in a column of the instance tables too.
 */
final class HtmlTables {
    private HtmlTables() {}

    /**
     * Appends the tables.
     *
     * @param h where to write
     * @param agreement the agreement
     * @param report its report
     * @param within how far ahead the "next" table looks
     */
    static void render(StringBuilder h, Agreement agreement, ComplianceReport report, Period within) {
        for (Party p : agreement.parties()) {
            instances(h, agreement, report, p);
        }
        milestones(h, agreement, report);
        findings(h, report);
        if (!report.rights().isEmpty()) {
            h.append("<h2>Rights granted</h2>\n<ul>\n");
            for (GrantedRight r : report.rights()) {
                h.append("<li>")
                        .append(esc(r.party() + " may " + r.right() + " from "
                                + Texts.LONG_DAY.format(r.from().atZone(report.zone())) + " (" + r.instance()
                                + " breached)"))
                        .append("</li>\n");
            }
            h.append("</ul>\n");
        }
        money(h, report);
        next(h, agreement, report, within);
    }

    private static void instances(StringBuilder h, Agreement agreement, ComplianceReport report, Party p) {
        h.append("<h2>")
                .append(esc(p.name()))
                .append(" <small>")
                .append(esc(p.id().value() + ", " + p.role().name().toLowerCase(Locale.ROOT)
                        + p.contact().map(c -> "; contact: " + c).orElse("; no contact named")))
                .append("</small></h2>\n");
        h.append("<table class=\"instances\" data-party=\"")
                .append(esc(p.id().value()))
                .append("\"><thead><tr><th>instance</th><th>due</th><th>done</th><th>state</th><th>late by</th>")
                .append("<th>explanation</th></tr></thead><tbody>\n");
        for (InstanceReport i : report.instancesOf(p.id())) {
            h.append("<tr data-instance=\"")
                    .append(esc(i.id().toString()))
                    .append("\"><td class=\"id\">")
                    .append(esc(i.id().toString()))
                    .append("</td><td class=\"nowrap\">")
                    .append(esc(Html.due(report, i)));
            DeadlineMoves.of(agreement, report, i)
                    .ifPresent(m -> h.append("<span class=\"was\">moved from <s>")
                            .append(esc(Html.original(report, m)))
                            .append("</s></span>"));
            h.append("</td><td class=\"nowrap\">")
                    .append(esc(Html.done(report, i)))
                    .append("</td><td>")
                    .append(chip(i))
                    .append("</td><td class=\"nowrap\">")
                    .append(esc(Texts.lateness(i)))
                    .append("</td><td class=\"why\">")
                    .append(esc(i.explanation()))
                    .append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    /** A state as a coloured label, its text black or white, whichever reads better on the colour. */
    private static String chip(InstanceReport i) {
        return "<span class=\"state\" style=\"background:" + Palette.colour(i.state()) + ";color:"
                + Palette.text(i.state()) + "\">" + esc(Palette.words(i.state())) + "</span>";
    }

    private static void milestones(StringBuilder h, Agreement agreement, ComplianceReport report) {
        if (report.milestones().isEmpty()) {
            return;
        }
        h.append("<h2>Milestones</h2>\n<table class=\"milestones\"><thead><tr><th>milestone</th><th>target</th>")
                .append("<th>reached</th><th>state</th><th>late by, and who caused it</th><th>explanation</th>")
                .append("</tr></thead><tbody>\n");
        for (MilestoneReport m : report.milestones()) {
            String title = agreement.milestone(m.id()).map(Milestone::title).orElse(m.id().value());
            String late = m.daysLate()
                    .filter(d -> d > 0)
                    .map(d -> Words.count(d, "business day", "business days"))
                    .map(d -> {
                        String who = HtmlReport.causes(agreement, m.attribution());
                        return who.isEmpty() ? d : d + ": " + who;
                    })
                    .orElse("");
            String colour = Palette.colour(m.state());
            h.append("<tr><td>")
                    .append(esc(title))
                    .append(" <small class=\"id\">")
                    .append(esc(m.id().value()))
                    .append("</small></td><td class=\"nowrap\">")
                    .append(esc(Html.day(report, m.target())))
                    .append("</td><td class=\"nowrap\">")
                    .append(esc(m.reachedOn().map(d -> Html.day(report, d)).orElse("-")))
                    .append("</td><td><span class=\"state\" style=\"background:")
                    .append(colour)
                    .append(";color:")
                    .append(Palette.textOn(colour))
                    .append("\">")
                    .append(esc(Palette.words(m.state())))
                    .append("</span></td><td>")
                    .append(esc(late))
                    .append("</td><td class=\"why\">")
                    .append(esc(m.explanation()))
                    .append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    private static void findings(StringBuilder h, ComplianceReport report) {
        h.append("<h2>Findings</h2>\n");
        if (report.findings().isEmpty()) {
            h.append("<p>none</p>\n");
            return;
        }
        h.append("<table class=\"findings\"><thead><tr><th>severity</th><th>code</th><th>message</th></tr></thead>")
                .append("<tbody>\n");
        for (Finding f : report.findings()) {
            h.append("<tr class=\"")
                    .append(f.severity().name().toLowerCase(Locale.ROOT))
                    .append("\"><td>")
                    .append(esc(f.severity().name().toLowerCase(Locale.ROOT)))
                    .append("</td><td>")
                    .append(esc(f.code()))
                    .append("</td><td>")
                    .append(esc(f.message()))
                    .append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    /**
     * One row per payment: due, paid, outstanding, charges, total, and how the charges were computed (the engine's
     * first computation only restates due, paid and outstanding, which the row has already; without charges or
     * credit anywhere, the column is left out).
     */
    private static void money(StringBuilder h, ComplianceReport report) {
        List<InstanceReport> payments =
                report.instances().stream().filter(i -> i.payment().isPresent()).toList();
        if (payments.isEmpty()) {
            return;
        }
        List<List<String>> how =
                payments.stream().map(i -> how(i.payment().orElseThrow())).toList();
        boolean anyHow = how.stream().anyMatch(l -> !l.isEmpty());
        h.append("<h2>Money</h2>\n<table class=\"money\"><thead><tr><th>instance</th><th class=\"num\">due</th>")
                .append("<th class=\"num\">paid</th><th class=\"num\">outstanding</th><th class=\"num\">charges</th>")
                .append("<th class=\"num\">total owed</th>")
                .append(anyHow ? "<th>charges computed as</th>" : "")
                .append("</tr></thead><tbody>\n");
        for (int k = 0; k < payments.size(); k++) {
            InstanceReport i = payments.get(k);
            PaymentReport p = i.payment().orElseThrow();
            Money charges = p.totalOwed().minus(p.outstanding());
            h.append("<tr><td class=\"id\">")
                    .append(esc(i.id().toString()))
                    .append("</td><td class=\"num\">")
                    .append(esc(p.due().formatWithCurrency()))
                    .append("</td><td class=\"num\">")
                    .append(esc(p.paid().formatWithCurrency()))
                    .append("</td><td class=\"num\">")
                    .append(esc(p.outstanding().formatWithCurrency()))
                    .append("</td><td class=\"num\">")
                    .append(esc(charges.isZero() ? "-" : charges.formatWithCurrency()))
                    .append("</td><td class=\"num\"><b>")
                    .append(esc(p.totalOwed().formatWithCurrency()))
                    .append("</b></td>");
            if (anyHow) {
                h.append("<td class=\"why\">")
                        .append(esc(String.join("; ", how.get(k))))
                        .append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    /** The computations of the charges, and the credit carried forward. */
    private static List<String> how(PaymentReport p) {
        List<String> how = new ArrayList<>();
        for (String c : p.computations()) {
            if (c.startsWith("late fee:") || c.startsWith("interest:") || c.startsWith("penalty:")) {
                how.add(c);
            }
        }
        if (p.credit().isPositive()) {
            how.add(p.credit().formatWithCurrency() + " carried forward as credit");
        }
        return how;
    }

    private static void next(StringBuilder h, Agreement agreement, ComplianceReport report, Period within) {
        h.append("<h2>What each party must do next</h2>\n<p class=\"sub\">due within ")
                .append(Words.count(within.getDays(), "day", "days"))
                .append(", and anything late</p>\n");
        List<Reminders.Reminder> reminders = Reminders.of(agreement, report, within);
        if (reminders.isEmpty()) {
            h.append("<p>nothing</p>\n");
            return;
        }
        h.append("<table class=\"next\"><thead><tr><th>due</th><th>party</th><th>instance</th><th>what</th>")
                .append("<th>note</th></tr></thead><tbody>\n");
        for (Reminders.Reminder r : reminders) {
            h.append("<tr><td class=\"nowrap\">")
                    .append(esc(Html.day(report, r.due())))
                    .append("</td><td>")
                    .append(esc(agreement
                            .party(r.party())
                            .map(Party::name)
                            .orElse(r.party().value())))
                    .append("</td><td class=\"id\">")
                    .append(esc(r.instance().id().toString()))
                    .append("</td><td>")
                    .append(esc(r.title()))
                    .append("</td><td>")
                    .append(esc(r.note()))
                    .append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
    }
}
