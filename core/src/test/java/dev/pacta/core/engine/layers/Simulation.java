package dev.pacta.core.engine.layers;

/** A stand-in for the engine's event loop, for {@code EngineLayersTest}: test sources only. */
public final class Simulation {
    /** Something a rule must not ask the loop for. */
    public int clock() {
        return 0;
    }
}
