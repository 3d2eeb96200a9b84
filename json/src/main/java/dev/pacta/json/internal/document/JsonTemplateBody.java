package dev.pacta.json.internal.document;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pacta.core.Problem;
import dev.pacta.core.ValidationException;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.template.ResolvedValues;
import dev.pacta.core.template.TemplateBody;
import dev.pacta.core.template.TemplateId;
import dev.pacta.json.JsonProblem;
import dev.pacta.json.PactaJsonException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The body of a template read from JSON: substitutes the values into the document's agreement and reads it. It keeps
 * the agreement as written, with its {@code ${name}} placeholders, so that the template can be written back.
 *
 * <p>A value: two bodies are equal when their agreements write the same text (same properties in the same order,
 * same values). The text the template was read from (for the line and column of instantiation problems), the file
 * it was read from and the reference a scenario found it by are not part of equality.
 */
public final class JsonTemplateBody implements TemplateBody {
    private final TemplateId id;
    private final String json;
    private final String source;
    private final JsonNode agreement;
    /** The agreement as written back, the value compared. */
    private final String canonical;

    private final String reference;

    JsonTemplateBody(TemplateId id, String json, String source, JsonNode agreement, String reference) {
        this(id, json, source, agreement, Documents.write(agreement), reference);
    }

    private JsonTemplateBody(
            TemplateId id, String json, String source, JsonNode agreement, String canonical, String reference) {
        this.id = id;
        this.json = json;
        this.source = source;
        this.agreement = agreement;
        this.canonical = canonical;
        this.reference = reference;
    }

    /**
     * This body, found by a scenario at a reference.
     *
     * @param reference the reference, a relative file path
     * @return the body with the reference
     */
    JsonTemplateBody withReference(String reference) {
        return new JsonTemplateBody(id, json, source, agreement, canonical, reference);
    }

    /**
     * The reference a scenario found this template by, as written in the scenario.
     *
     * @return the reference; empty if the template was not read for a scenario
     */
    public Optional<String> reference() {
        return Optional.ofNullable(reference);
    }

    /**
     * Writes the agreement as read, placeholders kept.
     *
     * @param g the generator, where a value belongs
     * @throws IOException if the generator fails
     */
    public void writeAgreement(JsonGenerator g) throws IOException {
        g.writeTree(agreement);
    }

    @Override
    public Agreement apply(ResolvedValues values) {
        try {
            return Templates.readAgreement(json, values.asMap(), false);
        } catch (PactaJsonException e) {
            List<Problem> problems = new ArrayList<>();
            for (JsonProblem p : e.problems()) {
                String where = source == null
                        ? "line " + p.line() + ", column " + p.column()
                        : source + ", line " + p.line() + ", column " + p.column();
                problems.add(new Problem(p.code(), p.path(), p.message() + " (" + where + ")"));
            }
            throw new ValidationException("template '" + id + "' with " + values.asMap(), problems);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonTemplateBody b && b.canonical.equals(canonical);
    }

    @Override
    public int hashCode() {
        return canonical.hashCode();
    }

    @Override
    public String toString() {
        return "the agreement of template '" + id + "'"
                + Optional.ofNullable(source).map(s -> " in " + s).orElse("");
    }
}
