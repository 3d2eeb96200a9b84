package dev.pacta.json.internal.wire;

import static dev.pacta.json.internal.WireType.Omitted.ABSENT;
import static dev.pacta.json.internal.WireType.Omitted.EMPTY;
import static dev.pacta.json.internal.WireType.Omitted.NEVER;
import static dev.pacta.json.internal.WireType.Omitted.ZERO;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.pacta.core.model.Category;
import dev.pacta.core.model.EventId;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.model.Remedy;
import dev.pacta.core.report.Charge;
import dev.pacta.core.report.InstanceId;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.InstanceState;
import dev.pacta.core.report.Lateness;
import dev.pacta.core.report.PaymentReport;
import dev.pacta.core.time.Span;
import dev.pacta.json.DocumentKind;
import dev.pacta.json.internal.SpanUnits;
import dev.pacta.json.internal.WireType;
import dev.pacta.json.internal.WireType.Property;
import dev.pacta.json.internal.deser.IdMaps;
import dev.pacta.json.internal.deser.ReportDeserializers;
import dev.pacta.json.internal.deser.Scalars;
import dev.pacta.json.internal.deser.TableDeserializer;
import dev.pacta.json.internal.ser.ReportSerializers;
import dev.pacta.json.internal.ser.Write;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The tables of a report's instance rows and their parts, read and written by their table. See
 * {@code docs/json-format.md} for what each property means. Instants are written in the report's zone
 * ({@link ReportSerializers#zone}).
 */
public final class InstanceTables {
    private InstanceTables() {}

    /**
     * An {@link InstanceReport}: {@code {"id", "category", "obligor", "beneficiary", "state", ..., "explanation"}}.
     */
    public static final WireType<InstanceReport, InstanceReport.Builder> INSTANCE = new WireType<>(
            "instance",
            DocumentKind.REPORT,
            "an instance",
            InstanceReport::builder,
            InstanceReport.Builder::build,
            List.of(
                    new Property<>(
                            "id",
                            NEVER,
                            (p, c, b) -> b.id(Scalars.instanceId(p)),
                            (g, s, n, v) -> g.writeStringField(n, v.id().toString())),
                    new Property<>(
                            "category",
                            NEVER,
                            (p, c, b) -> b.category(Scalars.enumValue(p, Category.class, "a category")),
                            (g, s, n, v) -> g.writeStringField(n, v.category().name())),
                    new Property<>(
                            "obligor",
                            NEVER,
                            (p, c, b) -> b.obligor(Scalars.id(p, PartyId::of, "a party id")),
                            (g, s, n, v) -> g.writeStringField(n, v.obligor().value())),
                    new Property<>(
                            "beneficiary",
                            NEVER,
                            (p, c, b) -> b.beneficiary(Scalars.id(p, PartyId::of, "a party id")),
                            (g, s, n, v) ->
                                    g.writeStringField(n, v.beneficiary().value())),
                    new Property<>(
                            "state",
                            NEVER,
                            (p, c, b) -> b.state(Scalars.enumValue(p, InstanceState.class, "an instance state")),
                            (g, s, n, v) -> g.writeStringField(n, v.state().name())),
                    new Property<>(
                            "inForceFrom",
                            ABSENT,
                            (p, c, b) -> b.inForceFrom(Scalars.instant(p)),
                            (g, s, n, v) -> Write.instant(g, n, v.inForceFrom(), ReportSerializers.zone(s))),
                    new Property<>(
                            "triggeredBy",
                            ABSENT,
                            (p, c, b) -> b.triggeredBy(Scalars.id(p, EventId::of, "an event id")),
                            (g, s, n, v) -> Write.id(g, n, v.triggeredBy())),
                    new Property<>(
                            "dueDate",
                            ABSENT,
                            (p, c, b) -> b.dueDate(Scalars.date(p)),
                            (g, s, n, v) -> Write.date(g, n, v.dueDate())),
                    new Property<>(
                            "dueAt",
                            ABSENT,
                            (p, c, b) -> b.dueAt(Scalars.instant(p)),
                            (g, s, n, v) -> Write.instant(g, n, v.dueAt(), ReportSerializers.zone(s))),
                    new Property<>(
                            "fulfilledAt",
                            ABSENT,
                            (p, c, b) -> b.fulfilledAt(Scalars.instant(p)),
                            (g, s, n, v) -> Write.instant(g, n, v.fulfilledAt(), ReportSerializers.zone(s))),
                    new Property<>(
                            "fulfilledBy",
                            ABSENT,
                            (p, c, b) -> b.fulfilledBy(Scalars.id(p, EventId::of, "an event id")),
                            (g, s, n, v) -> Write.id(g, n, v.fulfilledBy())),
                    new Property<>(
                            "lateness",
                            ABSENT,
                            (p, c, b) -> TableDeserializer.nested(
                                    TableDeserializer.registered(c, Lateness.class), p, c, b::lateness),
                            (g, s, n, v) -> part(g, s, n, v.lateness(), Lateness.class)),
                    new Property<>(
                            "notices",
                            EMPTY,
                            (p, c, b) -> b.notices(ReportDeserializers.eventIds(p, c)),
                            (g, s, n, v) -> Write.ids(g, n, v.notices())),
                    new Property<>(
                            "payment",
                            ABSENT,
                            (p, c, b) -> TableDeserializer.nested(
                                    TableDeserializer.registered(c, PaymentReport.class), p, c, b::payment),
                            (g, s, n, v) -> part(g, s, n, v.payment(), PaymentReport.class)),
                    new Property<>(
                            "blockedBy",
                            EMPTY,
                            (p, c, b) ->
                                    b.blockedBy(Scalars.array(p, c, "instance ids", (q, d) -> Scalars.instanceId(q))),
                            (g, s, n, v) -> instanceIds(g, n, v.blockedBy())),
                    new Property<>(
                            "attribution",
                            EMPTY,
                            (p, c, b) -> b.attribution(IdMaps.partyNumbers(p, "days of delay")),
                            (g, s, n, v) -> Write.partyNumbers(g, n, v.attribution())),
                    new Property<>(
                            "excusedDelay",
                            ZERO,
                            (p, c, b) -> b.excusedDelay(ReportDeserializers.units(p, "units of excused delay")),
                            (g, s, n, v) -> {
                                if (v.excusedDelay() != 0) {
                                    g.writeNumberField(n, v.excusedDelay());
                                }
                            }),
                    new Property<>(
                            "explanation",
                            NEVER,
                            (p, c, b) -> b.explanation(Scalars.text(p, "the explanation")),
                            (g, s, n, v) -> g.writeStringField(n, v.explanation()))));

    /** A {@link PaymentReport}: {@code {"due", "paid", "outstanding", "cancelled"?, "credit", "payments"?, ...}}. */
    public static final WireType<PaymentReport, PaymentReport.Builder> PAYMENT = new WireType<>(
            "payment",
            DocumentKind.REPORT,
            "a payment",
            PaymentReport::builder,
            PaymentReport.Builder::build,
            List.of(
                    MoneyProperties.money("due", (b, m) -> b.due(m), v -> v.due()),
                    MoneyProperties.money("paid", (b, m) -> b.paid(m), v -> v.paid()),
                    MoneyProperties.money("outstanding", (b, m) -> b.outstanding(m), v -> v.outstanding()),
                    MoneyProperties.moneyUnlessZero("cancelled", (b, m) -> b.cancelled(m), v -> v.cancelled()),
                    MoneyProperties.money("credit", (b, m) -> b.credit(m), v -> v.credit()),
                    new Property<>(
                            "payments",
                            EMPTY,
                            (p, c, b) -> b.payments(ReportDeserializers.eventIds(p, c)),
                            (g, s, n, v) -> Write.ids(g, n, v.payments())),
                    new Property<>(
                            "lateFee",
                            ABSENT,
                            (p, c, b) -> b.lateFee(Scalars.money(p)),
                            (g, s, n, v) -> Write.money(g, n, v.lateFee())),
                    new Property<>(
                            "interest",
                            ABSENT,
                            (p, c, b) -> b.interest(Scalars.money(p)),
                            (g, s, n, v) -> Write.money(g, n, v.interest())),
                    new Property<>(
                            "penalty",
                            ABSENT,
                            (p, c, b) -> b.penalty(Scalars.money(p)),
                            (g, s, n, v) -> Write.money(g, n, v.penalty())),
                    new Property<>(
                            "charges",
                            EMPTY,
                            (p, c, b) -> b.charges(Scalars.array(
                                    p, c, "charges", TableDeserializer.registered(c, Charge.class)::deserialize)),
                            (g, s, n, v) -> elements(g, s, n, v.charges(), Charge.class)),
                    new Property<>(
                            "computations",
                            EMPTY,
                            (p, c, b) -> b.computations(
                                    Scalars.array(p, c, "computations", (q, d) -> Scalars.text(q, "a computation"))),
                            (g, s, n, v) -> Write.texts(g, n, v.computations()))));

    /** A {@link Charge}: {@code {"kind", "due", "paid", "outstanding", "cancelled"?, "payments"?}}. */
    public static final WireType<Charge, Charge.Builder> CHARGE = new WireType<>(
            "charge",
            DocumentKind.REPORT,
            "a charge",
            Charge::builder,
            Charge.Builder::build,
            List.of(
                    new Property<>(
                            "kind",
                            NEVER,
                            (p, c, b) -> b.kind(Scalars.enumValue(p, Remedy.Kind.class, "a charge kind")),
                            (g, s, n, v) -> g.writeStringField(n, v.kind().name())),
                    MoneyProperties.money("due", (b, m) -> b.due(m), v -> v.due()),
                    MoneyProperties.money("paid", (b, m) -> b.paid(m), v -> v.paid()),
                    MoneyProperties.money("outstanding", (b, m) -> b.outstanding(m), v -> v.outstanding()),
                    MoneyProperties.moneyUnlessZero("cancelled", (b, m) -> b.cancelled(m), v -> v.cancelled()),
                    new Property<>(
                            "payments",
                            EMPTY,
                            (p, c, b) -> b.payments(ReportDeserializers.eventIds(p, c)),
                            (g, s, n, v) -> Write.ids(g, n, v.payments()))));

    /** A {@link Lateness}: {@code {"amount", "unit", "withinGrace"}}. */
    public static final WireType<Lateness, LatenessParts> LATENESS = new WireType<>(
            "lateness",
            DocumentKind.REPORT,
            "a lateness",
            LatenessParts::new,
            l -> new Lateness(l.amount, l.unit, l.withinGrace),
            List.of(
                    new Property<>(
                            "amount",
                            NEVER,
                            (p, c, l) -> l.amount = ReportDeserializers.units(p, "units late"),
                            (g, s, n, v) -> g.writeNumberField(n, v.amount())),
                    new Property<>(
                            "unit",
                            NEVER,
                            (p, c, l) -> l.unit = ReportDeserializers.unit(p),
                            (g, s, n, v) -> g.writeStringField(n, SpanUnits.name(v.unit()))),
                    new Property<>(
                            "withinGrace",
                            NEVER,
                            (p, c, l) -> l.withinGrace = Scalars.bool(p),
                            (g, s, n, v) -> g.writeBooleanField(n, v.withinGrace()))));

    /** A lateness's properties as read: {@link Lateness} is a record, built once all three are. */
    public static final class LatenessParts {
        private long amount;
        private Span.Unit unit;
        private boolean withinGrace;

        private LatenessParts() {}
    }

    /** Writes an array of parts, each with its writer from the provider's registry; nothing if there are none. */
    private static <V> void elements(
            JsonGenerator g, SerializerProvider provider, String name, List<V> values, Class<V> type)
            throws IOException {
        if (!values.isEmpty()) {
            g.writeArrayFieldStart(name);
            JsonSerializer<Object> writer = provider.findValueSerializer(type);
            for (V value : values) {
                writer.serialize(value, g, provider);
            }
            g.writeEndArray();
        }
    }

    /** Writes a part of a row, if present, with its writer from the provider's registry. */
    private static <V> void part(
            JsonGenerator g, SerializerProvider provider, String name, Optional<V> value, Class<V> type)
            throws IOException {
        if (value.isPresent()) {
            g.writeFieldName(name);
            provider.findValueSerializer(type).serialize(value.get(), g, provider);
        }
    }

    /** Writes an array of instance ids; nothing if there are none. */
    private static void instanceIds(JsonGenerator g, String name, List<InstanceId> ids) throws IOException {
        if (!ids.isEmpty()) {
            g.writeArrayFieldStart(name);
            for (InstanceId id : ids) {
                g.writeString(id.toString());
            }
            g.writeEndArray();
        }
    }
}
