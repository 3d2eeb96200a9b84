package dev.pacta.json.internal.document;

import com.fasterxml.jackson.core.JsonLocation;
import dev.pacta.core.Problem;
import dev.pacta.core.scenario.Scenario;
import dev.pacta.core.template.AgreementTemplate;
import dev.pacta.core.template.Parameter;
import dev.pacta.core.template.ParameterValue;
import dev.pacta.core.template.TemplateResult;
import dev.pacta.json.DocumentKind;
import dev.pacta.json.JsonCodes;
import dev.pacta.json.JsonProblem;
import dev.pacta.json.PactaJsonException;
import dev.pacta.json.internal.JsonPaths;
import dev.pacta.json.internal.ReadError;
import dev.pacta.json.internal.Tokens;
import dev.pacta.json.internal.deser.Calendars;
import dev.pacta.json.internal.deser.ParameterValues;
import dev.pacta.json.internal.deser.RawScalar;
import dev.pacta.json.internal.deser.ScenarioDocument;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code scenario/1} documents into core {@link Scenario}s: resolves the template a scenario refers to, types
 * its parameter values by the template's parameters, and checks them against the template (unknown, missing, out of
 * bounds), each problem at its place in the scenario document.
 */
public final class Scenarios {
    /** A file reference with forward slashes only. */
    private static final Pattern FORWARD_SLASHES = Pattern.compile("[^\\\\]+");

    /** An absolute reference: a leading slash or a drive letter. */
    private static final Pattern ABSOLUTE = Pattern.compile("/.*|[A-Za-z]:.*");

    private Scenarios() {}

    /** Finds the template a scenario refers to. */
    @FunctionalInterface
    public interface TemplateResolver {
        /**
         * Reads the template at a reference.
         *
         * @param reference the reference as written, a relative file path with forward slashes
         * @return the template
         * @throws IOException if the file cannot be read ({@link NoSuchFileException} if there is none)
         * @throws PactaJsonException if the template document cannot be read
         * @throws java.nio.file.InvalidPathException if the reference is not a path on this system
         */
        AgreementTemplate resolve(String reference) throws IOException;

        /**
         * Reads the calendar document at a reference; bounded by {@link #isInside(String)} as templates are.
         *
         * @param reference the reference as written, a relative file path with forward slashes
         * @return the document and its file
         * @throws IOException if the file cannot be read ({@link NoSuchFileException} if there is none,
         *     {@link NotATemplate} if it is not a {@code calendar/1} document)
         * @throws PactaJsonException if the calendar document cannot be read
         * @throws java.nio.file.InvalidPathException if the reference is not a path on this system
         */
        default Calendars.Doc calendar(String reference) throws IOException {
            throw new NoSuchFileException(reference);
        }

        /**
         * Where a reference leads, for messages.
         *
         * @param reference the reference
         * @return e.g. the absolute file
         */
        default String describe(String reference) {
            return reference;
        }

        /**
         * Whether a relative reference stays inside the folder that templates may be read from. Checked before the
         * file is looked for, so that nothing outside that folder is opened, or even tested for existence.
         *
         * @param reference the reference, relative and with forward slashes
         * @return true if inside
         * @throws java.nio.file.InvalidPathException if the reference is not a path on this system (a NUL character)
         */
        default boolean isInside(String reference) {
            return true;
        }

        /**
         * The folder templates may be read from, for messages.
         *
         * @return e.g. the scenario's folder
         */
        default String root() {
            return "the scenario's folder";
        }
    }

    /**
     * Thrown by a {@link TemplateResolver} when the file a reference leads to is not a {@code template/1} document (or,
     * for a calendar reference, not a {@code calendar/1} document).
     * It carries no word of the file's content: a scenario must not be a way to show the content of any file.
     */
    public static final class NotATemplate extends IOException {
        private static final long serialVersionUID = 1L;

        /**
         * A file that is not a template.
         *
         * @param file the file, for messages
         */
        public NotATemplate(String file) {
            super(file);
        }
    }

    /**
     * Reads a scenario document.
     *
     * @param json the document
     * @param templates finds templates; null if the scenario has no place to find them in (read from text)
     * @return the scenario
     * @throws PactaJsonException with every problem of the scenario, or the template's own exception if the template
     *     cannot be read
     * @throws IOException if the template file exists but cannot be read
     */
    public static Scenario read(String json, TemplateResolver templates) throws IOException {
        ScenarioDocument d = Documents.read(DocumentKind.SCENARIO, ScenarioDocument.class, json);
        List<JsonProblem> problems = new ArrayList<>();
        Scenario.Builder b = Scenario.builder()
                .name(d.name)
                .description(d.description)
                .events(d.events)
                .checks(d.checks);
        if (d.agreement != null) {
            b.agreement(d.agreement);
        } else {
            AgreementTemplate template = template(d.template, templates, problems);
            if (template != null) {
                // Every problem at once: the values' own (unknown names, wrong types), then the template's checks of
                // the others (missing values, bounds), leaving out the names already reported.
                Set<String> reported = new HashSet<>();
                Map<String, Object> values = values(d, template, problems, reported);
                check(d, template, values, reported, problems);
                if (problems.isEmpty()) {
                    Map<String, ParameterValue> typed = new LinkedHashMap<>();
                    values.forEach((name, value) -> typed.put(name, (ParameterValue) value));
                    b.template(Templates.referencedAs(template, d.template.text()))
                            .putAllParameters(typed);
                }
            }
        }
        List<Calendars.Doc> calendars = new ArrayList<>();
        for (RawScalar ref : d.calendars) {
            Calendars.Doc doc = calendar(ref, templates, problems);
            if (doc != null) {
                calendars.add(doc);
                b.addCalendarFiles(ref.text());
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(JsonProblem::line).thenComparingInt(JsonProblem::column));
            throw new PactaJsonException("scenario '" + d.name + "'", problems);
        }
        // The files may combine each other's calendars, and the built-ins; a problem of their own names its file.
        b.putAllCalendars(Calendars.resolveAll(calendars, dev.pacta.core.time.CalendarSource.builtIns()));
        try {
            return b.build();
        } catch (RuntimeException e) {
            throw new PactaJsonException(new JsonProblem(
                    JsonCodes.INVALID_VALUE,
                    "$",
                    ReadError.line(d.start),
                    ReadError.column(d.start),
                    "scenario '" + d.name + "' is invalid: " + e.getMessage()));
        }
    }

    private static AgreementTemplate template(RawScalar ref, TemplateResolver templates, List<JsonProblem> problems)
            throws IOException {
        if (!reachable(ref, Kind.TEMPLATE, templates, problems)) {
            return null;
        }
        String reference = ref.text();
        try {
            return templates.resolve(reference);
        } catch (NotATemplate e) {
            // Never a word of the file's content: it may be any file the reference reaches.
            problems.add(ref.problem(
                    JsonCodes.NOT_A_TEMPLATE,
                    "template file " + ref.describe() + " is not a template/1 document (its content is not shown)"));
            return null;
        } catch (NoSuchFileException e) {
            problems.add(ref.problem(
                    JsonCodes.TEMPLATE_NOT_FOUND,
                    "template file " + ref.describe() + " does not exist (looked for " + templates.describe(reference)
                            + ")"));
            return null;
        }
    }

    /** What a file reference of a scenario leads to, for its codes and messages. */
    private enum Kind {
        TEMPLATE(
                "template",
                "templates/web.template.json",
                JsonCodes.TEMPLATE_OUTSIDE_ROOT,
                JsonCodes.NO_TEMPLATE_FOLDER),
        CALENDAR(
                "calendar",
                "calendars/es-md.calendar.json",
                JsonCodes.CALENDAR_OUTSIDE_ROOT,
                JsonCodes.NO_CALENDAR_FOLDER);

        final String word;
        final String example;
        final String outside;
        final String noFolder;

        Kind(String word, String example, String outside, String noFolder) {
            this.word = word;
            this.example = example;
            this.outside = outside;
            this.noFolder = noFolder;
        }
    }

    /**
     * Checks a file reference before any file is looked for: relative, with forward slashes, with a folder to find
     * it in, and inside the root. Each fault is a problem at the reference.
     */
    private static boolean reachable(RawScalar ref, Kind kind, TemplateResolver files, List<JsonProblem> problems) {
        String reference = ref.text();
        if (!FORWARD_SLASHES.matcher(reference).matches()) {
            problems.add(ref.problem(
                    JsonCodes.INVALID_VALUE,
                    "expected a " + kind.word + " file relative to this scenario's folder, with forward slashes, e.g."
                            + " \"" + kind.example + "\", was " + ref.describe()));
            return false;
        }
        if (ABSOLUTE.matcher(reference).matches()) {
            problems.add(ref.problem(
                    kind.outside,
                    kind.word + " file " + ref.describe() + " is an absolute path; expected a file relative to this"
                            + " scenario's folder, e.g. \"" + kind.example + "\""));
            return false;
        }
        if (files == null) {
            problems.add(ref.problem(
                    kind.noFolder,
                    "this scenario was read from text, with no folder to find " + kind.word + " " + ref.describe()
                            + " in; read it with PactaJson.SCENARIO.read(Path) or read(String, Path)"));
            return false;
        }
        boolean inside;
        try {
            inside = files.isInside(reference);
        } catch (InvalidPathException e) {
            // A NUL character, or a name this file system cannot hold: no file can be looked for.
            problems.add(ref.problem(
                    JsonCodes.INVALID_VALUE,
                    kind.word + " file " + ref.describe() + " is not a file path on this system: " + e.getReason()));
            return false;
        }
        if (!inside) {
            problems.add(ref.problem(
                    kind.outside,
                    kind.word + " file " + ref.describe() + " leads outside " + files.root() + ", from which "
                            + kind.word + "s are read; move the " + kind.word + " inside it, or read the scenarios"
                            + " with a root folder that holds both"));
            return false;
        }
        return true;
    }

    /** Reads a calendar file a scenario names; null after a problem at the reference. */
    private static Calendars.Doc calendar(RawScalar ref, TemplateResolver files, List<JsonProblem> problems)
            throws IOException {
        if (!reachable(ref, Kind.CALENDAR, files, problems)) {
            return null;
        }
        String reference = ref.text();
        try {
            return files.calendar(reference);
        } catch (NotATemplate e) {
            // Never a word of the file's content: it may be any file the reference reaches.
            problems.add(ref.problem(
                    JsonCodes.NOT_A_CALENDAR,
                    "calendar file " + ref.describe() + " is not a calendar/1 document (its content is not shown)"));
        } catch (NoSuchFileException e) {
            problems.add(ref.problem(
                    JsonCodes.CALENDAR_NOT_FOUND,
                    "calendar file " + ref.describe() + " does not exist (looked for " + files.describe(reference)
                            + ")"));
        }
        return null;
    }

    /**
     * Types each value by its parameter; unknown names and values of the wrong type are problems, whose names go to
     * {@code reported}. A number outside its type's domain is left as a plain number for the template's own check,
     * which tells it apart from a value outside the declared bounds (and names those).
     */
    private static Map<String, Object> values(
            ScenarioDocument d, AgreementTemplate template, List<JsonProblem> problems, Set<String> reported) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, RawScalar> e : d.parameters.entrySet()) {
            RawScalar raw = e.getValue();
            Parameter parameter = template.parameter(e.getKey()).orElse(null);
            if (parameter == null) {
                problems.add(raw.problem(
                        AgreementTemplate.UNKNOWN_PARAMETER,
                        "template '" + template.id() + "' has no parameter '" + Tokens.abbreviate(e.getKey())
                                + "'; parameters are "
                                + template.parameters().stream()
                                        .map(Parameter::name)
                                        .toList()));
                reported.add(e.getKey());
                continue;
            }
            try {
                values.put(e.getKey(), ParameterValues.read(parameter.type(), raw, "parameter '" + e.getKey() + "'"));
            } catch (ParameterValues.Invalid invalid) {
                Object number = invalid.problem().code().equals(JsonCodes.OUT_OF_RANGE) ? number(raw) : null;
                if (number != null) {
                    values.put(e.getKey(), number);
                } else {
                    problems.add(invalid.problem());
                    reported.add(e.getKey());
                }
            }
        }
        return values;
    }

    /** A JSON number as the plain Java number the template checks: a {@code Long} if whole, else a decimal. */
    private static Object number(RawScalar raw) {
        try {
            if (raw.integral()) {
                return Long.parseLong(raw.text());
            }
            return raw.token() == com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_FLOAT
                    ? dev.pacta.core.money.Decimals.parse(raw.text())
                    : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The template's own checks of the values (missing values, bounds, currencies), placed in the scenario. Problems
     * of the agreement that the values make are left to the run, which reports them as mismatches.
     */
    private static void check(
            ScenarioDocument d,
            AgreementTemplate template,
            Map<String, Object> values,
            Set<String> reported,
            List<JsonProblem> problems) {
        TemplateResult result = template.instantiate(values);
        for (Problem p : result.problems()) {
            if (!p.path().startsWith("parameters.")) {
                continue;
            }
            String name = p.path().substring("parameters.".length());
            if (reported.contains(name)) {
                continue;
            }
            RawScalar raw = d.parameters.get(name);
            String base = d.parametersPath != null ? d.parametersPath : "$.parameters";
            JsonLocation at = raw != null ? raw.at() : d.parametersAt != null ? d.parametersAt : d.start;
            problems.add(new JsonProblem(
                    p.code(), base + JsonPaths.property(name), ReadError.line(at), ReadError.column(at), p.message()));
        }
    }
}
