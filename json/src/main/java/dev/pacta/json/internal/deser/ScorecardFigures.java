package dev.pacta.json.internal.deser;

import dev.pacta.core.money.Money;
import dev.pacta.core.report.InstanceState;
import java.util.List;

/**
 * The names of the scorecard figures a scenario may expect: the numeric accessors of
 * {@link dev.pacta.core.report.Scorecard}, {@code count.<STATE>} for the count of instances in a state, and
 * {@code owed.<CURRENCY>} for the amount owed in a currency.
 */
final class ScorecardFigures {
    /** The plain figures, in the order of the scorecard's accessors. */
    static final List<String> NAMES = List.of(
            "instances",
            "decided",
            "onTime",
            "onTimeRate",
            "responses",
            "responsesWithinWindow",
            "medianResponseDays",
            "p90ResponseDays",
            "worstResponseDays",
            "medianWindowDays",
            "delayCausedToOthers",
            "lateWithNotice",
            "lateWithoutNotice");

    private ScorecardFigures() {}

    /**
     * Tells whether a scenario may expect a figure of this name.
     *
     * @param name the name
     * @return true for a known figure
     */
    static boolean isKnown(String name) {
        if (NAMES.contains(name)) {
            return true;
        }
        if (name.startsWith("count.")) {
            String state = name.substring("count.".length());
            for (InstanceState s : InstanceState.values()) {
                if (s.name().equals(state)) {
                    return true;
                }
            }
            return false;
        }
        if (name.startsWith("owed.") && name.length() == "owed.".length() + 3) {
            try {
                Money.currency(name.substring("owed.".length()));
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return false;
    }

    /**
     * Every figure, for messages.
     *
     * @return the names
     */
    static String describe() {
        return String.join(", ", NAMES) + ", count.<STATE> (e.g. count.BREACHED), owed.<CURRENCY> (e.g. owed.EUR)";
    }
}
