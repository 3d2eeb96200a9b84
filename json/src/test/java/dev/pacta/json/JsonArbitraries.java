package dev.pacta.json;

import dev.pacta.core.arbitraries.ModelArbitraries;
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
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of every value the JSON format writes, built on the core builders. They generate values the format can
 * represent: within the reader's ranges (spans up to about ten years, 4-digit years, minute offsets) and following
 * its per-kind rules (a trigger's, deadline's, remedy's and event's properties match its kind).
 */
final class JsonArbitraries {
    private static final String ID_FIRST = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String[] CURRENCIES = {"EUR", "USD", "JPY", "BHD", "GBP", "CHF"};

    private JsonArbitraries() {}

    static Arbitrary<String> idText() {
        Arbitrary<Character> first =
                Arbitraries.of(ID_FIRST.chars().mapToObj(c -> (char) c).toList());
        Arbitrary<String> rest =
                Arbitraries.strings().withChars(ID_FIRST + "._-").ofMaxLength(12);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(20, Combinators.combine(first, rest).as((f, r) -> f + r)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just("X".repeat(64))));
    }

    static <T> Arbitrary<T> id(Function<String, T> factory) {
        return idText().map(factory);
    }

    static Arbitrary<String> text() {
        return Arbitraries.strings()
                .withCharRange(' ', '~')
                .withChars("áéñ€日本\"\\\n\t\u0000\u2028😀")
                .ofMaxLength(40);
    }

    static Arbitrary<String> eventKind() {
        return Arbitraries.of("content.delivered", "mockup.submitted", "mockup.approved", "draft_1.sent", "x", "a-b.c")
                .edgeCases(c -> c.add("k".repeat(64)));
    }

    static Arbitrary<LocalDate> date() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(
                        1,
                        Arbitraries.of(LocalDate.of(2024, 2, 29), LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31))),
                net.jqwik.api.Tuple.of(20, anyDate()));
    }

    private static Arbitrary<LocalDate> anyDate() {
        return Arbitraries.longs()
                .between(
                        LocalDate.of(1900, 1, 1).toEpochDay(),
                        LocalDate.of(2199, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    static Arbitrary<OffsetDateTime> timestamp() {
        Arbitrary<Integer> seconds = Arbitraries.integers().between(0, 86_399);
        Arbitrary<Integer> nanos = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.just(0)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 999).map(ms -> ms * 1_000_000)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 999_999_999)));
        Arbitrary<ZoneOffset> offset = Arbitraries.integers()
                .between(-18 * 60, 18 * 60)
                .map(m -> m % 7 == 0 ? ZoneOffset.UTC : ZoneOffset.ofTotalSeconds(m * 60));
        return Combinators.combine(date(), seconds, nanos, offset)
                .as((d, s, n, o) -> OffsetDateTime.of(
                        d.getYear(), d.getMonthValue(), d.getDayOfMonth(), s / 3600, s / 60 % 60, s % 60, n, o));
    }

    static Arbitrary<EventTime> eventTime() {
        return Arbitraries.oneOf(date().map(EventTime::of), timestamp().map(EventTime::of));
    }

    static Arbitrary<Money> money() {
        return Combinators.combine(
                        Arbitraries.of(CURRENCIES),
                        Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000L))
                .as((code, unscaled) -> {
                    var currency = Money.currency(code);
                    return Money.of(BigDecimal.valueOf(unscaled, currency.getDefaultFractionDigits()), currency);
                });
    }

    static Arbitrary<BigDecimal> percent() {
        return Combinators.combine(
                        Arbitraries.longs().between(0, 100_000),
                        Arbitraries.integers().between(0, 4))
                .as(BigDecimal::valueOf);
    }

    static Arbitrary<Span> span() {
        return Arbitraries.of(Span.Unit.class)
                .flatMap(unit ->
                        Arbitraries.longs().between(0, SpanUnits.max(unit)).map(n -> new Span(n, unit)));
    }

    static Arbitrary<DeadlineRule> deadline() {
        Arbitrary<BusinessDayConvention> convention = Arbitraries.of(BusinessDayConvention.class);
        return Arbitraries.oneOf(
                convention.map(c -> DeadlineRule.builder()
                        .kind(DeadlineRule.Kind.OPEN)
                        .convention(c)
                        .build()),
                Combinators.combine(date(), convention)
                        .as((d, c) -> DeadlineRule.builder()
                                .kind(DeadlineRule.Kind.FIXED_DATE)
                                .date(d)
                                .convention(c)
                                .build()),
                Combinators.combine(span(), convention)
                        .as((s, c) -> DeadlineRule.builder()
                                .kind(DeadlineRule.Kind.OFFSET)
                                .offset(s)
                                .convention(c)
                                .build()));
    }

    static Arbitrary<Recurrence> recurrence() {
        return Arbitraries.of(Recurrence.Frequency.class)
                .flatMap(f -> Combinators.combine(
                                Arbitraries.integers().between(1, 12),
                                date().optional(0.5),
                                Arbitraries.of(DayOfWeek.class).optional(f == Recurrence.Frequency.WEEKLY ? 0.5 : 0),
                                Arbitraries.integers()
                                        .between(1, 31)
                                        .optional(
                                                f == Recurrence.Frequency.MONTHLY || f == Recurrence.Frequency.YEARLY
                                                        ? 0.4
                                                        : 0),
                                Arbitraries.of(true, false).map(b -> b && f == Recurrence.Frequency.MONTHLY),
                                Arbitraries.integers().between(1, 100).optional(0.5),
                                date().optional(0.3))
                        .as((interval, start, dow, dom, last, count, until) -> Recurrence.builder()
                                .frequency(f)
                                .interval(interval)
                                .start(start)
                                .dayOfWeek(dow)
                                .dayOfMonth(last ? Optional.empty() : dom)
                                .lastBusinessDay(last)
                                .count(count)
                                .until(until)
                                .build()));
    }

    static Arbitrary<Trigger> trigger() {
        return Arbitraries.oneOf(
                Arbitraries.just(Trigger.onEffectiveDate()),
                eventKind().map(Trigger::onEvent),
                id(MilestoneId::of).map(Trigger::onMilestone),
                id(ObligationId::of).map(Trigger::onFulfilment),
                id(ObligationId::of).map(Trigger::onBreach),
                recurrence().map(Trigger::recurring));
    }

    static Arbitrary<Remedy> remedy() {
        return Arbitraries.of(Remedy.Kind.class).flatMap(kind -> switch (kind) {
            case LATE_FEE ->
                Combinators.combine(money().optional(0.6), percent().optional(0.6))
                        .as((flat, pct) -> Remedy.builder()
                                .kind(kind)
                                .flat(flat.isEmpty() && pct.isEmpty() ? Optional.of(Money.of("50", "EUR")) : flat)
                                .percent(pct)
                                .build());
            case INTEREST ->
                Combinators.combine(percent(), Arbitraries.of(DayCount.class))
                        .as((rate, dc) -> Remedy.builder()
                                .kind(kind)
                                .annualRatePercent(rate)
                                .dayCount(dc)
                                .build());
            case PENALTY ->
                Combinators.combine(
                                percent(),
                                span(),
                                percent().optional(0.5),
                                money().optional(0.5),
                                Arbitraries.of(true, false))
                        .as((pct, per, cap, base, proRata) -> Remedy.builder()
                                .kind(kind)
                                .percent(pct)
                                .per(per)
                                .capPercent(cap)
                                .base(base)
                                .proRata(proRata)
                                .build());
            case OBLIGATION ->
                id(ObligationId::of)
                        .map(o -> Remedy.builder().kind(kind).obligation(o).build());
            case RIGHT ->
                Arbitraries.of("SUSPEND_WORK", "TERMINATE", "A", "X_1", "W" + "X".repeat(63))
                        .map(r -> Remedy.builder().kind(kind).right(r).build());
        });
    }

    static Arbitrary<Role> role() {
        return Arbitraries.of(Role.CLIENT, Role.PROVIDER, Role.of("SUBCONTRACTOR"), Role.of("A1_B"));
    }

    static Arbitrary<Party> party() {
        return Combinators.combine(id(PartyId::of), text(), role(), text().optional(0.5))
                .as((id, name, role, contact) -> Party.builder()
                        .id(id)
                        .name(name)
                        .role(role)
                        .contact(contact)
                        .build());
    }

    static Arbitrary<Obligation> obligation() {
        return obligation(id(PartyId::of));
    }

    static Arbitrary<Obligation> obligation(Arbitrary<PartyId> parties) {
        Arbitrary<Obligation.Builder> head = Combinators.combine(
                        id(ObligationId::of),
                        text(),
                        Arbitraries.of(Category.class),
                        parties,
                        parties,
                        Arbitraries.of(Modality.class),
                        trigger(),
                        deadline())
                .as((id, title, category, obligor, beneficiary, modality, trigger, deadline) -> Obligation.builder()
                        .id(id)
                        .title(title)
                        .category(category)
                        .obligor(obligor)
                        .beneficiary(beneficiary)
                        .modality(modality)
                        .trigger(trigger)
                        .deadline(deadline));
        Arbitrary<Integer> payment = Arbitraries.integers().between(0, 2);
        return Combinators.combine(
                        head,
                        eventKind().list().ofMaxSize(3).withoutEdgeCases(),
                        span().optional(0.4),
                        id(ObligationId::of).list().ofMaxSize(2).withoutEdgeCases(),
                        payment,
                        Combinators.combine(money(), percent()).as((m, p) -> new Object[] {m, p}),
                        remedy().withoutEdgeCases().list().ofMaxSize(3),
                        Arbitraries.integers().between(0, 3))
                .as((b, kinds, grace, prereqs, pay, amounts, remedies, flags) -> {
                    b.fulfilledBy(kinds).grace(grace).prerequisites(prereqs).remedies(remedies);
                    if (pay == 1) {
                        b.amount((Money) amounts[0]);
                    } else if (pay == 2) {
                        b.percentOfValue((BigDecimal) amounts[1]);
                    }
                    return b.survivesTermination((flags & 1) != 0)
                            .timeBound((flags & 2) != 0)
                            .build();
                });
    }

    static Arbitrary<Milestone> milestone() {
        return Combinators.combine(
                        id(MilestoneId::of),
                        text(),
                        date(),
                        id(ObligationId::of).list().ofMaxSize(3),
                        id(MilestoneId::of).list().ofMaxSize(2))
                .as((id, title, target, requires, dependsOn) -> Milestone.builder()
                        .id(id)
                        .title(title)
                        .target(target)
                        .requires(requires)
                        .dependsOn(dependsOn)
                        .build());
    }

    static Arbitrary<ZoneId> zone() {
        return Arbitraries.of(
                        "UTC",
                        "Europe/Madrid",
                        "America/New_York",
                        "Asia/Kolkata",
                        "Australia/Lord_Howe",
                        "America/Argentina/Buenos_Aires",
                        "America/Port-au-Prince",
                        "America/North_Dakota/New_Salem")
                .map(ZoneId::of);
    }

    /**
     * Valid agreements: the model's own generator ({@link ModelArbitraries#agreements()}: every trigger, deadline and
     * remedy kind, payment schedules, milestones, chains), with the texts, ids, zones and metadata that the format
     * must carry exactly replaced by hostile ones (quotes, backslashes, control characters, non-BMP characters,
     * 64-character ids, three-part zone ids). The replacements keep the agreement valid.
     */
    static Arbitrary<Agreement> agreement() {
        Arbitrary<String> title = text().filter(t -> !t.isBlank());
        Arbitrary<String> metadataKey =
                text().filter(k -> !k.isBlank() && k.chars().noneMatch(Character::isISOControl));
        return Combinators.combine(
                        ModelArbitraries.agreements(),
                        id(AgreementId::of).optional(0.5),
                        title.optional(0.5),
                        title.list().ofSize(12),
                        zone().optional(0.5),
                        Arbitraries.of(CalendarId.of("ES-MD"), CalendarId.of("x"))
                                .optional(0.3),
                        Arbitraries.maps(metadataKey, text()).ofMaxSize(3))
                .as((agreement, id, agreementTitle, titles, zone, calendar, metadata) -> {
                    Agreement.Builder b = Agreement.builder().from(agreement);
                    id.ifPresent(b::id);
                    agreementTitle.ifPresent(b::title);
                    zone.ifPresent(b::zone);
                    calendar.ifPresent(b::calendar);
                    List<Party> parties = new ArrayList<>();
                    for (int i = 0; i < agreement.parties().size(); i++) {
                        Party.Builder p =
                                Party.builder().from(agreement.parties().get(i));
                        p.name(titles.get(i % titles.size()));
                        if (i == 0) {
                            p.contact(titles.get(11));
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
                                                .title(titles.get((i + 3) % titles.size()))
                                                .build()
                                        : o);
                    }
                    return b.parties(parties)
                            .obligations(obligations)
                            .putAllMetadata(metadata)
                            .build();
                });
    }

    static Arbitrary<Amendment> amendment() {
        return Combinators.combine(
                        Arbitraries.maps(id(MilestoneId::of), date()).ofMaxSize(3),
                        obligation().withoutEdgeCases().list().ofMaxSize(2),
                        id(ObligationId::of).list().ofMaxSize(2))
                .as((targets, add, remove) -> Amendment.builder()
                        .milestoneTargets(targets)
                        .addObligations(add)
                        .removeObligations(remove)
                        .build());
    }

    /** Event kinds: every control kind and some plain facts. */
    static Arbitrary<String> anyEventKind() {
        List<String> kinds = new ArrayList<>();
        for (ControlKind c : ControlKind.values()) {
            kinds.add(c.kind());
        }
        return Arbitraries.oneOf(Arbitraries.of(kinds), eventKind());
    }

    static Arbitrary<String> ref() {
        return Arbitraries.oneOf(
                idText(),
                Combinators.combine(idText(), Arbitraries.integers().between(1, 999))
                        .as((i, n) -> i + "#" + n));
    }

    static Arbitrary<Event> event() {
        return anyEventKind().flatMap(kind -> {
            ControlKind control = ControlKind.of(kind).orElse(null);
            boolean payment = control == ControlKind.PAYMENT;
            boolean extension = control == ControlKind.EXTENSION;
            Arbitrary<Event.Builder> head = Combinators.combine(
                            id(EventId::of), eventTime(), id(PartyId::of), ref().optional(0.6), text().optional(0.4))
                    .as((id, at, actor, ref, note) -> Event.builder()
                            .id(id)
                            .at(at)
                            .kind(kind)
                            .actor(actor)
                            .ref(ref)
                            .note(note));
            return Combinators.combine(
                            head,
                            money().optional(payment ? 1 : 0.2),
                            id(PartyId::of).optional(payment ? 0.5 : 0),
                            Arbitraries.of(true, false),
                            date(),
                            span(),
                            control == ControlKind.AMENDMENT
                                    ? amendment().map(Optional::of)
                                    : Arbitraries.just(Optional.<Amendment>empty()))
                    .as((b, amount, payee, untilNotBy, until, by, amendment) -> {
                        b.amount(amount).payee(payee).amendment(amendment);
                        if (extension) {
                            if (untilNotBy) {
                                b.until(until);
                            } else {
                                b.by(by);
                            }
                        }
                        return b.build();
                    });
        });
    }

    static Arbitrary<Timeline> timeline() {
        return Combinators.combine(
                        id(AgreementId::of).optional(0.7),
                        event().withoutEdgeCases().list().ofMaxSize(8))
                .as((agreement, events) -> {
                    List<Event> unique = new ArrayList<>();
                    for (int i = 0; i < events.size(); i++) {
                        unique.add(Event.builder()
                                .from(events.get(i))
                                .id(EventId.of("e" + i))
                                .build());
                    }
                    return Timeline.builder()
                            .agreement(agreement)
                            .events(unique)
                            .build();
                });
    }
}
