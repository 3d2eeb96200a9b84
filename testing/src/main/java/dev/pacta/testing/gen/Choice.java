package dev.pacta.testing.gen;

/**
 * What the timeline generator chose to do about an instance (or, for {@link #TRIGGER}, about an event-triggered
 * obligation). Choices are intents: the report says what came of them (an extension can make a "late" fulfilment
 * on time, a waiver can come after the instance was breached).
 */
public enum Choice {
    /** The obligor performs on or before the due date. */
    ON_TIME,
    /** The obligor performs after the due date, by a lateness from the generator's range. */
    LATE,
    /** The obligor never performs; the instance is left to become overdue or breached. */
    NEVER,
    /** A payment of everything outstanding. */
    FULL_PAYMENT,
    /** A payment of part of what is outstanding (10 % to 90 %). */
    PARTIAL_PAYMENT,
    /** A payment of more than is outstanding (105 % to 150 %); the rest is credit. */
    OVERPAYMENT,
    /** An event that triggers instances of an {@code ON_EVENT} obligation, by the party the instance is owed to. */
    TRIGGER,
    /** An advance notice by the obligor about the instance (e.g. of a delay). */
    NOTICE,
    /** An extension of the deadline, by the beneficiary, before it passes. */
    EXTENSION,
    /** A suspension of the instance by the beneficiary. */
    SUSPENSION,
    /** The beneficiary's resumption of an instance it suspended. */
    RESUMPTION,
    /** A waiver of the instance by the beneficiary. */
    WAIVER,
    /** An act a {@code MUST_NOT} obligation forbids, by its obligor. */
    FORBIDDEN_ACT
}
