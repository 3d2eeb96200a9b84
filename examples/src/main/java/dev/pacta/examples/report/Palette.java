package dev.pacta.examples.report;

import dev.pacta.core.report.InstanceState;
import dev.pacta.core.report.MilestoneState;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The HTML report's colours and the words for states.
 *
 * <p>The state colours are the Okabe–Ito palette (designed to stay apart for the common colour-vision deficiencies)
 * plus two greys of clearly different lightness. Every pair differs by at least 15 CIE76 ΔE (16 in fact) under normal vision
 * and under simulated protanopia, deuteranopia and tritanopia (Machado 2009); {@code PaletteTest} checks it. The
 * meaning follows the usual traffic-light order: green kept, orange late, vermillion overdue, wine breached.
 */
final class Palette {
    private static final Map<InstanceState, String> STATES = new EnumMap<>(InstanceState.class);
    private static final Map<MilestoneState, String> MILESTONES = new EnumMap<>(MilestoneState.class);

    static {
        STATES.put(InstanceState.NOT_TRIGGERED, "#eeeeee");
        STATES.put(InstanceState.UPCOMING, "#56b4e9");
        STATES.put(InstanceState.FULFILLED, "#009e73");
        STATES.put(InstanceState.FULFILLED_LATE, "#e69f00");
        STATES.put(InstanceState.OVERDUE, "#d55e00");
        STATES.put(InstanceState.BREACHED, "#882255");
        STATES.put(InstanceState.WAIVED, "#f0e442");
        STATES.put(InstanceState.BLOCKED, "#cc79a7");
        STATES.put(InstanceState.SUSPENDED, "#0072b2");
        STATES.put(InstanceState.CANCELLED, "#c0c0c0");
        MILESTONES.put(MilestoneState.PENDING, STATES.get(InstanceState.UPCOMING));
        MILESTONES.put(MilestoneState.REACHED, STATES.get(InstanceState.FULFILLED));
        MILESTONES.put(MilestoneState.REACHED_LATE, STATES.get(InstanceState.FULFILLED_LATE));
        MILESTONES.put(MilestoneState.AT_RISK, STATES.get(InstanceState.OVERDUE));
        MILESTONES.put(MilestoneState.MISSED, STATES.get(InstanceState.BREACHED));
    }

    /** Dark marks (fulfilment dots, original-deadline ticks, captions): near-black, readable on every band. */
    static final String INK = "#202124";

    /** The as-of line: not a state colour, so it is never mistaken for one. */
    static final String AS_OF = "#3c4043";

    private Palette() {}

    /** The fill of an instance state. */
    static String colour(InstanceState state) {
        return STATES.get(state);
    }

    /** The fill of a milestone state: the colour of the instance state it corresponds to. */
    static String colour(MilestoneState state) {
        return MILESTONES.get(state);
    }

    /** Black or white, whichever contrasts more with the state's colour (WCAG relative luminance). */
    static String text(InstanceState state) {
        return textOn(colour(state));
    }

    /**
     * Black or white text on a background colour, whichever has the higher WCAG contrast ratio.
     *
     * @param hex a colour as {@code #rrggbb}
     * @return {@code #000000} or {@code #ffffff}
     */
    static String textOn(String hex) {
        double l = luminance(hex);
        // Contrast with black is (l + 0.05) / 0.05, with white 1.05 / (l + 0.05).
        return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? "#000000" : "#ffffff";
    }

    /** WCAG 2 relative luminance of {@code #rrggbb}. */
    static double luminance(String hex) {
        double[] rgb = linear(hex);
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }

    /** The linear-light sRGB components of {@code #rrggbb}, each 0 to 1. */
    static double[] linear(String hex) {
        double[] c = new double[3];
        for (int k = 0; k < 3; k++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * k, 3 + 2 * k), 16) / 255.0;
            c[k] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return c;
    }

    /** "fulfilled late" for {@code FULFILLED_LATE}: the report's readers are not programmers. */
    static String words(InstanceState state) {
        return state.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** "reached late" for {@code REACHED_LATE}. */
    static String words(MilestoneState state) {
        return state.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
