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
import java.util.function.Supplier;

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
        String kind = null;
        LocalDate date = null;
        Span span = null;
        BusinessDayConvention convention = null;
        DeadlineRule.Direction direction = DeadlineRule.Direction.AFTER;
        DeadlineRule.Reference from = DeadlineRule.Reference.ANCHOR;
        MilestoneId milestone = null;
        for (String name = o.next(); name != null; name = o.next()) {
            if (MODIFIERS.contains(name)) {
                // Not a kind of deadline: a bad value here is kept back (or thrown), never taken for a second kind.
                try {
                    switch (name) {
                        case "convention" ->
                            convention = Scalars.enumValue(p, BusinessDayConvention.class, "a business-day convention");
                        case "direction" ->
                            direction = Scalars.enumValue(p, DeadlineRule.Direction.class, "a direction");
                        case "from" ->
                            from = Scalars.enumValue(p, DeadlineRule.Reference.class, "what the deadline counts from");
                        default -> milestone = Scalars.id(p, MilestoneId::of, "a milestone id");
                    }
                } catch (ReadError e) {
                    o.keepOrThrow(ctxt, e);
                }
                continue;
            }
            try {
                switch (name) {
                    case "date" -> date = Scalars.date(p);
                    case "open" -> {
                        if (!Scalars.bool(p)) {
                            throw Scalars.invalid(p, "true (an open deadline); omit 'open' otherwise");
                        }
                    }
                    default -> span = SpanDeserializer.amount(p, name);
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
        return Builds.build(o, build(kind, date, span, convention, direction, from, milestone));
    }

    /** The call that builds the rule's subtype, once the properties are known to fit it. */
    private static Supplier<DeadlineRule> build(
            String kind,
            LocalDate date,
            Span span,
            BusinessDayConvention convention,
            DeadlineRule.Direction direction,
            DeadlineRule.Reference from,
            MilestoneId milestone) {
        return switch (kind) {
            case "date" ->
                () -> {
                    DeadlineRule.OnDate.Builder b = DeadlineRule.OnDate.builder();
                    b.date(date);
                    if (convention != null) {
                        b.convention(convention);
                    }
                    return b.build();
                };
            case "open" ->
                () -> {
                    DeadlineRule.Open.Builder b = DeadlineRule.Open.builder();
                    if (convention != null) {
                        b.convention(convention);
                    }
                    return b.build();
                };
            default ->
                direction == DeadlineRule.Direction.BEFORE
                        ? () -> {
                            DeadlineRule.Before.Builder b = DeadlineRule.Before.builder();
                            b.offset(span).reference(from);
                            if (milestone != null) {
                                b.milestone(milestone);
                            }
                            if (convention != null) {
                                b.convention(convention);
                            }
                            return b.build();
                        }
                        : () -> {
                            DeadlineRule.Within.Builder b = DeadlineRule.Within.builder();
                            b.offset(span).reference(from);
                            if (milestone != null) {
                                b.milestone(milestone);
                            }
                            if (convention != null) {
                                b.convention(convention);
                            }
                            return b.build();
                        };
        };
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
