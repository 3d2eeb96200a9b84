package dev.pacta.examples.report;

import static dev.pacta.examples.report.Html.esc;
import static dev.pacta.examples.report.Html.fmt;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Milestone;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.InstanceState;
import dev.pacta.core.report.MilestoneReport;
import dev.pacta.core.report.MilestoneState;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The report's SVG timeline and its legend: one row per obligation, each instance a bar from coming into force to its
 * effective deadline, coloured by state; a fulfilment as a dot (after a line from the deadline when late); a duty
 * still owed past its deadline hatched up to the as-of line; a moved deadline as a tick at the original deadline, the
 * bar lighter from there to the new one, and a caption saying why; milestones as diamonds.
 *
 * <p>Each row is a {@code <g class="row">} with a {@code data-obligation} attribute, each bar a {@code <g
 * class="instance">} with {@code data-instance} and {@code data-state}.
 */
final class HtmlTimeline {
    private static final DateTimeFormatter TICK = DateTimeFormatter.ofPattern("MMM d", Locale.ROOT);
    private static final int LABEL_WIDTH = 280;
    private static final int PLOT_WIDTH = 900;
    private static final int RIGHT = 30;
    private static final int WIDTH = LABEL_WIDTH + PLOT_WIDTH + RIGHT;
    private static final int AXIS_HEIGHT = 44;
    private static final int LANE = 16;
    private static final int BAR = 10;
    private static final int CAPTION = 15;
    private static final int ROW_PADDING = 8;
    /** A generous average glyph width of the 11 px caption font, to keep captions inside the chart. */
    private static final double CAPTION_GLYPH = 5.8;

    /** What the chart drew, so that the legend explains exactly that. */
    enum Mark {
        FULFILMENT,
        LATE_FULFILMENT,
        HATCH,
        MOVED,
        OPEN,
        MILESTONE
    }

    private final Agreement agreement;
    private final ComplianceReport report;
    private final TimelineScale scale;
    private final Set<Mark> marks = EnumSet.noneOf(Mark.class);
    /** The state of the last hatched bar, for the legend's sample. */
    private InstanceState hatched = InstanceState.BREACHED;
    /** The state of the last bar with a moved deadline, for the legend's sample. */
    private InstanceState moved = InstanceState.UPCOMING;

    private HtmlTimeline(Agreement agreement, ComplianceReport report) {
        this.agreement = agreement;
        this.report = report;
        this.scale = TimelineScale.of(agreement, report, LABEL_WIDTH, PLOT_WIDTH);
    }

    /**
     * Appends the heading, the legend and the SVG chart.
     *
     * @param h where to write
     * @param agreement the agreement
     * @param report its report
     */
    static void render(StringBuilder h, Agreement agreement, ComplianceReport report) {
        new HtmlTimeline(agreement, report).write(h);
    }

    private void write(StringBuilder h) {
        StringBuilder rows = new StringBuilder();
        int y = AXIS_HEIGHT;
        if (!report.milestones().isEmpty()) {
            marks.add(Mark.MILESTONE);
            int height = report.milestones().size() * 22 + ROW_PADDING;
            milestoneRow(rows, y, height);
            y += height;
        }
        int index = 0;
        for (Obligation o : agreement.obligations()) {
            y += obligationRow(rows, o, y, index++);
        }
        int height = y + 10;
        h.append("<h2>Timeline</h2>\n");
        legend(h);
        h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" role=\"img\" aria-label=\"")
                .append(esc("timeline of " + agreement.title()))
                .append("\">\n<defs>");
        for (InstanceState s : List.of(InstanceState.OVERDUE, InstanceState.BREACHED)) {
            h.append("<pattern id=\"hatch-")
                    .append(s)
                    .append(
                            "\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
                    .append("<rect width=\"6\" height=\"6\" fill=\"#ffffff\"/><rect width=\"3\" height=\"6\" fill=\"")
                    .append(Palette.colour(s))
                    .append("\"/></pattern>");
        }
        h.append("</defs>\n");
        axis(h, height);
        h.append(rows);
        double asOf = scale.x(report.asOf());
        h.append("<g class=\"as-of\">")
                .append(line(asOf, 24, asOf, height - 4, Palette.AS_OF, 2).replace("/>", " stroke-dasharray=\"5 3\"/>"))
                .append("<text x=\"")
                .append(fmt(Math.min(asOf, WIDTH - 60)))
                .append("\" y=\"16\" text-anchor=\"middle\" class=\"as-of-label\">as of ")
                .append(esc(Html.day(report, report.asOfDate())))
                .append("</text></g>\n</svg>\n");
    }

    // ------------------------------------------------------------------------------------------------- legend

    /** The states that occur, then the marks the chart drew. */
    private void legend(StringBuilder h) {
        Set<InstanceState> states = EnumSet.noneOf(InstanceState.class);
        report.instances().forEach(i -> states.add(i.state()));
        h.append("<p class=\"legend\">");
        for (InstanceState s : states) {
            h.append("<span data-state=\"")
                    .append(s)
                    .append("\"><i style=\"background:")
                    .append(Palette.colour(s))
                    .append("\"></i>")
                    .append(esc(Palette.words(s)))
                    .append("</span> ");
        }
        String dot = "<circle cx=\"24\" cy=\"6\" r=\"4\" fill=\"" + Palette.INK + "\"/>";
        if (marks.contains(Mark.FULFILMENT)) {
            legendItem(h, 12, dot.replace("cx=\"24\"", "cx=\"6\""), "fulfilment");
        }
        if (marks.contains(Mark.LATE_FULFILMENT)) {
            String late = Palette.colour(InstanceState.FULFILLED_LATE);
            legendItem(
                    h,
                    30,
                    rect(0, 1, 12, late, "") + line(12, 6, 24, 6, late, 3) + dot,
                    "fulfilled after the deadline");
        }
        if (marks.contains(Mark.HATCH)) {
            legendItem(
                    h,
                    30,
                    rect(0, 1, 10, Palette.colour(hatched), "") + rect(10, 1, 18, "url(#hatch-" + hatched + ")", ""),
                    "deadline passed, not fulfilled: hatched up to the as-of date");
        }
        if (marks.contains(Mark.MOVED)) {
            String c = Palette.colour(moved);
            legendItem(
                    h,
                    30,
                    rect(0, 1, 14, c, "")
                            + rect(14, 1, 14, c, " fill-opacity=\"0.4\"")
                            + line(14, 0, 14, 12, Palette.INK, 2),
                    "deadline moved: a tick at the original deadline, lighter up to the new one");
        }
        if (marks.contains(Mark.OPEN)) {
            legendItem(
                    h,
                    30,
                    rect(1, 1, 26, Palette.colour(InstanceState.UPCOMING), " fill-opacity=\"0.35\"")
                            .replace("/>", " stroke=\"#3c4043\" stroke-dasharray=\"4 2\"/>"),
                    "no deadline");
        }
        if (marks.contains(Mark.MILESTONE)) {
            legendItem(
                    h,
                    32,
                    diamond(7, 6, 5, "#ffffff", Palette.INK) + diamond(24, 6, 5, Palette.INK, Palette.INK),
                    "milestone: target (hollow), reached (filled)");
        }
        legendItem(h, 10, line(5, 0, 5, 12, Palette.AS_OF, 2).replace("/>", " stroke-dasharray=\"3 2\"/>"), "as of");
        h.append("</p>\n");
    }

    private static void legendItem(StringBuilder h, int width, String svg, String words) {
        h.append("<span><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(width)
                .append("\" height=\"12\" viewBox=\"0 0 ")
                .append(width)
                .append(" 12\">")
                .append(svg)
                .append("</svg>")
                .append(esc(words))
                .append("</span> ");
    }

    private void axis(StringBuilder h, int height) {
        LocalDate first = scale.start().atZone(scale.zone()).toLocalDate();
        LocalDate last = scale.end().atZone(scale.zone()).toLocalDate();
        long days = ChronoUnit.DAYS.between(first, last);
        List<LocalDate> ticks = new ArrayList<>();
        if (days <= 120) {
            int step = days <= 60 ? 7 : 14;
            LocalDate d = first;
            while (d.getDayOfWeek() != DayOfWeek.MONDAY) {
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

    // ------------------------------------------------------------------------------------------------ milestones

    private void milestoneRow(StringBuilder h, int y, int height) {
        h.append("<g class=\"milestones\"><rect x=\"0\" y=\"")
                .append(y)
                .append("\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(height)
                .append("\" class=\"band-m\"/>");
        h.append("<text x=\"8\" y=\"").append(y + 16).append("\" class=\"label\">Milestones</text>");
        int k = 0;
        for (MilestoneReport m : report.milestones()) {
            double cy = y + 12 + k++ * 22;
            String colour = Palette.colour(m.state());
            double target = (scale.x(m.target()) + scale.xEnd(m.target())) / 2;
            Optional<Double> reached = m.reachedOn().map(d -> (scale.x(d) + scale.xEnd(d)) / 2);
            double end = reached.orElse(m.state() == MilestoneState.MISSED ? scale.x(report.asOf()) : target);
            String label = milestoneLabel(m);
            h.append("<g class=\"milestone\" data-milestone=\"")
                    .append(esc(m.id().value()))
                    .append("\"><title>")
                    .append(esc(label + " — " + m.explanation()))
                    .append("</title>");
            if (Math.abs(end - target) > 0.5) {
                h.append(line(target, cy, end, cy, colour, 3));
            }
            h.append(diamond(target, cy, 7, "#ffffff", colour));
            if (reached.isPresent()) {
                h.append(diamond(reached.get(), cy, 7, colour, colour));
            }
            double labelX = Math.max(target, end) + 10;
            boolean left = labelX + label.length() * CAPTION_GLYPH > WIDTH;
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

    /** "Site launched: reached Thu Mar 26, 4 business days late": no abbreviations. */
    private String milestoneLabel(MilestoneReport m) {
        String title = agreement.milestone(m.id()).map(Milestone::title).orElse(m.id().value());
        long late = m.daysLate().orElse(0L);
        String days = Words.count(late, "business day", "business days") + " late";
        return title + ": "
                + switch (m.state()) {
                    case REACHED -> "reached " + Html.day(report, m.reachedOn().orElse(m.target()));
                    case REACHED_LATE ->
                        "reached " + Html.day(report, m.reachedOn().orElse(m.target())) + ", " + days;
                    case MISSED -> "missed, " + days + " so far";
                    case AT_RISK -> "at risk, target " + Html.day(report, m.target());
                    case PENDING -> "target " + Html.day(report, m.target());
                };
    }

    // ---------------------------------------------------------------------------------------------- obligations

    /** One bar: an instance laid out in a lane of its obligation's row, with its moved deadline if it moved. */
    private record Bar(InstanceReport instance, double from, double to, int lane, Optional<DeadlineMoves.Move> move) {}

    /** Writes an obligation's row and returns its height. */
    private int obligationRow(StringBuilder h, Obligation o, int y, int index) {
        List<InstanceReport> instances = report.instances().stream()
                .filter(i -> i.obligation().equals(o.id()))
                .toList();
        List<Bar> bars = layout(instances);
        int lanes = bars.stream().mapToInt(Bar::lane).max().orElse(0) + 1;
        long captions = bars.stream().filter(b -> b.move().isPresent()).count();
        int height = lanes * LANE + (int) captions * CAPTION + ROW_PADDING;
        h.append("<g class=\"row\" data-obligation=\"")
                .append(esc(o.id().value()))
                .append("\"><rect x=\"0\" y=\"")
                .append(y)
                .append("\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(height)
                .append("\" class=\"")
                .append(index % 2 == 0 ? "band" : "band-alt")
                .append("\"/>");
        // The obligor by id (short, and the party tables below name it), the title cut to fit beside it.
        String who = o.obligor().value();
        int room = (int) ((LABEL_WIDTH - 24 - who.length() * 6.2) / 6.8);
        String label = o.title().length() > room ? o.title().substring(0, Math.max(8, room - 1)) + "…" : o.title();
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
                .append(esc(who))
                .append("</text>");
        if (bars.isEmpty()) {
            h.append("<text x=\"")
                    .append(LABEL_WIDTH + 6)
                    .append("\" y=\"")
                    .append(y + 15)
                    .append("\" class=\"none\">")
                    .append(esc(
                            instances.isEmpty()
                                    ? "no instance"
                                    : Palette.words(instances.get(0).state())))
                    .append("</text>");
        }
        int caption = y + ROW_PADDING / 2 + lanes * LANE;
        for (Bar b : bars) {
            bar(h, b, y + ROW_PADDING / 2 + b.lane() * LANE, b.move().isPresent() ? caption : -1);
            if (b.move().isPresent()) {
                caption += CAPTION;
            }
        }
        h.append("</g>\n");
        return height;
    }

    /** Whether an instance is still owed past its deadline: drawn hatched up to the as-of line. */
    private static boolean stillOwedLate(InstanceReport i) {
        return i.fulfilledAt().isEmpty() && (i.state() == InstanceState.OVERDUE || i.state() == InstanceState.BREACHED);
    }

    private List<Bar> layout(List<InstanceReport> instances) {
        List<Bar> bars = new ArrayList<>();
        List<Double> laneEnds = new ArrayList<>();
        for (InstanceReport i : instances) {
            if (i.inForceFrom().isEmpty()) {
                continue;
            }
            double from = scale.x(i.inForceFrom().get());
            double to = dueX(i).orElse(scale.x(scale.end()));
            double extent = Math.max(to, i.fulfilledAt().map(scale::marker).orElse(to));
            if (stillOwedLate(i)) {
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
            bars.add(new Bar(i, from, to, lane, DeadlineMoves.of(agreement, report, i)));
        }
        return bars;
    }

    private Optional<Double> dueX(InstanceReport i) {
        if (i.dueAt().isPresent()) {
            return Optional.of(scale.x(i.dueAt().get()));
        }
        return i.dueDate().map(scale::xEnd);
    }

    /** Draws a bar at {@code top}; its moved deadline's caption, if any, at {@code caption}. */
    private void bar(StringBuilder h, Bar b, int top, int caption) {
        InstanceReport i = b.instance();
        String colour = Palette.colour(i.state());
        boolean open = dueX(i).isEmpty();
        double w = Math.max(2, b.to() - b.from());
        String moved = b.move()
                .map(m -> "deadline moved from " + Html.original(report, m) + " to " + Html.due(report, i)
                        + (m.reasons().isEmpty() ? "" : ": " + String.join("; ", m.reasons())))
                .orElse("");
        h.append("<g class=\"instance\" data-instance=\"")
                .append(esc(i.id().toString()))
                .append("\" data-state=\"")
                .append(i.state())
                .append("\"><title>")
                .append(esc(i.id() + ": " + Palette.words(i.state()) + " — " + (moved.isEmpty() ? "" : moved + " — ")
                        + i.explanation()))
                .append("</title>");
        if (open) {
            marks.add(Mark.OPEN);
        }
        h.append(rect(b.from(), top + 2, w, colour, open ? " fill-opacity=\"0.35\"" : "")
                .replace(
                        "/>",
                        " rx=\"2\"" + (open ? " stroke=\"" + colour + "\" stroke-dasharray=\"4 2\"" : "") + "/>"));
        double mid = top + 2 + BAR / 2.0;
        if (b.move().isPresent()) {
            movedDeadline(h, b, top, caption, moved);
        }
        if (i.fulfilledAt().isPresent()) {
            marks.add(Mark.FULFILMENT);
            double f = scale.marker(i.fulfilledAt().get());
            if (f > b.to() + 0.5) {
                // Late: a thick line from the deadline to the fulfilment.
                marks.add(Mark.LATE_FULFILMENT);
                h.append(line(b.to(), mid, f, mid, colour, 3));
            }
            h.append("<circle cx=\"")
                    .append(fmt(f))
                    .append("\" cy=\"")
                    .append(fmt(mid))
                    .append("\" r=\"4\" fill=\"")
                    .append(Palette.INK)
                    .append("\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>");
        } else if (stillOwedLate(i)) {
            // Still not done: hatched from the deadline up to the as-of line, overdue and breached alike (a
            // time-bound duty that can no longer be performed is still one that was not).
            double now = scale.x(report.asOf());
            if (now > b.to() + 0.5) {
                marks.add(Mark.HATCH);
                hatched = i.state();
                h.append(rect(b.to(), top + 2, now - b.to(), "url(#hatch-" + i.state() + ")", "")
                        .replace("/>", " class=\"hatch\" stroke=\"" + colour + "\" stroke-width=\"0.75\"/>"));
            }
        }
        h.append("</g>");
    }

    /**
     * The original deadline as a tick, the bar lighter from there to the new deadline, and a caption with both dates
     * and the reason, starting under the tick (moved left when it would run off the chart).
     */
    private void movedDeadline(StringBuilder h, Bar b, int top, int caption, String words) {
        DeadlineMoves.Move m = b.move().orElseThrow();
        double x0 = m.originalAt()
                .map(scale::x)
                .orElseGet(() -> scale.xEnd(m.originalDate().orElseThrow()));
        marks.add(Mark.MOVED);
        moved = b.instance().state();
        if (b.to() > x0) {
            h.append(rect(x0, top + 2, b.to() - x0, "#ffffff", " fill-opacity=\"0.6\""));
        }
        // "Deadline" goes without saying under a deadline tick; the caption must fit the chart.
        String text = capitalised(words.replaceFirst("^deadline moved", "moved"));
        double x = Math.max(LABEL_WIDTH + 4, Math.min(x0 + 4, WIDTH - 6 - text.length() * CAPTION_GLYPH));
        // The tick reaches down to the caption when the caption starts at it; else it would cross the text.
        boolean under = x >= x0;
        h.append("<line class=\"original-deadline\" x1=\"")
                .append(fmt(x0))
                .append("\" y1=\"")
                .append(top)
                .append("\" x2=\"")
                .append(fmt(x0))
                .append("\" y2=\"")
                .append(under ? caption + 4 : top + BAR + 4)
                .append("\" stroke=\"")
                .append(Palette.INK)
                .append("\" stroke-width=\"2\"/>");
        h.append("<text class=\"moved\" x=\"")
                .append(fmt(x))
                .append("\" y=\"")
                .append(caption + 11)
                .append("\">")
                .append(esc(text))
                .append("</text>");
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    // --------------------------------------------------------------------------------------------------- shapes

    private static String rect(double x, double y, double width, String fill, String extra) {
        return "<rect x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" width=\"" + fmt(width) + "\" height=\"" + BAR
                + "\" fill=\"" + fill + "\"" + extra + "/>";
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, double width) {
        return "<line x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2) + "\" y2=\"" + fmt(y2)
                + "\" stroke=\"" + colour + "\" stroke-width=\"" + fmt(width) + "\"/>";
    }

    private static String diamond(double cx, double cy, double r, String fill, String stroke) {
        return "<polygon points=\"" + fmt(cx) + "," + fmt(cy - r) + " " + fmt(cx + r) + "," + fmt(cy) + " "
                + fmt(cx) + "," + fmt(cy + r) + " " + fmt(cx - r) + "," + fmt(cy) + "\" fill=\"" + fill
                + "\" stroke=\"" + stroke + "\" stroke-width=\"2\"/>";
    }
}
