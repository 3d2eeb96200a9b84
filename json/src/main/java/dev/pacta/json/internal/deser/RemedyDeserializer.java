package dev.pacta.json.internal.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.pacta.core.model.ObligationId;
import dev.pacta.core.model.Remedy;
import dev.pacta.core.money.DayCount;
import dev.pacta.core.money.Money;
import dev.pacta.core.time.Span;
import dev.pacta.json.JsonCodes;
import dev.pacta.json.internal.ReadError;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@link Remedy}: {@code {"kind": "PENALTY", "percent": 10.5, "per": {"days": 2}, "capPercent": 55}}; each
 * kind takes only its own properties ({@code untilCured} belongs to a {@code RIGHT}).
 */
public final class RemedyDeserializer extends StdDeserializer<Remedy> {
    private static final long serialVersionUID = 1L;

    /** The instance. */
    public static final RemedyDeserializer INSTANCE = new RemedyDeserializer();

    /** The properties each kind takes; the first group lists the required ones. */
    private static final Map<Remedy.Kind, List<String>> TAKES = Map.of(
            Remedy.Kind.LATE_FEE, List.of("flat", "percent"),
            Remedy.Kind.INTEREST, List.of("annualRatePercent", "dayCount"),
            Remedy.Kind.PENALTY, List.of("percent", "per", "capPercent", "base", "proRata"),
            Remedy.Kind.OBLIGATION, List.of("obligation"),
            Remedy.Kind.RIGHT, List.of("right", "untilCured"));

    private static final Map<Remedy.Kind, List<String>> REQUIRES = Map.of(
            Remedy.Kind.LATE_FEE, List.of(),
            Remedy.Kind.INTEREST, List.of("annualRatePercent"),
            Remedy.Kind.PENALTY, List.of("percent", "per"),
            Remedy.Kind.OBLIGATION, List.of("obligation"),
            Remedy.Kind.RIGHT, List.of("right"));

    private static final String[] NAMES = {
        "kind",
        "flat",
        "percent",
        "annualRatePercent",
        "dayCount",
        "per",
        "capPercent",
        "base",
        "proRata",
        "obligation",
        "right",
        "untilCured"
    };

    private RemedyDeserializer() {
        super(Remedy.class);
    }

    @Override
    public Remedy deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        ObjectCursor o = ObjectCursor.open(p, ctxt, "a remedy", NAMES);
        Remedy.Kind kind = null;
        Values v = new Values();
        for (String name = o.next(); name != null; name = o.next()) {
            try {
                switch (name) {
                    case "kind" -> kind = Scalars.enumValue(p, Remedy.Kind.class, "a remedy kind");
                    case "flat" -> v.flat = Scalars.money(p);
                    case "percent" -> v.percent = Scalars.decimal(p, "a percentage");
                    case "annualRatePercent" -> v.annualRatePercent = Scalars.decimal(p, "an annual rate in percent");
                    case "dayCount" -> v.dayCount = Scalars.enumValue(p, DayCount.class, "a day count");
                    case "per" -> v.per = SpanDeserializer.INSTANCE.deserialize(p, ctxt);
                    case "capPercent" -> v.capPercent = Scalars.decimal(p, "a cap in percent");
                    case "base" -> v.base = Scalars.money(p);
                    case "proRata" -> v.proRata = Scalars.bool(p);
                    case "obligation" -> v.obligation = Scalars.id(p, ObligationId::of, "an obligation id");
                    case "right" -> v.right = Scalars.right(p);
                    default -> v.untilCured = Scalars.bool(p);
                }
            } catch (ReadError e) {
                o.keepOrThrow(ctxt, e);
            }
        }
        if (Deferred.any(ctxt)) {
            // A value was kept back to report with the document's others: this one cannot be built.
            return null;
        }
        o.require("kind");
        List<String> takes = TAKES.get(kind);
        for (int i = 1; i < NAMES.length; i++) {
            if (o.has(NAMES[i]) && !takes.contains(NAMES[i])) {
                throw o.fail(
                        NAMES[i],
                        JsonCodes.UNEXPECTED_PROPERTY,
                        "property '" + NAMES[i] + "' does not apply to a " + kind + " remedy; it takes "
                                + String.join(", ", takes));
            }
        }
        for (String required : REQUIRES.get(kind)) {
            if (!o.has(required)) {
                throw o.fail(
                        required,
                        JsonCodes.MISSING_PROPERTY,
                        "missing required property '" + required + "' in a " + kind + " remedy; it needs "
                                + String.join(", ", REQUIRES.get(kind)));
            }
        }
        if (kind == Remedy.Kind.LATE_FEE && !o.has("flat") && !o.has("percent")) {
            throw o.fail(null, JsonCodes.MISSING_PROPERTY, "a LATE_FEE remedy needs 'flat', 'percent' or both");
        }
        Remedy.Kind k = kind;
        return Builds.build(o, () -> v.build(k));
    }

    /** The properties read, each null when absent; the kind's own are known to be there when it is built. */
    private static final class Values {
        Money flat;
        BigDecimal percent;
        BigDecimal annualRatePercent;
        DayCount dayCount;
        Span per;
        BigDecimal capPercent;
        Money base;
        Boolean proRata;
        ObligationId obligation;
        String right;
        Boolean untilCured;

        Remedy build(Remedy.Kind kind) {
            return switch (kind) {
                case LATE_FEE -> {
                    Remedy.LateFee.Builder b = Remedy.LateFee.builder();
                    if (flat != null) {
                        b.flat(flat);
                    }
                    if (percent != null) {
                        b.percent(percent);
                    }
                    yield b.build();
                }
                case INTEREST -> {
                    Remedy.Interest.Builder b = Remedy.Interest.builder();
                    b.annualRatePercent(annualRatePercent);
                    if (dayCount != null) {
                        b.dayCount(dayCount);
                    }
                    yield b.build();
                }
                case PENALTY -> {
                    Remedy.Penalty.Builder b = Remedy.Penalty.builder();
                    b.percent(percent).per(per);
                    if (capPercent != null) {
                        b.capPercent(capPercent);
                    }
                    if (base != null) {
                        b.base(base);
                    }
                    if (proRata != null) {
                        b.proRata(proRata);
                    }
                    yield b.build();
                }
                case OBLIGATION -> Remedy.obligation(obligation);
                case RIGHT -> {
                    Remedy.Right.Builder b = Remedy.Right.builder();
                    b.right(right);
                    if (untilCured != null) {
                        b.untilCured(untilCured);
                    }
                    yield b.build();
                }
            };
        }
    }
}
