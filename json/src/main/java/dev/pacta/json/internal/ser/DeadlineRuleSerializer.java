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
        DeadlineRule.Direction direction =
                v instanceof DeadlineRule.Offset offset ? offset.direction() : DeadlineRule.Direction.AFTER;
        boolean defaultConvention = v.convention() == DeadlineRule.defaultConvention(direction);
        if (v.kind() == DeadlineRule.Kind.OPEN && defaultConvention) {
            g.writeString("open");
            return;
        }
        g.writeStartObject();
        switch (v.kind()) {
            case FIXED_DATE -> Write.date(g, "date", ((DeadlineRule.OnDate) v).date());
            case OFFSET, BEFORE -> {
                DeadlineRule.Offset offset = (DeadlineRule.Offset) v;
                Span span = offset.offset();
                g.writeNumberField(SpanUnits.name(span.unit()), span.amount());
                if (direction != DeadlineRule.Direction.AFTER) {
                    g.writeStringField("direction", direction.name());
                }
                if (offset.reference() != DeadlineRule.Reference.ANCHOR) {
                    g.writeStringField("from", offset.reference().name());
                }
                Write.id(g, "milestone", offset.milestone());
            }
            case OPEN -> g.writeBooleanField("open", true);
        }
        if (!defaultConvention) {
            g.writeStringField("convention", v.convention().name());
        }
        g.writeEndObject();
    }
}
