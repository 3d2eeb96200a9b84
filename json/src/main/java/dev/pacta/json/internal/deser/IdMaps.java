package dev.pacta.json.internal.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.pacta.core.Identifier;
import dev.pacta.core.model.MilestoneId;
import dev.pacta.core.model.PartyId;
import dev.pacta.json.JsonCodes;
import dev.pacta.json.internal.ReadError;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Readers of the objects keyed by id: an amendment's milestone targets, a report's attribution by party. Each key is
 * a valid id at most once.
 */
public final class IdMaps {
    /** The largest number of days read as a party's share of a delay (a billion). */
    private static final long MAX_UNITS = 1_000_000_000L;

    private IdMaps() {}

    /**
     * Reads {@code {"launch": "2026-07-15"}}: milestone ids to dates. A bad date is kept back with the document's
     * other value problems (see {@link Deferred}).
     *
     * @param p the parser, at the value
     * @param ctxt the context
     * @return the dates, in the document's order; incomplete if a date was kept back
     * @throws IOException ({@link ReadError}) if the value is not such an object
     */
    public static Map<MilestoneId, LocalDate> milestoneDates(JsonParser p, DeserializationContext ctxt)
            throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw Scalars.wrongType(p, "an object of milestone ids to dates");
        }
        JsonStreamContext object = p.getParsingContext();
        Map<MilestoneId, LocalDate> result = new LinkedHashMap<>();
        Set<MilestoneId> seen = new HashSet<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            MilestoneId milestone = key(p, MilestoneId::of, "a milestone id");
            if (!seen.add(milestone)) {
                throw ReadError.at(
                        p, JsonCodes.DUPLICATE_PROPERTY, "milestone '" + milestone.value() + "' appears twice");
            }
            p.nextToken();
            try {
                result.put(milestone, Scalars.date(p));
            } catch (ReadError e) {
                Deferred.keepOrThrow(p, ctxt, object, e);
            }
        }
        return result;
    }

    /**
     * Reads {@code {"client": 5, "studio": 2}}: party ids to whole numbers from 0.
     *
     * @param p the parser, at the value
     * @param what the numbers in words, for the error
     * @return the numbers, in the document's order
     * @throws IOException ({@link ReadError}) if the value is not such an object
     */
    public static Map<PartyId, Long> partyNumbers(JsonParser p, String what) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw Scalars.wrongType(p, "an object of party ids to " + what);
        }
        Map<PartyId, Long> result = new LinkedHashMap<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            PartyId party = key(p, PartyId::of, "a party id");
            if (result.containsKey(party)) {
                throw ReadError.at(p, JsonCodes.DUPLICATE_PROPERTY, "party '" + party + "' appears twice");
            }
            p.nextToken();
            result.put(party, Scalars.whole(p, what, 0, MAX_UNITS));
        }
        return result;
    }

    /** Reads the current property name as an id. */
    private static <T extends Identifier> T key(JsonParser p, Function<String, T> factory, String what)
            throws IOException {
        String name = p.currentName();
        if (!Identifier.isValid(name)) {
            throw ReadError.at(
                    p,
                    JsonCodes.INVALID_VALUE,
                    "expected " + what + " as the key (1 to 64 characters from A-Z a-z 0-9 . _ -), was '"
                            + ObjectCursor.abbreviate(name) + "'");
        }
        return factory.apply(name);
    }
}
