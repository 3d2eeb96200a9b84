package dev.pacta.json.internal.deser;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.EventId;
import dev.pacta.core.model.MilestoneId;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.report.InstanceState;
import dev.pacta.core.report.MilestoneState;
import dev.pacta.core.scenario.AsOf;
import dev.pacta.core.scenario.Check;
import dev.pacta.core.scenario.FindingExpectation;
import dev.pacta.core.scenario.InstanceExpectation;
import dev.pacta.core.scenario.MilestoneExpectation;
import dev.pacta.core.scenario.ScorecardExpectation;
import dev.pacta.core.time.Span;
import dev.pacta.json.DocumentKind;
import dev.pacta.json.JsonCodes;
import dev.pacta.json.internal.JsonPaths;
import dev.pacta.json.internal.ReadError;
import dev.pacta.json.internal.SpanUnits;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code scenario/1} document as read, before its template is resolved and its parameter values are typed by the
 * template's parameters (which needs the template file). Events and checks are read in full here.
 */
public final class ScenarioDocument {
    /** The scenario's name. */
    public String name;
    /** The scenario's description, empty if none. */
    public String description = "";
    /** The agreement written in the scenario, or null if it names a template. */
    public Agreement agreement;
    /** The template reference as written, with its place. */
    public RawScalar template;

    /** The template parameter values as written, by name, in document order. */
    public final Map<String, RawScalar> parameters = new LinkedHashMap<>();
    /** The path and place of the {@code parameters} object, if present. */
    public String parametersPath;

    /** Where the parameters object starts, if present. */
    public JsonLocation parametersAt;
    /** The calendar file references as written, each with its place. */
    public final List<RawScalar> calendars = new ArrayList<>();

    /** The events, in order. */
    public final List<Event> events = new ArrayList<>();
    /** The checks, in order. */
    public final List<Check> checks = new ArrayList<>();
    /** Where the document starts. */
    public JsonLocation start;

    ScenarioDocument() {}

    /** Reads the document; see {@code docs/json-format.md}. */
    public static final class Deserializer extends StdDeserializer<ScenarioDocument> {
        private static final long serialVersionUID = 1L;

        /** The instance. */
        public static final Deserializer INSTANCE = new Deserializer();

        private static final long MAX_UNITS = 1_000_000_000L;

        private Deserializer() {
            super(ScenarioDocument.class);
        }

        @Override
        public ScenarioDocument deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            ScenarioDocument d = new ScenarioDocument();
            d.start = p.currentTokenLocation();
            ObjectCursor o = ObjectCursor.openDocument(
                    p,
                    ctxt,
                    DocumentKind.SCENARIO,
                    "a scenario",
                    "name",
                    "description",
                    "agreement",
                    "template",
                    "parameters",
                    "calendars",
                    "events",
                    "checks");
            // A scope for the bad values of the agreement, the events and the checks (see Deferred).
            Deferred scope = Deferred.open(ctxt);
            for (String name = o.next(); name != null; name = o.next()) {
                try {
                    property(p, ctxt, d, name);
                } catch (ReadError e) {
                    o.keepOrThrow(ctxt, e);
                }
            }
            Deferred.close(p, ctxt, scope, "scenario" + (d.name != null ? " '" + d.name + "'" : ""));
            o.require("name");
            if (o.has("agreement") == o.has("template")) {
                throw o.fail(
                        o.has("agreement") ? "template" : null,
                        o.has("agreement") ? JsonCodes.CONFLICTING_PROPERTIES : JsonCodes.MISSING_PROPERTY,
                        "a scenario has exactly one of 'agreement' (an agreement object) and 'template' (a template"
                                + " file)");
            }
            if (o.has("agreement") && o.has("parameters")) {
                throw o.fail(
                        "parameters",
                        JsonCodes.UNEXPECTED_PROPERTY,
                        "'parameters' go with a 'template'; this scenario has an 'agreement'");
            }
            return d;
        }

        private static void property(JsonParser p, DeserializationContext ctxt, ScenarioDocument d, String name)
                throws IOException {
            switch (name) {
                case "name" -> {
                    d.name = Scalars.text(p, "the scenario's name");
                    if (d.name.isBlank()) {
                        throw Scalars.invalid(p, "a name that is not blank, e.g. \"client approves late\"");
                    }
                }
                case "description" -> d.description = Scalars.text(p, "the scenario's description");
                case "agreement" -> d.agreement = AgreementDeserializer.INSTANCE.deserialize(p, ctxt);
                case "template" -> {
                    String expected =
                            "the template's file, relative to this file, e.g." + " \"../templates/web.template.json\"";
                    Scalars.text(p, expected);
                    d.template = RawScalar.capture(p, expected);
                }
                case "parameters" -> parameters(p, d);
                case "calendars" -> {
                    String expected = "a calendar file, relative to this file, e.g. \"calendars/es-md.calendar.json\"";
                    d.calendars.addAll(Scalars.array(p, ctxt, "calendar files", (q, c) -> {
                        Scalars.text(q, expected);
                        return RawScalar.capture(q, expected);
                    }));
                }
                case "events" -> d.events.addAll(TimelineDeserializer.events(p, ctxt));
                default -> d.checks.addAll(Scalars.array(p, ctxt, "checks", Deserializer::check));
            }
        }

        private static void parameters(JsonParser p, ScenarioDocument d) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw Scalars.wrongType(p, "an object of parameter names to values, e.g. {\"approvalDays\": 2}");
            }
            d.parametersPath = JsonPaths.of(p);
            d.parametersAt = p.currentTokenLocation();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                String name = p.currentName();
                p.nextToken();
                d.parameters.put(name, RawScalar.capture(p, "a parameter value: a number or a string"));
            }
        }

        static Check check(JsonParser p, DeserializationContext ctxt) throws IOException {
            ObjectCursor o =
                    ObjectCursor.open(p, ctxt, "a check", "asOf", "instances", "milestones", "findings", "scorecards");
            Check.Builder b = Check.builder();
            for (String name = o.next(); name != null; name = o.next()) {
                try {
                    switch (name) {
                        case "asOf" -> b.asOf(asOf(p));
                        case "instances" ->
                            b.instances(keyed(p, ctxt, "instance ids to expectations", Deserializer::instance));
                        case "milestones" ->
                            b.milestones(keyed(p, ctxt, "milestone ids to expectations", Deserializer::milestone));
                        case "findings" -> b.findings(findings(p, ctxt));
                        default ->
                            b.scorecards(keyed(p, ctxt, "party ids to scorecard figures", Deserializer::scorecard));
                    }
                } catch (ReadError e) {
                    o.keepOrThrow(ctxt, e);
                }
            }
            if (Deferred.any(ctxt)) {
                // A value was kept back to report with the document's others: this one cannot be built.
                return null;
            }
            o.require("asOf");
            return Builds.build(o, b::build);
        }

        /** Reads {@code "2026-03-10"} (the end of that day) or an RFC 3339 timestamp (that instant). */
        private static AsOf asOf(JsonParser p) throws IOException {
            String expected = "a date yyyy-MM-dd (the end of that day in the agreement's zone) or a timestamp"
                    + " yyyy-MM-ddTHH:mm:ss[.fraction] with Z or an offset ±HH:MM";
            String text = Scalars.text(p, expected);
            LocalDate date = DateTexts.parseDate(text, 0, text.length());
            if (date != null) {
                return AsOf.endOf(date);
            }
            OffsetDateTime timestamp = DateTexts.parseTimestamp(text);
            if (timestamp == null) {
                throw Scalars.invalid(p, expected);
            }
            return AsOf.at(timestamp.toInstant());
        }

        /** Reads one expectation per key of an object. */
        @FunctionalInterface
        private interface KeyedReader<T> {
            T read(JsonParser p, DeserializationContext ctxt, String key) throws IOException;
        }

        private static <T> List<T> keyed(JsonParser p, DeserializationContext ctxt, String what, KeyedReader<T> reader)
                throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw Scalars.wrongType(p, "an object of " + what);
            }
            List<T> result = new ArrayList<>();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                String key = p.currentName();
                JsonLocation keyAt = p.currentTokenLocation();
                String keyPath = JsonPaths.of(p);
                p.nextToken();
                try {
                    T value = reader.read(p, ctxt, key);
                    // Null for an expectation with a value kept back (see Deferred).
                    if (value != null) {
                        result.add(value);
                    }
                } catch (KeyError e) {
                    throw ReadError.at(p, keyPath, keyAt, e.code, e.getMessage());
                }
            }
            return result;
        }

        /** A key that is not a valid id, raised by a keyed reader and placed at the key. */
        private static final class KeyError extends IOException {
            private static final long serialVersionUID = 1L;

            private final String code;

            KeyError(String code, String message) {
                super(message);
                this.code = code;
            }
        }

        private static InstanceExpectation instance(JsonParser p, DeserializationContext ctxt, String key)
                throws IOException {
            InstanceExpectation.Builder b = InstanceExpectation.builder();
            b.id(dev.pacta.core.report.InstanceId.parse(key)
                    .orElseThrow(() -> new KeyError(
                            JsonCodes.INVALID_VALUE,
                            "expected an instance id as the key: an obligation id, '#' and a number from 1, such as"
                                    + " approve-mockup#2, was '" + ObjectCursor.abbreviate(key) + "'")));
            ObjectCursor o = ObjectCursor.open(
                    p,
                    null,
                    "an instance expectation",
                    "state",
                    "dueDate",
                    "dueAt",
                    "lateness",
                    "latenessUnit",
                    "withinGrace",
                    "fulfilledBy",
                    "outstanding",
                    "paid",
                    "lateFee",
                    "interest");
            for (String name = o.next(); name != null; name = o.next()) {
                try {
                    switch (name) {
                        case "state" -> b.state(Scalars.enumValue(p, InstanceState.class, "an instance state"));
                        case "dueDate" -> b.dueDate(Scalars.date(p));
                        case "dueAt" -> b.dueAt(Scalars.instant(p));
                        case "lateness" -> b.lateness(Scalars.whole(p, "units late (0: not late)", 0, MAX_UNITS));
                        case "latenessUnit" -> b.latenessUnit(unit(p));
                        case "withinGrace" -> b.withinGrace(Scalars.bool(p));
                        case "fulfilledBy" -> b.fulfilledBy(Scalars.id(p, EventId::of, "an event id"));
                        case "outstanding" -> b.outstanding(Scalars.money(p));
                        case "paid" -> b.paid(Scalars.money(p));
                        case "lateFee" -> b.lateFee(Scalars.money(p));
                        default -> b.interest(Scalars.money(p));
                    }
                } catch (ReadError e) {
                    o.keepOrThrow(ctxt, e);
                }
            }
            if (Deferred.any(ctxt)) {
                // A value was kept back to report with the document's others: this one cannot be built.
                return null;
            }
            return Builds.build(o, b::build);
        }

        private static MilestoneExpectation milestone(JsonParser p, DeserializationContext ctxt, String key)
                throws IOException {
            MilestoneExpectation.Builder b =
                    MilestoneExpectation.builder().id(MilestoneId.of(validId(key, "milestone")));
            ObjectCursor o = ObjectCursor.open(p, null, "a milestone expectation", "state", "daysLate", "attribution");
            for (String name = o.next(); name != null; name = o.next()) {
                try {
                    switch (name) {
                        case "state" -> b.state(Scalars.enumValue(p, MilestoneState.class, "a milestone state"));
                        case "daysLate" ->
                            b.daysLate(Scalars.whole(p, "business days late (0: not late)", 0, MAX_UNITS));
                        default -> b.attribution(IdMaps.partyNumbers(p, "days late"));
                    }
                } catch (ReadError e) {
                    o.keepOrThrow(ctxt, e);
                }
            }
            if (Deferred.any(ctxt)) {
                // A value was kept back to report with the document's others: this one cannot be built.
                return null;
            }
            return Builds.build(o, b::build);
        }

        private static ScorecardExpectation scorecard(JsonParser p, DeserializationContext ctxt, String key)
                throws IOException {
            ScorecardExpectation.Builder b = ScorecardExpectation.builder().party(PartyId.of(validId(key, "party")));
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw Scalars.wrongType(p, "an object of scorecard figures to numbers, e.g. {\"onTime\": 2}");
            }
            JsonStreamContext object = p.getParsingContext();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                String figure = p.currentName();
                if (!ScorecardFigures.isKnown(figure)) {
                    throw ReadError.at(
                            p,
                            JsonCodes.UNKNOWN_FIGURE,
                            "unknown scorecard figure '" + ObjectCursor.abbreviate(figure) + "'; figures are "
                                    + ScorecardFigures.describe());
                }
                p.nextToken();
                try {
                    b.putFigures(figure, Scalars.decimal(p, "the figure"));
                } catch (ReadError e) {
                    Deferred.keepOrThrow(p, ctxt, object, e);
                }
            }
            if (Deferred.any(ctxt)) {
                // A value was kept back to report with the document's others: this one cannot be built.
                return null;
            }
            return b.build();
        }

        private static String validId(String key, String what) throws KeyError {
            if (!dev.pacta.core.Identifier.isValid(key)) {
                throw new KeyError(
                        JsonCodes.INVALID_VALUE,
                        "expected a " + what + " id as the key (1 to 64 characters from A-Z a-z 0-9 . _ -), was '"
                                + ObjectCursor.abbreviate(key) + "'");
            }
            return key;
        }

        private static List<FindingExpectation> findings(JsonParser p, DeserializationContext ctxt) throws IOException {
            ObjectCursor o = ObjectCursor.open(p, ctxt, "finding expectations", "present", "absent");
            List<FindingExpectation> result = new ArrayList<>();
            for (String name = o.next(); name != null; name = o.next()) {
                boolean present = name.equals("present");
                result.addAll(
                        Scalars.array(p, ctxt, "finding codes or finding objects", (q, c) -> finding(q, c, present)));
            }
            return result;
        }

        private static FindingExpectation finding(JsonParser p, DeserializationContext ctxt, boolean present)
                throws IOException {
            FindingExpectation.Builder b = FindingExpectation.builder().present(present);
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                return b.code(code(p)).build();
            }
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw Scalars.wrongType(
                        p, "a finding code such as \"BREACH\", or {\"code\": ..., \"party\": ..., \"instance\": ...}");
            }
            ObjectCursor o = ObjectCursor.open(p, ctxt, "a finding expectation", "code", "party", "instance");
            for (String name = o.next(); name != null; name = o.next()) {
                try {
                    switch (name) {
                        case "code" -> b.code(code(p));
                        case "party" -> b.party(Scalars.id(p, PartyId::of, "a party id"));
                        default -> b.instance(Scalars.instanceId(p));
                    }
                } catch (ReadError e) {
                    o.keepOrThrow(ctxt, e);
                }
            }
            if (Deferred.any(ctxt)) {
                // A value was kept back to report with the document's others: this one cannot be built.
                return null;
            }
            o.require("code");
            return Builds.build(o, b::build);
        }

        private static String code(JsonParser p) throws IOException {
            String text = Scalars.text(p, "a finding code such as BREACH");
            if (text.isBlank()) {
                throw Scalars.invalid(p, "a finding code such as BREACH");
            }
            return text;
        }

        private static Span.Unit unit(JsonParser p) throws IOException {
            String expected = "a unit, one of " + String.join(", ", SpanUnits.names());
            Span.Unit unit = SpanUnits.unit(Scalars.text(p, expected));
            if (unit == null) {
                throw ReadError.at(p, JsonCodes.UNKNOWN_KIND, "expected " + expected + ", was " + Scalars.describe(p));
            }
            return unit;
        }
    }
}
