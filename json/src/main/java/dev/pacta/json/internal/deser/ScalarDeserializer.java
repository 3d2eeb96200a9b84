package dev.pacta.json.internal.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import dev.pacta.core.model.AgreementId;
import dev.pacta.core.model.EventId;
import dev.pacta.core.model.EventTime;
import dev.pacta.core.model.MilestoneId;
import dev.pacta.core.model.ObligationId;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.model.Role;
import dev.pacta.core.money.Money;
import dev.pacta.core.time.CalendarId;
import java.io.IOException;

/**
 * Reads the core's single-string values ({@link Money}, {@link EventTime}, {@link Role} and the ids) with the strict
 * readers of {@link Scalars}; one stateless instance per type.
 *
 * @param <T> the value type
 */
public final class ScalarDeserializer<T> extends StdScalarDeserializer<T> {
    private static final long serialVersionUID = 1L;

    /** Reads a string value at the parser's current token. */
    @FunctionalInterface
    private interface Reader<T> {
        T read(JsonParser p) throws IOException;
    }

    /** Money: {@code "EUR 1200.00"}. */
    public static final ScalarDeserializer<Money> MONEY = new ScalarDeserializer<>(Money.class, Scalars::money);
    /** Event time: {@code "2026-03-04"} or {@code "2026-03-04T15:30:00+01:00"}. */
    public static final ScalarDeserializer<EventTime> EVENT_TIME =
            new ScalarDeserializer<>(EventTime.class, Scalars::eventTime);
    /** Role: {@code "CLIENT"}. */
    public static final ScalarDeserializer<Role> ROLE = new ScalarDeserializer<>(Role.class, Scalars::role);
    /** Agreement id. */
    public static final ScalarDeserializer<AgreementId> AGREEMENT_ID =
            new ScalarDeserializer<>(AgreementId.class, p -> Scalars.id(p, AgreementId::of, "an agreement id"));
    /** Party id. */
    public static final ScalarDeserializer<PartyId> PARTY_ID =
            new ScalarDeserializer<>(PartyId.class, p -> Scalars.id(p, PartyId::of, "a party id"));
    /** Obligation id. */
    public static final ScalarDeserializer<ObligationId> OBLIGATION_ID =
            new ScalarDeserializer<>(ObligationId.class, p -> Scalars.id(p, ObligationId::of, "an obligation id"));
    /** Milestone id. */
    public static final ScalarDeserializer<MilestoneId> MILESTONE_ID =
            new ScalarDeserializer<>(MilestoneId.class, p -> Scalars.id(p, MilestoneId::of, "a milestone id"));
    /** Event id. */
    public static final ScalarDeserializer<EventId> EVENT_ID =
            new ScalarDeserializer<>(EventId.class, p -> Scalars.id(p, EventId::of, "an event id"));
    /** Calendar id. */
    public static final ScalarDeserializer<CalendarId> CALENDAR_ID =
            new ScalarDeserializer<>(CalendarId.class, p -> Scalars.id(p, CalendarId::of, "a calendar id"));

    private final transient Reader<T> reader;

    private ScalarDeserializer(Class<T> type, Reader<T> reader) {
        super(type);
        this.reader = reader;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return reader.read(p);
    }
}
