package dev.pacta.json.internal.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.pacta.core.model.DeadlineRule;
import dev.pacta.core.model.MilestoneId;
import dev.pacta.core.time.BusinessDayConvention;
import dev.pacta.core.time.Span;
import dev.pacta.json.JsonCodes;
import dev.pacta.json.internal.ReadError;
import java.io.IOException;
import java.time.LocalDate;

/**
 * Reads a {@link DeadlineRule}: {@code "open"}, or an object with exactly one of {@code date}, {@code days},
 * {@code businessDays}, {@code hours}, {@code weeks}, {@code months}, {@code open: true}, and an optional
 * {@code convention}; an offset in days, business days, weeks or months may add {@code direction} ({@code AFTER},
 * {@code BEFORE}), {@code from} ({@code ANCHOR}, {@code END_DATE}, {@code MILESTONE_TARGET}) and, with the last,
 * {@code milestone}.
 */
public final class DeadlineRuleDeserializer extends StdDeserializer<DeadlineRule> {
    private static final long serialVersionUID = 1L;

    /** The instance. */
    public static final DeadlineRuleDeserializer INSTANCE = new DeadlineRuleDeserializer();

    private static final String KINDS = "date, days, businessDays, hours, weeks, months, open";

    /** The properties that qualify a deadline rather than name its kind. */
    private static final java.util.Set<String> MODIFIERS =
            java.util.Set.of("convention", "direction", "from", "milestone");

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
                "convention",
                "direction",
                "from",
                "milestone");
        DeadlineRule.Builder b = DeadlineRule.builder();
        String kind = null;
        DeadlineRule.Reference from = DeadlineRule.Reference.ANCHOR;
        for (String name = o.next(); name != null; name = o.next()) {
            if (MODIFIERS.contains(name)) {
                // Not a kind of deadline: a bad value here is kept back (or thrown), never taken for a second kind.
                try {
                    switch (name) {
                        case "convention" ->
                            b.convention(
                                    Scalars.enumValue(p, BusinessDayConvention.class, "a business-day convention"));
                        case "direction" ->
                            b.direction(Scalars.enumValue(p, DeadlineRule.Direction.class, "a direction"));
                        case "from" -> {
                            from = Scalars.enumValue(p, DeadlineRule.Reference.class, "what the deadline counts from");
                            b.reference(from);
                        }
                        default -> b.milestone(Scalars.id(p, MilestoneId::of, "a milestone id"));
                    }
                } catch (ReadError e) {
                    o.keepOrThrow(ctxt, e);
                }
                continue;
            }
            try {
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
                        JsonCodes.CONFLICTING_PROPERTIES,
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
                    JsonCodes.MISSING_PROPERTY,
                    "a deadline needs one of " + KINDS + ", e.g. {\"businessDays\": 2}, or is \"open\"");
        }
        reference(o, kind, from);
        return Builds.build(o, b::build);
    }

    /** Direction and reference belong to offsets in dates; {@code milestone} goes with {@code from} MILESTONE_TARGET. */
    private static void reference(ObjectCursor o, String kind, DeadlineRule.Reference from) throws ReadError {
        boolean dated = !kind.equals("date") && !kind.equals("open") && !kind.equals("hours");
        for (String name : new String[] {"direction", "from"}) {
            if (o.has(name) && !dated) {
                throw o.fail(
                        name,
                        JsonCodes.UNEXPECTED_PROPERTY,
                        "property '" + name + "' does not apply to a deadline with '" + kind
                                + "'; it applies to days, businessDays, weeks and months");
            }
        }
        boolean toMilestone = from == DeadlineRule.Reference.MILESTONE_TARGET;
        if (toMilestone && !o.has("milestone")) {
            throw o.fail(
                    "milestone",
                    JsonCodes.MISSING_PROPERTY,
                    "missing required property 'milestone' in a deadline from MILESTONE_TARGET");
        }
        if (!toMilestone && o.has("milestone")) {
            throw o.fail(
                    "milestone",
                    JsonCodes.UNEXPECTED_PROPERTY,
                    "property 'milestone' applies only to a deadline with \"from\": \"MILESTONE_TARGET\"");
        }
    }
}
