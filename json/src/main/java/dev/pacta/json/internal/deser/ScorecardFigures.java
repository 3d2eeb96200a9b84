package dev.pacta.json.internal.deser;

import dev.pacta.core.scenario.ActualValues;

/**
 * The names of the scorecard figures a scenario may expect, as the built-in {@link ActualValues} knows them: the
 * numeric accessors of {@link dev.pacta.core.report.Scorecard}, {@code count.<STATE>} and {@code owed.<CURRENCY>}.
 */
final class ScorecardFigures {
    private ScorecardFigures() {}

    /**
     * Tells whether a scenario may expect a figure of this name.
     *
     * @param name the name
     * @return true for a known figure
     */
    static boolean isKnown(String name) {
        return ActualValues.isScorecardFigure(name);
    }

    /**
     * Every figure, for messages.
     *
     * @return the names
     */
    static String describe() {
        return String.join(", ", ActualValues.SCORECARD_FIGURES)
                + ", count.<STATE> (e.g. count.BREACHED), owed.<CURRENCY> (e.g. owed.EUR)";
    }
}
