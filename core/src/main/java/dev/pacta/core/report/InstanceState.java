package dev.pacta.core.report;

/** The state of an obligation instance as of the evaluation instant; exactly one per instance. */
public enum InstanceState {
    /** Declared, its trigger has not happened; never a breach. */
    NOT_TRIGGERED,
    /** In force, not yet due, not fulfilled (a {@code MUST_NOT} instance whose window is open). */
    UPCOMING,
    /** Fulfilled at or before its effective deadline (a {@code MUST_NOT} instance whose window closed cleanly). */
    FULFILLED,
    /** Fulfilled after its deadline; the report says how late and whether within grace. */
    FULFILLED_LATE,
    /** Past the deadline but within the grace period, not fulfilled. */
    OVERDUE,
    /** Past deadline + grace and not fulfilled, or a {@code MUST_NOT} act happened. */
    BREACHED,
    /** Waived by the beneficiary before fulfilment. */
    WAIVED,
    /** Cannot proceed: a prerequisite owed by another party is unfulfilled and late. */
    BLOCKED,
    /** Suspended by an authorised suspension; the deadline stops running. */
    SUSPENDED,
    /** The agreement ended (termination, end date, amendment) before it was due, and it does not survive. */
    CANCELLED;

    /**
     * Whether the obligor kept (or was released from) the duty: fulfilled on time, waived or cancelled.
     *
     * @return true for {@code FULFILLED}, {@code WAIVED}, {@code CANCELLED}
     */
    public boolean isKept() {
        return this == FULFILLED || this == WAIVED || this == CANCELLED;
    }

    /**
     * Whether the state is final: no later event or time can change it (except a ruled amendment or a waiver of a
     * breach).
     *
     * @return true for fulfilled, waived and cancelled states
     */
    public boolean isClosed() {
        return this == FULFILLED || this == FULFILLED_LATE || this == WAIVED || this == CANCELLED;
    }
}
