package dev.pacta.core.engine.layers;

/** A rule that keeps to its layer (it uses the state below it only): test sources only. */
public final class Deadlines {
    /** Uses the ledger, which is below. */
    public String of(Ledger ledger) {
        return ledger.toString();
    }
}
