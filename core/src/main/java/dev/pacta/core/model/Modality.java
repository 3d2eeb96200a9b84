package dev.pacta.core.model;

/** Whether an obligation requires an act or forbids one. */
public enum Modality {
    /** The obligor must perform a fulfilling act by the deadline. */
    MUST,
    /**
     * The obligor must not perform the act while the obligation is in force: an instance is {@code UPCOMING}
     * until its window closes ({@code FULFILLED}) or the act occurs ({@code BREACHED} at that instant).
     */
    MUST_NOT
}
