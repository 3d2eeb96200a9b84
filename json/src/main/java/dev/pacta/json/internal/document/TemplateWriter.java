package dev.pacta.json.internal.document;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import dev.pacta.core.template.AgreementTemplate;
import dev.pacta.core.template.Parameter;
import dev.pacta.core.template.ParameterValue;
import dev.pacta.json.DocumentKind;
import dev.pacta.json.JsonCodes;
import dev.pacta.json.JsonProblem;
import dev.pacta.json.PactaJsonException;
import dev.pacta.json.internal.ser.Write;
import java.io.IOException;
import java.util.Optional;

/**
 * Writes a template read from JSON as a {@code template/1} document: marker, id, title, description, the parameters
 * in their order and the agreement as it was read, placeholders kept.
 */
public final class TemplateWriter extends JsonSerializable.Base {
    private final AgreementTemplate template;
    private final JsonTemplateBody body;

    private TemplateWriter(AgreementTemplate template, JsonTemplateBody body) {
        this.template = template;
        this.body = body;
    }

    /**
     * The writable form of a template.
     *
     * @param template the template
     * @return a value to write with {@link dev.pacta.json.internal.document.Documents#write(Object)}
     * @throws PactaJsonException if the template's body was written in Java, not read from JSON
     */
    public static TemplateWriter of(AgreementTemplate template) {
        return new TemplateWriter(template, body(template, "$"));
    }

    /**
     * The JSON body of a template.
     *
     * @param template the template
     * @param path where the template would be written, for the exception
     * @return the body
     * @throws PactaJsonException if the template's body was written in Java
     */
    static JsonTemplateBody body(AgreementTemplate template, String path) {
        if (template.body() instanceof JsonTemplateBody json) {
            return json;
        }
        throw new PactaJsonException(new JsonProblem(
                JsonCodes.UNWRITABLE,
                path,
                0,
                0,
                "template '" + template.id() + "' has a body written in Java, which cannot be written as JSON; only"
                        + " templates read from template/1 documents can be written"));
    }

    @Override
    public void serialize(JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeStringField(DocumentKind.MARKER_PROPERTY, DocumentKind.TEMPLATE.marker());
        g.writeStringField("id", template.id().value());
        g.writeStringField("title", template.title());
        if (!template.description().isEmpty()) {
            g.writeStringField("description", template.description());
        }
        if (!template.parameters().isEmpty()) {
            g.writeArrayFieldStart("parameters");
            for (Parameter p : template.parameters()) {
                g.writeStartObject();
                g.writeStringField("name", p.name());
                g.writeStringField("type", p.type().name());
                value(g, "default", p.defaultValue());
                value(g, "min", p.min());
                value(g, "max", p.max());
                if (!p.description().isEmpty()) {
                    g.writeStringField("description", p.description());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeFieldName("agreement");
        body.writeAgreement(g);
        g.writeEndObject();
    }

    @Override
    public void serializeWithType(JsonGenerator g, SerializerProvider provider, TypeSerializer typeSer)
            throws IOException {
        serialize(g, provider);
    }

    private static void value(JsonGenerator g, String name, Optional<ParameterValue> value) throws IOException {
        if (value.isPresent()) {
            g.writeFieldName(name);
            value(g, value.get());
        }
    }

    /**
     * Writes a parameter value in its JSON form: days as a whole number, an amount as {@code "EUR 1200.00"}, a
     * percentage as a number, a date as {@code yyyy-MM-dd}, a name, text or calendar id as a string.
     *
     * @param g the generator
     * @param v the value
     * @throws IOException if the generator fails
     */
    static void value(JsonGenerator g, ParameterValue v) throws IOException {
        switch (v.type()) {
            case DAYS, BUSINESS_DAYS -> g.writeNumber(v.days());
            case AMOUNT -> g.writeString(Write.money(v.amount()));
            case PERCENTAGE -> g.writeNumber(v.percentage().toPlainString());
            case DATE -> g.writeString(v.date().toString());
            case PARTY_NAME, TEXT -> g.writeString(v.text());
            case CALENDAR -> g.writeString(v.calendar().value());
        }
    }
}
