package dev.pacta.json.internal.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.pacta.core.model.TerminationClause;
import java.io.IOException;
import java.util.Optional;

/** Writes a {@link TerminationClause}: party (if any), then notice. */
public final class TerminationClauseSerializer extends StdSerializer<TerminationClause> {
    private static final long serialVersionUID = 1L;

    /** The instance. */
    public static final TerminationClauseSerializer INSTANCE = new TerminationClauseSerializer();

    private TerminationClauseSerializer() {
        super(TerminationClause.class);
    }

    @Override
    public void serialize(TerminationClause v, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        Write.id(g, "party", v.party());
        Write.span(g, "notice", Optional.of(v.notice()));
        g.writeEndObject();
    }
}
