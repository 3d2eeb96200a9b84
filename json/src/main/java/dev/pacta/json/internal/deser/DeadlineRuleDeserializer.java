package dev.pacta.json.internal.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.pacta.core.model.DeadlineRule;
import dev.pacta.core.time.BusinessDayConvention;
import dev.pacta.core.time.Span;
import dev.pacta.json.internal.ReadError;
import java.io.IOException;
import java.time.LocalDate;

/**
 * Reads a {@link DeadlineRule}: {@code "open"}, or an object with exactly one of {@code date}, {@code days},
 * {@code businessDays}, {@code hours}, {@code weeks}, {@code months}, {@code open: true}, and an optional
 * {@code convention}.
 */
public final class DeadlineRuleDeserializer extends StdDeserializer<DeadlineRule> {
    private static final long serialVersionUID = 1L;

    /** The instance. */
    public static final DeadlineRuleDeserializer INSTANCE = new DeadlineRuleDeserializer();

    private static final String KINDS = "date, days, businessDays, hours, weeks, months, open";

    private DeadlineRuleDeserializer() {
        super(DeadlineRule.class);
    }

    @Override
    public DeadlineRule deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            if (p.getText().equals("open")) {
                return DeadlineRule.open();
            }
            throw Scalars.invalid(p, "a deadline object such as {\"businessDays\": 2}, or \"open\"");
        }
        ObjectCursor o = ObjectCursor.open(
                p,
                ctxt,
                "a deadline",
                "date",
                "days",
                "businessDays",
                "hours",
                "weeks",
                "months",
                "open",
                "convention");
        DeadlineRule.Builder b = DeadlineRule.builder();
        String kind = null;
        for (String name = o.next(); name != null; name = o.next()) {
            try {
                if (name.equals("convention")) {
                    b.convention(Scalars.enumValue(p, BusinessDayConvention.class, "a business-day convention"));
                    continue;
                }
                switch (name) {
                    case "date" -> {
                        LocalDate date = Scalars.date(p);
                        b.kind(DeadlineRule.Kind.FIXED_DATE).date(date);
                    }
                    case "open" -> {
                        if (!Scalars.bool(p)) {
                            throw Scalars.invalid(p, "true (an open deadline); omit 'open' otherwise");
                        }
                        b.kind(DeadlineRule.Kind.OPEN);
                    }
                    default -> {
                        Span span = SpanDeserializer.amount(p, name);
                        b.kind(DeadlineRule.Kind.OFFSET).offset(span);
                    }
                }
            } catch (ReadError e) {
                o.keepOrThrow(ctxt, e);
            }
            if (kind != null) {
                throw o.fail(
                        name,
                        "CONFLICTING_PROPERTIES",
                        "a deadline has exactly one of " + KINDS + "; found " + kind + " and " + name);
            }
            kind = name;
        }
        if (Deferred.any(ctxt)) {
            // A value was kept back to report with the document's others: this one cannot be built.
            return null;
        }
        if (kind == null) {
            throw o.fail(
                    null,
                    "MISSING_PROPERTY",
                    "a deadline needs one of " + KINDS + ", e.g. {\"businessDays\": 2}, or is \"open\"");
        }
        return Builds.build(o, b::build);
    }
}
