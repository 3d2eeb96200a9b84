package dev.pacta.json;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.pacta.core.gen.Coverage;
import dev.pacta.core.gen.Gens;
import dev.pacta.core.gen.HardCases;
import dev.pacta.core.gen.ModelGen;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.AgreementId;
import dev.pacta.core.model.Amendment;
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
import dev.pacta.core.model.Timeline;
import dev.pacta.core.model.Trigger;
import dev.pacta.core.money.DayCount;
import dev.pacta.core.money.Money;
import dev.pacta.core.time.BusinessDayConvention;
import dev.pacta.core.time.CalendarId;
import dev.pacta.core.time.Recurrence;
import dev.pacta.core.time.Span;
import dev.pacta.json.internal.SpanUnits;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of every value the JSON format writes, built on the core builders. They generate values
 * the format can represent: within the reader's ranges (spans up to about ten years, 4-digit years, minute offsets)
 * and following its per-kind rules (a trigger's, deadline's, remedy's and event's properties match its kind).
 *
 * <p>Texts and ids are hostile on purpose: quotes, backslashes, control characters, U+2028, a non-BMP character (whose
 * surrogate halves, picked one after the other, make it too), 64-character ids, three-part zone ids. A lone half is
 * not text: the reader refuses it (I-JSON, RFC 7493 section 2.1) and the writer does not write it, so it is not
 * generated here; {@code HostileInputTest} checks both.
 */
final class JsonGen {
    private static final String ID_FIRST = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final List<String> CURRENCIES = List.of("EUR", "USD", "JPY", "BHD", "GBP", "CHF");

    /** The characters of {@link #text()} beyond printable ASCII. */
    static final List<String> HOSTILE =
            List.of("á", "é", "ñ", "€", "日", "本", "\"", "\\", "\n", "\t", "\u0000", "\u2028", "😀", "\uD83D\uDE00");

    private static final List<String> PRINTABLE = IntStream.rangeClosed(' ', '~')
            .mapToObj(c -> String.valueOf((char) c))
            .toList();

    private JsonGen() {}

    /**
     * Declares the floors of every hard case of {@link ModelGen#agreementsWithTimelines()}, for a property that counts
     * them with {@code hardCases().countIn(coverage)}. Each property states its own, at or below the five-sigma floor
     * ({@link Coverage#fiveSigmaFloor}) of the share its fixed seed reaches at its number of examples; on average about
     * 54 % of the samples hold same-instant events, 26 % one listed before a same-instant event it refers to, 9 % a
     * business-day window across a generated holiday, 15 % an event on a DST day, 11 % a partial payment, 10 % an
     * overpayment, 29 % an amendment, 34 % a suspension and 11 % a month-end recurrence (timelines are mostly short:
     * see {@link ModelGen#timelineSamples}).
     *
     * @param coverage the property's counters
     * @param floors the floors in the order of {@link HardCases.Case}: same instant, same instant out of order,
     *     business days across a holiday, DST day, partial payment, overpayment, amendment, suspension, month-end
     *     recurrence
     * @return the same counters
     */
    static Coverage hardCaseFloors(Coverage coverage, double... floors) {
        return HardCases.floors(coverage, floors);
    }

    /** Strings of {@code min} to {@code max} pieces, short ones (and the shortest) more often than in a uniform draw. */
    private static Gen<String> strings(Gen<String> piece, int min, int max) {
        Gen<Integer> sizes = Gens.weighted(
                Pair.of(1, Generate.constant(min)),
                Pair.of(3, Generate.range(min, Math.min(max, min + 4))),
                Pair.of(6, Generate.range(min, max)));
        return lists().of(piece).ofSizes(sizes).map(pieces -> String.join("", pieces));
    }

    /** Lists of 0 to {@code max} elements. */
    private static <T> Gen<List<T>> listsOf(Gen<T> element, int max) {
        return lists().of(element).ofSizeBetween(0, max);
    }

    /** Maps of up to {@code max} entries (fewer when keys repeat), in generation order. */
    private static <K, V> Gen<Map<K, V>> mapsOf(Gen<K> keys, Gen<V> values, int max) {
        return listsOf(keys.zip(values, Pair::of), max).map(pairs -> {
            Map<K, V> map = new LinkedHashMap<>();
            pairs.forEach(p -> map.put(p._1, p._2));
            return map;
        });
    }

    /**
     * Identifier texts: a letter or digit and up to 12 of {@code [A-Za-z0-9._-]}, or (one time in 21) 64 characters.
     *
     * @return identifier texts
     */
    static Gen<String> idText() {
        Gen<String> first = Generate.pick(
                ID_FIRST.chars().mapToObj(c -> String.valueOf((char) c)).toList());
        Gen<String> rest = strings(
                Generate.pick((ID_FIRST + "._-")
                        .chars()
                        .mapToObj(c -> String.valueOf((char) c))
                        .toList()),
                0,
                12);
        return Gens.frequency(20, first.zip(rest, (f, r) -> f + r), 1, Generate.constant("X".repeat(64)));
    }

    /**
     * Ids of one type.
     *
     * @param <T> the id type
     * @param factory makes an id of a text
     * @return ids
     */
    static <T> Gen<T> id(Function<String, T> factory) {
        return idText().map(t -> factory.apply(t));
    }

    /**
     * Texts of 0 to 40 characters: printable ASCII, and one time in four a character of {@link #HOSTILE}.
     *
     * @return texts
     */
    static Gen<String> text() {
        return strings(Gens.frequency(3, Generate.pick(PRINTABLE), 1, Generate.pick(HOSTILE)), 0, 40);
    }

    /**
     * Event kinds, with the 64-character edge case.
     *
     * @return event kinds
     */
    static Gen<String> eventKind() {
        return Gens.frequency(
                20,
                Gens.of("content.delivered", "mockup.submitted", "mockup.approved", "draft_1.sent", "x", "a-b.c"),
                1,
                Generate.constant("k".repeat(64)));
    }

    /**
     * Dates from 1900 to 2199, and one time in 21 a leap day or the first or last date of the format.
     *
     * @return dates
     */
    static Gen<LocalDate> date() {
        return Gens.frequency(
                20,
                anyDate(),
                1,
                Gens.of(LocalDate.of(2024, 2, 29), LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)));
    }

    private static Gen<LocalDate> anyDate() {
        return Generate.longRange(
                        LocalDate.of(1900, 1, 1).toEpochDay(),
                        LocalDate.of(2199, 12, 31).toEpochDay())
                .map(d -> LocalDate.ofEpochDay(d));
    }

    /**
     * Timestamps on {@link #date()}s, at any second, with no fraction, milliseconds or nanoseconds, at offsets of
     * whole minutes from -18:00 to +18:00 (UTC one time in seven).
     *
     * @return timestamps
     */
    static Gen<OffsetDateTime> timestamp() {
        Gen<Integer> seconds = integers().between(0, 86_399);
        Gen<Integer> nanos = Gens.weighted(
                Pair.of(4, Generate.constant(0)),
                Pair.of(1, integers().between(0, 999).map(ms -> ms * 1_000_000)),
                Pair.of(1, integers().between(0, 999_999_999)));
        Gen<ZoneOffset> offset = integers()
                .between(-18 * 60, 18 * 60)
                .map(m -> m % 7 == 0 ? ZoneOffset.UTC : ZoneOffset.ofTotalSeconds(m * 60));
        return date().zip(
                        seconds,
                        nanos,
                        offset,
                        (d, s, n, o) -> OffsetDateTime.of(
                                d.getYear(),
                                d.getMonthValue(),
                                d.getDayOfMonth(),
                                s / 3600,
                                s / 60 % 60,
                                s % 60,
                                n,
                                o));
    }

    /**
     * Event times: dates and timestamps, half each.
     *
     * @return event times
     */
    static Gen<EventTime> eventTime() {
        return Gens.frequency(
                1, date().map(d -> EventTime.of(d)), 1, timestamp().map(t -> EventTime.of(t)));
    }

    /**
     * Money in six currencies (scales 0, 2 and 3), from minus to plus a trillion minor units.
     *
     * @return money
     */
    static Gen<Money> money() {
        return Generate.pick(CURRENCIES)
                .zip(longs().between(-1_000_000_000_000L, 1_000_000_000_000L), (code, unscaled) -> {
                    var currency = Money.currency(code);
                    return Money.of(BigDecimal.valueOf(unscaled, currency.getDefaultFractionDigits()), currency);
                });
    }

    /**
     * Percentages from 0 to 100,000 units at scales 0 to 4.
     *
     * @return percentages
     */
    static Gen<BigDecimal> percent() {
        return longs().between(0, 100_000).zip(integers().between(0, 4), (u, s) -> BigDecimal.valueOf(u, s));
    }

    /**
     * Spans of every unit, up to the reader's maximum.
     *
     * @return spans
     */
    static Gen<Span> span() {
        return Generate.enumValues(Span.Unit.class)
                .flatMap(unit -> Generate.longRange(0, SpanUnits.max(unit)).map(n -> new Span(n, unit)));
    }

    /**
     * Deadline rules of every kind and convention.
     *
     * @return deadline rules
     */
    static Gen<DeadlineRule> deadline() {
        Gen<BusinessDayConvention> convention = Generate.enumValues(BusinessDayConvention.class);
        Gen<DeadlineRule> open = convention.map(
                c -> (DeadlineRule) DeadlineRule.Open.builder().convention(c).build());
        Gen<DeadlineRule> fixed = date().zip(convention, (d, c) -> (DeadlineRule)
                DeadlineRule.OnDate.builder().date(d).convention(c).build());
        Gen<DeadlineRule> offset = span().zip(convention, (s, c) -> (DeadlineRule)
                DeadlineRule.Within.builder().offset(s).convention(c).build());
        return Gens.weighted(Pair.of(1, open), Pair.of(1, fixed), Pair.of(1, offset));
    }

    /**
     * Recurrences of every frequency, every 1 to 12 units, with or without a start, a weekday (weekly), a day of the
     * month (monthly, yearly), the last business day (monthly), a count and an end date.
     *
     * @return recurrences
     */
    static Gen<Recurrence> recurrence() {
        Gen<Integer> intervals = integers().between(1, 12);
        Gen<Optional<LocalDate>> starts = Gens.optional(date(), 0.5);
        Gen<Optional<Integer>> counts = Gens.optional(integers().between(1, 100), 0.5);
        Gen<Optional<LocalDate>> untils = Gens.optional(date(), 0.3);
        return Generate.enumValues(Recurrence.Frequency.class).flatMap(f -> {
            Gen<Optional<DayOfWeek>> dow =
                    Gens.optional(Generate.enumValues(DayOfWeek.class), f == Recurrence.Frequency.WEEKLY ? 0.5 : 0);
            Gen<Optional<Integer>> dom = Gens.optional(
                    integers().between(1, 31),
                    f == Recurrence.Frequency.MONTHLY || f == Recurrence.Frequency.YEARLY ? 0.4 : 0);
            Gen<Boolean> last = Generate.booleans().map(b -> b && f == Recurrence.Frequency.MONTHLY);
            return in -> {
                boolean lastBusinessDay = last.generate(in);
                Optional<Integer> dayOfMonth = dom.generate(in);
                return Recurrence.builder()
                        .frequency(f)
                        .interval(intervals.generate(in))
                        .start(starts.generate(in))
                        .dayOfWeek(dow.generate(in))
                        .dayOfMonth(lastBusinessDay ? Optional.empty() : dayOfMonth)
                        .lastBusinessDay(lastBusinessDay)
                        .count(counts.generate(in))
                        .until(untils.generate(in))
                        .build();
            };
        });
    }

    /**
     * Triggers of every kind, naming any milestone or obligation.
     *
     * @return triggers
     */
    static Gen<Trigger> trigger() {
        return Gens.weighted(
                Pair.of(1, Generate.constant(Trigger.onEffectiveDate())),
                Pair.of(1, eventKind().map(k -> Trigger.onEvent(k))),
                Pair.of(1, id(MilestoneId::of).map(m -> Trigger.onMilestone(m))),
                Pair.of(1, id(ObligationId::of).map(o -> Trigger.onFulfilment(o))),
                Pair.of(1, id(ObligationId::of).map(o -> Trigger.onBreach(o))),
                Pair.of(1, recurrence().map(r -> Trigger.recurring(r))));
    }

    /**
     * Remedies of every kind with every combination of their optional properties.
     *
     * @return remedies
     */
    static Gen<Remedy> remedy() {
        return Generate.enumValues(Remedy.Kind.class).flatMap(kind -> switch (kind) {
            case LATE_FEE ->
                Gens.optional(money(), 0.6)
                        .zip(Gens.optional(percent(), 0.6), (flat, pct) -> (Remedy) Remedy.LateFee.builder()
                                .flat(flat.isEmpty() && pct.isEmpty() ? Optional.of(Money.of("50", "EUR")) : flat)
                                .percent(pct)
                                .build());
            case INTEREST ->
                percent().zip(Generate.enumValues(DayCount.class), (rate, dc) -> (Remedy) Remedy.Interest.builder()
                        .annualRatePercent(rate)
                        .dayCount(dc)
                        .build());
            case PENALTY -> {
                Gen<Optional<BigDecimal>> caps = Gens.optional(percent(), 0.5);
                Gen<Optional<Money>> bases = Gens.optional(money(), 0.5);
                Gen<Boolean> proRata = Generate.booleans();
                yield in -> Remedy.Penalty.builder()
                        .percent(percent().generate(in))
                        .per(span().generate(in))
                        .capPercent(caps.generate(in))
                        .base(bases.generate(in))
                        .proRata(proRata.generate(in))
                        .build();
            }
            case OBLIGATION -> id(ObligationId::of).map(o -> (Remedy) Remedy.obligation(o));
            case RIGHT ->
                Gens.of("SUSPEND_WORK", "SUSPEND_WORK", "TERMINATE", "A", "X_1", "W" + "X".repeat(63))
                        .zip(Generate.booleans(), (r, cured) -> (Remedy) Remedy.Right.builder()
                                .right(r)
                                .untilCured(cured && r.equals(Remedy.SUSPEND_WORK))
                                .build());
        });
    }

    /**
     * Roles: the two standard ones and two custom ones.
     *
     * @return roles
     */
    static Gen<Role> role() {
        return Gens.of(Role.CLIENT, Role.PROVIDER, Role.of("SUBCONTRACTOR"), Role.of("A1_B"));
    }

    /**
     * Parties with hostile names and contacts.
     *
     * @return parties
     */
    static Gen<Party> party() {
        return id(PartyId::of)
                .zip(
                        text(),
                        role(),
                        Gens.optional(text(), 0.5),
                        (id, name, role, contact) -> Party.builder()
                                .id(id)
                                .name(name)
                                .role(role)
                                .contact(contact)
                                .build());
    }

    /**
     * Standalone obligations naming any parties.
     *
     * @return obligations
     */
    static Gen<Obligation> obligation() {
        return obligation(id(PartyId::of));
    }

    /**
     * Standalone obligations of every category, modality, trigger, deadline and payment form (none, an amount, a
     * share of the value), with up to three fulfilling kinds, two prerequisites and three remedies.
     *
     * @param parties the obligors and beneficiaries
     * @return obligations
     */
    static Gen<Obligation> obligation(Gen<PartyId> parties) {
        Gen<String> titles = text();
        Gen<Category> categories = Generate.enumValues(Category.class);
        Gen<Modality> modalities = Generate.enumValues(Modality.class);
        Gen<Trigger> triggers = trigger();
        Gen<DeadlineRule> deadlines = deadline();
        Gen<List<String>> kinds = listsOf(eventKind(), 3);
        Gen<Optional<Span>> graces = Gens.optional(span(), 0.4);
        Gen<List<ObligationId>> prerequisites = listsOf(id(ObligationId::of), 2);
        Gen<Integer> payments = integers().between(0, 2);
        Gen<Money> amounts = money();
        Gen<BigDecimal> percents = percent();
        Gen<List<Remedy>> remedies = listsOf(remedy(), 3);
        Gen<Integer> flags = integers().between(0, 3);
        Gen<ObligationId> ids = id(ObligationId::of);
        return in -> {
            Obligation.Builder b = Obligation.builder()
                    .id(ids.generate(in))
                    .title(titles.generate(in))
                    .category(categories.generate(in))
                    .obligor(parties.generate(in))
                    .beneficiary(parties.generate(in))
                    .modality(modalities.generate(in))
                    .trigger(triggers.generate(in))
                    .deadline(deadlines.generate(in))
                    .fulfilledBy(kinds.generate(in))
                    .grace(graces.generate(in))
                    .prerequisites(prerequisites.generate(in))
                    .remedies(remedies.generate(in));
            int pay = payments.generate(in);
            if (pay == 1) {
                b.amount(amounts.generate(in));
            } else if (pay == 2) {
                b.percentOfValue(percents.generate(in));
            }
            int f = flags.generate(in);
            return b.survivesTermination((f & 1) != 0).timeBound((f & 2) != 0).build();
        };
    }

    /**
     * Standalone milestones requiring up to three obligations and depending on up to two milestones.
     *
     * @return milestones
     */
    static Gen<Milestone> milestone() {
        Gen<MilestoneId> ids = id(MilestoneId::of);
        Gen<String> titles = text();
        Gen<LocalDate> targets = date();
        Gen<List<ObligationId>> requires = listsOf(id(ObligationId::of), 3);
        Gen<List<MilestoneId>> dependsOn = listsOf(id(MilestoneId::of), 2);
        return in -> Milestone.builder()
                .id(ids.generate(in))
                .title(titles.generate(in))
                .target(targets.generate(in))
                .requires(requires.generate(in))
                .dependsOn(dependsOn.generate(in))
                .build();
    }

    /**
     * Zones: those of {@link ModelGen#ZONES} and three-part and hyphenated ids.
     *
     * @return zones
     */
    static Gen<ZoneId> zone() {
        return Gens.of(
                        "UTC",
                        "Europe/Madrid",
                        "America/New_York",
                        "Asia/Kolkata",
                        "Australia/Lord_Howe",
                        "America/Argentina/Buenos_Aires",
                        "America/Port-au-Prince",
                        "America/North_Dakota/New_Salem")
                .map(z -> ZoneId.of(z));
    }

    /**
     * Valid agreements: the model's own generator ({@link ModelGen#agreements()}: every trigger, deadline and remedy
     * kind, payment schedules, milestones, chains, the holiday calendar), with the texts, ids, zones and metadata that
     * the format must carry exactly replaced by hostile ones (quotes, backslashes, control characters, non-BMP
     * characters, 64-character ids, three-part zone ids) and sometimes a calendar no engine knows. The replacements
     * keep the agreement valid.
     *
     * @return agreements
     */
    static Gen<Agreement> agreement() {
        // Blank titles are invalid: a blank text gets a visible first character instead of being discarded.
        Gen<String> title = text().map(t -> t.isBlank() ? "T" + t : t);
        Gen<String> metadataKey = text().map(k -> k.codePoints()
                        .filter(c -> !Character.isISOControl(c))
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                        .toString())
                .map(k -> k.isBlank() ? "k" + k : k);
        Gen<Agreement> base = ModelGen.agreements();
        Gen<Optional<AgreementId>> ids = Gens.optional(id(AgreementId::of), 0.5);
        Gen<Optional<String>> agreementTitles = Gens.optional(title, 0.5);
        Gen<List<String>> titles = lists().of(title).ofSize(12);
        Gen<Optional<ZoneId>> zones = Gens.optional(zone(), 0.5);
        Gen<Optional<CalendarId>> calendars = Gens.optional(Gens.of(CalendarId.of("ES-MD"), CalendarId.of("x")), 0.3);
        Gen<Map<String, String>> metadata = mapsOf(metadataKey, text(), 3);
        return in -> {
            Agreement agreement = base.generate(in);
            Agreement.Builder b = Agreement.builder().from(agreement);
            ids.generate(in).ifPresent(b::id);
            agreementTitles.generate(in).ifPresent(b::title);
            List<String> names = titles.generate(in);
            zones.generate(in).ifPresent(b::zone);
            calendars.generate(in).ifPresent(b::calendar);
            List<Party> parties = new ArrayList<>();
            for (int i = 0; i < agreement.parties().size(); i++) {
                Party.Builder p = Party.builder().from(agreement.parties().get(i));
                p.name(names.get(i % names.size()));
                if (i == 0) {
                    p.contact(names.get(11));
                }
                parties.add(p.build());
            }
            List<Obligation> obligations = new ArrayList<>();
            for (int i = 0; i < agreement.obligations().size(); i++) {
                Obligation o = agreement.obligations().get(i);
                obligations.add(
                        i % 2 == 0
                                ? Obligation.builder()
                                        .from(o)
                                        .title(names.get((i + 3) % names.size()))
                                        .build()
                                : o);
            }
            return b.parties(parties)
                    .obligations(obligations)
                    .putAllMetadata(metadata.generate(in))
                    .build();
        };
    }

    /**
     * Amendments: up to three milestone targets, two added obligations, two removed ones and two signatories.
     *
     * @return amendments
     */
    static Gen<Amendment> amendment() {
        return mapsOf(id(MilestoneId::of), date(), 3)
                .zip(
                        listsOf(obligation(), 2),
                        listsOf(id(ObligationId::of), 2),
                        (targets, add, remove) -> Amendment.builder()
                                .milestoneTargets(targets)
                                .addObligations(add)
                                .removeObligations(remove)
                                .build())
                .zip(
                        listsOf(id(PartyId::of), 2),
                        (a, signers) ->
                                Amendment.builder().from(a).signedBy(signers).build());
    }

    /**
     * Event kinds: every control kind and some plain facts, half each.
     *
     * @return event kinds
     */
    static Gen<String> anyEventKind() {
        List<String> kinds = new ArrayList<>();
        for (ControlKind c : ControlKind.values()) {
            kinds.add(c.kind());
        }
        return Gens.frequency(1, Generate.pick(kinds), 1, eventKind());
    }

    /**
     * Refs: ids, and instances {@code id#n}.
     *
     * @return refs
     */
    static Gen<String> ref() {
        return Gens.frequency(1, idText(), 1, idText().zip(integers().between(1, 999), (i, n) -> i + "#" + n));
    }

    /**
     * Events of every kind with the properties of their kind: an amount (always for a payment), a payee (payments),
     * {@code until} or {@code by} (extensions), an amendment (amendments), and any ref and note.
     *
     * @return events
     */
    static Gen<Event> event() {
        Gen<EventId> ids = id(EventId::of);
        Gen<EventTime> times = eventTime();
        Gen<PartyId> actors = id(PartyId::of);
        Gen<Optional<String>> refs = Gens.optional(ref(), 0.6);
        Gen<Optional<String>> notes = Gens.optional(text(), 0.4);
        Gen<Boolean> untilNotBy = Generate.booleans();
        Gen<LocalDate> untils = date();
        Gen<Span> bys = span();
        Gen<Amendment> amendments = amendment();
        return anyEventKind().flatMap(kind -> {
            ControlKind control = ControlKind.of(kind).orElse(null);
            boolean payment = control == ControlKind.PAYMENT;
            Gen<Optional<Money>> amounts = Gens.optional(money(), payment ? 1 : 0.2);
            Gen<Optional<PartyId>> payees = Gens.optional(id(PartyId::of), payment ? 0.5 : 0);
            return in -> {
                Event.Builder b = Event.builder()
                        .id(ids.generate(in))
                        .at(times.generate(in))
                        .kind(kind)
                        .actor(actors.generate(in))
                        .ref(refs.generate(in))
                        .note(notes.generate(in))
                        .amount(amounts.generate(in))
                        .payee(payees.generate(in));
                if (control == ControlKind.EXTENSION) {
                    if (untilNotBy.generate(in)) {
                        b.until(untils.generate(in));
                    } else {
                        b.by(bys.generate(in));
                    }
                }
                if (control == ControlKind.AMENDMENT) {
                    b.amendment(amendments.generate(in));
                }
                return b.build();
            };
        });
    }

    /**
     * Timelines of up to eight {@link #event()}s with distinct ids, naming an agreement seven times in ten.
     *
     * @return timelines
     */
    static Gen<Timeline> timeline() {
        return Gens.optional(id(AgreementId::of), 0.7).zip(listsOf(event(), 8), (agreement, events) -> {
            List<Event> unique = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                unique.add(Event.builder()
                        .from(events.get(i))
                        .id(EventId.of("e" + i))
                        .build());
            }
            return Timeline.builder().agreement(agreement).events(unique).build();
        });
    }
}
