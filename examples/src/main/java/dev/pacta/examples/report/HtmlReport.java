package dev.pacta.examples.report;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.Party;
import dev.pacta.core.money.Money;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.Finding;
import dev.pacta.core.report.GrantedRight;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.InstanceState;
import dev.pacta.core.report.MilestoneReport;
import dev.pacta.core.report.MilestoneState;
import dev.pacta.core.report.PartnershipSummary;
import dev.pacta.core.report.PaymentReport;
import dev.pacta.core.report.Scorecard;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Renders a compliance report as one self-contained HTML file: who is late and what it cost at the top, an SVG
 * timeline (one row per obligation, each instance a bar from coming into force to its effective deadline, the
 * fulfilment marked, coloured by state; milestones as diamonds with their slippage; a vertical line at the
 * evaluation date), then the tables of the text report.
 *
 * <p>The file loads nothing: no scripts, fonts, images or style sheets from elsewhere. It is well-formed XML
 * (XHTML syntax, every element closed, every text escaped), so it can be checked with an XML parser. Each timeline
 * row is an SVG {@code <g class="row">} with a {@code data-obligation} attribute.
 */
public final class HtmlReport {
    private static final Map<InstanceState, String> COLOURS = new EnumMap<>(InstanceState.class);
    private static final Map<MilestoneState, String> MILESTONE_COLOURS = new EnumMap<>(MilestoneState.class);

    static {
        COLOURS.put(InstanceState.NOT_TRIGGERED, "#c4c7c5");
        COLOURS.put(InstanceState.UPCOMING, "#7baaf7");
        COLOURS.put(InstanceState.FULFILLED, "#34a853");
        COLOURS.put(InstanceState.FULFILLED_LATE, "#f9ab00");
        COLOURS.put(InstanceState.OVERDUE, "#fa7b17");
        COLOURS.put(InstanceState.BREACHED, "#d93025");
        COLOURS.put(InstanceState.WAIVED, "#9aa0a6");
        COLOURS.put(InstanceState.BLOCKED, "#a142f4");
        COLOURS.put(InstanceState.SUSPENDED, "#80868b");
        COLOURS.put(InstanceState.CANCELLED, "#dadce0");
        MILESTONE_COLOURS.put(MilestoneState.PENDING, "#7baaf7");
        MILESTONE_COLOURS.put(MilestoneState.REACHED, "#34a853");
        MILESTONE_COLOURS.put(MilestoneState.REACHED_LATE, "#f9ab00");
        MILESTONE_COLOURS.put(MilestoneState.AT_RISK, "#fa7b17");
        MILESTONE_COLOURS.put(MilestoneState.MISSED, "#d93025");
    }

    private static final DateTimeFormatter TICK = DateTimeFormatter.ofPattern("MMM d", Locale.ROOT);
    private static final int LABEL_WIDTH = 280;
    private static final int PLOT_WIDTH = 900;
    private static final int RIGHT = 30;
    private static final int AXIS_HEIGHT = 44;
    private static final int LANE = 16;
    private static final int BAR = 10;
    private static final int ROW_PADDING = 8;

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
                .append(CSS)
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
        headline(h, agreement, report);
        timeline(h, agreement, report);
        tables(h, agreement, report, within);
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    // ------------------------------------------------------------------------------------------------ headline

    private static void headline(StringBuilder h, Agreement agreement, ComplianceReport report) {
        h.append("<section class=\"cards\">\n");
        for (Party p : agreement.parties()) {
            Scorecard s = report.scorecard(p.id()).orElse(null);
            List<InstanceReport> mine = report.instancesOf(p.id());
            long late = mine.stream()
                    .filter(i -> i.state() == InstanceState.FULFILLED_LATE || i.state() == InstanceState.OVERDUE)
                    .count();
            long breached = count(mine, InstanceState.BREACHED);
            long blocked = count(mine, InstanceState.BLOCKED);
            boolean bad = breached > 0;
            h.append("<div class=\"card")
                    .append(bad ? " bad" : late > 0 ? " warn" : " good")
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
            if (s != null) {
                li(
                        h,
                        "on time " + s.onTime() + "/" + s.decided()
                                + s.onTimeRate()
                                        .map(r -> " (" + r.toPlainString() + " %)")
                                        .orElse(""),
                        false);
                if (s.delayCausedToOthers() > 0) {
                    li(h, "caused " + s.delayCausedToOthers() + " days of delay to others", true);
                }
            }
            List<Money> owed = report.owedBy(p.id());
            li(h, "owes " + Texts.money(owed), !owed.isEmpty() && hasCharges(mine));
            h.append("</ul>\n</div>\n");
        }
        h.append("</section>\n");
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

    // ------------------------------------------------------------------------------------------------ timeline

    /** The chart's time scale: instants to x coordinates. */
    private static final class Scale {
        final Instant start;
        final Instant end;
        final ZoneId zone;

        Scale(Instant start, Instant end, ZoneId zone) {
            this.start = start;
            this.end = end;
            this.zone = zone;
        }

        double x(Instant t) {
            double total = Duration.between(start, end).getSeconds();
            double at = Duration.between(start, t).getSeconds();
            return LABEL_WIDTH + Math.max(0, Math.min(1, at / total)) * PLOT_WIDTH;
        }

        double x(LocalDate d) {
            return x(d.atStartOfDay(zone).toInstant());
        }

        /**
         * Where to mark an event: a date-only event (at the start of its day) in the middle of that day, so that
         * an event on the day after a deadline is drawn after it; a timed event at its instant.
         */
        double marker(Instant t) {
            java.time.ZonedDateTime local = t.atZone(zone);
            if (local.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
                LocalDate d = local.toLocalDate();
                return (x(d) + xEnd(d)) / 2;
            }
            return x(t);
        }

        /** The end of a day: the start of the next. */
        double xEnd(LocalDate d) {
            return x(d.plusDays(1));
        }
    }

    private static Scale scale(Agreement agreement, ComplianceReport report) {
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
        return new Scale(
                first.minusDays(pad).atStartOfDay(zone).toInstant(),
                last.plusDays(pad + 1).atStartOfDay(zone).toInstant(),
                zone);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** One bar: an instance laid out in a lane of its obligation's row. */
    private record Bar(InstanceReport instance, double from, double to, int lane) {}

    private static void timeline(StringBuilder h, Agreement agreement, ComplianceReport report) {
        Scale scale = scale(agreement, report);
        int width = LABEL_WIDTH + PLOT_WIDTH + RIGHT;
        StringBuilder rows = new StringBuilder();
        int y = AXIS_HEIGHT;
        if (!report.milestones().isEmpty()) {
            int height = report.milestones().size() * 22 + ROW_PADDING;
            milestoneRow(rows, agreement, report, scale, y, height);
            y += height;
        }
        int index = 0;
        for (Obligation o : agreement.obligations()) {
            List<InstanceReport> instances = report.instances().stream()
                    .filter(i -> i.obligation().equals(o.id()))
                    .toList();
            List<Bar> bars = layout(report, scale, instances, o.timeBound());
            int lanes = bars.stream().mapToInt(Bar::lane).max().orElse(0) + 1;
            int height = lanes * LANE + ROW_PADDING;
            obligationRow(rows, report, scale, o, instances, bars, y, height, index++);
            y += height;
        }
        int height = y + 10;
        h.append("<h2>Timeline</h2>\n");
        legend(h);
        h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" role=\"img\" aria-label=\"")
                .append(esc("timeline of " + agreement.title()))
                .append("\">\n<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"")
                .append(" patternTransform=\"rotate(45)\"><rect width=\"3\" height=\"6\" fill=\"#d93025\"")
                .append(" opacity=\"0.55\"/></pattern></defs>\n");
        axis(h, scale, height);
        h.append(rows);
        double asOf = scale.x(report.asOf());
        h.append("<g class=\"as-of\"><line x1=\"")
                .append(fmt(asOf))
                .append("\" y1=\"24\" x2=\"")
                .append(fmt(asOf))
                .append("\" y2=\"")
                .append(height - 4)
                .append("\" stroke=\"#b3261e\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>")
                .append("<text x=\"")
                .append(fmt(Math.min(asOf, width - 60)))
                .append("\" y=\"16\" text-anchor=\"middle\" class=\"as-of-label\">as of ")
                .append(esc(report.asOfDate().toString()))
                .append("</text></g>\n</svg>\n");
    }

    private static List<Bar> layout(
            ComplianceReport report, Scale scale, List<InstanceReport> instances, boolean timeBound) {
        List<Bar> bars = new ArrayList<>();
        List<Double> laneEnds = new ArrayList<>();
        for (InstanceReport i : instances) {
            if (i.inForceFrom().isEmpty()) {
                continue;
            }
            double from = scale.x(i.inForceFrom().get());
            double to = dueX(report, scale, i).orElse(scale.x(scale.end));
            double extent = Math.max(to, i.fulfilledAt().map(scale::marker).orElse(to));
            if (i.fulfilledAt().isEmpty()
                    && (i.state() == InstanceState.OVERDUE || (i.state() == InstanceState.BREACHED && !timeBound))) {
                extent = Math.max(extent, scale.x(report.asOf()));
            }
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.get(lane) > from + 0.5) {
                lane++;
            }
            if (lane == laneEnds.size()) {
                laneEnds.add(extent);
            } else {
                laneEnds.set(lane, extent);
            }
            bars.add(new Bar(i, from, to, lane));
        }
        return bars;
    }

    private static Optional<Double> dueX(ComplianceReport report, Scale scale, InstanceReport i) {
        if (i.dueAt().isPresent()) {
            return Optional.of(scale.x(i.dueAt().get()));
        }
        return i.dueDate().map(scale::xEnd);
    }

    private static void axis(StringBuilder h, Scale scale, int height) {
        LocalDate first = scale.start.atZone(scale.zone).toLocalDate();
        LocalDate last = scale.end.atZone(scale.zone).toLocalDate();
        long days = ChronoUnit.DAYS.between(first, last);
        List<LocalDate> ticks = new ArrayList<>();
        if (days <= 120) {
            int step = days <= 60 ? 7 : 14;
            LocalDate d = first;
            while (d.getDayOfWeek() != java.time.DayOfWeek.MONDAY) {
                d = d.plusDays(1);
            }
            for (; !d.isAfter(last); d = d.plusDays(step)) {
                ticks.add(d);
            }
        } else {
            for (LocalDate d = first.withDayOfMonth(1).plusMonths(1); !d.isAfter(last); d = d.plusMonths(1)) {
                ticks.add(d);
            }
        }
        h.append("<g class=\"axis\">");
        for (LocalDate d : ticks) {
            double x = scale.x(d);
            h.append("<line x1=\"")
                    .append(fmt(x))
                    .append("\" y1=\"")
                    .append(AXIS_HEIGHT - 6)
                    .append("\" x2=\"")
                    .append(fmt(x))
                    .append("\" y2=\"")
                    .append(height - 4)
                    .append("\" class=\"grid\"/><text x=\"")
                    .append(fmt(x))
                    .append("\" y=\"")
                    .append(AXIS_HEIGHT - 10)
                    .append("\" text-anchor=\"middle\">")
                    .append(esc(TICK.format(d)))
                    .append("</text>");
        }
        h.append("</g>\n");
    }

    private static void milestoneRow(
            StringBuilder h, Agreement agreement, ComplianceReport report, Scale scale, int y, int height) {
        h.append("<g class=\"milestones\"><rect x=\"0\" y=\"")
                .append(y)
                .append("\" width=\"")
                .append(LABEL_WIDTH + PLOT_WIDTH + RIGHT)
                .append("\" height=\"")
                .append(height)
                .append("\" class=\"band-m\"/>");
        h.append("<text x=\"8\" y=\"").append(y + 16).append("\" class=\"label\">Milestones</text>");
        int k = 0;
        for (MilestoneReport m : report.milestones()) {
            double cy = y + 12 + k++ * 22;
            String colour = MILESTONE_COLOURS.get(m.state());
            double target = scale.x(m.target()) + (scale.xEnd(m.target()) - scale.x(m.target())) / 2;
            Optional<Double> reached = m.reachedOn().map(d -> scale.x(d) + (scale.xEnd(d) - scale.x(d)) / 2);
            double end = reached.orElse(m.state() == MilestoneState.MISSED ? scale.x(report.asOf()) : target);
            h.append("<g class=\"milestone\" data-milestone=\"")
                    .append(esc(m.id().value()))
                    .append("\"><title>")
                    .append(esc(Texts.milestoneLine(agreement, report, m) + " — " + m.explanation()))
                    .append("</title>");
            if (Math.abs(end - target) > 0.5) {
                h.append("<line x1=\"")
                        .append(fmt(target))
                        .append("\" y1=\"")
                        .append(fmt(cy))
                        .append("\" x2=\"")
                        .append(fmt(end))
                        .append("\" y2=\"")
                        .append(fmt(cy))
                        .append("\" stroke=\"")
                        .append(colour)
                        .append("\" stroke-width=\"3\"/>");
            }
            h.append(diamond(target, cy, 7, "#ffffff", colour));
            if (reached.isPresent()) {
                h.append(diamond(reached.get(), cy, 7, colour, colour));
            }
            String label = m.id() + " " + slippage(m);
            double labelX = Math.max(target, end) + 10;
            boolean left = labelX > LABEL_WIDTH + PLOT_WIDTH - 120;
            h.append("<text x=\"")
                    .append(fmt(left ? Math.min(target, end) - 10 : labelX))
                    .append("\" y=\"")
                    .append(fmt(cy + 4))
                    .append("\" class=\"mlabel\"")
                    .append(left ? " text-anchor=\"end\"" : "")
                    .append('>')
                    .append(esc(label))
                    .append("</text></g>");
        }
        h.append("</g>\n");
    }

    private static String slippage(MilestoneReport m) {
        return switch (m.state()) {
            case REACHED_LATE, MISSED -> m.state().name() + " +" + m.daysLate().orElse(0L) + " bd";
            default -> m.state().name();
        };
    }

    private static String diamond(double cx, double cy, double r, String fill, String stroke) {
        return "<polygon points=\"" + fmt(cx) + "," + fmt(cy - r) + " " + fmt(cx + r) + "," + fmt(cy) + " "
                + fmt(cx) + "," + fmt(cy + r) + " " + fmt(cx - r) + "," + fmt(cy) + "\" fill=\"" + fill
                + "\" stroke=\"" + stroke + "\" stroke-width=\"2\"/>";
    }

    private static void obligationRow(
            StringBuilder h,
            ComplianceReport report,
            Scale scale,
            Obligation o,
            List<InstanceReport> instances,
            List<Bar> bars,
            int y,
            int height,
            int index) {
        h.append("<g class=\"row\" data-obligation=\"")
                .append(esc(o.id().value()))
                .append("\">");
        h.append("<rect x=\"0\" y=\"")
                .append(y)
                .append("\" width=\"")
                .append(LABEL_WIDTH + PLOT_WIDTH + RIGHT)
                .append("\" height=\"")
                .append(height)
                .append("\" class=\"")
                .append(index % 2 == 0 ? "band" : "band-alt")
                .append("\"/>");
        String label = o.title().length() > 34 ? o.title().substring(0, 33) + "…" : o.title();
        h.append("<text x=\"8\" y=\"")
                .append(y + 15)
                .append("\" class=\"label\"><title>")
                .append(esc(o.id() + ": " + o.title()))
                .append("</title>")
                .append(esc(label))
                .append("</text><text x=\"")
                .append(LABEL_WIDTH - 8)
                .append("\" y=\"")
                .append(y + 15)
                .append("\" text-anchor=\"end\" class=\"who\">")
                .append(esc(o.obligor().value()))
                .append("</text>");
        if (bars.isEmpty()) {
            String state = instances.isEmpty() ? "" : instances.get(0).state().name();
            h.append("<text x=\"")
                    .append(LABEL_WIDTH + 6)
                    .append("\" y=\"")
                    .append(y + 15)
                    .append("\" class=\"none\">")
                    .append(esc(
                            state.isEmpty()
                                    ? "no instance"
                                    : state.toLowerCase(Locale.ROOT).replace('_', ' ')))
                    .append("</text>");
        }
        for (Bar b : bars) {
            bar(h, report, scale, b, y + ROW_PADDING / 2 + b.lane() * LANE, o.timeBound());
        }
        h.append("</g>\n");
    }

    private static void bar(StringBuilder h, ComplianceReport report, Scale scale, Bar b, int top, boolean timeBound) {
        InstanceReport i = b.instance();
        String colour = COLOURS.get(i.state());
        boolean open = dueX(report, scale, i).isEmpty();
        double w = Math.max(2, b.to() - b.from());
        h.append("<g class=\"instance\" data-instance=\"")
                .append(esc(i.id().toString()))
                .append("\" data-state=\"")
                .append(i.state())
                .append("\"><title>")
                .append(esc(i.id() + ": " + i.state() + " — " + i.explanation()))
                .append("</title>");
        h.append("<rect x=\"")
                .append(fmt(b.from()))
                .append("\" y=\"")
                .append(top + 2)
                .append("\" width=\"")
                .append(fmt(w))
                .append("\" height=\"")
                .append(BAR)
                .append("\" rx=\"2\" fill=\"")
                .append(colour)
                .append('"')
                .append(open ? " fill-opacity=\"0.35\" stroke=\"" + colour + "\" stroke-dasharray=\"4 2\"" : "")
                .append("/>");
        double mid = top + 2 + BAR / 2.0;
        if (i.fulfilledAt().isPresent()) {
            double f = scale.marker(i.fulfilledAt().get());
            if (f > b.to() + 0.5) {
                // Late: a thin line from the deadline to the fulfilment.
                h.append(line(b.to(), mid, f, mid, colour, 3));
            }
            h.append("<circle cx=\"")
                    .append(fmt(f))
                    .append("\" cy=\"")
                    .append(fmt(mid))
                    .append("\" r=\"4\" fill=\"#202124\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>");
        } else if (i.state() == InstanceState.OVERDUE || (i.state() == InstanceState.BREACHED && !timeBound)) {
            // Still owed: hatched from the deadline to the evaluation instant. A time-bound duty is over once
            // breached (a missed weekly check-in cannot be held later), so it gets no hatching.
            double now = scale.x(report.asOf());
            if (now > b.to()) {
                h.append("<rect x=\"")
                        .append(fmt(b.to()))
                        .append("\" y=\"")
                        .append(top + 2)
                        .append("\" width=\"")
                        .append(fmt(now - b.to()))
                        .append("\" height=\"")
                        .append(BAR)
                        .append("\" fill=\"url(#hatch)\" stroke=\"#d93025\" stroke-width=\"0.5\"/>");
            }
        }
        h.append("</g>");
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, double width) {
        return "<line x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2) + "\" y2=\"" + fmt(y2)
                + "\" stroke=\"" + colour + "\" stroke-width=\"" + fmt(width) + "\"/>";
    }

    private static void legend(StringBuilder h) {
        h.append("<p class=\"legend\">");
        for (InstanceState s : InstanceState.values()) {
            h.append("<span><i style=\"background:")
                    .append(COLOURS.get(s))
                    .append("\"></i>")
                    .append(esc(s.name()))
                    .append("</span> ");
        }
        h.append("<span><b class=\"dot\"></b>fulfilled</span> ")
                .append("<span><b class=\"hatch\"></b>late, not fulfilled</span> ")
                .append("<span><b class=\"dia\">◆</b>milestone (hollow: target, filled: reached)</span> ")
                .append("<span><b class=\"asof\"></b>as of</span></p>\n");
    }

    // -------------------------------------------------------------------------------------------------- tables

    private static void tables(StringBuilder h, Agreement agreement, ComplianceReport report, Period within) {
        for (Party p : agreement.parties()) {
            h.append("<h2>")
                    .append(esc(p.name()))
                    .append(" <small>")
                    .append(esc(p.id().value() + ", " + p.role().name().toLowerCase(Locale.ROOT)
                            + p.contact().map(c -> "; contact: " + c).orElse("; no contact named")))
                    .append("</small></h2>\n");
            h.append("<table class=\"instances\"><thead><tr><th>instance</th><th>due</th><th>done</th>")
                    .append("<th>state</th><th>lateness</th><th class=\"num\">owed</th><th>explanation</th>")
                    .append("</tr></thead><tbody>\n");
            for (InstanceReport i : report.instancesOf(p.id())) {
                h.append("<tr><td class=\"id\">")
                        .append(esc(i.id().toString()))
                        .append("</td><td class=\"nowrap\">")
                        .append(esc(Texts.due(report, i)))
                        .append("</td><td class=\"nowrap\">")
                        .append(esc(Texts.done(report, i)))
                        .append("</td><td><span class=\"state\" style=\"background:")
                        .append(COLOURS.get(i.state()))
                        .append("\">")
                        .append(esc(i.state().name()))
                        .append("</span></td><td class=\"nowrap\">")
                        .append(esc(Texts.lateness(i)))
                        .append("</td><td class=\"num\">")
                        .append(esc(Texts.owed(i).map(Money::formatWithCurrency).orElse("")))
                        .append("</td><td class=\"why\">")
                        .append(esc(i.explanation()))
                        .append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        if (!report.milestones().isEmpty()) {
            h.append("<h2>Milestones</h2>\n<table><thead><tr><th>milestone</th><th>status</th>")
                    .append("<th>explanation</th></tr></thead><tbody>\n");
            for (MilestoneReport m : report.milestones()) {
                h.append("<tr><td class=\"id\">")
                        .append(esc(m.id().value()))
                        .append("</td><td>")
                        .append(esc(Texts.milestoneLine(agreement, report, m)))
                        .append("</td><td class=\"why\">")
                        .append(esc(m.explanation()))
                        .append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        h.append("<h2>Findings</h2>\n");
        if (report.findings().isEmpty()) {
            h.append("<p>none</p>\n");
        } else {
            h.append("<table><thead><tr><th>severity</th><th>code</th><th>message</th></tr></thead><tbody>\n");
            for (Finding f : report.findings()) {
                h.append("<tr class=\"")
                        .append(f.severity().name().toLowerCase(Locale.ROOT))
                        .append("\"><td>")
                        .append(esc(f.severity().name()))
                        .append("</td><td>")
                        .append(esc(f.code()))
                        .append("</td><td>")
                        .append(esc(f.message()))
                        .append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }
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
        money(h, agreement, report);
        PartnershipSummary summary = PartnershipSummary.of(report);
        h.append("<h2>Partnership summary</h2>\n<table class=\"summary\"><thead><tr><th></th>");
        for (String p : summary.parties()) {
            h.append("<th>").append(esc(p)).append("</th>");
        }
        h.append("</tr></thead><tbody>\n");
        for (PartnershipSummary.Row r : summary.rows()) {
            h.append("<tr><td>").append(esc(r.label().strip())).append("</td>");
            for (String v : r.values()) {
                h.append("<td>").append(esc(v)).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table>\n");
        h.append("<h2>What each party must do next</h2>\n<p class=\"sub\">due within ")
                .append(within.getDays())
                .append(" days, and anything late</p>\n");
        List<Reminders.Reminder> reminders = Reminders.of(agreement, report, within);
        if (reminders.isEmpty()) {
            h.append("<p>nothing</p>\n");
        } else {
            h.append("<table><thead><tr><th>due</th><th>party</th><th>instance</th><th>what</th><th>note</th>")
                    .append("</tr></thead><tbody>\n");
            for (Reminders.Reminder r : reminders) {
                h.append("<tr><td class=\"nowrap\">")
                        .append(esc(Texts.day(report, r.due())))
                        .append("</td><td>")
                        .append(esc(r.party().value()))
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

    private static void money(StringBuilder h, Agreement agreement, ComplianceReport report) {
        List<InstanceReport> payments =
                report.instances().stream().filter(i -> i.payment().isPresent()).toList();
        if (payments.isEmpty()) {
            return;
        }
        h.append("<h2>Money</h2>\n<table class=\"money\"><thead><tr><th>instance</th><th class=\"num\">due</th>")
                .append("<th class=\"num\">paid</th><th class=\"num\">outstanding</th><th class=\"num\">charges</th>")
                .append("<th class=\"num\">total owed</th><th>how</th></tr></thead><tbody>\n");
        for (InstanceReport i : payments) {
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
                    .append("</b></td><td class=\"why\">")
                    .append(esc(String.join("; ", p.computations())))
                    .append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
        for (Party party : agreement.parties()) {
            List<Money> owed = report.owedBy(party.id());
            if (!owed.isEmpty()) {
                h.append("<p class=\"owed\">")
                        .append(esc(party.name() + " owes " + Texts.money(owed)))
                        .append("</p>\n");
            }
        }
    }

    // ------------------------------------------------------------------------------------------------- helpers

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

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static final String CSS = """
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
                   margin: 24px; color: #202124; max-width: 1260px; }
            h1 { font-size: 24px; margin: 0 0 4px 0; }
            h1 small, h2 small { color: #5f6368; font-weight: normal; font-size: 60%; }
            h2 { font-size: 18px; margin: 28px 0 8px 0; }
            p.sub { color: #5f6368; margin: 0 0 12px 0; }
            .cards { display: flex; gap: 16px; flex-wrap: wrap; margin: 16px 0; }
            .card { border: 1px solid #dadce0; border-left: 6px solid #34a853; border-radius: 6px;
                    padding: 8px 16px; min-width: 280px; }
            .card.warn { border-left-color: #f9ab00; }
            .card.bad { border-left-color: #d93025; }
            .card h2 { margin: 4px 0; }
            .card ul { margin: 4px 0; padding-left: 18px; }
            .card li.strong { font-weight: 600; }
            svg.timeline { font-size: 12px; display: block; }
            svg .band { fill: #ffffff; }
            svg .band-alt { fill: #f6f8fa; }
            svg .band-m { fill: #fef7e0; }
            svg .label { font-size: 12px; fill: #202124; }
            svg .who { font-size: 11px; fill: #5f6368; }
            svg .none { font-size: 11px; fill: #80868b; font-style: italic; }
            svg .mlabel { font-size: 11px; font-weight: 600; fill: #202124; }
            svg .grid { stroke: #e8eaed; stroke-width: 1; }
            svg .axis text { fill: #5f6368; font-size: 11px; }
            svg .as-of-label { fill: #b3261e; font-size: 11px; font-weight: 600; }
            .legend { font-size: 12px; color: #3c4043; line-height: 22px; }
            .legend span { margin-right: 10px; white-space: nowrap; }
            .legend i { display: inline-block; width: 14px; height: 10px; margin-right: 4px;
                        vertical-align: middle; border-radius: 2px; }
            .legend b { display: inline-block; margin-right: 4px; vertical-align: middle; }
            .legend b.dot { width: 8px; height: 8px; border-radius: 4px; background: #202124; }
            .legend b.hatch { width: 14px; height: 10px;
                              background: repeating-linear-gradient(45deg, #d93025 0 2px, #ffffff 2px 4px); }
            .legend b.dia { color: #f9ab00; font-weight: normal; }
            .legend b.asof { width: 0; height: 14px; border-left: 2px dashed #b3261e; }
            table { border-collapse: collapse; font-size: 13px; margin-bottom: 8px; }
            th, td { text-align: left; padding: 4px 10px 4px 0; border-bottom: 1px solid #e8eaed;
                     vertical-align: top; }
            th { color: #5f6368; font-weight: 600; }
            td.num, th.num { text-align: right; white-space: nowrap; }
            td.id { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; white-space: nowrap; }
            td.why { color: #5f6368; font-size: 12px; }
            td.nowrap { white-space: nowrap; }
            span.state { padding: 1px 6px; border-radius: 3px; font-size: 11px; white-space: nowrap; }
            tr.error td { color: #b3261e; }
            tr.warning td { color: #8a4b00; }
            p.owed { font-weight: 600; }
            """;
}
