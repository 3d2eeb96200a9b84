package dev.pacta.json.internal.deser;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.pacta.core.Identifier;
import dev.pacta.core.template.ParameterType;
import dev.pacta.core.template.TemplateId;
import dev.pacta.json.DocumentKind;
import dev.pacta.json.JsonCodes;
import dev.pacta.json.JsonProblem;
import dev.pacta.json.internal.JsonPaths;
import dev.pacta.json.internal.ReadError;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code template/1} document as read, before its parameters are built and its placeholders checked (which needs
 * the whole document: a parameter may be declared after the agreement that uses it). The agreement itself is not
 * read here, only scanned for placeholders; {@code Templates} (in {@code internal.document}) reads it with the values substituted.
 */
public final class TemplateDocument {
    /** The template's id. */
    public TemplateId id;
    /** The template's title. */
    public String title;
    /** The template's description, empty if none. */
    public String description = "";
    /** The parameters, in their order. */
    public final List<ParameterDraft> parameters = new ArrayList<>();
    /** The JSON path of the template's parameters array, {@code $.parameters}. */
    public String parametersPath;

    /** Where the parameters array starts. */
    public JsonLocation parametersAt;
    /** The JSON path of the template's agreement, {@code $.agreement}. */
    public String agreementPath;

    /** The placeholders of the agreement, in document order. */
    public final List<Occurrence> occurrences = new ArrayList<>();
    /** Placeholders that cannot be parsed, or stand in property names. */
    public final List<JsonProblem> syntaxProblems = new ArrayList<>();

    TemplateDocument() {}

    /** A parameter as written; its values are converted once its type is known. */
    public static final class ParameterDraft {
        /** The parameter's JSON path. */
        public String path;
        /** Where the parameter starts. */
        public JsonLocation at;
        /** The parameter's name. */
        public String name;
        /** Where the name is. */
        public JsonLocation nameAt;
        /** The parameter's type. */
        public ParameterType type;
        /** The default value as written, or null. */
        public RawScalar defaultValue;
        /** The lower bound as written, or null. */
        public RawScalar min;
        /** The upper bound as written, or null. */
        public RawScalar max;
        /** The parameter's description, empty if none. */
        public String description = "";
        /** Whether a value of the parameter was kept back as invalid (see {@link Deferred}): it cannot be built. */
        public boolean invalid;
    }

    /**
     * A placeholder in the agreement.
     *
     * @param name the parameter's name
     * @param position where it stands
     * @param whole whether it is the whole string
     * @param path the string's JSON path
     * @param at where the string is
     */
    public record Occurrence(
            String name, Placeholders.Position position, boolean whole, String path, JsonLocation at) {}

    /** Reads the document; see {@code docs/json-format.md}. */
    public static final class Deserializer extends StdDeserializer<TemplateDocument> {
        private static final long serialVersionUID = 1L;

        /** The instance. */
        public static final Deserializer INSTANCE = new Deserializer();

        private Deserializer() {
            super(TemplateDocument.class);
        }

        @Override
        public TemplateDocument deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            ObjectCursor o = ObjectCursor.openDocument(
                    p,
                    ctxt,
                    DocumentKind.TEMPLATE,
                    "a template",
                    "id",
                    "title",
                    "description",
                    "parameters",
                    "agreement");
            TemplateDocument d = new TemplateDocument();
            // Bad values (a parameter type that does not exist, an invalid name) are reported with the template's
            // other problems, once the whole document is read (see Templates.read).
            Deferred scope = Deferred.open(ctxt);
            for (String name = o.next(); name != null; name = o.next()) {
                try {
                    switch (name) {
                        case "id" -> d.id = Scalars.id(p, TemplateId::of, "a template id");
                        case "title" -> d.title = Scalars.text(p, "the template's title");
                        case "description" -> d.description = Scalars.text(p, "the template's description");
                        case "parameters" -> {
                            d.parametersPath = JsonPaths.of(p);
                            d.parametersAt = p.currentTokenLocation();
                            d.parameters.addAll(Scalars.array(p, ctxt, "parameters", Deserializer::parameter));
                        }
                        default -> scan(p, d);
                    }
                } catch (ReadError e) {
                    o.keepOrThrow(ctxt, e);
                }
            }
            o.require("id", "title", "agreement");
            d.syntaxProblems.addAll(Deferred.take(ctxt, scope));
            return d;
        }

        private static ParameterDraft parameter(JsonParser p, DeserializationContext ctxt) throws IOException {
            ParameterDraft d = new ParameterDraft();
            d.path = JsonPaths.of(p);
            d.at = p.currentTokenLocation();
            ObjectCursor o =
                    ObjectCursor.open(p, ctxt, "a parameter", "name", "type", "default", "min", "max", "description");
            int kept = Deferred.count(ctxt);
            for (String name = o.next(); name != null; name = o.next()) {
                try {
                    property(p, d, name);
                } catch (ReadError e) {
                    o.keepOrThrow(ctxt, e);
                }
            }
            o.require("name", "type");
            d.invalid = Deferred.count(ctxt) > kept;
            return d;
        }

        private static void property(JsonParser p, ParameterDraft d, String name) throws IOException {
            switch (name) {
                case "name" -> {
                    String expected = "a parameter name: 1 to 64 characters from A-Z a-z 0-9 . _ -, starting with"
                            + " a letter or digit, e.g. approvalDays";
                    String text = Scalars.text(p, expected);
                    if (!Identifier.isValid(text)) {
                        throw Scalars.invalid(p, expected);
                    }
                    d.name = text;
                    d.nameAt = p.currentTokenLocation();
                }
                case "type" -> d.type = Scalars.enumValue(p, ParameterType.class, "a parameter type");
                case "default" -> d.defaultValue = RawScalar.capture(p, "the parameter's default value");
                case "min" -> d.min = RawScalar.capture(p, "the parameter's least value");
                case "max" -> d.max = RawScalar.capture(p, "the parameter's greatest value");
                default -> d.description = Scalars.text(p, "the parameter's description");
            }
        }

        /** Walks the agreement's tokens, noting every placeholder; the agreement is read later, with values. */
        private static void scan(JsonParser p, TemplateDocument d) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw Scalars.wrongType(p, "an object (the template's agreement, with placeholders)");
            }
            d.agreementPath = JsonPaths.of(p);
            int depth = 1;
            while (depth > 0) {
                JsonToken t = p.nextToken();
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    depth++;
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    depth--;
                } else if (t == JsonToken.FIELD_NAME && Placeholders.mayHold(p.currentName())) {
                    d.syntaxProblems.add(problem(
                            p,
                            JsonCodes.PLACEHOLDER_NOT_ALLOWED,
                            "property name '" + ObjectCursor.abbreviate(p.currentName())
                                    + "' holds a placeholder; placeholders stand for values, not names"));
                } else if (t == JsonToken.VALUE_STRING && Placeholders.mayHold(p.getText())) {
                    String path = JsonPaths.of(p);
                    List<Placeholders.Piece> pieces;
                    try {
                        pieces = Placeholders.parse(p.getText());
                    } catch (IllegalArgumentException e) {
                        d.syntaxProblems.add(problem(p, JsonCodes.PLACEHOLDER_SYNTAX, e.getMessage()));
                        continue;
                    }
                    Placeholders.Position position = Placeholders.position(path, d.agreementPath);
                    boolean whole = pieces.size() == 1;
                    for (Placeholders.Piece piece : pieces) {
                        if (piece.isPlaceholder()) {
                            d.occurrences.add(
                                    new Occurrence(piece.name(), position, whole, path, p.currentTokenLocation()));
                        }
                    }
                }
            }
        }

        private static JsonProblem problem(JsonParser p, String code, String message) {
            JsonLocation at = p.currentTokenLocation();
            return new JsonProblem(code, JsonPaths.of(p), ReadError.line(at), ReadError.column(at), message);
        }
    }
}
