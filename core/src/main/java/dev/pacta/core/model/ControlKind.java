package dev.pacta.core.model;

import java.util.Optional;

/**
 * The built-in event kinds that change obligations rather than fulfil them, and who may perform them.
 *
 * <p>A control event by a party without the right is ignored and reported as a finding; it never changes a
 * state. Any other event kind is a plain fact (e.g. {@code content.delivered}) that may trigger or fulfil
 * obligations.
 */
public enum ControlKind {
    /** Payer to payee, with an amount; applied to payment instances. */
    PAYMENT("payment"),
    /** The beneficiary waives the referenced instance. */
    WAIVER("waiver"),
    /** The beneficiary grants the referenced instance a new deadline ({@code until}) or more time ({@code by}). */
    EXTENSION("extension"),
    /**
     * The beneficiary suspends the referenced instance or obligation, or the obligor suspends its own work under a
     * right to suspend work a breach by the beneficiary granted (all of it when the event names nothing); the
     * deadline stops running.
     */
    SUSPENSION("suspension"),
    /**
     * The party that suspended resumes (the referenced instances or obligation, the referenced suspension, or every
     * suspension it made under a right when the event names nothing); the deadline moves by the suspended time.
     */
    RESUMPTION("resumption"),
    /**
     * A party ends the agreement: at once under a {@code TERMINATE} right a breach granted it, or at the end of the
     * notice of a {@link TerminationClause}; instances not yet due then and not surviving are cancelled.
     */
    TERMINATION("termination"),
    /** A party warns of something about the referenced instance (e.g. an advance warning of delay). */
    NOTICE("notice"),
    /**
     * A change from this instant onward (new milestone targets, added or removed obligations) that takes effect with
     * every party's consent: signed by all ({@link Amendment#signedBy()}), or proposed and then accepted.
     */
    AMENDMENT("amendment"),
    /** A party accepts the pending amendment its {@code ref} names (the amendment event's id). */
    ACCEPTANCE("acceptance");

    private final String kind;

    ControlKind(String kind) {
        this.kind = kind;
    }

    /**
     * The event kind as written on a timeline.
     *
     * @return e.g. {@code "waiver"}
     */
    public String kind() {
        return kind;
    }

    /**
     * The control kind of an event kind, if it is one.
     *
     * @param kind an event kind
     * @return the control kind, or empty for a plain fact
     */
    public static Optional<ControlKind> of(String kind) {
        return Optional.ofNullable(BY_KIND.get(kind));
    }

    private static final java.util.Map<String, ControlKind> BY_KIND = java.util.Arrays.stream(values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(ControlKind::kind, c -> c));
}
