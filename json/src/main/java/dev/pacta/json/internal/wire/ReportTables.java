package dev.pacta.json.internal.wire;

import static dev.pacta.json.internal.WireType.Omitted.ABSENT;
import static dev.pacta.json.internal.WireType.Omitted.EMPTY;
import static dev.pacta.json.internal.WireType.Omitted.NEVER;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.pacta.core.model.MilestoneId;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.money.Money;
import dev.pacta.core.report.Finding;
import dev.pacta.core.report.GrantedRight;
import dev.pacta.core.report.InstanceState;
import dev.pacta.core.report.MilestoneReport;
import dev.pacta.core.report.MilestoneState;
import dev.pacta.core.report.PaymentBalance;
import dev.pacta.core.report.Scorecard;
import dev.pacta.core.report.Severity;
import dev.pacta.json.DocumentKind;
import dev.pacta.json.internal.WireType;
import dev.pacta.json.internal.WireType.Property;
import dev.pacta.json.internal.deser.IdMaps;
import dev.pacta.json.internal.deser.ReportDeserializers;
import dev.pacta.json.internal.deser.Scalars;
import dev.pacta.json.internal.ser.ReportSerializers;
import dev.pacta.json.internal.ser.Write;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tables of the rows of a report that are read and written by their table: milestones, findings, granted rights,
 * payment balances and scorecards. See {@code docs/json-format.md} for what each property means.
 */
public final class ReportTables {
    private ReportTables() {}

    /** A {@link Finding}: {@code {"code", "severity", "party"?, "instance"?, "evidence"?, "message"}}. */
    public static final WireType<Finding, Finding.Builder> FINDING = new WireType<>(
            "finding",
            DocumentKind.REPORT,
            "a finding",
            Finding::builder,
            Finding.Builder::build,
            List.of(
                    new Property<>(
                            "code",
                            NEVER,
                            (p, c, b) -> b.code(Scalars.text(p, "a finding code such as BREACH")),
                            (g, s, n, v) -> g.writeStringField(n, v.code())),
                    new Property<>(
                            "severity",
                            NEVER,
                            (p, c, b) -> b.severity(Scalars.enumValue(p, Severity.class, "a severity")),
                            (g, s, n, v) -> g.writeStringField(n, v.severity().name())),
                    new Property<>(
                            "party",
                            ABSENT,
                            (p, c, b) -> b.party(Scalars.id(p, PartyId::of, "a party id")),
                            (g, s, n, v) -> Write.id(g, n, v.party())),
                    new Property<>("instance", ABSENT, (p, c, b) -> b.instance(Scalars.instanceId(p)), (g, s, n, v) -> {
                        if (v.instance().isPresent()) {
                            g.writeStringField(n, v.instance().get().toString());
                        }
                    }),
                    new Property<>(
                            "evidence",
                            EMPTY,
                            (p, c, b) -> b.evidence(ReportDeserializers.eventIds(p, c)),
                            (g, s, n, v) -> Write.ids(g, n, v.evidence())),
                    new Property<>(
                            "message",
                            NEVER,
                            (p, c, b) -> b.message(Scalars.text(p, "the message")),
                            (g, s, n, v) -> g.writeStringField(n, v.message()))));

    /** A {@link GrantedRight}: {@code {"party", "right", "instance", "from"}}. */
    public static final WireType<GrantedRight, GrantedRight.Builder> RIGHT = new WireType<>(
            "right",
            DocumentKind.REPORT,
            "a right",
            GrantedRight::builder,
            GrantedRight.Builder::build,
            List.of(
                    new Property<>(
                            "party",
                            NEVER,
                            (p, c, b) -> b.party(Scalars.id(p, PartyId::of, "a party id")),
                            (g, s, n, v) -> g.writeStringField(n, v.party().value())),
                    new Property<>(
                            "right",
                            NEVER,
                            (p, c, b) -> b.right(Scalars.right(p)),
                            (g, s, n, v) -> g.writeStringField(n, v.right())),
                    new Property<>(
                            "instance",
                            NEVER,
                            (p, c, b) -> b.instance(Scalars.instanceId(p)),
                            (g, s, n, v) -> g.writeStringField(n, v.instance().toString())),
                    new Property<>(
                            "from",
                            NEVER,
                            (p, c, b) -> b.from(Scalars.instant(p)),
                            (g, s, n, v) ->
                                    g.writeStringField(n, Write.instant(v.from(), ReportSerializers.zone(s))))));

    /** A {@link PaymentBalance}: {@code {"payer", "payee", "received", "applied", "credit", "due", "outstanding"}}. */
    public static final WireType<PaymentBalance, PaymentBalance.Builder> BALANCE = new WireType<>(
            "balance",
            DocumentKind.REPORT,
            "a balance",
            PaymentBalance::builder,
            PaymentBalance.Builder::build,
            List.of(
                    new Property<>(
                            "payer",
                            NEVER,
                            (p, c, b) -> b.payer(Scalars.id(p, PartyId::of, "a party id")),
                            (g, s, n, v) -> g.writeStringField(n, v.payer().value())),
                    new Property<>(
                            "payee",
                            NEVER,
                            (p, c, b) -> b.payee(Scalars.id(p, PartyId::of, "a party id")),
                            (g, s, n, v) -> g.writeStringField(n, v.payee().value())),
                    MoneyProperties.money("received", (b, m) -> b.received(m), v -> v.received()),
                    MoneyProperties.money("applied", (b, m) -> b.applied(m), v -> v.applied()),
                    MoneyProperties.money("credit", (b, m) -> b.credit(m), v -> v.credit()),
                    MoneyProperties.money("due", (b, m) -> b.due(m), v -> v.due()),
                    MoneyProperties.money("outstanding", (b, m) -> b.outstanding(m), v -> v.outstanding())));

    /**
     * A {@link MilestoneReport}, the report's {@code milestone} ("milestone report" in the docs, beside the agreement's
     * milestone): {@code {"id", "state", "target", "reachedOn"?, "daysLate"?, "attribution"?, "explanation"}}.
     */
    public static final WireType<MilestoneReport, MilestoneReport.Builder> MILESTONE = new WireType<>(
            "milestone",
            DocumentKind.REPORT,
            "a milestone",
            MilestoneReport::builder,
            MilestoneReport.Builder::build,
            List.of(
                    new Property<>(
                            "id",
                            NEVER,
                            (p, c, b) -> b.id(Scalars.id(p, MilestoneId::of, "a milestone id")),
                            (g, s, n, v) -> g.writeStringField(n, v.id().value())),
                    new Property<>(
                            "state",
                            NEVER,
                            (p, c, b) -> b.state(Scalars.enumValue(p, MilestoneState.class, "a milestone state")),
                            (g, s, n, v) -> g.writeStringField(n, v.state().name())),
                    new Property<>(
                            "target",
                            NEVER,
                            (p, c, b) -> b.target(Scalars.date(p)),
                            (g, s, n, v) -> Write.date(g, n, v.target())),
                    new Property<>(
                            "reachedOn",
                            ABSENT,
                            (p, c, b) -> b.reachedOn(Scalars.date(p)),
                            (g, s, n, v) -> Write.date(g, n, v.reachedOn())),
                    new Property<>(
                            "daysLate",
                            ABSENT,
                            (p, c, b) -> b.daysLate(ReportDeserializers.units(p, "business days late")),
                            (g, s, n, v) -> number(g, n, v.daysLate())),
                    new Property<>(
                            "attribution",
                            EMPTY,
                            (p, c, b) -> b.attribution(IdMaps.partyNumbers(p, "days late")),
                            (g, s, n, v) -> Write.partyNumbers(g, n, v.attribution())),
                    new Property<>(
                            "explanation",
                            NEVER,
                            (p, c, b) -> b.explanation(Scalars.text(p, "the explanation")),
                            (g, s, n, v) -> g.writeStringField(n, v.explanation()))));

    /** A {@link Scorecard}: {@code {"party", "instances", "counts", "decided", "onTime", ..., "lateWithoutNotice"}}. */
    public static final WireType<Scorecard, Scorecard.Builder> SCORECARD = new WireType<>(
            "scorecard",
            DocumentKind.REPORT,
            "a scorecard",
            Scorecard::builder,
            Scorecard.Builder::build,
            List.of(
                    new Property<>(
                            "party",
                            NEVER,
                            (p, c, b) -> b.party(Scalars.id(p, PartyId::of, "a party id")),
                            (g, s, n, v) -> g.writeStringField(n, v.party().value())),
                    new Property<>(
                            "instances",
                            NEVER,
                            (p, c, b) -> b.instances(ReportDeserializers.count(p, "instances")),
                            (g, s, n, v) -> g.writeNumberField(n, v.instances())),
                    new Property<>(
                            "counts",
                            NEVER,
                            (p, c, b) -> b.counts(ReportDeserializers.counts(p)),
                            (g, s, n, v) -> counts(g, n, v.counts())),
                    new Property<>(
                            "decided",
                            NEVER,
                            (p, c, b) -> b.decided(ReportDeserializers.count(p, "decided instances")),
                            (g, s, n, v) -> g.writeNumberField(n, v.decided())),
                    new Property<>(
                            "onTime",
                            NEVER,
                            (p, c, b) -> b.onTime(ReportDeserializers.count(p, "instances on time")),
                            (g, s, n, v) -> g.writeNumberField(n, v.onTime())),
                    new Property<>(
                            "onTimeRate",
                            ABSENT,
                            (p, c, b) -> b.onTimeRate(Scalars.decimal(p, "a percentage")),
                            (g, s, n, v) -> Write.decimal(g, n, v.onTimeRate())),
                    new Property<>(
                            "responses",
                            NEVER,
                            (p, c, b) -> b.responses(ReportDeserializers.count(p, "responses")),
                            (g, s, n, v) -> g.writeNumberField(n, v.responses())),
                    new Property<>(
                            "responsesWithinWindow",
                            NEVER,
                            (p, c, b) -> b.responsesWithinWindow(ReportDeserializers.count(p, "responses")),
                            (g, s, n, v) -> g.writeNumberField(n, v.responsesWithinWindow())),
                    new Property<>(
                            "medianResponseDays",
                            ABSENT,
                            (p, c, b) -> b.medianResponseDays(Scalars.decimal(p, "business days")),
                            (g, s, n, v) -> Write.decimal(g, n, v.medianResponseDays())),
                    new Property<>(
                            "p90ResponseDays",
                            ABSENT,
                            (p, c, b) -> b.p90ResponseDays(ReportDeserializers.units(p, "business days")),
                            (g, s, n, v) -> number(g, n, v.p90ResponseDays())),
                    new Property<>(
                            "worstResponseDays",
                            ABSENT,
                            (p, c, b) -> b.worstResponseDays(ReportDeserializers.units(p, "business days")),
                            (g, s, n, v) -> number(g, n, v.worstResponseDays())),
                    new Property<>(
                            "medianWindowDays",
                            ABSENT,
                            (p, c, b) -> b.medianWindowDays(Scalars.decimal(p, "business days")),
                            (g, s, n, v) -> Write.decimal(g, n, v.medianWindowDays())),
                    new Property<>(
                            "delayCausedToOthers",
                            NEVER,
                            (p, c, b) -> b.delayCausedToOthers(ReportDeserializers.units(p, "units of delay")),
                            (g, s, n, v) -> g.writeNumberField(n, v.delayCausedToOthers())),
                    new Property<>(
                            "owed",
                            EMPTY,
                            (p, c, b) -> b.owed(Scalars.array(p, c, "amounts", (q, d) -> Scalars.money(q))),
                            (g, s, n, v) -> amounts(g, n, v.owed())),
                    new Property<>(
                            "lateWithNotice",
                            NEVER,
                            (p, c, b) -> b.lateWithNotice(ReportDeserializers.count(p, "late fulfilments")),
                            (g, s, n, v) -> g.writeNumberField(n, v.lateWithNotice())),
                    new Property<>(
                            "lateWithoutNotice",
                            NEVER,
                            (p, c, b) -> b.lateWithoutNotice(ReportDeserializers.count(p, "late fulfilments")),
                            (g, s, n, v) -> g.writeNumberField(n, v.lateWithoutNotice()))));

    /** Writes the counts by state, in the order of the states. */
    private static void counts(JsonGenerator g, String name, Map<InstanceState, Integer> counts) throws IOException {
        g.writeObjectFieldStart(name);
        for (InstanceState state : InstanceState.values()) {
            Integer count = counts.get(state);
            if (count != null) {
                g.writeNumberField(state.name(), count);
            }
        }
        g.writeEndObject();
    }

    /** Writes an array of amounts; nothing if there are none. */
    private static void amounts(JsonGenerator g, String name, List<Money> amounts) throws IOException {
        if (!amounts.isEmpty()) {
            g.writeArrayFieldStart(name);
            for (Money money : amounts) {
                g.writeString(Write.money(money));
            }
            g.writeEndArray();
        }
    }

    /** Writes a whole number, if present. */
    private static void number(JsonGenerator g, String name, Optional<Long> value) throws IOException {
        if (value.isPresent()) {
            g.writeNumberField(name, value.get());
        }
    }
}
