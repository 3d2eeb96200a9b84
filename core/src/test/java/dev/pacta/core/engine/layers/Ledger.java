package dev.pacta.core.engine.layers;

/** State that refers to a rule, which the layering rule must reject: test sources only. */
public final class Ledger {
    private final Matching matching = new Matching();

    /** Asks a rule: the violation. */
    public int ask(Simulation loop) {
        return matching.target(loop);
    }
}
