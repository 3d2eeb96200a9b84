package dev.pacta.json.internal.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.pacta.core.model.DeadlineRule;
import dev.pacta.core.time.Span;
import dev.pacta.json.internal.SpanUnits;
import java.io.IOException;

/**
 * Writes a {@link DeadlineRule}: {@code "open"}, {@code {"date": ...}} or {@code {"businessDays": 2}}; then
 * {@code direction} unless {@code AFTER}, {@code from} unless {@code ANCHOR}, {@code milestone} when it has one, and
 * {@code convention} unless the default of its direction ({@code FOLLOWING} after, {@code PRECEDING} before).
 */
public final class DeadlineRuleSerializer extends StdSerializer<DeadlineRule> {
    private static final long serialVersionUID = 1L;

    /** The instance. */
    public static final DeadlineRuleSerializer INSTANCE = new DeadlineRuleSerializer();

    private DeadlineRuleSerializer() {
        super(DeadlineRule.class);
    }

    @Override
    public void serialize(DeadlineRule v, JsonGenerator g, SerializerProvider provider) throws IOException {
        boolean defaultConvention = v.convention() == DeadlineRule.defaultConvention(v.direction());
        if (v.kind() == DeadlineRule.Kind.OPEN && defaultConvention) {
            g.writeString("open");
            return;
        }
        g.writeStartObject();
        switch (v.kind()) {
            case FIXED_DATE -> Write.date(g, "date", v.date().orElseThrow());
            case OFFSET -> {
                Span span = v.offset().orElseThrow();
                g.writeNumberField(SpanUnits.name(span.unit()), span.amount());
            }
            case OPEN -> g.writeBooleanField("open", true);
        }
        if (v.direction() != DeadlineRule.Direction.AFTER) {
            g.writeStringField("direction", v.direction().name());
        }
        if (v.reference() != DeadlineRule.Reference.ANCHOR) {
            g.writeStringField("from", v.reference().name());
        }
        if (v.milestone().isPresent()) {
            g.writeStringField("milestone", v.milestone().get().value());
        }
        if (!defaultConvention) {
            g.writeStringField("convention", v.convention().name());
        }
        g.writeEndObject();
    }
}
