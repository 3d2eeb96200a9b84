package dev.pacta.json.internal.document;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import dev.pacta.core.model.Event;
import dev.pacta.core.money.Money;
import dev.pacta.core.scenario.AsOf;
import dev.pacta.core.scenario.Check;
import dev.pacta.core.scenario.FindingExpectation;
import dev.pacta.core.scenario.InstanceExpectation;
import dev.pacta.core.scenario.MilestoneExpectation;
import dev.pacta.core.scenario.Scenario;
import dev.pacta.core.scenario.ScorecardExpectation;
import dev.pacta.core.template.AgreementTemplate;
import dev.pacta.core.template.Parameter;
import dev.pacta.core.template.ParameterType;
import dev.pacta.core.template.ParameterValue;
import dev.pacta.json.DocumentKind;
import dev.pacta.json.JsonCodes;
import dev.pacta.json.JsonProblem;
import dev.pacta.json.PactaJsonException;
import dev.pacta.json.internal.SpanUnits;
import dev.pacta.json.internal.ser.AgreementSerializer;
import dev.pacta.json.internal.ser.EventSerializer;
import dev.pacta.json.internal.ser.Write;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes a {@link Scenario} as a {@code scenario/1} document: marker, name, description, the agreement (without its
 * marker) or the template reference and the parameter values (in the template's parameter order), the events and
 * the checks with every expectation.
 */
public final class ScenarioWriter extends JsonSerializable.Base {
    private final Scenario scenario;
    private final String reference;
    private final Map<String, ParameterValue> parameters;

    private ScenarioWriter(Scenario scenario, String reference, Map<String, ParameterValue> parameters) {
        this.scenario = scenario;
        this.reference = reference;
        this.parameters = parameters;
    }

    /**
     * The writable form of a scenario; checks everything that cannot be written first.
     *
     * @param scenario the scenario
     * @return a value to write with {@link dev.pacta.json.internal.document.Documents#write(Object)}
     * @throws PactaJsonException if the scenario's template was not read from a file by a scenario (so there is no
     *     reference to write), its calendars were not read from files, a parameter value is not of its parameter's
     *     type, or a check expects the same instance, milestone or party twice
     */
    public static ScenarioWriter of(Scenario scenario) {
        String reference = null;
        Map<String, ParameterValue> parameters = new LinkedHashMap<>();
        if (scenario.template().isPresent()) {
            AgreementTemplate template = scenario.template().get();
            JsonTemplateBody body = TemplateWriter.body(template, "$.template");
            reference = body.reference()
                    .orElseThrow(() -> unwritable(
                            "$.template",
                            "scenario '" + scenario.name() + "': template '" + template.id() + "' was not read"
                                    + " through a scenario file, so there is no file to refer to (scenario/1 has no"
                                    + " inline templates); write it with PactaJson.TEMPLATE.write, and read the scenario"
                                    + " with PactaJson.SCENARIO.read(Path) or read(String, Path)"));
            for (Parameter p : template.parameters()) {
                if (scenario.parameters().containsKey(p.name())) {
                    parameters.put(p.name(), value(scenario, p.type(), p.name()));
                }
            }
            for (String name : new TreeMap<>(scenario.parameters()).keySet()) {
                if (template.parameter(name).isEmpty()) {
                    throw unwritable(
                            "$.parameters." + name,
                            "scenario '" + scenario.name() + "': template '" + template.id() + "' has no parameter '"
                                    + name + "'");
                }
            }
        }
        for (int i = 0; i < scenario.checks().size(); i++) {
            Check c = scenario.checks().get(i);
            String path = "$.checks[" + i + "]";
            unique(
                    path + ".instances",
                    c.instances().stream().map(e -> e.id().toString()).toList());
            unique(
                    path + ".milestones",
                    c.milestones().stream().map(e -> e.id().value()).toList());
            unique(
                    path + ".scorecards",
                    c.scorecards().stream().map(e -> e.party().value()).toList());
        }
        if (!scenario.calendars().isEmpty() && scenario.calendarFiles().isEmpty()) {
            throw unwritable(
                    "$.calendars",
                    "scenario '" + scenario.name() + "': its calendars were not read from files named by a scenario"
                            + " (scenario/1 names calendar files, it has no inline calendars); write them with"
                            + " PactaJson.CALENDAR.write, and read the scenario from a file that names them");
        }
        return new ScenarioWriter(scenario, reference, parameters);
    }

    private static void unique(String path, List<String> keys) {
        Set<String> seen = new HashSet<>();
        for (String key : keys) {
            if (!seen.add(key)) {
                throw unwritable(path, "'" + key + "' is expected twice in one check; a JSON object has each key once");
            }
        }
    }

    private static PactaJsonException unwritable(String path, String message) {
        return new PactaJsonException(new JsonProblem(JsonCodes.UNWRITABLE, path, 0, 0, message));
    }

    /** A parameter value as a {@link ParameterValue} of its parameter's type, from the value or a plain Java value. */
    private static ParameterValue value(Scenario scenario, ParameterType type, String name) {
        Object raw = scenario.parameters().get(name);
        try {
            ParameterValue v;
            if (raw instanceof ParameterValue given) {
                v = given;
            } else if (raw instanceof String s) {
                v = ParameterValue.parse(type, s);
            } else if (raw instanceof Money m) {
                v = ParameterValue.ofAmount(m);
            } else if (raw instanceof LocalDate d) {
                v = ParameterValue.ofDate(d);
            } else if (raw instanceof dev.pacta.core.time.CalendarId c) {
                v = ParameterValue.ofCalendar(c);
            } else if ((raw instanceof Integer || raw instanceof Long) && type == ParameterType.DAYS) {
                v = ParameterValue.ofDays(Math.toIntExact(((Number) raw).longValue()));
            } else if ((raw instanceof Integer || raw instanceof Long) && type == ParameterType.BUSINESS_DAYS) {
                v = ParameterValue.ofBusinessDays(Math.toIntExact(((Number) raw).longValue()));
            } else if (raw instanceof BigDecimal || raw instanceof Integer || raw instanceof Long) {
                v = ParameterValue.ofPercentage(new BigDecimal(raw.toString()));
            } else {
                v = null;
            }
            if (v != null && v.type() == type) {
                return v;
            }
        } catch (RuntimeException e) {
            // reported below
        }
        throw unwritable(
                "$.parameters." + name,
                "scenario '" + scenario.name() + "': parameter '" + name + "' is " + type + ", but its value is "
                        + raw);
    }

    @Override
    public void serialize(JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeStringField(DocumentKind.MARKER_PROPERTY, DocumentKind.SCENARIO.marker());
        g.writeStringField("name", scenario.name());
        if (!scenario.description().isEmpty()) {
            g.writeStringField("description", scenario.description());
        }
        if (scenario.agreement().isPresent()) {
            g.writeFieldName("agreement");
            AgreementSerializer.INSTANCE.serialize(scenario.agreement().get(), g, provider, false);
        } else {
            g.writeStringField("template", reference);
            if (!parameters.isEmpty()) {
                g.writeObjectFieldStart("parameters");
                for (Map.Entry<String, ParameterValue> e : parameters.entrySet()) {
                    g.writeFieldName(e.getKey());
                    TemplateWriter.value(g, e.getValue());
                }
                g.writeEndObject();
            }
        }
        if (!scenario.calendarFiles().isEmpty()) {
            g.writeArrayFieldStart("calendars");
            for (String file : scenario.calendarFiles()) {
                g.writeString(file);
            }
            g.writeEndArray();
        }
        if (!scenario.events().isEmpty()) {
            g.writeArrayFieldStart("events");
            for (Event event : scenario.events()) {
                EventSerializer.INSTANCE.serialize(event, g, provider);
            }
            g.writeEndArray();
        }
        if (!scenario.checks().isEmpty()) {
            g.writeArrayFieldStart("checks");
            for (Check check : scenario.checks()) {
                check(g, check);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    @Override
    public void serializeWithType(JsonGenerator g, SerializerProvider provider, TypeSerializer typeSer)
            throws IOException {
        serialize(g, provider);
    }

    private static void check(JsonGenerator g, Check c) throws IOException {
        g.writeStartObject();
        g.writeStringField("asOf", asOf(c.asOf()));
        if (!c.instances().isEmpty()) {
            g.writeObjectFieldStart("instances");
            for (InstanceExpectation e : c.instances()) {
                g.writeObjectFieldStart(e.id().toString());
                if (e.state().isPresent()) {
                    g.writeStringField("state", e.state().get().name());
                }
                Write.date(g, "dueDate", e.dueDate());
                Write.instant(g, "dueAt", e.dueAt(), ZoneOffset.UTC);
                if (e.lateness().isPresent()) {
                    g.writeNumberField("lateness", e.lateness().get());
                }
                if (e.latenessUnit().isPresent()) {
                    g.writeStringField(
                            "latenessUnit", SpanUnits.name(e.latenessUnit().get()));
                }
                if (e.withinGrace().isPresent()) {
                    g.writeBooleanField("withinGrace", e.withinGrace().get());
                }
                Write.id(g, "fulfilledBy", e.fulfilledBy());
                Write.money(g, "outstanding", e.outstanding());
                Write.money(g, "paid", e.paid());
                Write.money(g, "lateFee", e.lateFee());
                Write.money(g, "interest", e.interest());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        if (!c.milestones().isEmpty()) {
            g.writeObjectFieldStart("milestones");
            for (MilestoneExpectation e : c.milestones()) {
                g.writeObjectFieldStart(e.id().value());
                if (e.state().isPresent()) {
                    g.writeStringField("state", e.state().get().name());
                }
                if (e.daysLate().isPresent()) {
                    g.writeNumberField("daysLate", e.daysLate().get());
                }
                Write.partyNumbers(g, "attribution", e.attribution());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        if (!c.findings().isEmpty()) {
            findings(g, c.findings());
        }
        if (!c.scorecards().isEmpty()) {
            g.writeObjectFieldStart("scorecards");
            for (ScorecardExpectation e : c.scorecards()) {
                g.writeObjectFieldStart(e.party().value());
                for (Map.Entry<String, BigDecimal> f : new TreeMap<>(e.figures()).entrySet()) {
                    g.writeFieldName(f.getKey());
                    g.writeNumber(f.getValue().toPlainString());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /**
     * Writes the findings as {@code "present"} and {@code "absent"} arrays, the one of the first finding first, each
     * in list order: a list whose present and absent findings are each together reads back as it was.
     */
    private static void findings(JsonGenerator g, List<FindingExpectation> findings) throws IOException {
        List<FindingExpectation> present = new ArrayList<>();
        List<FindingExpectation> absent = new ArrayList<>();
        for (FindingExpectation f : findings) {
            (f.present() ? present : absent).add(f);
        }
        g.writeObjectFieldStart("findings");
        boolean presentFirst = findings.get(0).present();
        findingArray(g, presentFirst ? "present" : "absent", presentFirst ? present : absent);
        findingArray(g, presentFirst ? "absent" : "present", presentFirst ? absent : present);
        g.writeEndObject();
    }

    private static void findingArray(JsonGenerator g, String name, List<FindingExpectation> findings)
            throws IOException {
        if (findings.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(name);
        for (FindingExpectation f : findings) {
            if (f.party().isEmpty() && f.instance().isEmpty()) {
                g.writeString(f.code());
            } else {
                g.writeStartObject();
                g.writeStringField("code", f.code());
                Write.id(g, "party", f.party());
                if (f.instance().isPresent()) {
                    g.writeStringField("instance", f.instance().get().toString());
                }
                g.writeEndObject();
            }
        }
        g.writeEndArray();
    }

    private static String asOf(AsOf asOf) {
        return asOf.date().isPresent()
                ? asOf.date().get().toString()
                : Write.instant(asOf.instant().orElseThrow(), ZoneOffset.UTC);
    }
}
