package dev.pacta.core.report;

/**
 * The stable codes of the findings the engine reports itself. Custom rules use their own codes.
 */
public final class FindingCodes {
    /** An instance is breached (after deadline and grace), or a {@code MUST_NOT} act happened. */
    public static final String BREACH = "BREACH";
    /** An instance is past its deadline, within grace. */
    public static final String OVERDUE = "OVERDUE";
    /** A waiver by a party other than the beneficiary was ignored. */
    public static final String UNAUTHORISED_WAIVER = "UNAUTHORISED_WAIVER";
    /** An extension by a party other than the beneficiary was ignored. */
    public static final String UNAUTHORISED_EXTENSION = "UNAUTHORISED_EXTENSION";
    /** A suspension by a party other than the beneficiary was ignored. */
    public static final String UNAUTHORISED_SUSPENSION = "UNAUTHORISED_SUSPENSION";
    /** A resumption by a party other than the one that suspended was ignored. */
    public static final String UNAUTHORISED_RESUMPTION = "UNAUTHORISED_RESUMPTION";
    /** A control event by someone who is not a party to the agreement was ignored. */
    public static final String UNKNOWN_ACTOR = "UNKNOWN_ACTOR";
    /** A control event without a usable reference (missing, unknown, or naming a closed instance) was ignored. */
    public static final String DANGLING_REFERENCE = "DANGLING_REFERENCE";
    /** An extension without {@code until} or {@code by}, or that would move a deadline earlier, was ignored. */
    public static final String INVALID_EXTENSION = "INVALID_EXTENSION";
    /** A resumption of something that was not suspended was ignored. */
    public static final String NOT_SUSPENDED = "NOT_SUSPENDED";
    /** A second termination after the agreement already ended was ignored. */
    public static final String ALREADY_TERMINATED = "ALREADY_TERMINATED";
    /** A termination by a party with no ground (no right from a breach, no termination clause) was ignored. */
    public static final String UNAUTHORISED_TERMINATION = "UNAUTHORISED_TERMINATION";
    /** Notice of termination was given under a termination clause: the agreement ends when the notice ends. */
    public static final String TERMINATION_NOTICE = "TERMINATION_NOTICE";
    /** An amendment not yet consented to by every party: it changes nothing until they sign or accept it. */
    public static final String AMENDMENT_PENDING = "AMENDMENT_PENDING";
    /** An acceptance of an amendment by a party that had already consented to it was ignored. */
    public static final String UNAUTHORISED_ACCEPTANCE = "UNAUTHORISED_ACCEPTANCE";
    /** An amendment that would make the agreement invalid was ignored. */
    public static final String INVALID_AMENDMENT = "INVALID_AMENDMENT";
    /** An event of a fulfilling kind fulfilled nothing (no open instance could accept it). */
    public static final String UNMATCHED_EVENT = "UNMATCHED_EVENT";
    /** A deadline could not be computed because the business calendar does not cover the date. */
    public static final String CALENDAR_NOT_COVERED = "CALENDAR_NOT_COVERED";
    /**
     * An instance's deadline falls before the instance came into force (e.g. "30 days before the end date" in an
     * agreement that starts 20 days before its end): the instance keeps that deadline and is late from the start.
     */
    public static final String DEADLINE_BEFORE_IN_FORCE = "DEADLINE_BEFORE_IN_FORCE";
    /**
     * The evaluation reached the engine's limit on the instances one evaluation materialises: the instances beyond it
     * are not in the report, which is therefore incomplete. An {@code ERROR}.
     */
    public static final String INSTANCE_LIMIT_EXCEEDED = "INSTANCE_LIMIT_EXCEEDED";
    /** A notice was recorded on an instance. */
    public static final String NOTICE = "NOTICE";

    /** A payment without a positive amount was ignored. */
    public static final String INVALID_PAYMENT = "INVALID_PAYMENT";
    /** A payment by a party that owes no payment (to that payee) was not applied. */
    public static final String PAYMENT_WRONG_PARTY = "PAYMENT_WRONG_PARTY";
    /** A payment in a currency other than the instance's was not applied (Pacta has no exchange rates). */
    public static final String PAYMENT_CURRENCY_MISMATCH = "PAYMENT_CURRENCY_MISMATCH";
    /** A payment with no open instance to apply to was held as credit for the payer's next instance. */
    public static final String PAYMENT_HELD_AS_CREDIT = "PAYMENT_HELD_AS_CREDIT";
    /** A breach granted the beneficiary a right (e.g. to suspend work). */
    public static final String RIGHT_GRANTED = "RIGHT_GRANTED";

    private FindingCodes() {}
}
