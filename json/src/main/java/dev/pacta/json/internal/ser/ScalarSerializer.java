package dev.pacta.json.internal.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import dev.pacta.core.Identifier;
import dev.pacta.core.model.EventTime;
import dev.pacta.core.model.Role;
import dev.pacta.core.money.Money;
import java.io.IOException;
import java.util.function.Function;

/**
 * Writes the core's single-string values: {@link Money} as {@code "EUR 1200.00"}, {@link EventTime} as a date or
 * RFC 3339 timestamp, {@link Role} by name, and every {@link Identifier} as its text.
 *
 * @param <T> the value type
 */
public final class ScalarSerializer<T> extends StdScalarSerializer<T> {
    private static final long serialVersionUID = 1L;

    /** Money. */
    public static final ScalarSerializer<Money> MONEY = new ScalarSerializer<>(Money.class, Write::money);
    /** Event time. */
    public static final ScalarSerializer<EventTime> EVENT_TIME =
            new ScalarSerializer<>(EventTime.class, Write::eventTime);
    /** Role. */
    public static final ScalarSerializer<Role> ROLE = new ScalarSerializer<>(Role.class, Role::name);
    /** Any identifier (agreement, party, obligation, milestone, event, calendar). */
    public static final ScalarSerializer<Identifier> IDENTIFIER =
            new ScalarSerializer<>(Identifier.class, Identifier::value);

    private final transient Function<T, String> text;

    private ScalarSerializer(Class<T> type, Function<T, String> text) {
        super(type);
        this.text = text;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeString(text.apply(value));
    }
}
