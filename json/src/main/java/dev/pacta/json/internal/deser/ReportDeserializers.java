package dev.pacta.json.internal.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.pacta.core.model.AgreementId;
import dev.pacta.core.model.EventId;
import dev.pacta.core.report.ComplianceChanges;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.Finding;
import dev.pacta.core.report.GrantedRight;
import dev.pacta.core.report.InstanceChange;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.InstanceState;
import dev.pacta.core.report.MilestoneReport;
import dev.pacta.core.report.PaymentBalance;
import dev.pacta.core.report.Scorecard;
import dev.pacta.core.time.Span;
import dev.pacta.json.DocumentKind;
import dev.pacta.json.JsonCodes;
import dev.pacta.json.internal.ReadError;
import dev.pacta.json.internal.SpanUnits;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Strict readers of a {@code report/1} document ({@link ComplianceReport}), a {@code changes/1} document
 * ({@link ComplianceChanges}) and a change, and the value readers the report's rows use; the counterpart of
 * {@code ReportSerializers}. The rows themselves are read by their tables ({@code internal.wire}), found in the
 * context's registry. Counts, days and delays are whole numbers from 0; instants are RFC 3339 timestamps with any
 * offset.
 */
public final class ReportDeserializers {
    /** The largest count, delay or lateness read (a billion units). */
    private static final long MAX_UNITS = 1_000_000_000L;

    private static final String[] UNIT_NAMES = SpanUnits.names();

    /** The report document. */
    public static final StdDeserializer<ComplianceReport> REPORT = new Deser<>(ComplianceReport.class) {
        @Override
        ComplianceReport read(JsonParser p, DeserializationContext ctxt) throws IOException {
            ObjectCursor o = ObjectCursor.openDocument(
                            p,
                            ctxt,
                            DocumentKind.REPORT,
                            "a report",
                            "agreement",
                            "asOf",
                            "zone",
                            "horizon",
                            "nextChange",
                            "instances",
                            "milestones",
                            "findings",
                            "rights",
                            "balances",
                            "scorecards")
                    .allowMarker(DocumentKind.REPORT);
            ComplianceReport.Builder b = ComplianceReport.builder();
            for (String name = o.next(); name != null; name = o.next()) {
                switch (name) {
                    case "agreement" -> b.agreement(Scalars.id(p, AgreementId::of, "an agreement id"));
                    case "asOf" -> b.asOf(Scalars.instant(p));
                    case "zone" -> b.zone(Scalars.zone(p));
                    case "horizon" -> b.horizon(Scalars.period(p));
                    case "nextChange" -> b.nextChange(Scalars.instant(p));
                    case "instances" ->
                        b.instances(Scalars.array(p, ctxt, "instances", rows(ctxt, InstanceReport.class)));
                    case "milestones" ->
                        b.milestones(Scalars.array(p, ctxt, "milestones", rows(ctxt, MilestoneReport.class)));
                    case "findings" -> b.findings(Scalars.array(p, ctxt, "findings", rows(ctxt, Finding.class)));
                    case "rights" -> b.rights(Scalars.array(p, ctxt, "rights", rows(ctxt, GrantedRight.class)));
                    case "balances" -> b.balances(Scalars.array(p, ctxt, "balances", rows(ctxt, PaymentBalance.class)));
                    default -> b.scorecards(Scalars.array(p, ctxt, "scorecards", rows(ctxt, Scorecard.class)));
                }
            }
            o.require("agreement", "asOf", "zone", "horizon");
            return Builds.build(o, b::build);
        }
    };

    /** The changes document. */
    public static final StdDeserializer<ComplianceChanges> CHANGES = new Deser<>(ComplianceChanges.class) {
        @Override
        ComplianceChanges read(JsonParser p, DeserializationContext ctxt) throws IOException {
            ObjectCursor o = ObjectCursor.openDocument(
                            p, ctxt, DocumentKind.CHANGES, "a change list", "agreement", "since", "asOf", "instances")
                    .allowMarker(DocumentKind.CHANGES);
            ComplianceChanges.Builder b = ComplianceChanges.builder();
            for (String name = o.next(); name != null; name = o.next()) {
                switch (name) {
                    case "agreement" -> b.agreement(Scalars.id(p, AgreementId::of, "an agreement id"));
                    case "since" -> b.since(Scalars.instant(p));
                    case "asOf" -> b.asOf(Scalars.instant(p));
                    default -> b.instances(Scalars.array(p, ctxt, "changes", CHANGE::deserialize));
                }
            }
            o.require("agreement", "asOf");
            return Builds.build(o, b::build);
        }
    };

    /**
     * How one instance changed. The model's rules are checked here, at the change's path, before it is built: a
     * state before, after or both, and a report exactly when there is a state after.
     */
    public static final StdDeserializer<InstanceChange> CHANGE = new Deser<>(InstanceChange.class) {
        @Override
        InstanceChange read(JsonParser p, DeserializationContext ctxt) throws IOException {
            ObjectCursor o = ObjectCursor.open(p, ctxt, "a change", "instance", "before", "after", "aspects", "report");
            InstanceChange.Builder b = InstanceChange.builder();
            for (String name = o.next(); name != null; name = o.next()) {
                switch (name) {
                    case "instance" -> b.instance(Scalars.instanceId(p));
                    case "before" -> b.before(Scalars.enumValue(p, InstanceState.class, "an instance state"));
                    case "after" -> b.after(Scalars.enumValue(p, InstanceState.class, "an instance state"));
                    case "aspects" ->
                        b.aspects(Scalars.array(
                                p,
                                ctxt,
                                "changed aspects",
                                (q, c) -> Scalars.enumValue(q, InstanceChange.Aspect.class, "a changed aspect")));
                    default ->
                        b.report(TableDeserializer.registered(ctxt, InstanceReport.class)
                                .deserialize(p, ctxt));
                }
            }
            o.require("instance");
            o.require("aspects");
            if (!o.has("before") && !o.has("after")) {
                throw o.fail(
                        null,
                        JsonCodes.MISSING_PROPERTY,
                        "a change needs 'before' (the state at the previous look), 'after' (the state now) or both");
            }
            if (o.has("report") && !o.has("after")) {
                throw o.fail(
                        "after",
                        JsonCodes.MISSING_PROPERTY,
                        "a change with a 'report' needs its 'after' state; a row that is gone has only 'before'");
            }
            if (o.has("after") && !o.has("report")) {
                throw o.fail(
                        "report",
                        JsonCodes.MISSING_PROPERTY,
                        "a change with an 'after' state needs the instance's 'report' as of the look");
            }
            return Builds.build(o, b::build);
        }
    };

    private ReportDeserializers() {}

    /**
     * Reads a count: a whole number from 0.
     *
     * @param p the parser, at the value
     * @param what what is counted, for the error
     * @return the count
     * @throws IOException ({@link ReadError}) if the value is not such a number
     */
    public static int count(JsonParser p, String what) throws IOException {
        return Scalars.wholeInt(p, what, 0, Integer.MAX_VALUE);
    }

    /**
     * Reads a number of units (days, delay, lateness): a whole number from 0 to a billion.
     *
     * @param p the parser, at the value
     * @param what the units in words, for the error
     * @return the number
     * @throws IOException ({@link ReadError}) if the value is not such a number
     */
    public static long units(JsonParser p, String what) throws IOException {
        return Scalars.whole(p, what, 0, MAX_UNITS);
    }

    /** The reader of a row read by its table (internal.wire), from the context's registry. */
    private static <T> Scalars.ElementReader<T> rows(DeserializationContext ctxt, Class<T> type) throws IOException {
        return TableDeserializer.registered(ctxt, type)::deserialize;
    }

    /**
     * Reads an array of event ids.
     *
     * @param p the parser, at the value
     * @param ctxt the context
     * @return the ids
     * @throws IOException ({@link ReadError}) if the value is not such an array
     */
    public static List<EventId> eventIds(JsonParser p, DeserializationContext ctxt) throws IOException {
        return Scalars.array(p, ctxt, "event ids", (q, c) -> Scalars.id(q, EventId::of, "an event id"));
    }

    /**
     * Reads a lateness's unit: {@code "days"}, {@code "businessDays"}, ...
     *
     * @param p the parser, at the value
     * @return the unit
     * @throws IOException ({@link ReadError}) if the value is not a unit's name
     */
    public static Span.Unit unit(JsonParser p) throws IOException {
        String expected = "a unit, one of " + String.join(", ", UNIT_NAMES);
        Span.Unit unit = SpanUnits.unit(Scalars.text(p, expected));
        if (unit == null) {
            throw ReadError.at(p, JsonCodes.UNKNOWN_KIND, "expected " + expected + ", was " + Scalars.describe(p));
        }
        return unit;
    }

    /**
     * Reads a scorecard's counts: {@code {"FULFILLED": 3, "OVERDUE": 1}}, instance states to counts.
     *
     * @param p the parser, at the value
     * @return the counts
     * @throws IOException ({@link ReadError}) if the value is not such an object
     */
    public static Map<InstanceState, Integer> counts(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw Scalars.wrongType(p, "an object of instance states to counts");
        }
        Map<InstanceState, Integer> result = new EnumMap<>(InstanceState.class);
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            InstanceState state = stateKey(p);
            if (result.containsKey(state)) {
                throw ReadError.at(p, JsonCodes.DUPLICATE_PROPERTY, "state " + state + " appears twice");
            }
            p.nextToken();
            result.put(state, count(p, "instances"));
        }
        return result;
    }

    private static InstanceState stateKey(JsonParser p) throws IOException {
        String name = p.currentName();
        for (InstanceState s : InstanceState.values()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        throw ReadError.at(
                p,
                JsonCodes.UNKNOWN_KIND,
                "expected an instance state as the key, one of "
                        + java.util.Arrays.toString(InstanceState.values()).replaceAll("[\\[\\]]", "") + ", was '"
                        + ObjectCursor.abbreviate(name) + "'");
    }

    /** A stateless deserializer; the indirection keeps each type's code in one method. */
    private abstract static class Deser<T> extends StdDeserializer<T> {
        private static final long serialVersionUID = 1L;

        Deser(Class<T> type) {
            super(type);
        }

        abstract T read(JsonParser p, DeserializationContext ctxt) throws IOException;

        @Override
        public final T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return read(p, ctxt);
        }
    }
}
