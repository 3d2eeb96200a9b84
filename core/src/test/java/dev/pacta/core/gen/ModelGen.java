package dev.pacta.core.gen;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.pacta.core.Identifier;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.AgreementId;
import dev.pacta.core.model.Category;
import dev.pacta.core.model.ControlKind;
import dev.pacta.core.model.DeadlineRule;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.EventId;
import dev.pacta.core.model.EventTime;
import dev.pacta.core.model.Milestone;
import dev.pacta.core.model.MilestoneId;
import dev.pacta.core.model.Modality;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.ObligationId;
import dev.pacta.core.model.Party;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.model.Remedy;
import dev.pacta.core.model.Role;
import dev.pacta.core.model.TerminationClause;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.model.Trigger;
import dev.pacta.core.money.DayCount;
import dev.pacta.core.money.Money;
import dev.pacta.core.time.BusinessCalendar;
import dev.pacta.core.time.BusinessDayConvention;
import dev.pacta.core.time.CalendarId;
import dev.pacta.core.time.CalendarSource;
import dev.pacta.core.time.LocalDateRange;
import dev.pacta.core.time.Recurrence;
import dev.pacta.core.time.Span;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Reusable QuickTheories generators for Pacta's model, built on the real builders: identifiers, parties, spans, deadline
 * rules, recurrences, triggers, remedies, obligations, milestones, whole valid agreements, and realistic timelines
 * for an agreement.
 *
 * <p>Every generated {@link Agreement} is valid (it builds). Generated values are assembled from rows of dice (see
 * {@link Dice}), so QuickTheories shrinks a failing agreement towards fewer obligations and simpler choices while keeping
 * it valid. Offsets are small (0 to 10 units) so that deadlines fall near the events of a generated timeline;
 * effective dates lie in 2024–2027 and zones come from {@link #ZONES}. All money of one agreement is in one of
 * {@link #CURRENCIES}.
 *
 * <p>Published in {@code pacta-core}'s test-jar for the engine and json modules.
 */
public final class ModelGen {
    /** The zones agreements are generated in: UTC, and zones with DST, half-hour offsets and a 30-minute DST shift. */
    public static final List<String> ZONES =
            List.of("UTC", "Europe/Madrid", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe");

    /** The currencies money is generated in: minor-unit scales 2, 2, 0 and 3. */
    public static final List<String> CURRENCIES = List.of("USD", "EUR", "JPY", "BHD");

    /**
     * The id of the generated calendar with public holidays, which about a third of generated agreements name: see
     * {@link #HOLIDAY_CALENDAR}.
     */
    public static final CalendarId HOLIDAYS = CalendarId.of("gen-holidays");

    /**
     * Saturdays and Sundays off, plus twelve fixed holidays a year (Jan 1 and 6, Mar 19, May 1, Jun 24, Aug 15, Oct 12,
     * Nov 1, Dec 6, 8, 25 and 26) and the third Monday of every month, from 2020 to 2040: dense enough that a
     * business-day deadline of a few days often crosses a holiday.
     */
    public static final BusinessCalendar HOLIDAY_CALENDAR = holidayCalendar();

    /**
     * The calendars generated agreements name: the built-ins and {@link #HOLIDAYS}. Engines that evaluate generated
     * agreements must be made with this source.
     */
    public static final CalendarSource CALENDARS = CalendarSource.of(Map.of(HOLIDAYS, HOLIDAY_CALENDAR));

    /** Kinds of events that trigger {@code ON_EVENT} obligations. */
    public static final List<String> TRIGGER_KINDS =
            List.of("draft.submitted", "request.received", "incident.reported", "invoice.issued", "change.requested");

    private static final LocalDate FIRST_EFFECTIVE_DATE = LocalDate.of(2024, 1, 1);
    private static final int EFFECTIVE_DATE_DAYS = 4 * 365 + 1; // 2024-01-01 .. 2027-12-31
    private static final LocalDate STANDALONE_DATE = LocalDate.of(2026, 3, 2);

    private static final List<String> AGREEMENT_IDS =
            List.of("web-2026", "catering-24", "consult.q3", "app-build", "audit_2025", "support-7");
    private static final List<String> TITLES = List.of(
            "Bakery website redesign", "Wedding catering", "Quarterly consulting", "Mobile app build", "Annual audit");
    private static final List<String> CLIENT_IDS = List.of("client", "acme", "bakery-co");
    private static final List<String> PROVIDER_IDS = List.of("studio", "provider", "dev.shop");
    private static final List<String> THIRD_IDS = List.of("sub", "auditor");
    private static final List<String> MILESTONE_IDS = List.of("kickoff", "design", "beta", "launch", "handover");
    private static final List<String> RIGHTS = List.of("SUSPEND_WORK", "TERMINATE", "WITHHOLD_DELIVERY");
    private static final List<String> CONTACTS = List.of("Ana García", "Bob Lee <bob@example.com>", "Priya");

    private static final List<Character> ID_FIRST = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
            .chars()
            .mapToObj(c -> (char) c)
            .toList();
    private static final List<Character> ID_REST = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-"
            .chars()
            .mapToObj(c -> (char) c)
            .toList();

    private ModelGen() {}

    // ---------------------------------------------------------------- identifiers, zones, money

    /**
     * Texts in the lexical form of every identifier (1 to 64 characters, see {@link Identifier#LEXICAL_FORM}),
     * including the edge lengths and the characters {@code . _ -}.
     *
     * @return identifier texts
     */
    public static Gen<String> ids() {
        Gen<Integer> restLengths = Gens.weighted(
                Pair.of(6, Generate.range(0, 12)),
                Pair.of(3, Generate.range(0, 63)),
                Pair.of(1, Generate.constant(63)));
        Gen<Character> first = Generate.pick(ID_FIRST);
        Gen<Character> rest = Generate.pick(ID_REST);
        return first.zip(lists().of(rest).ofSizes(restLengths), (f, r) -> {
            StringBuilder id = new StringBuilder().append(f);
            r.forEach(id::append);
            return id.toString();
        });
    }

    /**
     * Party ids.
     *
     * @return party ids
     */
    public static Gen<PartyId> partyIds() {
        return ids().map(PartyId::of);
    }

    /**
     * Obligation ids.
     *
     * @return obligation ids
     */
    public static Gen<ObligationId> obligationIds() {
        return ids().map(ObligationId::of);
    }

    /**
     * Milestone ids.
     *
     * @return milestone ids
     */
    public static Gen<MilestoneId> milestoneIds() {
        return ids().map(MilestoneId::of);
    }

    /**
     * The zones of {@link #ZONES}.
     *
     * @return zones
     */
    public static Gen<ZoneId> zones() {
        return Generate.pick(ZONES).map(z -> ZoneId.of(z));
    }

    /**
     * The currencies of {@link #CURRENCIES}.
     *
     * @return currencies
     */
    public static Gen<Currency> currencies() {
        return Generate.pick(CURRENCIES).map(Currency::getInstance);
    }

    /**
     * Positive amounts of money from 1 to 200,000 units of the currency, at its minor-unit scale.
     *
     * @param currency the currency
     * @return money
     */
    public static Gen<Money> money(Currency currency) {
        return Dice.rows(2).map(d -> money(d, currency, 1, 200_000));
    }

    /**
     * Positive amounts in any of {@link #CURRENCIES}.
     *
     * @return money
     */
    public static Gen<Money> money() {
        return currencies().flatMap(ModelGen::money);
    }

    /**
     * Effective dates from 2024-01-01 to 2027-12-31.
     *
     * @return dates
     */
    public static Gen<LocalDate> effectiveDates() {
        return Generate.range(0, EFFECTIVE_DATE_DAYS - 1).map(FIRST_EFFECTIVE_DATE::plusDays);
    }

    // ---------------------------------------------------------------- parties

    /**
     * The parties of an agreement: a client and a provider, sometimes a third party (a subcontractor or an auditor),
     * each with or without a point of contact.
     *
     * @return parties with distinct ids
     */
    public static Gen<List<Party>> parties() {
        return Dice.rows(8).map(ModelGen::parties);
    }

    static List<Party> parties(Dice d) {
        List<Party> parties = new ArrayList<>();
        parties.add(party(d, d.pick(CLIENT_IDS), "Acme Bakery Ltd", Role.CLIENT));
        parties.add(party(d, d.pick(PROVIDER_IDS), "Pixel Studio", Role.PROVIDER));
        if (d.chance(25)) {
            int third = d.below(THIRD_IDS.size());
            parties.add(party(
                    d,
                    THIRD_IDS.get(third),
                    third == 0 ? "Sub Ltd" : "Audit & Co",
                    Role.of(third == 0 ? "SUBCONTRACTOR" : "AUDITOR")));
        }
        return parties;
    }

    private static Party party(Dice d, String id, String name, Role role) {
        Party.Builder b = Party.builder().id(PartyId.of(id)).name(name).role(role);
        if (d.chance(65)) {
            b.contact(d.pick(CONTACTS));
        }
        return b.build();
    }

    // ---------------------------------------------------------------- spans, deadlines, recurrences

    /**
     * Spans of every unit, 0 to 10 units.
     *
     * @return spans
     */
    public static Gen<Span> spans() {
        return Dice.rows(2).map(d -> span(d, 0));
    }

    private static Span span(Dice d, int min) {
        Span.Unit unit = d.pick(List.of(Span.Unit.values()));
        return new Span(d.between(min, 10), unit);
    }

    /**
     * Deadline rules of every kind, unit and convention for an agreement effective on the given date: fixed dates
     * up to 90 days after it, offsets of 0 to 10 units, open-ended.
     *
     * @param effectiveDate the agreement's effective date
     * @return deadline rules valid in that agreement
     */
    public static Gen<DeadlineRule> deadlineRules(LocalDate effectiveDate) {
        return Dice.rows(6).map(d -> deadline(d, effectiveDate, Modality.MUST, CalendarId.WEEKENDS));
    }

    /**
     * Deadline rules for an agreement effective on 2026-03-02.
     *
     * @return deadline rules
     */
    public static Gen<DeadlineRule> deadlineRules() {
        return deadlineRules(STANDALONE_DATE);
    }

    private static DeadlineRule deadline(Dice d, LocalDate effectiveDate, Modality modality, CalendarId calendar) {
        int kind = d.below(100);
        if (modality == Modality.MUST_NOT ? kind < 60 : kind >= 92) {
            return DeadlineRule.open();
        }
        BusinessDayConvention convention =
                d.chance(60) ? BusinessDayConvention.FOLLOWING : d.pick(List.of(BusinessDayConvention.values()));
        if (kind < 15 || (modality == Modality.MUST_NOT && kind < 75)) {
            return DeadlineRule.OnDate.builder()
                    .date(effectiveDate.plusDays(d.between(0, 90)))
                    .convention(convention)
                    .build();
        }
        // Under the holiday calendar, half the offsets count business days, so that windows cross holidays.
        boolean business = calendar.equals(HOLIDAYS) && d.chance(50);
        return DeadlineRule.Within.builder()
                .offset(business ? new Span(d.between(1, 10), Span.Unit.BUSINESS_DAYS) : span(d, 0))
                .convention(convention)
                .build();
    }

    /**
     * Valid recurrence schedules of every frequency, for an agreement effective on the given date: every 1 to 3
     * units, on a weekday, a day of the month (29 to 31 included, to exercise clamping) or the last business day,
     * bounded by a count, an end date, or neither.
     *
     * @param effectiveDate the agreement's effective date
     * @return recurrences
     */
    public static Gen<Recurrence> recurrences(LocalDate effectiveDate) {
        return Dice.rows(10).map(d -> recurrence(d, effectiveDate));
    }

    private static Recurrence recurrence(Dice d, LocalDate effectiveDate) {
        Recurrence.Frequency frequency = d.pick(List.of(
                Recurrence.Frequency.WEEKLY,
                Recurrence.Frequency.MONTHLY,
                Recurrence.Frequency.DAILY,
                Recurrence.Frequency.YEARLY));
        Recurrence.Builder b = Recurrence.builder().frequency(frequency);
        b.interval(frequency == Recurrence.Frequency.YEARLY ? 1 : d.between(1, 3));
        LocalDate start = effectiveDate;
        if (d.chance(30)) {
            start = effectiveDate.plusDays(d.between(0, 30));
            b.start(start);
        }
        switch (frequency) {
            case WEEKLY -> {
                if (d.chance(60)) {
                    b.dayOfWeek(d.pick(List.of(DayOfWeek.values())));
                }
            }
            case MONTHLY -> {
                int option = d.below(3);
                if (option == 1) {
                    b.dayOfMonth(d.chance(40) ? d.between(29, 31) : d.between(1, 28));
                } else if (option == 2) {
                    b.lastBusinessDay(true);
                }
            }
            case YEARLY -> {
                if (d.chance(30)) {
                    b.dayOfMonth(d.between(1, 31));
                }
            }
            case DAILY -> {
                // every N days from the anchor
            }
        }
        int bound = d.below(3);
        if (bound == 1) {
            b.count(d.between(1, 12));
        } else if (bound == 2) {
            b.until(start.plusDays(d.between(0, 365)));
        }
        return b.build();
    }

    // ---------------------------------------------------------------- triggers and remedies

    /**
     * Triggers of every kind, standalone: {@code ON_MILESTONE} names milestone {@code launch}, {@code ON_FULFILMENT}
     * and {@code ON_BREACH} name obligation {@code other}.
     *
     * @return triggers
     */
    public static Gen<Trigger> triggers() {
        return Dice.rows(14).map(d -> switch (d.pick(List.of(Trigger.Kind.values()))) {
            case ON_EFFECTIVE_DATE -> Trigger.onEffectiveDate();
            case ON_EVENT -> Trigger.onEvent(d.pick(TRIGGER_KINDS));
            case ON_MILESTONE -> Trigger.onMilestone(MilestoneId.of("launch"));
            case ON_FULFILMENT -> Trigger.onFulfilment(ObligationId.of("other"));
            case ON_BREACH -> Trigger.onBreach(ObligationId.of("other"));
            case RECURRING -> Trigger.recurring(recurrence(d, STANDALONE_DATE));
        });
    }

    /**
     * Valid remedies for a payment in the given currency: late fees (flat and/or percent), interest (both day
     * counts), penalties (whole or pro-rata periods, with or without a base) and rights.
     *
     * @param currency the payment's currency
     * @return remedies
     */
    public static Gen<Remedy> paymentRemedies(Currency currency) {
        return Dice.rows(10).map(d -> paymentRemedy(d, currency));
    }

    private static Remedy paymentRemedy(Dice d, Currency currency) {
        switch (d.below(4)) {
            case 0: {
                Remedy.LateFee.Builder b = Remedy.LateFee.builder();
                int what = d.below(3);
                if (what != 1) {
                    b.flat(money(d, currency, 10, 500));
                }
                if (what != 0) {
                    b.percent(percent(d, 1, 1000));
                }
                return b.build();
            }
            case 1:
                return Remedy.Interest.builder()
                        .annualRatePercent(percent(d, 100, 2500))
                        .dayCount(d.chance(30) ? DayCount.ACT_360 : DayCount.ACT_365F)
                        .build();
            case 2:
                return penalty(d, currency, false);
            default:
                return right(d);
        }
    }

    private static Remedy penalty(Dice d, Currency currency, boolean needsBase) {
        Remedy.Penalty.Builder b = Remedy.Penalty.builder();
        b.percent(percent(d, 10, 2000))
                .per(span(d, 1))
                .capPercent(percent(d, 500, 10000))
                .proRata(d.chance(30));
        if (needsBase || d.chance(20)) {
            b.base(money(d, currency, 100, 50_000));
        }
        return b.build();
    }

    private static Remedy right(Dice d) {
        String right = d.pick(RIGHTS);
        return Remedy.Right.builder()
                .right(right)
                .untilCured(right.equals(Remedy.SUSPEND_WORK) && d.chance(50))
                .build();
    }

    // ---------------------------------------------------------------- obligations and milestones

    /**
     * Valid obligations between parties {@code client} and {@code studio}, standalone (no prerequisites, no chained
     * triggers): every category and modality, payments with amounts in USD and remedies, grace, time-bound and
     * surviving obligations.
     *
     * @return obligations
     */
    public static Gen<Obligation> obligations() {
        List<Party> parties =
                List.of(Party.of("client", "Client", Role.CLIENT), Party.of("studio", "Studio", Role.PROVIDER));
        Context context =
                new Context(STANDALONE_DATE, parties, Currency.getInstance("USD"), List.of(), CalendarId.WEEKENDS);
        return Dice.rows(40).map(d -> obligation(d, context, 0, List.of()).build());
    }

    /**
     * Milestones of the standalone obligations' world: ids {@code design}, {@code beta} or {@code handover}, targets up
     * to 180 days after 2026-03-02, requiring obligation {@code other}, sometimes depending on milestone
     * {@code kickoff}.
     *
     * @return milestones
     */
    public static Gen<Milestone> milestones() {
        return Dice.rows(6).map(d -> {
            Milestone.Builder b = Milestone.builder()
                    .id(MilestoneId.of(d.pick(List.of("design", "beta", "handover"))))
                    .title("Milestone")
                    .target(STANDALONE_DATE.plusDays(d.between(0, 180)));
            if (d.chance(70)) {
                b.addRequires(ObligationId.of("other"));
            }
            if (d.chance(40)) {
                b.addDependsOn(MilestoneId.of("kickoff"));
            }
            return b.build();
        });
    }

    /** What obligations of one agreement share while they are generated. */
    private record Context(
            LocalDate effectiveDate,
            List<Party> parties,
            Currency currency,
            List<MilestoneId> milestones,
            CalendarId calendar) {}

    private record Kinds(String stem, List<String> fulfilledBy) {}

    private static Kinds kinds(Category category, Modality modality) {
        return switch (category) {
            case COMMUNICATION -> new Kinds("status-update", List.of("status.sent", "update.sent"));
            case INFORMATION -> new Kinds("provide-brief", List.of("brief.provided", "info.sent"));
            case RESOURCES -> new Kinds("provide-content", List.of("content.delivered", "access.granted"));
            case FEEDBACK -> new Kinds("give-feedback", List.of("feedback.given"));
            case APPROVAL -> new Kinds("approve-draft", List.of("draft.approved", "approval.given"));
            case DELIVERABLE -> new Kinds("deliver", List.of("pages.delivered", "draft.submitted"));
            case PAYMENT -> new Kinds("pay", List.of("payment"));
            case MEETING -> new Kinds("checkin", List.of("meeting.held"));
            case CONFIDENTIALITY -> new Kinds("keep-secret", List.of("secret.disclosed", "data.shared"));
            case COMPLIANCE ->
                modality == Modality.MUST_NOT
                        ? new Kinds("no-subcontract", List.of("work.subcontracted"))
                        : new Kinds("file-report", List.of("report.filed"));
            case OTHER -> new Kinds("task", List.of("task.done"));
        };
    }

    /** Who owes what by default: the client supplies, approves and pays; the provider delivers. */
    private static boolean clientOwes(Category category) {
        return switch (category) {
            case INFORMATION, RESOURCES, FEEDBACK, APPROVAL, PAYMENT -> true;
            default -> false;
        };
    }

    /**
     * One obligation, the {@code index}-th of its agreement, which may refer only to earlier obligations (so that
     * prerequisites and trigger chains never form cycles).
     */
    private static Obligation.Builder obligation(Dice d, Context c, int index, List<Obligation> earlier) {
        Category category = d.pick(List.of(Category.values()));
        Modality modality = category == Category.CONFIDENTIALITY || (category == Category.COMPLIANCE && d.chance(50))
                ? Modality.MUST_NOT
                : Modality.MUST;
        Kinds kinds = kinds(category, modality);
        List<Party> parties = c.parties();
        PartyId client = parties.get(0).id();
        PartyId provider = parties.get(1).id();
        PartyId obligor = clientOwes(category) ? client : provider;
        PartyId beneficiary = clientOwes(category) ? provider : client;
        int who = d.below(100);
        if (who < 15) {
            PartyId swap = obligor;
            obligor = beneficiary;
            beneficiary = swap;
        } else if (who < 25 && parties.size() > 2) {
            obligor = parties.get(2).id();
            beneficiary = provider;
        }
        Obligation.Builder b = Obligation.builder()
                .id(ObligationId.of(kinds.stem() + "-" + (index + 1)))
                .title(kinds.stem().replace('-', ' ') + " " + (index + 1))
                .category(category)
                .obligor(obligor)
                .beneficiary(beneficiary)
                .modality(modality);
        b.trigger(trigger(d, c, earlier));
        b.deadline(deadline(d, c.effectiveDate(), modality, c.calendar()));
        if (category == Category.PAYMENT) {
            if (d.chance(25)) {
                b.addFulfilledBy("payment");
            }
            b.amount(money(d, c.currency(), 50, 20_000));
            int remedies = d.below(3);
            for (int k = 0; k < remedies; k++) {
                b.addRemedies(paymentRemedy(d, c.currency()));
            }
        } else {
            String first = d.pick(kinds.fulfilledBy());
            b.addFulfilledBy(first);
            if (d.chance(15)) {
                String second = d.pick(kinds.fulfilledBy());
                if (!second.equals(first)) {
                    b.addFulfilledBy(second);
                }
            }
            int remedy = d.below(100);
            if (remedy < 15) {
                b.addRemedies(right(d));
            } else if (remedy < 25) {
                b.addRemedies(penalty(d, c.currency(), true));
            }
        }
        if (d.chance(30)) {
            b.grace(span(d, 0));
        }
        if (!earlier.isEmpty() && d.chance(30)) {
            Set<ObligationId> prerequisites = new HashSet<>();
            int count = d.between(1, 2);
            for (int k = 0; k < count; k++) {
                ObligationId p = d.pick(earlier).id();
                if (prerequisites.add(p)) {
                    b.addPrerequisites(p);
                }
            }
        }
        boolean oftenTimeBound = category == Category.MEETING || category == Category.APPROVAL;
        b.timeBound(d.chance(oftenTimeBound ? 50 : 10));
        b.survivesTermination(category == Category.CONFIDENTIALITY || d.chance(10));
        return b;
    }

    private static Trigger trigger(Dice d, Context c, List<Obligation> earlier) {
        List<Trigger.Kind> kinds =
                new ArrayList<>(List.of(Trigger.Kind.ON_EFFECTIVE_DATE, Trigger.Kind.ON_EVENT, Trigger.Kind.RECURRING));
        if (!c.milestones().isEmpty()) {
            kinds.add(Trigger.Kind.ON_MILESTONE);
        }
        if (!earlier.isEmpty()) {
            kinds.add(Trigger.Kind.ON_FULFILMENT);
            kinds.add(Trigger.Kind.ON_BREACH);
        }
        return switch (d.pick(kinds)) {
            case ON_EFFECTIVE_DATE -> Trigger.onEffectiveDate();
            case ON_EVENT -> {
                // Sometimes the triggering kind is an earlier obligation's fulfilling kind: "approve on delivery".
                List<String> fulfilling = earlier.stream()
                        .filter(o -> o.modality() == Modality.MUST)
                        .flatMap(o -> o.fulfilledBy().stream())
                        .toList();
                yield Trigger.onEvent(
                        !fulfilling.isEmpty() && d.chance(30) ? d.pick(fulfilling) : d.pick(TRIGGER_KINDS));
            }
            case RECURRING -> Trigger.recurring(recurrence(d, c.effectiveDate()));
            case ON_MILESTONE -> Trigger.onMilestone(d.pick(c.milestones()));
            case ON_FULFILMENT -> Trigger.onFulfilment(d.pick(earlier).id());
            case ON_BREACH -> Trigger.onBreach(d.pick(earlier).id());
        };
    }

    // ---------------------------------------------------------------- agreements

    private static final List<List<String>> SPLITS = List.of(
            List.of("100"),
            List.of("50", "50"),
            List.of("30", "70"),
            List.of("40", "60"),
            List.of("33.33", "33.33", "33.34"),
            List.of("20", "30", "50"),
            List.of("12.5", "37.5", "50"));

    /**
     * Whole valid agreements: two or three parties, one to eight obligations with triggers of every kind (chains and
     * breaches refer to earlier obligations; some breached obligations carry an {@code OBLIGATION} remedy naming the
     * obligation their breach triggers), zero to three milestones, often a contract value with a payment schedule of
     * one to three percentage shares, effective dates in 2024–2027, zones from {@link #ZONES}, the {@code WEEKENDS}
     * or {@code NONE} calendar, and sometimes an end date and metadata.
     *
     * @return agreements that build without exception
     */
    public static Gen<Agreement> agreements() {
        return agreements(1, 8);
    }

    /**
     * Whole valid agreements with a number of regular obligations in a range (a payment schedule may add up to three
     * more).
     *
     * @param minObligations the fewest regular obligations, at least 1
     * @param maxObligations the most regular obligations
     * @return agreements that build without exception
     */
    public static Gen<Agreement> agreements(int minObligations, int maxObligations) {
        Gen<Dice> header = Dice.rows(24);
        Gen<List<Dice>> obligations = Dice.rows(48, minObligations, maxObligations);
        Gen<List<Dice>> milestones = Dice.rows(8, 0, 3);
        Gen<Dice> schedule = Dice.rows(16);
        return header.zip(obligations, milestones, schedule, ModelGen::agreement);
    }

    private static Agreement agreement(Dice h, List<Dice> obligationDice, List<Dice> milestoneDice, Dice s) {
        ZoneId zone = ZoneId.of(h.pick(ZONES));
        CalendarId calendar = calendar(h.below(100));
        LocalDate effective = nearDst(h, zone, FIRST_EFFECTIVE_DATE.plusDays(h.below(EFFECTIVE_DATE_DAYS)));
        Currency currency = Currency.getInstance(h.pick(CURRENCIES));
        List<Party> parties = parties(h);
        List<MilestoneId> milestoneIds = new ArrayList<>();
        for (int m = 0; m < milestoneDice.size(); m++) {
            milestoneIds.add(MilestoneId.of(MILESTONE_IDS.get(m)));
        }
        Context c = new Context(effective, parties, currency, milestoneIds, calendar);

        Agreement.Builder a = Agreement.builder()
                .id(AgreementId.of(h.pick(AGREEMENT_IDS)))
                .title(h.pick(TITLES))
                .parties(parties)
                .zone(zone)
                .calendar(calendar)
                .effectiveDate(effective);
        if (h.chance(60)) {
            a.endDate(effective.plusDays(h.between(60, 730)));
        }
        boolean valued = h.chance(70);
        if (valued) {
            a.value(money(h, currency, 1_000, 200_000));
        }
        if (h.chance(30)) {
            a.putMetadata("crm-ref", "OPP-" + h.between(1, 9999));
        }
        // Termination for convenience (issue 19): most agreements let one party, or either, terminate: mostly with
        // immediate effect (so that a termination recorded late still undoes what came after it), else on notice.
        if (h.chance(85)) {
            int notice = h.below(100);
            a.addTerminationClauses(TerminationClause.of(
                    h.chance(50)
                            ? Optional.empty()
                            : Optional.of(parties.get(h.below(2)).id()),
                    notice < 70
                            ? Span.ofHours(0)
                            : notice < 80 ? Span.ofHours(h.between(1, 48)) : Span.ofCalendarDays(h.between(0, 14))));
        }

        List<Obligation> obligations = new ArrayList<>();
        for (int i = 0; i < obligationDice.size(); i++) {
            obligations.add(obligation(obligationDice.get(i), c, i, obligations).build());
        }
        // An obligation whose breach triggers another often names it as an OBLIGATION remedy.
        for (int i = 0; i < obligations.size(); i++) {
            Trigger t = obligations.get(i).trigger();
            if (t.kind() == Trigger.Kind.ON_BREACH && obligationDice.get(i).chance(60)) {
                int breached = indexOf(obligations, ((Trigger.OnBreach) t).obligation());
                obligations.set(
                        breached,
                        Obligation.builder()
                                .from(obligations.get(breached))
                                .addRemedies(Remedy.RemedyObligation.builder()
                                        .obligation(obligations.get(i).id())
                                        .build())
                                .build());
            }
        }
        if (valued && s.chance(60)) {
            obligations.addAll(schedule(s, c, obligations));
        }
        a.obligations(obligations);

        LocalDate target = effective;
        for (int m = 0; m < milestoneDice.size(); m++) {
            Dice d = milestoneDice.get(m);
            target = target.plusDays(d.between(0, 90));
            Milestone.Builder mb = Milestone.builder()
                    .id(milestoneIds.get(m))
                    .title(MILESTONE_IDS.get(m).substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                            + MILESTONE_IDS.get(m).substring(1))
                    .target(target);
            // Required: obligations not waiting on a milestone themselves, so that no milestone waits on itself.
            List<Obligation> candidates = obligations.stream()
                    .filter(o -> o.trigger().kind() == Trigger.Kind.ON_EFFECTIVE_DATE
                            || o.trigger().kind() == Trigger.Kind.ON_EVENT)
                    .filter(o -> o.modality() == Modality.MUST)
                    .toList();
            Set<ObligationId> required = new HashSet<>();
            int count = candidates.isEmpty() ? 0 : d.between(0, 2);
            for (int k = 0; k < count; k++) {
                ObligationId id = d.pick(candidates).id();
                if (required.add(id)) {
                    mb.addRequires(id);
                }
            }
            if (m > 0 && d.chance(50)) {
                mb.addDependsOn(milestoneIds.get(d.below(m)));
            }
            a.addMilestones(mb.build());
        }
        return a.build();
    }

    private static List<Obligation> schedule(Dice s, Context c, List<Obligation> earlier) {
        List<String> split = s.pick(SPLITS);
        List<Obligation> deliverables = earlier.stream()
                .filter(o -> o.modality() == Modality.MUST && o.category() != Category.PAYMENT)
                .filter(o -> o.trigger().kind() == Trigger.Kind.ON_EFFECTIVE_DATE)
                .toList();
        PartyId client = c.parties().get(0).id();
        PartyId provider = c.parties().get(1).id();
        List<Obligation> shares = new ArrayList<>();
        for (int k = 0; k < split.size(); k++) {
            Trigger trigger;
            int option = k == 0 ? 0 : s.below(3);
            if (option == 1 && !c.milestones().isEmpty()) {
                trigger = Trigger.onMilestone(s.pick(c.milestones()));
            } else if (option == 2 && !deliverables.isEmpty()) {
                trigger = Trigger.onFulfilment(s.pick(deliverables).id());
            } else {
                trigger = Trigger.onEffectiveDate();
            }
            Obligation.Builder b = Obligation.builder()
                    .id(ObligationId.of("share-" + (k + 1)))
                    .title("Payment share " + (k + 1))
                    .category(Category.PAYMENT)
                    .obligor(client)
                    .beneficiary(provider)
                    .trigger(trigger)
                    .deadline(
                            s.chance(20)
                                    ? DeadlineRule.onDate(c.effectiveDate().plusDays(s.between(0, 60)))
                                    : DeadlineRule.ofCalendarDays(s.between(0, 10)))
                    .percentOfValue(new BigDecimal(split.get(k)));
            if (s.chance(30)) {
                b.addRemedies(paymentRemedy(s, c.currency()));
            }
            shares.add(b.build());
        }
        return shares;
    }

    private static int indexOf(List<Obligation> obligations, ObligationId id) {
        for (int i = 0; i < obligations.size(); i++) {
            if (obligations.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no obligation '" + id + "'");
    }

    // ---------------------------------------------------------------- timelines

    /**
     * Realistic timelines for an agreement; see {@link #timelineSamples(Agreement)}.
     *
     * @param agreement the agreement
     * @return timelines whose events belong to it
     */
    public static Gen<Timeline> timelines(Agreement agreement) {
        return timelineSamples(agreement).map(TimelineSample::timeline);
    }

    /**
     * Realistic timelines for an agreement, with the intent behind each event (see {@link TimelineSample}).
     *
     * <p>Zero to 30 steps, each adding one or two events: triggering events for {@code ON_EVENT} obligations;
     * fulfilling events by the obligor early, on the due date (date-only, or a timestamp just before the cut-off),
     * just after the cut-off, late, or before the instance was in force — or by the wrong party; payments in full,
     * partial, over, or in the wrong currency; forbidden acts of {@code MUST_NOT} obligations; control events
     * (waiver by the beneficiary and by the obligor, extension with {@code until} or {@code by}, suspension with and
     * without resumption, termination, notice, amendment); unrelated events. Refs name instances
     * ({@code obligationId#n}, numbered as DESIGN.md §4 numbers them), triggering events, or obligations. Events are
     * listed in time order, with same-instant ties (including a reply listed before the event it refers to),
     * date-only and timestamp times (in the agreement's offset or in UTC). Obligations never fulfilled are the
     * "missing" case.
     *
     * @param agreement the agreement
     * @return timelines with the generator's intents
     */
    public static Gen<TimelineSample> timelineSamples(Agreement agreement) {
        return TIMELINE_STEPS.map(steps -> TimelineGenerator.generate(agreement, steps));
    }

    /**
     * The steps of a timeline: three times in five at most 12 (they find most failures, and cost a fraction of a
     * long one), else up to 30, for the long histories where instances pile up. Shrinking goes towards the short
     * ones. Biasing the length, rather than capping it, keeps the long cases while halving the suite's time.
     */
    private static final Gen<List<Dice>> TIMELINE_STEPS =
            integers().between(0, 4).flatMap(choice -> choice < 3 ? Dice.rows(12, 0, 12) : Dice.rows(12, 0, 30));

    /**
     * Valid agreements each with a realistic timeline.
     *
     * @return agreements with timelines
     */
    public static Gen<AgreementWithTimeline> agreementsWithTimelines() {
        return agreements()
                .flatMap(a -> timelineSamples(a).map(s -> new AgreementWithTimeline(a, s.timeline(), s.intents())));
    }

    /**
     * Like {@link #agreementsWithTimelines()}, but half of them (the other half shrinking towards them) with a duty of
     * one party that waits on a prerequisite of the other, and events that make the prerequisite late, waive it or
     * leave it undone: so that excused delay, blocked duties and delay attributed to several parties, which plain
     * generated agreements reach in about 2 % of examples, are reached in about a third.
     *
     * @return agreements with timelines, half of them with a dependency between parties
     */
    public static Gen<AgreementWithTimeline> agreementsWithDependencies() {
        Gen<AgreementWithTimeline> plain = agreementsWithTimelines();
        return in -> {
            AgreementWithTimeline awt = plain.generate(in);
            return integers().between(0, 1).generate(in) == 1 ? withDependency(awt, in) : awt;
        };
    }

    /**
     * Adds to a generated agreement a duty of one party that waits on a prerequisite of the other (both in force from
     * the effective date; the duty once, or weekly two to four times), with a deadline in business days (under the
     * agreement's calendar, often the one with holidays), calendar days, hours or on a fixed date; and adds to the
     * timeline the prerequisite done (often late), waived, or never, and the duty done at some time or never. The
     * generated events keep their places: the new ones are merged by instant.
     */
    private static AgreementWithTimeline withDependency(AgreementWithTimeline awt, RandomnessSource in) {
        Agreement a = awt.agreement();
        boolean clientFirst = integers().between(0, 3).generate(in) != 3;
        PartyId client = a.parties().get(0).id();
        PartyId provider = a.parties().get(1).id();
        PartyId first = clientFirst ? client : provider;
        PartyId second = clientFirst ? provider : client;
        int preAmount = integers().between(0, 10).generate(in);
        DeadlineRule preRule = integers().between(0, 1).generate(in) == 0
                ? DeadlineRule.ofBusinessDays(Math.max(1, preAmount))
                : DeadlineRule.ofCalendarDays(preAmount);
        int amount = integers().between(0, 20).generate(in);
        DeadlineRule rule = switch (integers().between(0, 3).generate(in)) {
            case 0 -> DeadlineRule.ofBusinessDays(amount);
            case 1 -> DeadlineRule.ofCalendarDays(amount);
            case 2 -> DeadlineRule.ofHours(24L * amount + 12);
            default -> DeadlineRule.onDate(a.effectiveDate().plusDays(5L + amount));
        };
        boolean recurring = integers().between(0, 3).generate(in) == 3 && rule.kind() != DeadlineRule.Kind.FIXED_DATE;
        Trigger trigger = recurring
                ? Trigger.recurring(Recurrence.builder()
                        .frequency(Recurrence.Frequency.WEEKLY)
                        .count(integers().between(2, 4).generate(in))
                        .build())
                : Trigger.onEffectiveDate();
        Agreement agreement = Agreement.builder()
                .from(a)
                .addObligations(
                        Obligation.builder()
                                .id(ObligationId.of("dep-prerequisite"))
                                .title("prerequisite")
                                .category(Category.RESOURCES)
                                .obligor(first)
                                .beneficiary(second)
                                .trigger(Trigger.onEffectiveDate())
                                .deadline(preRule)
                                .addFulfilledBy("dep.prerequisite.done")
                                .build(),
                        Obligation.builder()
                                .id(ObligationId.of("dep-duty"))
                                .title("dependent duty")
                                .category(Category.DELIVERABLE)
                                .obligor(second)
                                .beneficiary(first)
                                .trigger(trigger)
                                .deadline(rule)
                                .addPrerequisites(ObligationId.of("dep-prerequisite"))
                                .addFulfilledBy("dep.duty.done")
                                .build())
                .build();

        List<Event> added = new ArrayList<>();
        int prerequisite = integers().between(0, 9).generate(in);
        int preDay = integers().between(0, 40).generate(in);
        if (prerequisite < 8) {
            added.add(dependencyEvent(in, a, "dep-1", preDay, "dep.prerequisite.done", first, null));
        } else if (prerequisite == 8) {
            added.add(dependencyEvent(in, a, "dep-1", preDay, ControlKind.WAIVER.kind(), second, "dep-prerequisite"));
        }
        int dutyDay = integers().between(-1, 60).generate(in);
        if (dutyDay >= 0) {
            added.add(dependencyEvent(in, a, "dep-2", dutyDay, "dep.duty.done", second, null));
        }
        List<Event> events = new ArrayList<>(awt.timeline().events());
        events.addAll(added);
        events.sort(Comparator.comparing(e -> e.at().toInstant(a.zone()))); // stable: same-instant order kept
        Timeline timeline = Timeline.builder()
                .agreement(awt.timeline().agreement())
                .events(events)
                .build();
        Map<EventId, List<String>> intents = new LinkedHashMap<>(awt.intents());
        added.forEach(e -> intents.put(e.id(), List.of("dependency")));
        return new AgreementWithTimeline(agreement, timeline, intents);
    }

    /** An event of the added dependency, on a day after the effective date, date-only or at an hour of that day. */
    private static Event dependencyEvent(
            RandomnessSource in, Agreement a, String id, int day, String kind, PartyId actor, String ref) {
        LocalDate date = a.effectiveDate().plusDays(day);
        int hour = integers().between(-1, 23).generate(in);
        EventTime at = hour < 0
                ? EventTime.of(date)
                : EventTime.of(date.atTime(hour, 0).atZone(a.zone()).toOffsetDateTime());
        Event.Builder e = Event.builder().id(EventId.of(id)).at(at).kind(kind).actor(actor);
        if (ref != null) {
            e.ref(ref);
        }
        return e.build();
    }

    // ---------------------------------------------------------------- helpers

    /**
     * One agreement in four whose zone observes DST starts 0 to 6 days before its next offset change, so that events
     * and deadlines land on DST days.
     */
    private static LocalDate nearDst(Dice h, ZoneId zone, LocalDate effective) {
        if (!h.chance(25)) {
            return effective;
        }
        java.time.zone.ZoneOffsetTransition next =
                zone.getRules().nextTransition(effective.atStartOfDay(zone).toInstant());
        if (next == null) {
            return effective;
        }
        return next.getDateTimeBefore().toLocalDate().minusDays(h.between(0, 6));
    }

    /** 30 % no calendar, 35 % weekends, 35 % weekends and holidays. */
    private static CalendarId calendar(int die) {
        return die < 30 ? CalendarId.NONE : die < 65 ? CalendarId.WEEKENDS : HOLIDAYS;
    }

    /**
     * Whether a date is one of {@link #HOLIDAY_CALENDAR}'s holidays.
     *
     * @param date a date
     * @return true if it is a generated holiday
     */
    public static boolean isGeneratedHoliday(LocalDate date) {
        int m = date.getMonthValue();
        int d = date.getDayOfMonth();
        boolean thirdMonday = date.getDayOfWeek() == DayOfWeek.MONDAY && d >= 15 && d <= 21;
        return thirdMonday
                || (m == 1 && (d == 1 || d == 6))
                || (m == 3 && d == 19)
                || (m == 5 && d == 1)
                || (m == 6 && d == 24)
                || (m == 8 && d == 15)
                || (m == 10 && d == 12)
                || (m == 11 && d == 1)
                || (m == 12 && (d == 6 || d == 8 || d == 25 || d == 26));
    }

    private static BusinessCalendar holidayCalendar() {
        LocalDate first = LocalDate.of(2020, 1, 1);
        LocalDate end = LocalDate.of(2041, 1, 1);
        BusinessCalendar.Builder b = BusinessCalendar.builder()
                .name("generated holidays")
                .weekendDays(Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY))
                .covering(LocalDateRange.of(first, end));
        for (LocalDate d = first; d.isBefore(end); d = d.plusDays(1)) {
            if (isGeneratedHoliday(d)) {
                b.addHoliday(d);
            }
        }
        return b.build();
    }

    static Money money(Dice d, Currency currency, int minUnits, int maxUnits) {
        int scale = currency.getDefaultFractionDigits();
        BigDecimal units = BigDecimal.valueOf(d.between(minUnits, maxUnits));
        int minor = d.below(scale == 0 ? 1 : (int) Math.pow(10, scale));
        return Money.of(units.add(BigDecimal.valueOf(minor, scale)), currency);
    }

    /** A percentage with two decimals from {@code minHundredths}/100 to {@code maxHundredths}/100. */
    private static BigDecimal percent(Dice d, int minHundredths, int maxHundredths) {
        return BigDecimal.valueOf(d.between(minHundredths, maxHundredths), 2);
    }
}
