package dev.pacta.json.internal.document;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.money.Money;
import dev.pacta.core.template.AgreementTemplate;
import dev.pacta.core.template.Parameter;
import dev.pacta.core.template.ParameterType;
import dev.pacta.core.template.ParameterValue;
import dev.pacta.json.DocumentKind;
import dev.pacta.json.JsonCodes;
import dev.pacta.json.JsonProblem;
import dev.pacta.json.PactaJsonException;
import dev.pacta.json.internal.ReadError;
import dev.pacta.json.internal.deser.ParameterValues;
import dev.pacta.json.internal.deser.Placeholders;
import dev.pacta.json.internal.deser.SubstitutingParser;
import dev.pacta.json.internal.deser.TemplateDocument;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code template/1} documents into core {@link AgreementTemplate}s whose body substitutes the parameter values
 * into the document's agreement and reads it.
 *
 * <p>Reading a template checks everything that does not depend on the values, and reports every such problem at
 * once: the parameters (types, defaults and bounds of the parameter's type, unique names), and every placeholder
 * (well formed, declared, of its position's type; every parameter used). Then the agreement is read once with sample
 * values, for its shape (unknown properties, wrong JSON types, ...). The agreement's domain rules depend on the values
 * and are checked when the template is instantiated; their problems keep the template document's JSON paths, and
 * name the line, column and file.
 */
public final class Templates {
    private Templates() {}

    /**
     * The same template, remembering the reference a scenario found it by, so that the scenario writes back as
     * {@code "template": "<reference>"}. A template not read from JSON is returned as it is.
     *
     * @param template the template
     * @param reference the reference as written in the scenario
     * @return the template with the reference
     */
    public static AgreementTemplate referencedAs(AgreementTemplate template, String reference) {
        if (!(template.body() instanceof JsonTemplateBody body)) {
            return template;
        }
        return AgreementTemplate.builder()
                .from(template)
                .body(body.withReference(reference))
                .build();
    }

    /**
     * Reads a template document.
     *
     * @param json the document
     * @param source the file it was read from, for the messages of instantiation problems; null if none
     * @return the template
     * @throws PactaJsonException with every problem of the parameters and placeholders, or the first problem of the
     *     agreement's shape
     */
    public static AgreementTemplate read(String json, String source) {
        TemplateDocument d = Documents.read(DocumentKind.TEMPLATE, TemplateDocument.class, json);
        List<JsonProblem> problems = new ArrayList<>(d.syntaxProblems);
        List<Parameter> parameters = parameters(d, problems);
        Map<String, ParameterType> declared = new LinkedHashMap<>();
        for (TemplateDocument.ParameterDraft p : d.parameters) {
            if (p.name != null) {
                declared.putIfAbsent(p.name, p.type);
            }
        }
        Set<String> used = new LinkedHashSet<>();
        for (TemplateDocument.Occurrence o : d.occurrences) {
            check(o, declared, problems);
            used.add(o.name());
        }
        for (TemplateDocument.ParameterDraft p : d.parameters) {
            if (p.name != null && !used.contains(p.name)) {
                problems.add(at(
                        p.path + ".name",
                        p.nameAt,
                        JsonCodes.UNUSED_PARAMETER,
                        "parameter '" + p.name + "' is declared but no placeholder ${" + p.name
                                + "} uses it; use it in the agreement or remove it"));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(JsonProblem::line).thenComparingInt(JsonProblem::column));
            throw new PactaJsonException(d.id != null ? "template '" + d.id + "'" : "the template", problems);
        }
        // The agreement's shape, with sample values: unknown properties, wrong JSON types, ...
        Map<String, ParameterValue> samples = new HashMap<>();
        for (Parameter p : parameters) {
            samples.put(p.name(), p.defaultValue().or(p::min).or(p::max).orElseGet(() -> sample(p.type())));
        }
        readAgreement(json, samples, true);
        return AgreementTemplate.builder()
                .id(d.id)
                .title(d.title)
                .description(d.description)
                .parameters(parameters)
                .body(new JsonTemplateBody(d.id, json, source, Documents.readTree(json, "agreement"), null))
                .build();
    }

    /** Builds the parameters; a parameter that cannot be built adds a problem and is left out. */
    private static List<Parameter> parameters(TemplateDocument d, List<JsonProblem> problems) {
        List<Parameter> parameters = new ArrayList<>();
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < d.parameters.size(); i++) {
            TemplateDocument.ParameterDraft p = d.parameters.get(i);
            if (p.name == null) {
                // Its name was invalid, and reported so: nothing can be said of it by name.
                continue;
            }
            Integer first = names.putIfAbsent(p.name, i);
            if (first != null) {
                problems.add(at(
                        p.path + ".name",
                        p.nameAt,
                        JsonCodes.DUPLICATE_ID,
                        "parameter name '" + p.name + "' is used twice, first at " + d.parametersPath + "[" + first
                                + "]"));
                continue;
            }
            if (p.invalid) {
                // A value of it was invalid, and reported so: it cannot be built.
                continue;
            }
            String owner = "parameter '" + p.name + "'";
            Parameter.Builder b = Parameter.builder().name(p.name).type(p.type).description(p.description);
            boolean ok = true;
            try {
                if (p.defaultValue != null) {
                    b.defaultValue(ParameterValues.read(p.type, p.defaultValue, owner + " default"));
                }
                if (p.min != null) {
                    b.min(ParameterValues.read(p.type, p.min, owner + " min"));
                }
                if (p.max != null) {
                    b.max(ParameterValues.read(p.type, p.max, owner + " max"));
                }
            } catch (ParameterValues.Invalid e) {
                problems.add(e.problem());
                ok = false;
            }
            if (ok) {
                try {
                    parameters.add(b.build());
                } catch (RuntimeException e) {
                    // Bounds on an unordered type, min above max, a default out of bounds, mixed currencies.
                    problems.add(at(p.path, p.at, JsonCodes.INVALID_PARAMETER, e.getMessage()));
                }
            }
        }
        return parameters;
    }

    private static void check(
            TemplateDocument.Occurrence o, Map<String, ParameterType> declared, List<JsonProblem> problems) {
        ParameterType type = declared.get(o.name());
        Placeholders.Position position = o.position();
        if (type == null && declared.containsKey(o.name())) {
            // Declared with an invalid type, reported at the declaration: its placeholders cannot be checked.
            return;
        }
        if (type == null) {
            problems.add(at(
                    o.path(),
                    o.at(),
                    JsonCodes.UNDECLARED_PARAMETER,
                    "placeholder ${" + o.name() + "} names no parameter; parameters are " + declared.keySet()));
        } else if (position == Placeholders.Position.NONE) {
            problems.add(at(
                    o.path(),
                    o.at(),
                    JsonCodes.PLACEHOLDER_NOT_ALLOWED,
                    "placeholder ${" + o.name() + "} stands where no parameter may: only dates, amounts,"
                            + " percentages, days, business days, party names and texts are parameters"));
        } else if (!position.isText() && !o.whole()) {
            problems.add(at(
                    o.path(),
                    o.at(),
                    JsonCodes.PLACEHOLDER_NOT_WHOLE,
                    "placeholder ${" + o.name() + "} must be the whole value here, e.g. \"${" + o.name()
                            + "}\": this position takes " + position.takesText()));
        } else if (!position.takes(type)) {
            problems.add(at(
                    o.path(),
                    o.at(),
                    JsonCodes.PLACEHOLDER_WRONG_TYPE,
                    "placeholder ${" + o.name() + "} is a " + type + " parameter, but this position takes "
                            + position.takesText()));
        }
    }

    private static JsonProblem at(String path, JsonLocation at, String code, String message) {
        return new JsonProblem(code, path, ReadError.line(at), ReadError.column(at), message);
    }

    /** A value of each type that every position of that type accepts, for reading the agreement's shape. */
    private static ParameterValue sample(ParameterType type) {
        return switch (type) {
            case DAYS -> ParameterValue.ofDays(1);
            case BUSINESS_DAYS -> ParameterValue.ofBusinessDays(1);
            case AMOUNT -> ParameterValue.ofAmount(Money.of("1", "EUR"));
            case PERCENTAGE -> ParameterValue.ofPercentage(BigDecimal.valueOf(50));
            case DATE -> ParameterValue.ofDate(LocalDate.of(2000, 1, 1));
            case PARTY_NAME -> ParameterValue.ofPartyName("party");
            case TEXT -> ParameterValue.ofText("text");
            case CALENDAR -> ParameterValue.ofCalendar(dev.pacta.core.time.CalendarId.WEEKENDS);
        };
    }

    /** Reads the document's agreement with the values substituted. */
    static Agreement readAgreement(String json, Map<String, ParameterValue> values, boolean shapeOnly) {
        try (JsonParser p = Documents.parser(json)) {
            Documents.seek(p, "agreement");
            return Documents.readEmbedded(
                    new SubstitutingParser(p, values), Agreement.class, DocumentKind.TEMPLATE, shapeOnly);
        } catch (IOException e) {
            // Closing a parser over a String never fails; kept for the compiler.
            throw new java.io.UncheckedIOException(e);
        }
    }
}
