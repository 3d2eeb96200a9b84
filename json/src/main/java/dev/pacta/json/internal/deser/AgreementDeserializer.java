package dev.pacta.json.internal.deser;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.pacta.core.Problem;
import dev.pacta.core.ValidationException;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.AgreementId;
import dev.pacta.core.model.Milestone;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.Party;
import dev.pacta.core.model.TerminationClause;
import dev.pacta.core.time.CalendarId;
import dev.pacta.json.DocumentKind;
import dev.pacta.json.JsonCodes;
import dev.pacta.json.JsonProblem;
import dev.pacta.json.internal.JsonPaths;
import dev.pacta.json.internal.ReadError;
import dev.pacta.json.internal.SpanUnits;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads an {@code agreement/1} document into an {@link Agreement}.
 *
 * <p>When the agreement parses but is invalid, every problem that {@code Agreement.build()} reports becomes a
 * {@link JsonProblem} whose path is the problem's path under the agreement ({@code obligations[2].beneficiary} →
 * {@code $.obligations[2].beneficiary}) and whose line and column are those of that value (or of its nearest
 * enclosing value) in the document.
 */
public final class AgreementDeserializer extends StdDeserializer<Agreement> {
    private static final long serialVersionUID = 1L;

    /** The instance. */
    public static final AgreementDeserializer INSTANCE = new AgreementDeserializer();

    /** Where the model's property names differ from the document's. */
    private static final Pattern SPAN_AMOUNT =
            Pattern.compile("\\.(deadline|grace|per|by|notice)(\\.offset)?\\.(amount|unit)\\b");

    /** A model path that ends at a span's amount or unit. */
    private static final Pattern SPAN_VALUE =
            Pattern.compile("\\.(deadline\\.offset|grace|per|by|notice)\\.(amount|unit)$");

    private static final Pattern DEADLINE_OFFSET = Pattern.compile("\\.deadline\\.offset\\b");
    private static final Pattern EVENT_KIND = Pattern.compile("\\.trigger\\.eventKind\\b");

    private AgreementDeserializer() {
        super(Agreement.class);
    }

    @Override
    public Agreement deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        LocationRecorder recorder = LocationRecorder.install(ctxt);
        String base = JsonPaths.of(p);
        ObjectCursor o = ObjectCursor.openDocument(
                        p,
                        ctxt,
                        DocumentKind.AGREEMENT,
                        "an agreement",
                        "id",
                        "title",
                        "zone",
                        "calendar",
                        "effectiveDate",
                        "endDate",
                        "value",
                        "parties",
                        "obligations",
                        "milestones",
                        "terminationClauses",
                        "metadata")
                .allowMarker(DocumentKind.AGREEMENT);
        JsonLocation start = p.currentTokenLocation();
        // A scope for the bad values of the whole agreement, unless the agreement is part of a larger document.
        Deferred scope = Deferred.open(ctxt);
        Agreement.Builder b = Agreement.builder();
        Map<String, MetadataKey> metadataKeys = new HashMap<>();
        String id = null;
        for (String name = o.next(); name != null; name = o.next()) {
            try {
                switch (name) {
                    case "id" -> {
                        AgreementId agreementId = Scalars.id(p, AgreementId::of, "an agreement id");
                        id = agreementId.value();
                        b.id(agreementId);
                    }
                    case "title" -> b.title(Scalars.text(p, "the agreement's title"));
                    case "zone" -> b.zone(Scalars.zone(p));
                    case "calendar" -> b.calendar(Scalars.id(p, CalendarId::of, "a calendar id"));
                    case "effectiveDate" -> b.effectiveDate(Scalars.date(p));
                    case "endDate" -> b.endDate(Scalars.date(p));
                    case "value" -> b.value(Scalars.money(p));
                    case "parties" -> b.parties(Scalars.array(p, ctxt, "parties", elements(ctxt, Party.class)));
                    case "obligations" ->
                        b.obligations(Scalars.array(p, ctxt, "obligations", elements(ctxt, Obligation.class)));
                    case "milestones" ->
                        b.milestones(Scalars.array(p, ctxt, "milestones", elements(ctxt, Milestone.class)));
                    case "terminationClauses" ->
                        b.terminationClauses(
                                Scalars.array(p, ctxt, "termination clauses", elements(ctxt, TerminationClause.class)));
                    default -> b.putAllMetadata(metadata(p, metadataKeys));
                }
            } catch (ReadError e) {
                o.keepOrThrow(ctxt, e);
            }
        }
        Deferred.close(p, ctxt, scope, id != null ? "agreement '" + id + "'" : "the agreement");
        if (Deferred.any(ctxt)) {
            // Kept back for the enclosing document to report; the domain rules depend on the values.
            return null;
        }
        o.require("id", "title", "zone", "effectiveDate");
        try {
            return b.build();
        } catch (ValidationException e) {
            if (ReadContext.isShapeOnly(ctxt)) {
                return null;
            }
            List<JsonProblem> problems = new ArrayList<>();
            for (Problem problem : e.problems()) {
                String path = jsonPath(base, problem.path());
                if (SPAN_VALUE.matcher(problem.path()).find()) {
                    // The model's span.amount is the value of the unit's property: {"businessDays": 3000}.
                    for (String unit : SpanUnits.names()) {
                        if (recorder.has(path + "." + unit)) {
                            path = path + "." + unit;
                            break;
                        }
                    }
                }
                JsonLocation at = recorder.locate(path, start);
                MetadataKey key = metadataKeys.get(problem.path());
                if (key != null) {
                    path = base + ".metadata" + JsonPaths.property(key.name());
                    at = key.at();
                }
                problems.add(new JsonProblem(
                        problem.code(), path, ReadError.line(at), ReadError.column(at), problem.message()));
            }
            throw ReadError.of(p, "agreement '" + id + "'", problems);
        } catch (RuntimeException e) {
            throw o.fail(null, JsonCodes.INVALID_VALUE, "the agreement is invalid: " + e.getMessage());
        }
    }

    /**
     * The JSON path of a core problem's path under the agreement's own path.
     *
     * @param base the agreement's JSON path, e.g. {@code $}
     * @param modelPath the problem's path, e.g. {@code obligations[2].trigger.eventKind}
     * @return e.g. {@code $.obligations[2].trigger.event}
     */
    static String jsonPath(String base, String modelPath) {
        String path = modelPath.isEmpty() ? base : base + (modelPath.startsWith("[") ? "" : ".") + modelPath;
        path = SPAN_AMOUNT.matcher(path).replaceAll(".$1");
        path = DEADLINE_OFFSET.matcher(path).replaceAll(".deadline");
        return EVENT_KIND.matcher(path).replaceAll(".trigger.event");
    }

    /** A metadata key as written, and where. */
    private record MetadataKey(String name, JsonLocation at) {}

    /**
     * The path the model's validator gives a metadata key: {@code metadata['key']}, the key cut to 67 characters and
     * {@code ...} when longer than 70.
     */
    private static String modelMetadataPath(String key) {
        return "metadata['" + (key.length() <= 70 ? key : key.substring(0, 67) + "...") + "']";
    }

    private static Map<String, String> metadata(JsonParser p, Map<String, MetadataKey> keys) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw Scalars.wrongType(p, "an object of texts (metadata)");
        }
        Map<String, String> result = new LinkedHashMap<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            String key = p.currentName();
            if (result.containsKey(key)) {
                throw ReadError.at(p, JsonCodes.DUPLICATE_PROPERTY, "metadata key '" + key + "' appears twice");
            }
            JsonLocation at = p.currentTokenLocation();
            keys.putIfAbsent(modelMetadataPath(key), new MetadataKey(key, at));
            p.nextToken();
            result.put(key, Scalars.text(p, "a text (metadata values are texts)"));
        }
        return result;
    }

    private static <T> Scalars.ElementReader<T> elements(DeserializationContext ctxt, Class<T> type)
            throws IOException {
        return TableDeserializer.registered(ctxt, type)::deserialize;
    }
}
