package dev.pacta.json.internal.wire;

import static dev.pacta.json.internal.WireType.Omitted.ABSENT;
import static dev.pacta.json.internal.WireType.Omitted.EMPTY;
import static dev.pacta.json.internal.WireType.Omitted.NEVER;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.pacta.core.model.Amendment;
import dev.pacta.core.model.Category;
import dev.pacta.core.model.Milestone;
import dev.pacta.core.model.MilestoneId;
import dev.pacta.core.model.Modality;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.ObligationId;
import dev.pacta.core.model.Party;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.model.TerminationClause;
import dev.pacta.json.DocumentKind;
import dev.pacta.json.internal.WireType;
import dev.pacta.json.internal.WireType.Exclusive;
import dev.pacta.json.internal.WireType.Property;
import dev.pacta.json.internal.deser.DeadlineRuleDeserializer;
import dev.pacta.json.internal.deser.IdMaps;
import dev.pacta.json.internal.deser.Scalars;
import dev.pacta.json.internal.deser.SpanDeserializer;
import dev.pacta.json.internal.deser.TableDeserializer;
import dev.pacta.json.internal.ser.DeadlineRuleSerializer;
import dev.pacta.json.internal.ser.Write;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The tables of the wire types that are read and written by their table: each property once, in its written order.
 * See {@code docs/json-format.md} for what each property means.
 */
public final class WireTypes {
    private WireTypes() {}

    /** A {@link Party}: {@code {"id", "name", "role", "contact"?}}. */
    public static final WireType<Party, Party.Builder> PARTY = new WireType<>(
            "party",
            DocumentKind.AGREEMENT,
            "a party",
            Party::builder,
            Party.Builder::build,
            List.of(
                    new Property<>(
                            "id",
                            NEVER,
                            (p, c, b) -> b.id(Scalars.id(p, PartyId::of, "a party id")),
                            (g, s, n, v) -> g.writeStringField(n, v.id().value())),
                    new Property<>(
                            "name",
                            NEVER,
                            (p, c, b) -> b.name(Scalars.text(p, "the party's name")),
                            (g, s, n, v) -> g.writeStringField(n, v.name())),
                    new Property<>(
                            "role",
                            NEVER,
                            (p, c, b) -> b.role(Scalars.role(p)),
                            (g, s, n, v) -> g.writeStringField(n, v.role().name())),
                    new Property<>(
                            "contact",
                            ABSENT,
                            (p, c, b) -> b.contact(Scalars.text(p, "the point of contact")),
                            (g, s, n, v) -> Write.text(g, n, v.contact()))));

    /** A {@link Milestone}: {@code {"id", "title", "target", "requires"?, "dependsOn"?}}. */
    public static final WireType<Milestone, Milestone.Builder> MILESTONE = new WireType<>(
            "milestone",
            DocumentKind.AGREEMENT,
            "a milestone",
            Milestone::builder,
            Milestone.Builder::build,
            List.of(
                    new Property<>(
                            "id",
                            NEVER,
                            (p, c, b) -> b.id(Scalars.id(p, MilestoneId::of, "a milestone id")),
                            (g, s, n, v) -> g.writeStringField(n, v.id().value())),
                    new Property<>(
                            "title",
                            NEVER,
                            (p, c, b) -> b.title(Scalars.text(p, "the milestone's title")),
                            (g, s, n, v) -> g.writeStringField(n, v.title())),
                    new Property<>(
                            "target",
                            NEVER,
                            (p, c, b) -> b.target(Scalars.date(p)),
                            (g, s, n, v) -> Write.date(g, n, v.target())),
                    new Property<>(
                            "requires",
                            EMPTY,
                            (p, c, b) -> b.requires(Scalars.array(
                                    p,
                                    c,
                                    "obligation ids",
                                    (q, d) -> Scalars.id(q, ObligationId::of, "an obligation id"))),
                            (g, s, n, v) -> Write.ids(g, n, v.requires())),
                    new Property<>(
                            "dependsOn",
                            EMPTY,
                            (p, c, b) -> b.dependsOn(Scalars.array(
                                    p, c, "milestone ids", (q, d) -> Scalars.id(q, MilestoneId::of, "a milestone id"))),
                            (g, s, n, v) -> Write.ids(g, n, v.dependsOn()))));

    /**
     * An {@link Obligation}: {@code {"id", "title", "category", "obligor", "beneficiary", "modality"?, "trigger",
     * "deadline", ...}}; a payment has a fixed {@code amount} or a {@code percentOfValue}, not both.
     */
    public static final WireType<Obligation, Obligation.Builder> OBLIGATION = new WireType<>(
            "obligation",
            DocumentKind.AGREEMENT,
            "an obligation",
            Obligation::builder,
            Obligation.Builder::build,
            List.of(
                    new Property<>(
                            "id",
                            NEVER,
                            (p, c, b) -> b.id(Scalars.id(p, ObligationId::of, "an obligation id")),
                            (g, s, n, v) -> g.writeStringField(n, v.id().value())),
                    new Property<>(
                            "title",
                            NEVER,
                            (p, c, b) -> b.title(Scalars.text(p, "the obligation's title")),
                            (g, s, n, v) -> g.writeStringField(n, v.title())),
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
                    Property.withDefault(
                            "modality",
                            Modality.MUST,
                            (p, c, b) -> b.modality(Scalars.enumValue(p, Modality.class, "a modality")),
                            Obligation::modality),
                    new Property<>(
                            "trigger",
                            NEVER,
                            (p, c, b) -> TableDeserializer.nested(WireUnions.TRIGGER_READER, p, c, b::trigger),
                            (g, s, n, v) -> nested(g, s, n, v.trigger(), WireUnions.TRIGGER_WRITER)),
                    new Property<>(
                            "deadline",
                            NEVER,
                            (p, c, b) -> TableDeserializer.nested(DeadlineRuleDeserializer.INSTANCE, p, c, b::deadline),
                            (g, s, n, v) -> nested(g, s, n, v.deadline(), DeadlineRuleSerializer.INSTANCE)),
                    new Property<>(
                            "fulfilledBy",
                            EMPTY,
                            (p, c, b) ->
                                    b.fulfilledBy(Scalars.array(p, c, "event kinds", (q, d) -> Scalars.eventKind(q))),
                            (g, s, n, v) -> Write.texts(g, n, v.fulfilledBy())),
                    new Property<>(
                            "grace",
                            ABSENT,
                            (p, c, b) -> TableDeserializer.nested(SpanDeserializer.INSTANCE, p, c, b::grace),
                            (g, s, n, v) -> Write.span(g, n, v.grace())),
                    new Property<>(
                            "prerequisites",
                            EMPTY,
                            (p, c, b) -> b.prerequisites(Scalars.array(
                                    p,
                                    c,
                                    "obligation ids",
                                    (q, d) -> Scalars.id(q, ObligationId::of, "an obligation id"))),
                            (g, s, n, v) -> Write.ids(g, n, v.prerequisites())),
                    new Property<>(
                            "amount",
                            ABSENT,
                            (p, c, b) -> b.amount(Scalars.money(p)),
                            (g, s, n, v) -> Write.money(g, n, v.amount())),
                    new Property<>(
                            "percentOfValue",
                            ABSENT,
                            (p, c, b) -> b.percentOfValue(Scalars.decimal(p, "a percentage of the agreement's value")),
                            (g, s, n, v) -> Write.decimal(g, n, v.percentOfValue())),
                    new Property<>(
                            "remedies",
                            EMPTY,
                            (p, c, b) ->
                                    b.remedies(Scalars.array(p, c, "remedies", WireUnions.REMEDY_READER::deserialize)),
                            (g, s, n, v) -> elements(g, s, n, v.remedies(), WireUnions.REMEDY_WRITER)),
                    Property.withDefault(
                            "survivesTermination",
                            false,
                            (p, c, b) -> b.survivesTermination(Scalars.bool(p)),
                            Obligation::survivesTermination),
                    Property.withDefault(
                            "timeBound", false, (p, c, b) -> b.timeBound(Scalars.bool(p)), Obligation::timeBound)),
            List.of(new Exclusive(
                    "amount", "percentOfValue", "an obligation has a fixed 'amount' or a 'percentOfValue', not both")));

    /** A {@link TerminationClause}: {@code {"party"?, "notice"}}. */
    public static final WireType<TerminationClause, TerminationClause.Builder> TERMINATION_CLAUSE = new WireType<>(
            "terminationClause",
            DocumentKind.AGREEMENT,
            "a termination clause",
            TerminationClause::builder,
            TerminationClause.Builder::build,
            List.of(
                    new Property<>(
                            "party",
                            ABSENT,
                            (p, c, b) -> b.party(Scalars.id(p, PartyId::of, "a party id")),
                            (g, s, n, v) -> Write.id(g, n, v.party())),
                    new Property<>(
                            "notice",
                            NEVER,
                            (p, c, b) -> TableDeserializer.nested(SpanDeserializer.INSTANCE, p, c, b::notice),
                            (g, s, n, v) -> Write.span(g, n, Optional.of(v.notice())))));

    /**
     * An {@link Amendment}, an amendment event's change: {@code {"milestoneTargets"?, "addObligations"?,
     * "removeObligations"?, "signedBy"?}}.
     */
    public static final WireType<Amendment, Amendment.Builder> AMENDMENT = new WireType<>(
            "amendment",
            DocumentKind.TIMELINE,
            "an amendment",
            Amendment::builder,
            Amendment.Builder::build,
            List.of(
                    new Property<>(
                            "milestoneTargets",
                            EMPTY,
                            (p, c, b) -> b.putAllMilestoneTargets(IdMaps.milestoneDates(p, c)),
                            (g, s, n, v) -> dates(g, n, v.milestoneTargets())),
                    new Property<>(
                            "addObligations",
                            EMPTY,
                            // Obligations are read and written by their table, found in Jackson's registry.
                            (p, c, b) -> b.addObligations(Scalars.array(
                                    p,
                                    c,
                                    "obligations",
                                    TableDeserializer.registered(c, Obligation.class)::deserialize)),
                            (g, s, n, v) ->
                                    elements(g, s, n, v.addObligations(), s.findValueSerializer(Obligation.class))),
                    new Property<>(
                            "removeObligations",
                            EMPTY,
                            (p, c, b) -> b.removeObligations(Scalars.array(
                                    p,
                                    c,
                                    "obligation ids",
                                    (q, d) -> Scalars.id(q, ObligationId::of, "an obligation id"))),
                            (g, s, n, v) -> Write.ids(g, n, v.removeObligations())),
                    new Property<>(
                            "signedBy",
                            EMPTY,
                            (p, c, b) -> b.signedBy(Scalars.array(
                                    p, c, "party ids", (q, d) -> Scalars.id(q, PartyId::of, "a party id"))),
                            (g, s, n, v) -> Write.ids(g, n, v.signedBy()))));

    /** Writes an object of milestone ids to dates, sorted by id; nothing if there are none. */
    private static void dates(JsonGenerator g, String name, Map<MilestoneId, LocalDate> dates) throws IOException {
        if (!dates.isEmpty()) {
            g.writeObjectFieldStart(name);
            for (Map.Entry<MilestoneId, LocalDate> e : new TreeMap<>(dates).entrySet()) {
                Write.date(g, e.getKey().value(), e.getValue());
            }
            g.writeEndObject();
        }
    }

    /** Writes a property whose value its own serializer writes. */
    private static <V> void nested(
            JsonGenerator g, SerializerProvider provider, String name, V value, JsonSerializer<V> writer)
            throws IOException {
        g.writeFieldName(name);
        writer.serialize(value, g, provider);
    }

    /** Writes an array property whose elements their own serializer writes; nothing if there are none. */
    private static <V> void elements(
            JsonGenerator g,
            SerializerProvider provider,
            String name,
            List<? extends V> values,
            JsonSerializer<? super V> writer)
            throws IOException {
        if (!values.isEmpty()) {
            g.writeArrayFieldStart(name);
            for (V value : values) {
                writer.serialize(value, g, provider);
            }
            g.writeEndArray();
        }
    }

    /**
     * Every table, for the test that holds them equal to the schema and the docs.
     *
     * @return the tables
     */
    public static List<WireType<?, ?>> all() {
        return List.of(
                PARTY,
                OBLIGATION,
                MILESTONE,
                TERMINATION_CLAUSE,
                AMENDMENT,
                InstanceTables.INSTANCE,
                InstanceTables.LATENESS,
                InstanceTables.PAYMENT,
                InstanceTables.CHARGE,
                ReportTables.MILESTONE,
                ReportTables.FINDING,
                ReportTables.RIGHT,
                ReportTables.BALANCE,
                ReportTables.SCORECARD);
    }
}
