package dev.pacta.json.internal.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.pacta.core.model.Category;
import dev.pacta.core.model.Modality;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.ObligationId;
import dev.pacta.core.model.PartyId;
import dev.pacta.json.JsonCodes;
import dev.pacta.json.internal.ReadError;
import java.io.IOException;

/** Reads an {@link Obligation}; see {@code docs/json-format.md} for its properties. */
public final class ObligationDeserializer extends StdDeserializer<Obligation> {
    private static final long serialVersionUID = 1L;

    /** The instance. */
    public static final ObligationDeserializer INSTANCE = new ObligationDeserializer();

    private ObligationDeserializer() {
        super(Obligation.class);
    }

    @Override
    public Obligation deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        ObjectCursor o = ObjectCursor.open(
                p,
                ctxt,
                "an obligation",
                "id",
                "title",
                "category",
                "obligor",
                "beneficiary",
                "modality",
                "trigger",
                "deadline",
                "fulfilledBy",
                "grace",
                "prerequisites",
                "amount",
                "percentOfValue",
                "remedies",
                "survivesTermination",
                "timeBound");
        Obligation.Builder b = Obligation.builder();
        for (String name = o.next(); name != null; name = o.next()) {
            try {
                switch (name) {
                    case "id" -> b.id(Scalars.id(p, ObligationId::of, "an obligation id"));
                    case "title" -> b.title(Scalars.text(p, "the obligation's title"));
                    case "category" -> b.category(Scalars.enumValue(p, Category.class, "a category"));
                    case "obligor" -> b.obligor(Scalars.id(p, PartyId::of, "a party id"));
                    case "beneficiary" -> b.beneficiary(Scalars.id(p, PartyId::of, "a party id"));
                    case "modality" -> b.modality(Scalars.enumValue(p, Modality.class, "a modality"));
                    case "trigger" -> Deferred.ifBuilt(TriggerDeserializer.INSTANCE.deserialize(p, ctxt), b::trigger);
                    case "deadline" ->
                        Deferred.ifBuilt(DeadlineRuleDeserializer.INSTANCE.deserialize(p, ctxt), b::deadline);
                    case "fulfilledBy" ->
                        b.fulfilledBy(Scalars.array(p, ctxt, "event kinds", (q, c) -> Scalars.eventKind(q)));
                    case "grace" -> Deferred.ifBuilt(SpanDeserializer.INSTANCE.deserialize(p, ctxt), b::grace);
                    case "prerequisites" ->
                        b.prerequisites(Scalars.array(
                                p,
                                ctxt,
                                "obligation ids",
                                (q, c) -> Scalars.id(q, ObligationId::of, "an obligation id")));
                    case "amount" -> b.amount(Scalars.money(p));
                    case "percentOfValue" ->
                        b.percentOfValue(Scalars.decimal(p, "a percentage of the agreement's value"));
                    case "remedies" ->
                        b.remedies(Scalars.array(p, ctxt, "remedies", RemedyDeserializer.INSTANCE::deserialize));
                    case "survivesTermination" -> b.survivesTermination(Scalars.bool(p));
                    default -> b.timeBound(Scalars.bool(p));
                }
            } catch (ReadError e) {
                o.keepOrThrow(ctxt, e);
            }
        }
        if (Deferred.any(ctxt)) {
            // A value was kept back to report with the agreement's others: this one cannot be built.
            return null;
        }
        o.require("id", "title", "category", "obligor", "beneficiary", "trigger", "deadline");
        if (o.has("amount") && o.has("percentOfValue")) {
            throw o.fail(
                    "percentOfValue",
                    JsonCodes.CONFLICTING_PROPERTIES,
                    "an obligation has a fixed 'amount' or a 'percentOfValue', not both");
        }
        return Builds.build(o, b::build);
    }
}
