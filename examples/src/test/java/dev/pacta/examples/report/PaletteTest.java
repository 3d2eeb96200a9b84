package dev.pacta.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.report.InstanceState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The state colours stay apart for everyone: every pair differs by at least {@value #MIN_DELTA_E} CIE76 ΔE under
 * normal vision and under simulated protanopia, deuteranopia and tritanopia (the Machado, Oliveira and Fernandes
 * 2009 matrices at full severity, applied in linear sRGB), and the text on every state label has a WCAG AA
 * contrast.
 */
class PaletteTest {
    private static final double MIN_DELTA_E = 15;

    private static final Map<String, double[][]> VISION = Map.of(
            "normal",
            new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}},
            "protanopia",
            new double[][] {
                {0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}
            },
            "deuteranopia",
            new double[][] {
                {0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}
            },
            "tritanopia",
            new double[][] {
                {1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}
            });

    @Test
    void everyPairOfStateColours_isDistinguishable_withEachColourVisionDeficiency() {
        List<String> tooClose = new ArrayList<>();
        InstanceState[] states = InstanceState.values();
        for (Map.Entry<String, double[][]> v : VISION.entrySet()) {
            for (int a = 0; a < states.length; a++) {
                for (int b = a + 1; b < states.length; b++) {
                    double d = deltaE(
                            lab(v.getValue(), Palette.colour(states[a])), lab(v.getValue(), Palette.colour(states[b])));
                    if (d < MIN_DELTA_E) {
                        tooClose.add(v.getKey() + ": " + states[a] + "/" + states[b] + " " + Math.round(d));
                    }
                }
            }
        }
        assertThat(tooClose).isEmpty();
    }

    @Test
    void theOldGreys_wouldHaveFailed() {
        // WAIVED #9aa0a6 and SUSPENDED #80868b, NOT_TRIGGERED #c4c7c5 and CANCELLED #dadce0: the complaint.
        double[][] normal = VISION.get("normal");
        assertThat(deltaE(lab(normal, "#9aa0a6"), lab(normal, "#80868b"))).isLessThan(MIN_DELTA_E);
        assertThat(deltaE(lab(normal, "#c4c7c5"), lab(normal, "#dadce0"))).isLessThan(MIN_DELTA_E);
    }

    @Test
    void stateLabels_haveAtLeastAaContrast() {
        for (InstanceState s : InstanceState.values()) {
            double bg = Palette.luminance(Palette.colour(s));
            double fg = Palette.luminance(Palette.text(s));
            double contrast = (Math.max(bg, fg) + 0.05) / (Math.min(bg, fg) + 0.05);
            assertThat(contrast).as(s.name()).isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void words_areLowerCase_withSpaces() {
        assertThat(Palette.words(InstanceState.FULFILLED_LATE)).isEqualTo("fulfilled late");
    }

    /** CIE L*a*b* (D65) of a colour as seen with a simulated vision. */
    private static double[] lab(double[][] vision, String hex) {
        double[] c = Palette.linear(hex);
        double[] s = new double[3];
        for (int r = 0; r < 3; r++) {
            s[r] = Math.max(0, Math.min(1, vision[r][0] * c[0] + vision[r][1] * c[1] + vision[r][2] * c[2]));
        }
        double x = (0.4124 * s[0] + 0.3576 * s[1] + 0.1805 * s[2]) / 0.95047;
        double y = 0.2126 * s[0] + 0.7152 * s[1] + 0.0722 * s[2];
        double z = (0.0193 * s[0] + 0.1192 * s[1] + 0.9505 * s[2]) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        double d = 6.0 / 29;
        return t > d * d * d ? Math.cbrt(t) : t / (3 * d * d) + 4.0 / 29;
    }

    private static double deltaE(double[] p, double[] q) {
        return Math.sqrt(Math.pow(p[0] - q[0], 2) + Math.pow(p[1] - q[1], 2) + Math.pow(p[2] - q[2], 2));
    }
}
