package dev.pacta.json.internal.wire;

import static dev.pacta.json.internal.WireType.Omitted.ABSENT;
import static dev.pacta.json.internal.WireType.Omitted.NEVER;

import dev.pacta.core.model.MilestoneId;
import dev.pacta.core.model.ObligationId;
import dev.pacta.core.model.Remedy;
import dev.pacta.core.model.Trigger;
import dev.pacta.core.money.DayCount;
import dev.pacta.core.money.Money;
import dev.pacta.core.time.Recurrence;
import dev.pacta.core.time.Span;
import dev.pacta.json.DocumentKind;
import dev.pacta.json.internal.WireUnion;
import dev.pacta.json.internal.WireUnion.Field;
import dev.pacta.json.internal.WireUnion.Member;
import dev.pacta.json.internal.WireUnion.Messages;
import dev.pacta.json.internal.WireUnion.Variant;
import dev.pacta.json.internal.deser.RecurrenceDeserializer;
import dev.pacta.json.internal.deser.Scalars;
import dev.pacta.json.internal.deser.SpanDeserializer;
import dev.pacta.json.internal.deser.UnionDeserializer;
import dev.pacta.json.internal.ser.RecurrenceSerializer;
import dev.pacta.json.internal.ser.UnionSerializer;
import dev.pacta.json.internal.ser.Write;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The descriptions of the wire types that are unions chosen by a {@code kind} property ({@link WireUnion}): the
 * trigger and the remedy. See {@code docs/json-format.md} for what each property means.
 */
public final class WireUnions {
    private WireUnions() {}

    private static final Field<Trigger.Kind> TRIGGER_KIND = new Field<>(
            "kind", Trigger.Kind.class, (p, c) -> Scalars.enumValue(p, Trigger.Kind.class, "a trigger kind"));
    private static final Field<String> EVENT = new Field<>("event", String.class, (p, c) -> Scalars.eventKind(p));
    private static final Field<MilestoneId> MILESTONE =
            new Field<>("milestone", MilestoneId.class, (p, c) -> Scalars.id(p, MilestoneId::of, "a milestone id"));
    private static final Field<ObligationId> OBLIGATION = new Field<>(
            "obligation", ObligationId.class, (p, c) -> Scalars.id(p, ObligationId::of, "an obligation id"));
    private static final Field<Recurrence> RECURRENCE =
            new Field<>("recurrence", Recurrence.class, RecurrenceDeserializer.INSTANCE::deserialize);

    /** The words of a trigger's problems: each kind takes one property, or none. */
    private static final Messages<Trigger.Kind> TRIGGER_MESSAGES = new Messages<>() {
        @Override
        public String unexpected(Trigger.Kind kind, String property, List<String> takes) {
            return "property '" + property + "' does not apply to a " + kind + " trigger"
                    + (takes.isEmpty() ? ", which takes no other property" : "; it takes '" + takes.get(0) + "'");
        }

        @Override
        public String missing(Trigger.Kind kind, String property, List<String> required) {
            return "missing required property '" + property + "' in a trigger; it needs kind, "
                    + String.join(", ", required);
        }

        @Override
        public String noneOf(Trigger.Kind kind, List<String> names) {
            throw new IllegalStateException("no trigger needs one of several properties");
        }
    };

    /**
     * A {@link Trigger}: {@code {"kind": "ON_EVENT", "event": "draft.submitted"}}; each kind takes exactly its own
     * property ({@code event}, {@code milestone}, {@code obligation} or {@code recurrence}), or none.
     */
    public static final WireUnion<Trigger, Trigger.Kind> TRIGGER = new WireUnion<>(
            "trigger",
            DocumentKind.AGREEMENT,
            "a trigger",
            TRIGGER_KIND,
            Trigger::kind,
            List.of(EVENT, MILESTONE, OBLIGATION, RECURRENCE),
            List.of(
                    new Variant<>(
                            Trigger.Kind.ON_EFFECTIVE_DATE,
                            Trigger.OnEffectiveDate.class,
                            List.of(),
                            v -> Trigger.onEffectiveDate()),
                    new Variant<>(
                            Trigger.Kind.ON_EVENT,
                            Trigger.OnEvent.class,
                            List.of(new Member<>(
                                    EVENT.name(), NEVER, (g, s, n, t) -> g.writeStringField(n, t.eventKind()))),
                            v -> Trigger.onEvent(v.get(EVENT))),
                    new Variant<>(
                            Trigger.Kind.ON_MILESTONE,
                            Trigger.OnMilestone.class,
                            List.of(new Member<>(
                                    MILESTONE.name(),
                                    NEVER,
                                    (g, s, n, t) ->
                                            g.writeStringField(n, t.milestone().value()))),
                            v -> Trigger.onMilestone(v.get(MILESTONE))),
                    new Variant<>(
                            Trigger.Kind.ON_FULFILMENT,
                            Trigger.OnFulfilment.class,
                            List.of(new Member<>(
                                    OBLIGATION.name(),
                                    NEVER,
                                    (g, s, n, t) ->
                                            g.writeStringField(n, t.obligation().value()))),
                            v -> Trigger.onFulfilment(v.get(OBLIGATION))),
                    new Variant<>(
                            Trigger.Kind.ON_BREACH,
                            Trigger.OnBreach.class,
                            List.of(new Member<>(
                                    OBLIGATION.name(),
                                    NEVER,
                                    (g, s, n, t) ->
                                            g.writeStringField(n, t.obligation().value()))),
                            v -> Trigger.onBreach(v.get(OBLIGATION))),
                    new Variant<>(
                            Trigger.Kind.RECURRING,
                            Trigger.Recurring.class,
                            List.of(new Member<>(RECURRENCE.name(), NEVER, (g, s, n, t) -> {
                                g.writeFieldName(n);
                                RecurrenceSerializer.INSTANCE.serialize(t.recurrence(), g, s);
                            })),
                            v -> Trigger.recurring(v.get(RECURRENCE)))),
            TRIGGER_MESSAGES);

    private static final Field<Remedy.Kind> REMEDY_KIND =
            new Field<>("kind", Remedy.Kind.class, (p, c) -> Scalars.enumValue(p, Remedy.Kind.class, "a remedy kind"));
    private static final Field<Money> FLAT = new Field<>("flat", Money.class, (p, c) -> Scalars.money(p));
    private static final Field<BigDecimal> PERCENT =
            new Field<>("percent", BigDecimal.class, (p, c) -> Scalars.decimal(p, "a percentage"));
    private static final Field<BigDecimal> ANNUAL_RATE = new Field<>(
            "annualRatePercent", BigDecimal.class, (p, c) -> Scalars.decimal(p, "an annual rate in percent"));
    private static final Field<DayCount> DAY_COUNT =
            new Field<>("dayCount", DayCount.class, (p, c) -> Scalars.enumValue(p, DayCount.class, "a day count"));
    private static final Field<Span> PER = new Field<>("per", Span.class, SpanDeserializer.INSTANCE::deserialize);
    private static final Field<BigDecimal> CAP =
            new Field<>("capPercent", BigDecimal.class, (p, c) -> Scalars.decimal(p, "a cap in percent"));
    private static final Field<Money> BASE = new Field<>("base", Money.class, (p, c) -> Scalars.money(p));
    private static final Field<Boolean> PRO_RATA = new Field<>("proRata", Boolean.class, (p, c) -> Scalars.bool(p));
    private static final Field<ObligationId> REMEDY_OBLIGATION = new Field<>(
            "obligation", ObligationId.class, (p, c) -> Scalars.id(p, ObligationId::of, "an obligation id"));
    private static final Field<String> RIGHT = new Field<>("right", String.class, (p, c) -> Scalars.right(p));
    private static final Field<Boolean> UNTIL_CURED =
            new Field<>("untilCured", Boolean.class, (p, c) -> Scalars.bool(p));

    /** The words of a remedy's problems. */
    private static final Messages<Remedy.Kind> REMEDY_MESSAGES = new Messages<>() {
        @Override
        public String unexpected(Remedy.Kind kind, String property, List<String> takes) {
            return "property '" + property + "' does not apply to a " + kind + " remedy; it takes "
                    + String.join(", ", takes);
        }

        @Override
        public String missing(Remedy.Kind kind, String property, List<String> required) {
            return "missing required property '" + property + "' in a " + kind + " remedy; it needs "
                    + String.join(", ", required);
        }

        @Override
        public String noneOf(Remedy.Kind kind, List<String> names) {
            return "a " + kind + " remedy needs "
                    + names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", ")) + " or both";
        }
    };

    /**
     * A {@link Remedy}: {@code {"kind": "PENALTY", "percent": 10.5, "per": {"days": 2}, "capPercent": 55}}; each kind
     * takes only its own properties ({@code untilCured} belongs to a {@code RIGHT}).
     */
    public static final WireUnion<Remedy, Remedy.Kind> REMEDY = new WireUnion<>(
            "remedy",
            DocumentKind.AGREEMENT,
            "a remedy",
            REMEDY_KIND,
            Remedy::kind,
            List.of(
                    FLAT,
                    PERCENT,
                    ANNUAL_RATE,
                    DAY_COUNT,
                    PER,
                    CAP,
                    BASE,
                    PRO_RATA,
                    REMEDY_OBLIGATION,
                    RIGHT,
                    UNTIL_CURED),
            List.of(
                    new Variant<>(
                            Remedy.Kind.LATE_FEE,
                            Remedy.LateFee.class,
                            List.of(
                                    new Member<>(FLAT.name(), ABSENT, (g, s, n, r) -> Write.money(g, n, r.flat())),
                                    new Member<>(
                                            PERCENT.name(), ABSENT, (g, s, n, r) -> Write.decimal(g, n, r.percent()))),
                            List.of(FLAT.name(), PERCENT.name()),
                            v -> {
                                Remedy.LateFee.Builder b = Remedy.LateFee.builder();
                                Optional.ofNullable(v.get(FLAT)).ifPresent(b::flat);
                                Optional.ofNullable(v.get(PERCENT)).ifPresent(b::percent);
                                return b.build();
                            }),
                    new Variant<>(
                            Remedy.Kind.INTEREST,
                            Remedy.Interest.class,
                            List.of(
                                    new Member<>(
                                            ANNUAL_RATE.name(),
                                            NEVER,
                                            (g, s, n, r) -> Write.decimal(g, n, Optional.of(r.annualRatePercent()))),
                                    Member.withDefault(DAY_COUNT.name(), DayCount.ACT_365F, Remedy.Interest::dayCount)),
                            v -> {
                                Remedy.Interest.Builder b = Remedy.Interest.builder();
                                b.annualRatePercent(v.get(ANNUAL_RATE));
                                Optional.ofNullable(v.get(DAY_COUNT)).ifPresent(b::dayCount);
                                return b.build();
                            }),
                    new Variant<>(
                            Remedy.Kind.PENALTY,
                            Remedy.Penalty.class,
                            List.of(
                                    new Member<>(
                                            PERCENT.name(),
                                            NEVER,
                                            (g, s, n, r) -> Write.decimal(g, n, Optional.of(r.percent()))),
                                    new Member<>(
                                            PER.name(), NEVER, (g, s, n, r) -> Write.span(g, n, Optional.of(r.per()))),
                                    new Member<>(
                                            CAP.name(), ABSENT, (g, s, n, r) -> Write.decimal(g, n, r.capPercent())),
                                    new Member<>(BASE.name(), ABSENT, (g, s, n, r) -> Write.money(g, n, r.base())),
                                    Member.withDefault(PRO_RATA.name(), false, Remedy.Penalty::proRata)),
                            v -> {
                                Remedy.Penalty.Builder b = Remedy.Penalty.builder();
                                b.percent(v.get(PERCENT)).per(v.get(PER));
                                Optional.ofNullable(v.get(CAP)).ifPresent(b::capPercent);
                                Optional.ofNullable(v.get(BASE)).ifPresent(b::base);
                                Optional.ofNullable(v.get(PRO_RATA)).ifPresent(b::proRata);
                                return b.build();
                            }),
                    new Variant<>(
                            Remedy.Kind.OBLIGATION,
                            Remedy.RemedyObligation.class,
                            List.of(new Member<>(
                                    REMEDY_OBLIGATION.name(),
                                    NEVER,
                                    (g, s, n, r) ->
                                            g.writeStringField(n, r.obligation().value()))),
                            v -> Remedy.obligation(v.get(REMEDY_OBLIGATION))),
                    new Variant<>(
                            Remedy.Kind.RIGHT,
                            Remedy.Right.class,
                            List.of(
                                    new Member<>(RIGHT.name(), NEVER, (g, s, n, r) -> g.writeStringField(n, r.right())),
                                    Member.withDefault(UNTIL_CURED.name(), false, Remedy.Right::untilCured)),
                            v -> {
                                Remedy.Right.Builder b = Remedy.Right.builder();
                                b.right(v.get(RIGHT));
                                Optional.ofNullable(v.get(UNTIL_CURED)).ifPresent(b::untilCured);
                                return b.build();
                            })),
            REMEDY_MESSAGES);

    /** Reads a trigger by its description. */
    public static final UnionDeserializer<Trigger, Trigger.Kind> TRIGGER_READER =
            new UnionDeserializer<>(Trigger.class, TRIGGER);

    /** Writes a trigger by its description. */
    public static final UnionSerializer<Trigger, Trigger.Kind> TRIGGER_WRITER =
            new UnionSerializer<>(Trigger.class, TRIGGER);

    /** Reads a remedy by its description. */
    public static final UnionDeserializer<Remedy, Remedy.Kind> REMEDY_READER =
            new UnionDeserializer<>(Remedy.class, REMEDY);

    /** Writes a remedy by its description. */
    public static final UnionSerializer<Remedy, Remedy.Kind> REMEDY_WRITER =
            new UnionSerializer<>(Remedy.class, REMEDY);

    /**
     * Every union, for the test that holds them equal to the schema and the docs.
     *
     * @return the unions
     */
    public static List<WireUnion<?, ?>> all() {
        return List.of(TRIGGER, REMEDY);
    }
}
