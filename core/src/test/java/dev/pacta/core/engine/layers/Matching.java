package dev.pacta.core.engine.layers;

/** A rule that refers to the loop, which the layering rule must reject: test sources only. */
public final class Matching {
    /** Asks the loop for its clock: the violation. */
    public int target(Simulation loop) {
        return loop.clock();
    }
}
