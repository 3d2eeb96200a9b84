package dev.pacta.core.model;

import dev.pacta.core.time.Recurrence;
import dev.pacta.core.time.Span;

/**
 * The stable codes of an agreement's validation problems (and of a timeline's), one constant per code: the
 * catalogue of this family. {@code docs/json-format.md} lists exactly these codes, which a test checks.
 *
 * <p>Each code is the name of its constant, in upper-case words joined by underscores. Which rule group reports a
 * code is named in the validator's rule groups; the schedule rules and their one code are {@link Recurrence}'s own.
 */
public final class ValidationCodes {
    private ValidationCodes() {}

    /** A title, a party's name, a party's contact or a milestone's title is empty or only whitespace. */
    public static final String BLANK_TEXT = "BLANK_TEXT";

    /**
     * The zone is not {@code UTC} or an IANA {@code Area/Location} id whose area is one of Africa, America,
     * Antarctica, Arctic, Asia, Atlantic, Australia, Europe, Indian, Pacific ({@code Etc/UTC} is accepted as
     * {@code UTC}); abbreviations ({@code EST}, {@code CET}, {@code PST8PDT}), bare offsets ({@code +01:00}, any
     * {@code ZoneOffset} including {@code Z}), {@code GMT+1} / {@code UTC+1} forms, other {@code Etc/*} zones and
     * legacy ids such as {@code US/Eastern} are rejected.
     */
    public static final String INVALID_ZONE = "INVALID_ZONE";

    /** The end date is before the effective date (equal is a one-day agreement). */
    public static final String END_BEFORE_START = "END_BEFORE_START";

    /**
     * The agreement's value, an obligation's amount or a remedy's flat fee or base is not positive, or exceeds the
     * decimal bounds of {@link dev.pacta.core.money.Decimals}.
     */
    public static final String INVALID_AMOUNT = "INVALID_AMOUNT";

    /** Fewer than two parties. */
    public static final String TOO_FEW_PARTIES = "TOO_FEW_PARTIES";

    /** Two parties, two obligations, two milestones or two events of a timeline share an id (reported at the second). */
    public static final String DUPLICATE_ID = "DUPLICATE_ID";

    /** An obligor or beneficiary, or the party of a termination clause, is not a party of the agreement. */
    public static final String UNKNOWN_PARTY = "UNKNOWN_PARTY";

    /** An obligation's obligor is also its beneficiary. */
    public static final String SAME_PARTY = "SAME_PARTY";

    /**
     * A prerequisite, a milestone's {@code requires}, an {@code ON_FULFILMENT} / {@code ON_BREACH} trigger or an
     * {@code OBLIGATION} remedy names no declared obligation.
     */
    public static final String UNKNOWN_OBLIGATION = "UNKNOWN_OBLIGATION";

    /** An {@code ON_MILESTONE} trigger, a deadline's milestone or a milestone's {@code dependsOn} names no declared milestone. */
    public static final String UNKNOWN_MILESTONE = "UNKNOWN_MILESTONE";

    /**
     * An obligation is its own prerequisite, is triggered by its own fulfilment or breach, or is its own remedy; a
     * milestone depends on itself.
     */
    public static final String SELF_REFERENCE = "SELF_REFERENCE";

    /**
     * Prerequisites, milestone dependencies, or {@code ON_FULFILMENT} / {@code ON_BREACH} trigger chains form a cycle
     * of two or more; reported once per strongly connected group, at its first-declared member, naming the shortest
     * cycle through it ({@code a -> b -> a}).
     */
    public static final String CYCLE = "CYCLE";

    /** An event kind in {@code fulfilledBy} or an {@code ON_EVENT} trigger does not match {@link Event#KIND_FORM}. */
    public static final String INVALID_EVENT_KIND = "INVALID_EVENT_KIND";

    /**
     * {@code fulfilledBy} is empty on a {@code MUST_NOT} obligation (it names the forbidden act) or on a {@code MUST}
     * obligation that is not a payment.
     */
    public static final String NO_FULFILLING_EVENT = "NO_FULFILLING_EVENT";

    /**
     * A recurring trigger's schedule breaks one of the schedule rules, which are {@link Recurrence}'s own
     * ({@link Recurrence#problems(java.time.LocalDate)}): reported under the trigger's {@code recurrence} path with
     * the recurrence's code.
     */
    public static final String INVALID_RECURRENCE = Recurrence.INVALID_RECURRENCE;

    /**
     * A deadline offset, a grace period or a termination notice is negative or longer than ten years, bounded per
     * unit by {@link Span.Unit#maxAmount()}: 3650 calendar days, 2610 business days, 87600 hours, 522 weeks, 120
     * months.
     */
    public static final String OFFSET_OUT_OF_BOUNDS = "OFFSET_OUT_OF_BOUNDS";

    /** A deadline counts from the end date ({@code from} {@code END_DATE}) of an agreement without one. */
    public static final String MISSING_END_DATE = "MISSING_END_DATE";

    /**
     * A deadline counts before the instance's own anchor on an obligation that is not recurring: the deadline would
     * always fall before the instance comes into force (a recurring instance instead comes into force by its due
     * date).
     */
    public static final String DEADLINE_BEFORE_TRIGGER = "DEADLINE_BEFORE_TRIGGER";

    /** A fixed-date deadline is before the effective date. */
    public static final String DEADLINE_OUTSIDE_TERM = "DEADLINE_OUTSIDE_TERM";

    /** A payment obligation has neither {@code amount} nor {@code percentOfValue}. */
    public static final String PAYMENT_AMOUNT_MISSING = "PAYMENT_AMOUNT_MISSING";

    /** A payment obligation has both {@code amount} and {@code percentOfValue}. */
    public static final String PAYMENT_AMOUNT_AMBIGUOUS = "PAYMENT_AMOUNT_AMBIGUOUS";

    /** An obligation that is not a payment has an {@code amount} or a {@code percentOfValue}. */
    public static final String AMOUNT_ON_NON_PAYMENT = "AMOUNT_ON_NON_PAYMENT";

    /** An obligation has {@code percentOfValue} but the agreement has no value. */
    public static final String MISSING_VALUE = "MISSING_VALUE";

    /** {@code percentOfValue} is not in (0, 100] or exceeds the decimal bounds. */
    public static final String PERCENT_OUT_OF_RANGE = "PERCENT_OUT_OF_RANGE";

    /** The {@code percentOfValue} shares of the payment schedule do not sum to exactly 100. */
    public static final String SCHEDULE_NOT_100_PERCENT = "SCHEDULE_NOT_100_PERCENT";

    /**
     * An obligation's amount, or a remedy's flat fee or base, is in another currency than the agreement's value (or
     * than the obligation's amount).
     */
    public static final String CURRENCY_MISMATCH = "CURRENCY_MISMATCH";

    /**
     * A late fee has neither a flat fee nor a percentage, a penalty has no cap, or a remedy has an attribute out of range
     * (percentages in (0, 100], {@code per} from 1 unit to ten years, rights matching {@code [A-Z][A-Z0-9_]*}); or a
     * late-fee percentage, interest or a penalty without a base sits on an obligation that has no amount to apply
     * to.
     */
    public static final String INVALID_REMEDY = "INVALID_REMEDY";

    /**
     * An {@code OBLIGATION} remedy names an obligation whose trigger is not {@code ON_BREACH} of the obligation the
     * remedy belongs to.
     */
    public static final String REMEDY_OBLIGATION_NOT_TRIGGERED_BY_BREACH = "REMEDY_OBLIGATION_NOT_TRIGGERED_BY_BREACH";

    /** A milestone's target date is before the effective date. */
    public static final String TARGET_BEFORE_START = "TARGET_BEFORE_START";

    /** A metadata key is blank, longer than 64 characters or contains a control character; values are free text. */
    public static final String INVALID_METADATA = "INVALID_METADATA";
}
