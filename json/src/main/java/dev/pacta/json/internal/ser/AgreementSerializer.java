package dev.pacta.json.internal.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Milestone;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.Party;
import dev.pacta.core.model.TerminationClause;
import dev.pacta.core.time.CalendarId;
import dev.pacta.json.DocumentKind;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

/** Writes an {@link Agreement} as an {@code agreement/1} document, its marker first; metadata keys sorted. */
public final class AgreementSerializer extends StdSerializer<Agreement> {
    private static final long serialVersionUID = 1L;

    /** The instance. */
    public static final AgreementSerializer INSTANCE = new AgreementSerializer();

    private AgreementSerializer() {
        super(Agreement.class);
    }

    @Override
    public void serialize(Agreement v, JsonGenerator g, SerializerProvider provider) throws IOException {
        serialize(v, g, provider, true);
    }

    /**
     * Writes an agreement, with or without its format marker (without: embedded in a scenario).
     *
     * @param v the agreement
     * @param g the generator
     * @param provider the provider
     * @param marker whether to write the marker
     * @throws IOException if the generator fails
     */
    public void serialize(Agreement v, JsonGenerator g, SerializerProvider provider, boolean marker)
            throws IOException {
        g.writeStartObject();
        if (marker) {
            g.writeStringField(DocumentKind.MARKER_PROPERTY, DocumentKind.AGREEMENT.marker());
        }
        g.writeStringField("id", v.id().value());
        g.writeStringField("title", v.title());
        g.writeStringField("zone", v.zone().getId());
        if (!v.calendar().equals(CalendarId.WEEKENDS)) {
            g.writeStringField("calendar", v.calendar().value());
        }
        Write.date(g, "effectiveDate", v.effectiveDate());
        Write.date(g, "endDate", v.endDate());
        Write.money(g, "value", v.value());
        if (!v.parties().isEmpty()) {
            g.writeArrayFieldStart("parties");
            // Parties, obligations, milestones and termination clauses are written by their tables (internal.wire),
            // found in the provider's registry.
            JsonSerializer<Object> parties = provider.findValueSerializer(Party.class);
            for (Party party : v.parties()) {
                parties.serialize(party, g, provider);
            }
            g.writeEndArray();
        }
        if (!v.obligations().isEmpty()) {
            g.writeArrayFieldStart("obligations");
            JsonSerializer<Object> obligations = provider.findValueSerializer(Obligation.class);
            for (Obligation obligation : v.obligations()) {
                obligations.serialize(obligation, g, provider);
            }
            g.writeEndArray();
        }
        if (!v.milestones().isEmpty()) {
            g.writeArrayFieldStart("milestones");
            JsonSerializer<Object> milestones = provider.findValueSerializer(Milestone.class);
            for (Milestone milestone : v.milestones()) {
                milestones.serialize(milestone, g, provider);
            }
            g.writeEndArray();
        }
        if (!v.terminationClauses().isEmpty()) {
            g.writeArrayFieldStart("terminationClauses");
            JsonSerializer<Object> clauses = provider.findValueSerializer(TerminationClause.class);
            for (TerminationClause clause : v.terminationClauses()) {
                clauses.serialize(clause, g, provider);
            }
            g.writeEndArray();
        }
        if (!v.metadata().isEmpty()) {
            g.writeObjectFieldStart("metadata");
            for (Map.Entry<String, String> e : new TreeMap<>(v.metadata()).entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }
}
