package dev.pacta.examples.report;

import static dev.pacta.examples.report.Texts.pad;
import static dev.pacta.examples.report.Texts.padLeft;
import static dev.pacta.examples.report.Texts.wrap;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Party;
import dev.pacta.core.money.Money;
import dev.pacta.core.report.ComplianceChanges;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.Finding;
import dev.pacta.core.report.GrantedRight;
import dev.pacta.core.report.InstanceChange;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.MilestoneReport;
import dev.pacta.core.report.PartnershipSummary;
import dev.pacta.core.report.PaymentReport;
import java.time.Period;
import java.util.List;
import java.util.Locale;

/**
 * Renders a compliance report as plain text for a terminal of 100 columns: a table per party (instance, due, done,
 * state, lateness, owed), then milestones with the attribution of their slippage, findings, rights granted, money
 * owed, the partnership summary, what each party must do next, and every instance's explanation.
 *
 * <p>The text has no colour and no trailing spaces, and depends only on the agreement and the report, so it can be
 * compared with a golden copy.
 */
public final class TextReport {
    /** The width the report is laid out for. */
    public static final int WIDTH = 100;

    private TextReport() {}

    /**
     * Renders the report; the upcoming section looks as far ahead as the report's horizon.
     *
     * @param agreement the agreement evaluated (for party names and obligation titles)
     * @param report the report
     * @return the text, ending with a newline
     */
    public static String render(Agreement agreement, ComplianceReport report) {
        return render(agreement, report, report.horizon());
    }

    /**
     * Renders the report.
     *
     * @param agreement the agreement evaluated (for party names and obligation titles)
     * @param report the report
     * @param within how far ahead the upcoming section looks
     * @return the text, ending with a newline
     */
    public static String render(Agreement agreement, ComplianceReport report, Period within) {
        Out out = new Out();
        String title = agreement.title() + " (" + agreement.id() + ")";
        out.line(title);
        out.line("as of " + Texts.LONG_DAY.format(report.asOfDate()) + ", " + report.zone()
                + report.nextChange()
                        .map(t -> "; next change " + Texts.LONG_DAY.format(t.atZone(report.zone())))
                        .orElse(""));
        out.line("=".repeat(Math.min(WIDTH, Math.max(title.length(), 40))));
        parties(out, agreement, report);
        milestones(out, agreement, report);
        findings(out, report);
        rights(out, agreement, report);
        money(out, agreement, report);
        out.blank();
        out.line("Partnership summary");
        for (String line : PartnershipSummary.of(report).toString().split("\n")) {
            out.line("  " + line);
        }
        upcoming(out, agreement, report, within);
        out.blank();
        out.line("Explanations");
        for (InstanceReport i : report.instances()) {
            out.wrapped(i.id() + ": " + i.explanation(), "  ", "      ");
        }
        return out.toString();
    }

    /**
     * Renders one look at a live evaluation's changes ({@code pacta replay}): a heading, then a line per changed row
     * ({@code id: BEFORE -> AFTER}, "new" and "gone" for rows that appeared or disappeared, and in parentheses what
     * changed besides the state), each followed by the row's explanation, wrapped to {@link #WIDTH} columns.
     *
     * @param heading the heading line, e.g. the event
     * @param changes the changes
     * @param sayNoChange whether to print "(no change)" when there is none (after an event), rather than nothing at
     *     all (after time alone)
     * @return the text, starting with an empty line and ending with a newline; empty if nothing is to be printed
     */
    public static String renderChanges(String heading, ComplianceChanges changes, boolean sayNoChange) {
        if (changes.isEmpty() && !sayNoChange) {
            return "";
        }
        Out out = new Out();
        out.line("");
        out.line(heading);
        if (changes.isEmpty()) {
            out.line("  (no change)");
        }
        for (InstanceChange c : changes.instances()) {
            StringBuilder line = new StringBuilder("  ")
                    .append(c.instance())
                    .append(": ")
                    .append(c.before().map(Enum::name).orElse("new"))
                    .append(" -> ")
                    .append(c.after().map(Enum::name).orElse("gone"));
            StringBuilder also = new StringBuilder();
            for (InstanceChange.Aspect a : c.aspects()) {
                if (a != InstanceChange.Aspect.STATE) {
                    also.append(also.length() == 0 ? "" : ", ").append(a.name().toLowerCase(Locale.ROOT));
                }
            }
            if (also.length() > 0) {
                line.append(" (").append(also).append(')'); // what changed besides the state, e.g. "(due)"
            }
            out.line(line.toString());
            c.report()
                    .ifPresent(r ->
                            wrap(r.explanation(), WIDTH, "      ", "      ").forEach(out::line));
        }
        return out.toString();
    }

    /**
     * Renders only what each party must do next: per party, soonest first, the instances due within {@code within}
     * after the evaluation date, and anything late that is still owed or blocked.
     *
     * @param agreement the agreement evaluated
     * @param report the report
     * @param within how far ahead to look
     * @return the text, ending with a newline
     */
    public static String renderUpcoming(Agreement agreement, ComplianceReport report, Period within) {
        Out out = new Out();
        out.line(agreement.title() + " (" + agreement.id() + ")");
        out.line("as of " + Texts.LONG_DAY.format(report.asOfDate()) + ", " + report.zone());
        upcoming(out, agreement, report, within);
        return out.toString();
    }

    private static void parties(Out out, Agreement agreement, ComplianceReport report) {
        int idWidth = Math.max(
                8,
                report.instances().stream()
                        .mapToInt(i -> i.id().toString().length())
                        .max()
                        .orElse(0));
        for (Party party : agreement.parties()) {
            out.blank();
            out.line(party.name() + " (" + party.id() + ", "
                    + party.role().name().toLowerCase(Locale.ROOT)
                    + party.contact().map(c -> "; contact: " + c).orElse("; no contact named") + ")");
            List<InstanceReport> rows = report.instancesOf(party.id());
            if (rows.isEmpty()) {
                out.line("  no obligations");
                continue;
            }
            out.line("  " + pad("instance", idWidth) + "  " + pad("due", 9) + "  " + pad("done", 9) + "  "
                    + pad("state", 14) + "  " + pad("lateness", 18) + "  " + padLeft("owed", 14));
            for (InstanceReport i : rows) {
                out.line("  " + pad(i.id().toString(), idWidth) + "  " + pad(Texts.due(report, i), 9) + "  "
                        + pad(Texts.done(report, i), 9) + "  " + pad(i.state().name(), 14) + "  "
                        + pad(Texts.lateness(i), 18) + "  "
                        + padLeft(Texts.owed(i).map(Money::formatWithCurrency).orElse(""), 14));
            }
            out.line("  owes " + Texts.money(report.owedBy(party.id())));
        }
    }

    private static void milestones(Out out, Agreement agreement, ComplianceReport report) {
        if (report.milestones().isEmpty()) {
            return;
        }
        out.blank();
        out.line("Milestones");
        for (MilestoneReport m : report.milestones()) {
            out.line("  " + Texts.milestoneLine(agreement, report, m));
            out.wrapped(m.explanation(), "    ", "    ");
        }
    }

    private static void findings(Out out, ComplianceReport report) {
        out.blank();
        out.line("Findings");
        if (report.findings().isEmpty()) {
            out.line("  none");
        }
        for (Finding f : report.findings()) {
            out.wrapped(pad(f.severity().name(), 7) + " " + f.code() + ": " + f.message(), "  ", "          ");
        }
    }

    private static void rights(Out out, Agreement agreement, ComplianceReport report) {
        if (report.rights().isEmpty()) {
            return;
        }
        out.blank();
        out.line("Rights granted");
        for (GrantedRight r : report.rights()) {
            out.line("  " + r.party() + " may " + r.right() + " from "
                    + Texts.day(report, r.from().atZone(report.zone()).toLocalDate()) + " (" + r.instance()
                    + " breached)");
        }
    }

    private static void money(Out out, Agreement agreement, ComplianceReport report) {
        List<InstanceReport> payments =
                report.instances().stream().filter(i -> i.payment().isPresent()).toList();
        if (payments.isEmpty()) {
            return;
        }
        int idWidth = Math.max(
                8,
                payments.stream()
                        .mapToInt(i -> i.id().toString().length())
                        .max()
                        .orElse(0));
        out.blank();
        out.line("Money");
        out.line("  " + pad("instance", idWidth) + "  " + padLeft("due", 14) + "  " + padLeft("paid", 14) + "  "
                + padLeft("outstanding", 14) + "  " + padLeft("charges", 12) + "  " + padLeft("total owed", 14));
        for (InstanceReport i : payments) {
            PaymentReport p = i.payment().orElseThrow();
            Money charges = p.totalOwed().minus(p.outstanding());
            out.line("  " + pad(i.id().toString(), idWidth) + "  "
                    + padLeft(p.due().formatWithCurrency(), 14) + "  "
                    + padLeft(p.paid().formatWithCurrency(), 14) + "  "
                    + padLeft(p.outstanding().formatWithCurrency(), 14) + "  "
                    + padLeft(charges.isZero() ? "-" : charges.format(), 12) + "  "
                    + padLeft(p.totalOwed().formatWithCurrency(), 14));
            if (!charges.isZero()) {
                for (String c : p.computations()) {
                    out.wrapped(c, "      ", "        ");
                }
            }
        }
        for (Party party : agreement.parties()) {
            List<Money> owed = report.owedBy(party.id());
            if (!owed.isEmpty()) {
                out.line("  " + party.id() + " owes " + Texts.money(owed));
            }
        }
    }

    private static void upcoming(Out out, Agreement agreement, ComplianceReport report, Period within) {
        out.blank();
        out.line("What each party must do next (due within " + Words.count(within.getDays(), "day", "days")
                + ", and anything late)");
        List<Reminders.Reminder> reminders = Reminders.of(agreement, report, within);
        if (reminders.isEmpty()) {
            out.line("  nothing");
        }
        for (Party party : agreement.parties()) {
            List<Reminders.Reminder> mine =
                    reminders.stream().filter(r -> r.party().equals(party.id())).toList();
            if (mine.isEmpty()) {
                continue;
            }
            out.line("  " + party.id());
            for (Reminders.Reminder r : mine) {
                out.wrapped(
                        pad(Texts.day(report, r.due()), 9) + "  " + r.instance().id() + "  " + r.title() + " ("
                                + r.note() + ")",
                        "    ",
                        "               ");
            }
        }
    }

    /** Lines without trailing spaces. */
    private static final class Out {
        private final StringBuilder text = new StringBuilder();

        void line(String line) {
            text.append(line.stripTrailing()).append('\n');
        }

        void blank() {
            text.append('\n');
        }

        void wrapped(String content, String first, String indent) {
            wrap(content, WIDTH, first, indent).forEach(this::line);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
