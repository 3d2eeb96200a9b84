package dev.pacta.core.model;

import dev.pacta.core.Identifier;
import dev.pacta.core.Problem;
import dev.pacta.core.money.Decimals;
import dev.pacta.core.money.Money;
import dev.pacta.core.time.Recurrence;
import dev.pacta.core.time.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every cross-field check of an {@link Agreement}; {@code Agreement.build()} runs them all and reports every
 * problem at once in a {@link dev.pacta.core.ValidationException}.
 *
 * <p>Each problem has a stable code (the constants of this class), a path in model property names with zero-based
 * indexes ({@code obligations[2].deadline.offset.amount}, {@code metadata['key']}) and a one-sentence message
 * naming the owner and the ids involved. Problems are listed in the order of the agreement's structure: the
 * agreement's own attributes, parties, obligations, milestones, then the checks across them (cycles, the payment
 * schedule) and the metadata.
 *
 * <table>
 *   <caption>Codes</caption>
 *   <tr><th>code</th><th>meaning</th></tr>
 *   <tr><td>{@code BLANK_TEXT}</td><td>a title, a party's name or a party's contact is empty or only
 *       whitespace</td></tr>
 *   <tr><td>{@code INVALID_ZONE}</td><td>the zone is not {@code UTC} or an IANA {@code Area/Location} id whose area
 *       is one of Africa, America, Antarctica, Arctic, Asia, Atlantic, Australia, Europe, Indian, Pacific
 *       ({@code Etc/UTC} is accepted as {@code UTC}); abbreviations ({@code EST}, {@code CET}, {@code PST8PDT}),
 *       bare offsets ({@code +01:00}, any {@code ZoneOffset} including {@code Z}), {@code GMT+1} /
 *       {@code UTC+1} forms, other {@code Etc/*} zones and legacy ids such as {@code US/Eastern} are
 *       rejected</td></tr>
 *   <tr><td>{@code END_BEFORE_START}</td><td>the end date is before the effective date (equal is a one-day
 *       agreement)</td></tr>
 *   <tr><td>{@code INVALID_AMOUNT}</td><td>the agreement's value, an obligation's amount or a remedy's flat fee or
 *       base is not positive, or exceeds the decimal bounds of {@link Decimals}</td></tr>
 *   <tr><td>{@code TOO_FEW_PARTIES}</td><td>fewer than two parties</td></tr>
 *   <tr><td>{@code DUPLICATE_ID}</td><td>two parties, two obligations or two milestones share an id (reported at
 *       the second)</td></tr>
 *   <tr><td>{@code UNKNOWN_PARTY}</td><td>an obligor or beneficiary, or the party of a termination clause, is not a
 *       party of the agreement</td></tr>
 *   <tr><td>{@code SAME_PARTY}</td><td>an obligation's obligor is also its beneficiary</td></tr>
 *   <tr><td>{@code UNKNOWN_OBLIGATION}</td><td>a prerequisite, a milestone's {@code requires}, an
 *       {@code ON_FULFILMENT} / {@code ON_BREACH} trigger or an {@code OBLIGATION} remedy names no declared
 *       obligation</td></tr>
 *   <tr><td>{@code UNKNOWN_MILESTONE}</td><td>an {@code ON_MILESTONE} trigger, a deadline's milestone or a
 *       milestone's {@code dependsOn}
 *       names no declared milestone</td></tr>
 *   <tr><td>{@code SELF_REFERENCE}</td><td>an obligation is its own prerequisite, is triggered by its own fulfilment
 *       or breach, or is its own remedy; a milestone depends on itself</td></tr>
 *   <tr><td>{@code CYCLE}</td><td>prerequisites, milestone dependencies, or {@code ON_FULFILMENT} /
 *       {@code ON_BREACH} trigger chains form a cycle of two or more; reported once per strongly connected group,
 *       at its first-declared member, naming the shortest cycle through it ({@code a -> b -> a})</td></tr>
 *   <tr><td>{@code INVALID_EVENT_KIND}</td><td>an event kind in {@code fulfilledBy} or an {@code ON_EVENT}
 *       trigger does not match {@link Event#KIND_FORM}</td></tr>
 *   <tr><td>{@code NO_FULFILLING_EVENT}</td><td>{@code fulfilledBy} is empty on a {@code MUST_NOT} obligation (it
 *       names the forbidden act) or on a {@code MUST} obligation that is not a payment</td></tr>
 *   <tr><td>{@code INVALID_RECURRENCE}</td><td>a recurring trigger's schedule is malformed: interval below 1 or
 *       above ten years (3650 days, 522 weeks, 120 months, 10 years), count below 1, day of month outside 1..31,
 *       a weekday on a non-weekly schedule, a day of month on a daily or weekly one, last business day on a
 *       non-monthly one or together with a day of month, or an end ({@code until}) before its start (the
 *       schedule's start, else the effective date)</td></tr>
 *   <tr><td>{@code OFFSET_OUT_OF_BOUNDS}</td><td>a deadline offset, a grace period or a termination notice is negative or longer than
 *       ten years, bounded per unit by {@link Span.Unit#maxAmount()}: 3650 calendar days, 2610 business days,
 *       87600 hours, 522 weeks, 120 months</td></tr>
 *   <tr><td>{@code MISSING_END_DATE}</td><td>a deadline counts from the end date ({@code from} {@code END_DATE}) of
 *       an agreement without one</td></tr>
 *   <tr><td>{@code DEADLINE_BEFORE_TRIGGER}</td><td>a deadline counts before the instance's own anchor on an
 *       obligation that is not recurring: the deadline would always fall before the instance comes into force (a
 *       recurring instance instead comes into force by its due date)</td></tr>
 *   <tr><td>{@code DEADLINE_OUTSIDE_TERM}</td><td>a fixed-date deadline is before the effective date</td></tr>
 *   <tr><td>{@code PAYMENT_AMOUNT_MISSING}</td><td>a payment obligation has neither {@code amount} nor
 *       {@code percentOfValue}</td></tr>
 *   <tr><td>{@code PAYMENT_AMOUNT_AMBIGUOUS}</td><td>a payment obligation has both</td></tr>
 *   <tr><td>{@code AMOUNT_ON_NON_PAYMENT}</td><td>an obligation that is not a payment has an {@code amount} or a
 *       {@code percentOfValue}</td></tr>
 *   <tr><td>{@code MISSING_VALUE}</td><td>an obligation has {@code percentOfValue} but the agreement has no
 *       value</td></tr>
 *   <tr><td>{@code PERCENT_OUT_OF_RANGE}</td><td>{@code percentOfValue} is not in (0, 100] or exceeds the decimal
 *       bounds</td></tr>
 *   <tr><td>{@code SCHEDULE_NOT_100_PERCENT}</td><td>the {@code percentOfValue} shares of the payment schedule do
 *       not sum to exactly 100</td></tr>
 *   <tr><td>{@code CURRENCY_MISMATCH}</td><td>an obligation's amount, or a remedy's flat fee or base, is in another
 *       currency than the agreement's value (or than the obligation's amount)</td></tr>
 *   <tr><td>{@code INVALID_REMEDY}</td><td>a late fee has neither a flat fee nor a percentage, or a remedy has an
 *       attribute out of range (percentages in (0, 100], {@code per} from 1 unit to ten years, rights
 *       matching {@code [A-Z][A-Z0-9_]*}); or a late-fee percentage, interest or a penalty without a base sits on
 *       an obligation that has no amount to apply to</td></tr>
 *   <tr><td>{@code REMEDY_OBLIGATION_NOT_TRIGGERED_BY_BREACH}</td><td>an {@code OBLIGATION} remedy names an
 *       obligation whose trigger is not {@code ON_BREACH} of the obligation the remedy belongs to</td></tr>
 *   <tr><td>{@code TARGET_BEFORE_START}</td><td>a milestone's target date is before the effective date</td></tr>
 *   <tr><td>{@code INVALID_METADATA}</td><td>a metadata key is blank, longer than 64 characters or contains a
 *       control character; values are free text</td></tr>
 * </table>
 *
 * <p>Decisions where the design is silent:
 * <ul>
 *   <li>Grace periods may be in any unit, hours included ("24 hours' grace").
 *   <li>Amounts and percentages belong to payments only: on any other obligation the engine would ignore them, so
 *       they are rejected; a penalty on a deliverable states its {@code base}.
 *   <li>A fixed-date deadline after the end date is allowed: surviving obligations (a final invoice, the return of
 *       materials) are often due after the end.
 *   <li>The payment schedule is every obligation with {@code percentOfValue} except those triggered
 *       {@code ON_BREACH}, which are contingent remedies rather than shares of the price. Its sum is checked only
 *       when the agreement has a value and every share is itself in range, so that one mistake is reported
 *       once.
 *   <li>The agreement's business calendar is only an id here; whether a calendar has any business day is checked
 *       by the calendar itself when it is built.
 * </ul>
 * The checks are linear in the size of the agreement (hash maps, one strongly-connected-components pass per
 * graph), since every {@code Agreement.build()} runs them.
 */
public final class AgreementValidator {
    /** A title, name or contact is blank. */
    public static final String BLANK_TEXT = "BLANK_TEXT";
    /** The zone is not UTC or an IANA Area/Location id. */
    public static final String INVALID_ZONE = "INVALID_ZONE";
    /** The end date is before the effective date. */
    public static final String END_BEFORE_START = "END_BEFORE_START";
    /** An amount of money is not positive or out of bounds. */
    public static final String INVALID_AMOUNT = "INVALID_AMOUNT";
    /** Fewer than two parties. */
    public static final String TOO_FEW_PARTIES = "TOO_FEW_PARTIES";
    /** Two parties, obligations or milestones share an id. */
    public static final String DUPLICATE_ID = "DUPLICATE_ID";
    /** An obligor or beneficiary is not a party. */
    public static final String UNKNOWN_PARTY = "UNKNOWN_PARTY";
    /** An obligation's obligor is its beneficiary. */
    public static final String SAME_PARTY = "SAME_PARTY";
    /** A reference names no declared obligation. */
    public static final String UNKNOWN_OBLIGATION = "UNKNOWN_OBLIGATION";
    /** A reference names no declared milestone. */
    public static final String UNKNOWN_MILESTONE = "UNKNOWN_MILESTONE";
    /** An obligation or milestone refers to itself. */
    public static final String SELF_REFERENCE = "SELF_REFERENCE";
    /** Prerequisites, milestone dependencies or trigger chains form a cycle. */
    public static final String CYCLE = "CYCLE";
    /** An event kind does not match {@link Event#KIND_FORM}. */
    public static final String INVALID_EVENT_KIND = "INVALID_EVENT_KIND";
    /** An obligation names no fulfilling (or forbidden) event kind. */
    public static final String NO_FULFILLING_EVENT = "NO_FULFILLING_EVENT";
    /** A recurrence schedule is malformed. */
    public static final String INVALID_RECURRENCE = Recurrence.INVALID_RECURRENCE;
    /** A deadline offset or grace period is negative or longer than ten years. */
    public static final String OFFSET_OUT_OF_BOUNDS = "OFFSET_OUT_OF_BOUNDS";
    /** A deadline counts from the end date of an agreement that has none. */
    public static final String MISSING_END_DATE = "MISSING_END_DATE";
    /** A deadline counts before the trigger of an obligation that is not recurring. */
    public static final String DEADLINE_BEFORE_TRIGGER = "DEADLINE_BEFORE_TRIGGER";
    /** A fixed-date deadline is before the effective date. */
    public static final String DEADLINE_OUTSIDE_TERM = "DEADLINE_OUTSIDE_TERM";
    /** A payment obligation has no amount. */
    public static final String PAYMENT_AMOUNT_MISSING = "PAYMENT_AMOUNT_MISSING";
    /** A payment obligation has both an amount and a percentage. */
    public static final String PAYMENT_AMOUNT_AMBIGUOUS = "PAYMENT_AMOUNT_AMBIGUOUS";
    /** An obligation that is not a payment has an amount or a percentage. */
    public static final String AMOUNT_ON_NON_PAYMENT = "AMOUNT_ON_NON_PAYMENT";
    /** A percentage of value without an agreement value. */
    public static final String MISSING_VALUE = "MISSING_VALUE";
    /** A percentage of value out of (0, 100]. */
    public static final String PERCENT_OUT_OF_RANGE = "PERCENT_OUT_OF_RANGE";
    /** The payment schedule does not sum to 100 %. */
    public static final String SCHEDULE_NOT_100_PERCENT = "SCHEDULE_NOT_100_PERCENT";
    /** An amount is in another currency than the agreement's. */
    public static final String CURRENCY_MISMATCH = "CURRENCY_MISMATCH";
    /** A remedy's attributes do not fit its kind. */
    public static final String INVALID_REMEDY = "INVALID_REMEDY";
    /** An obligation remedy names an obligation not triggered by this one's breach. */
    public static final String REMEDY_OBLIGATION_NOT_TRIGGERED_BY_BREACH = "REMEDY_OBLIGATION_NOT_TRIGGERED_BY_BREACH";
    /** A milestone's target date is before the effective date. */
    public static final String TARGET_BEFORE_START = "TARGET_BEFORE_START";
    /** A metadata key is not sane. */
    public static final String INVALID_METADATA = "INVALID_METADATA";

    private static final Set<String> AREAS = Set.of(
            "Africa",
            "America",
            "Antarctica",
            "Arctic",
            "Asia",
            "Atlantic",
            "Australia",
            "Europe",
            "Indian",
            "Pacific");
    private static final Pattern AREA_LOCATION = Pattern.compile("([A-Z][a-z]+)(?:/[A-Za-z][A-Za-z0-9_+-]*){1,2}");
    private static final Pattern RIGHT_FORM = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Agreement agreement;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<PartyId, Integer> parties = new HashMap<>();
    private final Map<ObligationId, Integer> obligations = new HashMap<>();
    private final Map<MilestoneId, Integer> milestones = new HashMap<>();

    private AgreementValidator(Agreement agreement) {
        this.agreement = agreement;
    }

    /**
     * Every problem of an agreement under construction, in the order of its structure.
     *
     * @param agreement the agreement to check (built but not yet published by its builder)
     * @return the problems, empty if the agreement is valid
     */
    static List<Problem> problems(Agreement agreement) {
        AgreementValidator validator = new AgreementValidator(agreement);
        validator.run();
        return validator.problems;
    }

    private void run() {
        // The agreement's own attributes.
        blank(agreement.title(), "title", "agreement '" + agreement.id() + "': title");
        zone();
        agreement.endDate().ifPresent(end -> {
            if (end.isBefore(agreement.effectiveDate())) {
                add(
                        END_BEFORE_START,
                        "endDate",
                        "agreement '" + agreement.id() + "': end date " + end
                                + " is before the effective date " + agreement.effectiveDate()
                                + "; expected the same day or later");
            }
        });
        agreement.value().ifPresent(v -> money(v, "value", "agreement '" + agreement.id() + "': value"));

        index(agreement.parties(), Party::id, parties);
        index(agreement.obligations(), Obligation::id, obligations);
        index(agreement.milestones(), Milestone::id, milestones);

        if (agreement.parties().size() < 2) {
            add(
                    TOO_FEW_PARTIES,
                    "parties",
                    "agreement '" + agreement.id() + "': " + agreement.parties().size()
                            + (agreement.parties().size() == 1 ? " party" : " parties")
                            + " declared; expected at least two, e.g. a client and a provider");
        }
        for (int i = 0; i < agreement.parties().size(); i++) {
            Party party = agreement.parties().get(i);
            String path = "parties[" + i + "]";
            duplicate(party.id(), i, parties, "parties", "party");
            blank(party.name(), path + ".name", "party '" + party.id() + "': name");
            party.contact().ifPresent(c -> blank(c, path + ".contact", "party '" + party.id() + "': contact"));
        }
        for (int i = 0; i < agreement.obligations().size(); i++) {
            obligation(i, agreement.obligations().get(i));
        }
        for (int m = 0; m < agreement.milestones().size(); m++) {
            milestone(m, agreement.milestones().get(m));
        }
        for (int c = 0; c < agreement.terminationClauses().size(); c++) {
            terminationClause(c, agreement.terminationClauses().get(c));
        }
        cycles();
        schedule();
        metadata();
    }

    /** A termination clause names a party of the agreement (if any) and a notice within bounds. */
    private void terminationClause(int c, TerminationClause clause) {
        String path = "terminationClauses[" + c + "]";
        clause.party().ifPresent(p -> {
            if (!parties.containsKey(p)) {
                add(
                        UNKNOWN_PARTY,
                        path + ".party",
                        "termination clause " + (c + 1) + ": party '" + p + "' is not a party of agreement '"
                                + agreement.id() + "'; parties are "
                                + agreement.parties().stream().map(Party::id).toList());
            }
        });
        span(clause.notice(), path + ".notice", "termination clause " + (c + 1) + ": notice");
    }

    // ---------------------------------------------------------------- agreement

    private void zone() {
        ZoneId zone = agreement.zone();
        String id = zone.getId();
        boolean valid;
        if (zone instanceof ZoneOffset) {
            valid = false;
        } else if (id.equals("UTC") || id.equals("Etc/UTC")) {
            valid = true;
        } else {
            Matcher m = AREA_LOCATION.matcher(id);
            valid = m.matches() && AREAS.contains(m.group(1));
        }
        if (!valid) {
            add(
                    INVALID_ZONE,
                    "zone",
                    "agreement '" + agreement.id() + "': zone '" + id
                            + "' is not valid; expected UTC or an IANA Area/Location id such as Europe/Madrid, not an"
                            + " abbreviation or an offset");
        }
    }

    /** Indexes items by id (first declaration wins); duplicates are reported where they occur. */
    private static <T, K extends Identifier> void index(List<T> items, Function<T, K> idOf, Map<K, Integer> index) {
        for (int i = 0; i < items.size(); i++) {
            index.putIfAbsent(idOf.apply(items.get(i)), i);
        }
    }

    private void duplicate(Identifier id, int i, Map<? extends Identifier, Integer> index, String path, String what) {
        int first = index.get(id);
        if (first != i) {
            add(
                    DUPLICATE_ID,
                    path + "[" + i + "].id",
                    "agreement '" + agreement.id() + "': " + what + " id '" + id + "' is used twice, first at " + path
                            + "[" + first + "]");
        }
    }

    private void metadata() {
        for (String key : agreement.metadata().keySet()) {
            String reason = key.isBlank()
                    ? "is blank"
                    : key.length() > 64
                            ? "is " + key.length() + " characters long"
                            : key.chars().anyMatch(Character::isISOControl) ? "contains a control character" : null;
            if (reason != null) {
                add(
                        INVALID_METADATA,
                        "metadata['" + abbreviate(key) + "']",
                        "agreement '" + agreement.id()
                                + "': metadata key '" + abbreviate(key) + "' " + reason
                                + "; expected a non-blank key of at most 64 characters without control characters");
            }
        }
    }

    // ---------------------------------------------------------------- obligations

    private void obligation(int i, Obligation o) {
        String path = "obligations[" + i + "]";
        String owner = "obligation '" + o.id() + "'";
        duplicate(o.id(), i, obligations, "obligations", "obligation");
        // Paths and messages are built only when a check fails: this runs on every Agreement.build().
        if (o.title().isBlank()) {
            blank(o.title(), path + ".title", owner + ": title");
        }
        if (!parties.containsKey(o.obligor())) {
            party(o, o.obligor(), "obligor", path + ".obligor");
        }
        if (!parties.containsKey(o.beneficiary())) {
            party(o, o.beneficiary(), "beneficiary", path + ".beneficiary");
        }
        if (o.obligor().equals(o.beneficiary())) {
            add(
                    SAME_PARTY,
                    path + ".beneficiary",
                    owner + ": beneficiary '" + o.beneficiary()
                            + "' is also the obligor; expected a duty owed to another party");
        }
        trigger(o, o.trigger(), path + ".trigger", owner);
        deadline(o, o.deadline(), path + ".deadline", owner);
        fulfilledBy(o, path, owner);
        if (o.grace().isPresent() && !inBounds(o.grace().get())) {
            span(o.grace().get(), path + ".grace", owner + ": grace");
        }
        for (int j = 0; j < o.prerequisites().size(); j++) {
            ObligationId p = o.prerequisites().get(j);
            if (p.equals(o.id())) {
                add(SELF_REFERENCE, path + ".prerequisites[" + j + "]", owner + ": lists itself as a prerequisite");
            } else if (!obligations.containsKey(p)) {
                knownObligation(p, path + ".prerequisites[" + j + "]", owner + ": prerequisite");
            }
        }
        amounts(o, path, owner);
        for (int k = 0; k < o.remedies().size(); k++) {
            remedy(o, o.remedies().get(k), path + ".remedies[" + k + "]", owner);
        }
    }

    private void party(Obligation o, PartyId party, String role, String path) {
        if (!parties.containsKey(party)) {
            add(
                    UNKNOWN_PARTY,
                    path,
                    "obligation '" + o.id() + "': " + role + " '" + party
                            + "' is not a party of agreement '" + agreement.id() + "'; parties are "
                            + agreement.parties().stream().map(Party::id).toList());
        }
    }

    private void trigger(Obligation o, Trigger t, String path, String owner) {
        switch (t.kind()) {
            case ON_EVENT -> {
                String kind = ((Trigger.OnEvent) t).eventKind();
                if (!validKind(kind)) {
                    eventKind(kind, path + ".eventKind", owner + ": trigger");
                }
            }
            case ON_MILESTONE -> {
                MilestoneId m = ((Trigger.OnMilestone) t).milestone();
                if (!milestones.containsKey(m)) {
                    add(
                            UNKNOWN_MILESTONE,
                            path + ".milestone",
                            owner + ": trigger milestone '" + m
                                    + "' is not a milestone of agreement '" + agreement.id() + "'; milestones are "
                                    + agreement.milestones().stream()
                                            .map(Milestone::id)
                                            .toList());
                }
            }
            case ON_FULFILMENT, ON_BREACH -> {
                ObligationId other = chainedTo(t);
                if (other.equals(o.id())) {
                    add(
                            SELF_REFERENCE,
                            path + ".obligation",
                            owner + ": is triggered by its own "
                                    + (t.kind() == Trigger.Kind.ON_BREACH ? "breach" : "fulfilment"));
                } else if (!obligations.containsKey(other)) {
                    knownObligation(other, path + ".obligation", owner + ": trigger");
                }
            }
            case RECURRING -> recurrence(((Trigger.Recurring) t).recurrence(), path + ".recurrence", owner);
            case ON_EFFECTIVE_DATE -> {
                // Nothing to check: the effective date always exists.
            }
        }
    }

    /** The obligation an {@code ON_FULFILMENT} or {@code ON_BREACH} trigger names, or null for other triggers. */
    private static ObligationId chainedTo(Trigger t) {
        return t instanceof Trigger.OnFulfilment f
                ? f.obligation()
                : t instanceof Trigger.OnBreach b ? b.obligation() : null;
    }

    /** The schedule rules are the recurrence's own ({@link Recurrence#problems(LocalDate)}), reported here. */
    private void recurrence(Recurrence r, String path, String owner) {
        for (Problem p : r.problems(agreement.effectiveDate())) {
            add(p.code(), path + "." + p.path(), owner + ": " + p.message());
        }
    }

    private void deadline(Obligation o, DeadlineRule rule, String path, String owner) {
        switch (rule.kind()) {
            case OFFSET, BEFORE -> {
                DeadlineRule.Offset offset = (DeadlineRule.Offset) rule;
                if (!inBounds(offset.offset())) {
                    span(offset.offset(), path + ".offset", owner + ": deadline offset");
                }
                reference(o, offset, path, owner);
            }
            case FIXED_DATE -> {
                LocalDate date = ((DeadlineRule.OnDate) rule).date();
                if (date.isBefore(agreement.effectiveDate())) {
                    add(
                            DEADLINE_OUTSIDE_TERM,
                            path + ".date",
                            owner + ": deadline " + date
                                    + " is before the effective date " + agreement.effectiveDate()
                                    + " of agreement '" + agreement.id() + "'; expected that date or later");
                }
            }
            case OPEN -> {
                // No deadline: nothing to check.
            }
        }
    }

    /** What an offset counts from must exist, and an offset before the instance's own anchor must be able to fit. */
    private void reference(Obligation o, DeadlineRule.Offset rule, String path, String owner) {
        switch (rule.reference()) {
            case END_DATE -> {
                if (agreement.endDate().isEmpty()) {
                    add(
                            MISSING_END_DATE,
                            path + ".from",
                            owner + ": deadline counts from the end date, but agreement '" + agreement.id()
                                    + "' has none; expected an end date, or another reference");
                }
            }
            case MILESTONE_TARGET -> {
                MilestoneId m = rule.milestone().orElseThrow();
                if (!milestones.containsKey(m)) {
                    add(
                            UNKNOWN_MILESTONE,
                            path + ".milestone",
                            owner + ": deadline milestone '" + m + "' is not a milestone of agreement '"
                                    + agreement.id() + "'; milestones are "
                                    + agreement.milestones().stream()
                                            .map(Milestone::id)
                                            .toList());
                }
            }
            case ANCHOR -> {
                // Before its own anchor, only a recurring instance can be in force in time (from its due date).
                if (rule instanceof DeadlineRule.Before && o.trigger().kind() != Trigger.Kind.RECURRING) {
                    add(
                            DEADLINE_BEFORE_TRIGGER,
                            path + ".direction",
                            owner + ": deadline " + rule + " falls before the " + o.trigger()
                                    + " that brings each instance into force; expected a deadline after it, or before"
                                    + " the end date or a milestone's target");
                }
            }
        }
    }

    private static boolean inBounds(Span span) {
        return span.amount() >= 0 && span.amount() <= span.unit().maxAmount();
    }

    private void span(Span span, String path, String what) {
        long max = span.unit().maxAmount();
        if (!inBounds(span)) {
            add(
                    OFFSET_OUT_OF_BOUNDS,
                    path + ".amount",
                    what + " " + span + " is out of bounds; expected 0 to " + max + " "
                            + span.unit().label(max) + " (ten years)");
        }
    }

    private void fulfilledBy(Obligation o, String path, String owner) {
        if (o.fulfilledBy().isEmpty()) {
            if (o.modality() == Modality.MUST_NOT) {
                add(
                        NO_FULFILLING_EVENT,
                        path + ".fulfilledBy",
                        owner
                                + ": fulfilledBy is empty; expected the event kinds of the forbidden act, e.g. secret.disclosed");
            } else if (o.category() != Category.PAYMENT) {
                add(
                        NO_FULFILLING_EVENT,
                        path + ".fulfilledBy",
                        owner
                                + ": fulfilledBy is empty; expected the event kinds that fulfil it, e.g. content.delivered");
            }
        }
        for (int j = 0; j < o.fulfilledBy().size(); j++) {
            if (!validKind(o.fulfilledBy().get(j))) {
                eventKind(o.fulfilledBy().get(j), path + ".fulfilledBy[" + j + "]", owner + ": fulfilling");
            }
        }
    }

    private static boolean validKind(String kind) {
        return Event.isKind(kind);
    }

    private void eventKind(String kind, String path, String what) {
        if (!validKind(kind)) {
            add(
                    INVALID_EVENT_KIND,
                    path,
                    what + " event kind '" + abbreviate(kind)
                            + "' is not valid; expected lower-case words such as content.delivered");
        }
    }

    private void knownObligation(ObligationId id, String path, String what) {
        if (!obligations.containsKey(id)) {
            add(
                    UNKNOWN_OBLIGATION,
                    path,
                    what + " '" + id + "' is not an obligation of agreement '" + agreement.id() + "'");
        }
    }

    // ---------------------------------------------------------------- amounts

    /** The currency amounts of an obligation are in: its amount's, else the agreement value's. */
    private Optional<Currency> currencyOf(Obligation o) {
        return o.amount().or(agreement::value).map(Money::currency);
    }

    /**
     * Whether an obligation's instances have an amount a percentage can apply to; payments always do (a payment
     * without one is reported as {@code PAYMENT_AMOUNT_MISSING}, once).
     */
    private static boolean hasAmount(Obligation o) {
        return o.category() == Category.PAYMENT
                || o.amount().isPresent()
                || o.percentOfValue().isPresent();
    }

    private void amounts(Obligation o, String path, String owner) {
        boolean payment = o.category() == Category.PAYMENT;
        if (payment && o.amount().isEmpty() && o.percentOfValue().isEmpty()) {
            add(
                    PAYMENT_AMOUNT_MISSING,
                    path + ".amount",
                    owner + ": payment has neither amount nor percentOfValue; expected exactly one");
        } else if (payment && o.amount().isPresent() && o.percentOfValue().isPresent()) {
            add(
                    PAYMENT_AMOUNT_AMBIGUOUS,
                    path + ".percentOfValue",
                    owner + ": payment has both amount "
                            + o.amount().get() + " and percentOfValue "
                            + text(o.percentOfValue().get())
                            + "; expected exactly one");
        }
        if (!payment && o.amount().isPresent()) {
            add(
                    AMOUNT_ON_NON_PAYMENT,
                    path + ".amount",
                    owner + ": amount " + o.amount().get() + " on a " + o.category()
                            + " obligation; expected amounts only on PAYMENT obligations");
        }
        if (!payment && o.percentOfValue().isPresent()) {
            add(
                    AMOUNT_ON_NON_PAYMENT,
                    path + ".percentOfValue",
                    owner + ": percentOfValue "
                            + text(o.percentOfValue().get()) + " on a " + o.category()
                            + " obligation; expected percentages only on PAYMENT obligations");
        }
        o.amount().ifPresent(a -> {
            money(a, path + ".amount", owner + ": amount");
            agreement.value().ifPresent(v -> {
                if (!v.currency().equals(a.currency())) {
                    add(
                            CURRENCY_MISMATCH,
                            path + ".amount",
                            owner + ": amount " + a + " is in "
                                    + a.currency() + " but agreement '" + agreement.id() + "' has value " + v
                                    + "; expected " + v.currency());
                }
            });
        });
        o.percentOfValue().ifPresent(p -> {
            if (!percentInRange(p)) {
                add(
                        PERCENT_OUT_OF_RANGE,
                        path + ".percentOfValue",
                        owner + ": percentOfValue " + text(p)
                                + " is out of range; expected more than 0 and at most 100");
            }
            if (agreement.value().isEmpty()) {
                add(
                        MISSING_VALUE,
                        path + ".percentOfValue",
                        owner + ": percentOfValue " + text(p) + " needs a value, but agreement '" + agreement.id()
                                + "' has none");
            }
        });
    }

    private void money(Money money, String path, String what) {
        BigDecimal amount = money.amount();
        if (!bounded(amount)) {
            add(
                    INVALID_AMOUNT,
                    path,
                    what + " " + money.currency() + " " + amount
                            + " is out of bounds; expected at most " + Decimals.MAX_PRECISION
                            + " digits and a magnitude below 1e" + Decimals.MAX_EXPONENT);
        } else if (amount.signum() <= 0) {
            add(INVALID_AMOUNT, path, what + " " + money + " is not positive; expected an amount above zero");
        }
    }

    private void schedule() {
        if (agreement.value().isEmpty()) {
            return;
        }
        List<Obligation> shares = new ArrayList<>();
        for (Obligation o : agreement.obligations()) {
            if (o.percentOfValue().isPresent() && o.trigger().kind() != Trigger.Kind.ON_BREACH) {
                if (!percentInRange(o.percentOfValue().get())) {
                    return; // reported as PERCENT_OUT_OF_RANGE; a sum would only repeat it
                }
                shares.add(o);
            }
        }
        if (shares.isEmpty()) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Obligation o : shares) {
            sum = sum.add(o.percentOfValue().get());
        }
        if (sum.compareTo(HUNDRED) != 0) {
            StringBuilder list = new StringBuilder();
            for (Obligation o : shares) {
                list.append(list.length() == 0 ? "" : ", ")
                        .append(o.id())
                        .append(' ')
                        .append(text(o.percentOfValue().get()))
                        .append(" %");
            }
            add(
                    SCHEDULE_NOT_100_PERCENT,
                    "obligations",
                    "agreement '" + agreement.id()
                            + "': payment schedule shares sum to " + text(sum)
                            + " %; expected exactly 100 %; shares are ["
                            + list + "]");
        }
    }

    // ---------------------------------------------------------------- remedies

    private void remedy(Obligation o, Remedy r, String path, String owner) {
        String what = owner + ": remedy " + r.kind();
        // Each kind holds only its own attributes, and the ones it needs (the sealed subtypes): the values are checked.
        switch (r.kind()) {
            case LATE_FEE -> {
                Remedy.LateFee fee = (Remedy.LateFee) r;
                if (fee.flat().isEmpty() && fee.percent().isEmpty()) {
                    add(INVALID_REMEDY, path, what + " has neither flat nor percent; expected one or both");
                }
                fee.flat().ifPresent(f -> remedyMoney(o, f, path + ".flat", what + " flat"));
                fee.percent().ifPresent(p -> {
                    percent(p, path + ".percent", what + " percent");
                    if (!hasAmount(o)) {
                        add(
                                INVALID_REMEDY,
                                path + ".percent",
                                what + " percent " + text(p)
                                        + " has no amount to apply to; expected it only on an obligation with an amount");
                    }
                });
            }
            case INTEREST -> {
                percent(((Remedy.Interest) r).annualRatePercent(), path + ".annualRatePercent", what + " rate");
                if (!hasAmount(o)) {
                    add(
                            INVALID_REMEDY,
                            path,
                            what + " has no amount to accrue on; expected it only on an"
                                    + " obligation with an amount");
                }
            }
            case PENALTY -> {
                Remedy.Penalty penalty = (Remedy.Penalty) r;
                if (penalty.capPercent().isEmpty()) {
                    add(INVALID_REMEDY, path + ".capPercent", what + " needs 'capPercent'");
                }
                percent(penalty.percent(), path + ".percent", what + " percent");
                penalty.capPercent().ifPresent(p -> percent(p, path + ".capPercent", what + " cap"));
                Span per = penalty.per();
                long max = per.unit().maxAmount();
                if (per.amount() < 1 || per.amount() > max) {
                    add(
                            INVALID_REMEDY,
                            path + ".per.amount",
                            what + " per " + per + " is out of range; expected 1 to " + max + " "
                                    + per.unit().label(max));
                }
                penalty.base().ifPresent(b -> remedyMoney(o, b, path + ".base", what + " base"));
                if (penalty.base().isEmpty() && !hasAmount(o)) {
                    add(
                            INVALID_REMEDY,
                            path + ".base",
                            what + " has no base and obligation '" + o.id() + "' has no amount; expected a base");
                }
            }
            case OBLIGATION ->
                remedyObligation(o, ((Remedy.RemedyObligation) r).obligation(), path + ".obligation", what);
            case RIGHT -> {
                Remedy.Right granted = (Remedy.Right) r;
                String right = granted.right();
                if (!RIGHT_FORM.matcher(right).matches()) {
                    add(
                            INVALID_REMEDY,
                            path + ".right",
                            what + " '" + abbreviate(right)
                                    + "' is not valid; expected an upper-case word such as SUSPEND_WORK or TERMINATE");
                }
                // Only a suspension has something to end when the breach is cured.
                if (granted.untilCured() && !right.equals(Remedy.SUSPEND_WORK)) {
                    add(
                            INVALID_REMEDY,
                            path + ".untilCured",
                            what + " '" + abbreviate(right) + "' cannot end when cured; expected untilCured only"
                                    + " with the right " + Remedy.SUSPEND_WORK);
                }
            }
        }
    }

    private void remedyObligation(Obligation o, ObligationId id, String path, String what) {
        if (id.equals(o.id())) {
            add(SELF_REFERENCE, path, what + " names obligation '" + id + "' itself");
            return;
        }
        Integer index = obligations.get(id);
        if (index == null) {
            add(
                    UNKNOWN_OBLIGATION,
                    path,
                    what + " obligation '" + id + "' is not an obligation of agreement '" + agreement.id() + "'");
            return;
        }
        Trigger t = agreement.obligations().get(index).trigger();
        if (!(t instanceof Trigger.OnBreach breach) || !breach.obligation().equals(o.id())) {
            add(
                    REMEDY_OBLIGATION_NOT_TRIGGERED_BY_BREACH,
                    path,
                    what + " names obligation '" + id + "', whose trigger is " + t + "; expected on breach of "
                            + o.id());
        }
    }

    private void remedyMoney(Obligation o, Money money, String path, String what) {
        money(money, path, what);
        currencyOf(o).ifPresent(c -> {
            if (!c.equals(money.currency())) {
                add(
                        CURRENCY_MISMATCH,
                        path,
                        what + " " + money + " is in " + money.currency() + " but obligation '" + o.id() + "' is in "
                                + c + "; expected " + c);
            }
        });
    }

    private void percent(BigDecimal p, String path, String what) {
        if (!percentInRange(p)) {
            add(INVALID_REMEDY, path, what + " " + text(p) + " is out of range; expected more than 0 and at most 100");
        }
    }

    // ---------------------------------------------------------------- milestones

    private void milestone(int m, Milestone milestone) {
        String path = "milestones[" + m + "]";
        String owner = "milestone '" + milestone.id() + "'";
        duplicate(milestone.id(), m, milestones, "milestones", "milestone");
        if (milestone.title().isBlank()) {
            blank(milestone.title(), path + ".title", owner + ": title");
        }
        if (milestone.target().isBefore(agreement.effectiveDate())) {
            add(
                    TARGET_BEFORE_START,
                    path + ".target",
                    owner + ": target " + milestone.target()
                            + " is before the effective date " + agreement.effectiveDate() + " of agreement '"
                            + agreement.id() + "'; expected that date or later");
        }
        for (int j = 0; j < milestone.requires().size(); j++) {
            if (!obligations.containsKey(milestone.requires().get(j))) {
                knownObligation(milestone.requires().get(j), path + ".requires[" + j + "]", owner + ": required");
            }
        }
        for (int j = 0; j < milestone.dependsOn().size(); j++) {
            MilestoneId other = milestone.dependsOn().get(j);
            if (other.equals(milestone.id())) {
                add(SELF_REFERENCE, path + ".dependsOn[" + j + "]", owner + ": depends on itself");
            } else if (!milestones.containsKey(other)) {
                add(
                        UNKNOWN_MILESTONE,
                        path + ".dependsOn[" + j + "]",
                        owner + ": depends on milestone '" + other
                                + "', which is not a milestone of agreement '" + agreement.id() + "'; milestones are "
                                + agreement.milestones().stream()
                                        .map(Milestone::id)
                                        .toList());
            }
        }
    }

    // ---------------------------------------------------------------- cycles

    private void cycles() {
        List<Obligation> os = agreement.obligations();
        int[][] prerequisites = new int[os.size()][];
        int[][] triggers = new int[os.size()][];
        for (int i = 0; i < os.size(); i++) {
            Obligation o = os.get(i);
            prerequisites[i] = targets(o.prerequisites(), obligations, i);
            ObligationId chained = chainedTo(o.trigger());
            triggers[i] = chained != null ? targets(List.of(chained), obligations, i) : new int[] {-1};
        }
        List<Milestone> ms = agreement.milestones();
        int[][] dependsOn = new int[ms.size()][];
        for (int m = 0; m < ms.size(); m++) {
            dependsOn[m] = targets(ms.get(m).dependsOn(), milestones, m);
        }
        for (int[] cycle : Graphs.cycles(prerequisites)) {
            add(
                    CYCLE,
                    "obligations[" + cycle[0] + "].prerequisites[" + position(prerequisites[cycle[0]], cycle[1]) + "]",
                    "obligation '" + os.get(cycle[0]).id() + "': prerequisites form a cycle: "
                            + names(cycle, i -> os.get(i).id()));
        }
        for (int[] cycle : Graphs.cycles(triggers)) {
            add(
                    CYCLE,
                    "obligations[" + cycle[0] + "].trigger.obligation",
                    "obligation '" + os.get(cycle[0]).id()
                            + "': triggers form a cycle, each obligation waiting on the fulfilment or breach of the next: "
                            + names(cycle, i -> os.get(i).id()));
        }
        for (int[] cycle : Graphs.cycles(dependsOn)) {
            add(
                    CYCLE,
                    "milestones[" + cycle[0] + "].dependsOn[" + position(dependsOn[cycle[0]], cycle[1]) + "]",
                    "milestone '" + ms.get(cycle[0]).id() + "': milestone dependencies form a cycle: "
                            + names(cycle, m -> ms.get(m).id()));
        }
    }

    /** The indexes of the named ids (first declaration), -1 for unknown ids and self-references (reported apart). */
    private static <K> int[] targets(List<K> ids, Map<K, Integer> index, int self) {
        int[] result = new int[ids.size()];
        for (int j = 0; j < ids.size(); j++) {
            Integer t = index.get(ids.get(j));
            result[j] = t == null || t == self ? -1 : t;
        }
        return result;
    }

    private static int position(int[] edges, int target) {
        for (int j = 0; j < edges.length; j++) {
            if (edges[j] == target) {
                return j;
            }
        }
        throw new IllegalStateException("no edge to " + target);
    }

    private static String names(int[] cycle, java.util.function.IntFunction<Identifier> id) {
        StringBuilder text = new StringBuilder();
        for (int node : cycle) {
            text.append(text.length() == 0 ? "" : " -> ").append(id.apply(node));
        }
        return text.append(" -> ").append(id.apply(cycle[0])).toString();
    }

    /** Strongly connected components (iterative Tarjan) and the shortest cycle through each one's first node. */
    static final class Graphs {
        private Graphs() {}

        /**
         * One cycle per strongly connected component of two or more nodes, starting at the component's smallest
         * node, in order of those nodes.
         *
         * @param edges for each node, its successors; -1 entries are ignored
         * @return the cycles, each the list of its nodes without repeating the first
         */
        static List<int[]> cycles(int[][] edges) {
            int n = edges.length;
            int[] component = components(edges);
            int[] size = new int[n];
            for (int c : component) {
                size[c]++;
            }
            List<int[]> cycles = new ArrayList<>();
            boolean[] done = new boolean[n];
            for (int start = 0; start < n; start++) {
                int c = component[start];
                if (size[c] < 2 || done[c]) {
                    continue;
                }
                done[c] = true;
                cycles.add(shortestCycle(edges, component, start));
            }
            return cycles;
        }

        private static int[] shortestCycle(int[][] edges, int[] component, int start) {
            int n = edges.length;
            int[] parent = new int[n];
            Arrays.fill(parent, -2);
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            queue.add(start);
            parent[start] = -1;
            while (!queue.isEmpty()) {
                int node = queue.poll();
                for (int next : edges[node]) {
                    if (next < 0 || component[next] != component[start]) {
                        continue;
                    }
                    if (next == start) {
                        List<Integer> path = new ArrayList<>();
                        for (int at = node; at != -1; at = parent[at]) {
                            path.add(at);
                        }
                        int[] cycle = new int[path.size()];
                        for (int k = 0; k < cycle.length; k++) {
                            cycle[k] = path.get(cycle.length - 1 - k);
                        }
                        return cycle;
                    }
                    if (parent[next] == -2) {
                        parent[next] = node;
                        queue.add(next);
                    }
                }
            }
            throw new IllegalStateException("node " + start + " is on no cycle of its component");
        }

        /** Iterative Tarjan: the component number of each node. */
        private static int[] components(int[][] edges) {
            int n = edges.length;
            int[] index = new int[n];
            int[] low = new int[n];
            int[] component = new int[n];
            int[] edgeAt = new int[n];
            boolean[] onStack = new boolean[n];
            Arrays.fill(index, -1);
            int[] stack = new int[n];
            int top = 0;
            int[] call = new int[n];
            int counter = 0;
            int components = 0;
            for (int root = 0; root < n; root++) {
                if (index[root] >= 0) {
                    continue;
                }
                int depth = 0;
                call[depth] = root;
                index[root] = low[root] = counter++;
                stack[top++] = root;
                onStack[root] = true;
                while (depth >= 0) {
                    int node = call[depth];
                    if (edgeAt[node] < edges[node].length) {
                        int next = edges[node][edgeAt[node]++];
                        if (next < 0) {
                            continue;
                        }
                        if (index[next] < 0) {
                            index[next] = low[next] = counter++;
                            stack[top++] = next;
                            onStack[next] = true;
                            call[++depth] = next;
                        } else if (onStack[next]) {
                            low[node] = Math.min(low[node], index[next]);
                        }
                    } else {
                        if (low[node] == index[node]) {
                            int member;
                            do {
                                member = stack[--top];
                                onStack[member] = false;
                                component[member] = components;
                            } while (member != node);
                            components++;
                        }
                        depth--;
                        if (depth >= 0) {
                            low[call[depth]] = Math.min(low[call[depth]], low[node]);
                        }
                    }
                }
            }
            return component;
        }
    }

    // ---------------------------------------------------------------- helpers

    private void blank(String text, String path, String what) {
        if (text.isBlank()) {
            add(BLANK_TEXT, path, what + " is blank; expected some text");
        }
    }

    private static boolean bounded(BigDecimal value) {
        return value.precision() <= Decimals.MAX_PRECISION
                && value.scale() <= Decimals.MAX_PRECISION
                && (long) value.precision() - value.scale() <= Decimals.MAX_EXPONENT;
    }

    private static boolean percentInRange(BigDecimal p) {
        return bounded(p) && p.signum() > 0 && p.compareTo(HUNDRED) <= 0;
    }

    /** A decimal as written, in plain form when bounded (never expanding {@code 1E+999999999}). */
    private static String text(BigDecimal value) {
        return bounded(value) ? value.toPlainString() : value.toString();
    }

    private static String abbreviate(String text) {
        return text.length() <= 70 ? text : text.substring(0, 67) + "...";
    }

    private void add(String code, String path, String message) {
        problems.add(new Problem(code, path, message));
    }
}
