package dev.pacta.core.scenario;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of running a {@link Scenario}: every mismatch between its checks and the engine's reports.
 *
 * <p>{@link #assertPassed()} throws a plain {@link AssertionError} (no test framework needed) whose message lists
 * every mismatch with its check, the expected and actual values and the explanation:
 *
 * <pre>
 * scenario 'client approves late' failed with 2 mismatches:
 *   checks[0]: as of 2026-03-10, approve-mockup#1: expected BREACHED, was FULFILLED_LATE (due Fri 2026-03-06: ...)
 *   checks[1]: as of 2026-03-20, milestone launch: expected days late 0, was 3 (target Fri 2026-03-13; ...)
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScenarioResult {
    private final String scenario;
    private final int checks;
    private final List<Mismatch> mismatches;

    ScenarioResult(String scenario, int checks, List<Mismatch> mismatches) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.checks = checks;
        this.mismatches = List.copyOf(mismatches);
    }

    /**
     * The name of the scenario that was run.
     *
     * @return the scenario's name
     */
    public String scenario() {
        return scenario;
    }

    /**
     * How many checks the scenario has.
     *
     * @return the number of checks
     */
    public int checks() {
        return checks;
    }

    /**
     * Whether every check matched.
     *
     * @return true if there is no mismatch
     */
    public boolean passed() {
        return mismatches.isEmpty();
    }

    /**
     * Every mismatch, in the order of the checks and of their expectations.
     *
     * @return an unmodifiable list, empty if the scenario passed
     */
    public List<Mismatch> mismatches() {
        return mismatches;
    }

    /**
     * Throws if the scenario did not pass.
     *
     * @throws AssertionError listing every mismatch, if there is any
     */
    public void assertPassed() {
        if (!passed()) {
            throw new AssertionError(toString());
        }
    }

    /**
     * Returns "scenario 'x' passed (n checks)" or "scenario 'x' failed with n mismatches:" and one line per mismatch,
     * prefixed with its check ({@code checks[0]: }).
     */
    @Override
    public String toString() {
        if (passed()) {
            return "scenario '" + scenario + "' passed (" + checks + (checks == 1 ? " check)" : " checks)");
        }
        StringBuilder s = new StringBuilder("scenario '")
                .append(scenario)
                .append("' failed with ")
                .append(mismatches.size())
                .append(mismatches.size() == 1 ? " mismatch:" : " mismatches:");
        for (Mismatch m : mismatches) {
            s.append("\n  ");
            m.check().ifPresent(i -> s.append("checks[").append(i).append("]: "));
            s.append(m.message());
        }
        return s.toString();
    }
}
