package dev.pacta.core.model;

import dev.pacta.core.money.Money;
import dev.pacta.core.time.Span;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A dated fact on an agreement's timeline: something a party did ({@code content.delivered},
 * {@code mockup.approved}) or a control act ({@code payment}, {@code waiver}, {@code extension}, ...; see
 * {@link ControlKind}).
 *
 * <p>{@link #ref()} names what the event answers: an obligation instance ({@code approve-mockup#2}) or another
 * event's id (the event that triggered the instance it fulfils). This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Event {
    /** The lexical form of an event kind: lower-case words separated by dots, dashes or underscores. */
    public static final Pattern KIND_FORM = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    Event() {}

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A plain event on a date.
     *
     * @param id the event id
     * @param date the date (start of day in the agreement's zone)
     * @param kind the event kind
     * @param actor the party that acted
     * @return the event
     */
    public static Event of(String id, LocalDate date, String kind, String actor) {
        return builder()
                .id(EventId.of(id))
                .at(EventTime.of(date))
                .kind(kind)
                .actor(PartyId.of(actor))
                .build();
    }

    /**
     * The event's id, unique within the timeline.
     *
     * @return the id
     */
    public abstract EventId id();

    /**
     * When it happened.
     *
     * @return the event time
     */
    public abstract EventTime at();

    /**
     * What happened, e.g. {@code content.delivered} or {@code payment}.
     *
     * @return the kind
     */
    public abstract String kind();

    /**
     * The party that acted.
     *
     * @return the actor
     */
    public abstract PartyId actor();

    /**
     * What the event answers: an instance id ({@code approve-mockup#2}), an obligation id, or another event's id.
     *
     * @return the reference
     */
    public abstract Optional<String> ref();

    /**
     * For payments: the amount paid.
     *
     * @return the amount
     */
    public abstract Optional<Money> amount();

    /**
     * For payments: the party paid (by default the beneficiary of the instance paid).
     *
     * @return the payee
     */
    public abstract Optional<PartyId> payee();

    /**
     * For extensions: the new due date.
     *
     * @return the new due date
     */
    public abstract Optional<LocalDate> until();

    /**
     * For extensions: extra time added to the current deadline, in any unit.
     *
     * @return the extra time
     */
    public abstract Optional<Span> by();

    /**
     * For amendments: the change.
     *
     * @return the amendment
     */
    public abstract Optional<Amendment> amendment();

    /**
     * A free note, e.g. the reason for a notice.
     *
     * @return the note
     */
    public abstract Optional<String> note();

    /**
     * The control kind of this event, if it is a control event.
     *
     * @return the control kind
     */
    public Optional<ControlKind> control() {
        return ControlKind.of(kind());
    }

    @Value.Check
    void check() {
        if (!isKind(kind())) {
            throw new IllegalArgumentException("event '" + id() + "': kind '" + kind()
                    + "' is not valid: expected lower-case words such as content.delivered");
        }
    }

    /**
     * Whether a text is an event kind ({@link #KIND_FORM}), checked without a regular expression since every event
     * read checks its kind.
     *
     * @param kind any text
     * @return true if it matches {@link #KIND_FORM}
     */
    public static boolean isKind(String kind) {
        if (kind.isEmpty() || kind.length() > 64 || !lowerOrDigit(kind.charAt(0))) {
            return false;
        }
        for (int i = 1; i < kind.length(); i++) {
            char c = kind.charAt(i);
            if (!lowerOrDigit(c) && c != '.' && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean lowerOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    /** Builds {@link Event} values. */
    public static final class Builder extends ImmutableEvent.Builder {}
}
