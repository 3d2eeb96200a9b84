package dev.pacta.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.pacta.core.model.AgreementId;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.EventId;
import dev.pacta.core.model.EventTime;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.money.Money;
import dev.pacta.core.time.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The portfolio's events as JSON, and the hand-written Jackson streaming readers that are the ingest floor.
 *
 * <p>Format: {@code {"timelines":[{"agreement":"ag-00001","events":[{"id":"e1","at":"2025-01-07",
 * "kind":"request.opened.5","actor":"client","ref":"e3","amount":{"amount":"2500.00","currency":"EUR"},
 * "payee":"provider","by":{"amount":3,"unit":"BUSINESS_DAYS"},"note":"..."}, ...]}, ...]}}. Optional members are
 * left out when absent. (pacta-json's own format may differ in detail; it carries the same information.)
 */
public final class EventsJson {
    static final JsonFactory FACTORY = JsonFactory.builder().build();

    private EventsJson() {}

    /** A parsed event, bound by hand: the floor's target type. */
    public record EventRecord(
            String id,
            LocalDate at,
            String kind,
            String actor,
            String ref,
            BigDecimal amount,
            String currency,
            String payee,
            long byAmount,
            String byUnit,
            String note) {}

    /** A parsed timeline of {@link EventRecord}s. */
    public record TimelineRecord(String agreement, List<EventRecord> events) {}

    /**
     * Writes the portfolio's timelines.
     *
     * @param portfolio the portfolio
     * @param file the file
     * @throws IOException if writing fails
     */
    public static void write(Portfolio portfolio, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeArrayFieldStart("timelines");
            for (AgreementCase a : portfolio.agreements()) {
                g.writeStartObject();
                g.writeStringField("agreement", a.agreement().id().value());
                g.writeArrayFieldStart("events");
                for (Event e : a.timeline().events()) {
                    writeEvent(g, e);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void writeEvent(JsonGenerator g, Event e) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.id().value());
        g.writeStringField("at", e.at().toString());
        g.writeStringField("kind", e.kind());
        g.writeStringField("actor", e.actor().value());
        if (e.ref().isPresent()) {
            g.writeStringField("ref", e.ref().get());
        }
        if (e.amount().isPresent()) {
            g.writeObjectFieldStart("amount");
            g.writeStringField("amount", e.amount().get().amount().toPlainString());
            g.writeStringField("currency", e.amount().get().currency().getCurrencyCode());
            g.writeEndObject();
        }
        if (e.payee().isPresent()) {
            g.writeStringField("payee", e.payee().get().value());
        }
        if (e.by().isPresent()) {
            g.writeObjectFieldStart("by");
            g.writeNumberField("amount", e.by().get().amount());
            g.writeStringField("unit", e.by().get().unit().name());
            g.writeEndObject();
        }
        if (e.note().isPresent()) {
            g.writeStringField("note", e.note().get());
        }
        g.writeEndObject();
    }

    /**
     * The floor: streams the file and binds each event by hand to an {@link EventRecord}.
     *
     * @param file the file
     * @param sink receives each timeline
     * @return the number of events
     * @throws IOException if reading fails
     */
    public static long readRecords(Path file, Consumer<TimelineRecord> sink) throws IOException {
        long n = 0;
        try (InputStream in = Files.newInputStream(file);
                JsonParser p = FACTORY.createParser(in)) {
            expect(p, JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                if (!p.currentName().equals("timelines")) {
                    p.nextToken();
                    p.skipChildren();
                    continue;
                }
                expect(p, JsonToken.START_ARRAY);
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    TimelineRecord t = readTimeline(p, false);
                    n += t.events().size();
                    sink.accept(t);
                }
            }
        }
        return n;
    }

    /**
     * One timeline object, its start already read: the agreement and the events.
     *
     * @param document whether it is a {@code timeline/1} document (money and spans written as pacta-json writes
     *     them) rather than an object of the events file
     */
    private static TimelineRecord readTimeline(JsonParser p, boolean document) throws IOException {
        String agreement = null;
        List<EventRecord> events = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            if (name.equals("agreement")) {
                agreement = p.nextTextValue();
            } else if (name.equals("events")) {
                expect(p, JsonToken.START_ARRAY);
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    events.add(readRecord(p, document));
                }
            } else {
                p.nextToken();
                p.skipChildren();
            }
        }
        return new TimelineRecord(agreement, events);
    }

    /** One event object, its start already read; the two formats differ only in money and spans. */
    private static EventRecord readRecord(JsonParser p, boolean document) throws IOException {
        String id = null;
        LocalDate at = null;
        String kind = null;
        String actor = null;
        String ref = null;
        BigDecimal amount = null;
        String currency = null;
        String payee = null;
        long byAmount = 0;
        String byUnit = null;
        String note = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            switch (name) {
                case "id" -> id = p.nextTextValue();
                case "at" -> at = date(p.nextTextValue());
                case "kind" -> kind = p.nextTextValue();
                case "actor" -> actor = p.nextTextValue();
                case "ref" -> ref = p.nextTextValue();
                case "payee" -> payee = p.nextTextValue();
                case "note" -> note = p.nextTextValue();
                case "amount" -> {
                    if (document) { // "EUR 2500.00"
                        String money = p.nextTextValue();
                        currency = money.substring(0, 3);
                        amount = new BigDecimal(money.substring(4));
                    } else { // {"amount": "2500.00", "currency": "EUR"}
                        expect(p, JsonToken.START_OBJECT);
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            if (p.currentName().equals("amount")) {
                                amount = new BigDecimal(p.nextTextValue());
                            } else {
                                currency = p.nextTextValue();
                            }
                        }
                    }
                }
                case "by" -> {
                    expect(p, JsonToken.START_OBJECT);
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        if (document) { // {"days": 3}
                            byUnit = p.currentName();
                            p.nextToken();
                            byAmount = p.getLongValue();
                        } else if (p.currentName().equals("amount")) { // {"amount": 3, "unit": "CALENDAR_DAYS"}
                            p.nextToken();
                            byAmount = p.getLongValue();
                        } else {
                            byUnit = p.nextTextValue();
                        }
                    }
                }
                default -> {
                    p.nextToken();
                    p.skipChildren();
                }
            }
        }
        return new EventRecord(id, at, kind, actor, ref, amount, currency, payee, byAmount, byUnit, note);
    }

    /**
     * Streams the file and binds each event by hand to a Pacta {@link Event} (through its builder, so with the
     * model's checks), one {@link Timeline} per agreement: what pacta-json has to do, without its error reporting.
     *
     * @param file the file
     * @param sink receives each timeline
     * @return the number of events
     * @throws IOException if reading fails
     */
    public static long readPacta(Path file, Consumer<Timeline> sink) throws IOException {
        long[] n = {0};
        readRecords(file, t -> {
            List<Event> events = new ArrayList<>(t.events().size());
            for (EventRecord r : t.events()) {
                Event.Builder b = Event.builder()
                        .id(EventId.of(r.id()))
                        .at(EventTime.of(r.at()))
                        .kind(r.kind())
                        .actor(PartyId.of(r.actor()));
                if (r.ref() != null) {
                    b.ref(r.ref());
                }
                if (r.amount() != null) {
                    b.amount(Money.of(r.amount(), Money.currency(r.currency())));
                }
                if (r.payee() != null) {
                    b.payee(PartyId.of(r.payee()));
                }
                if (r.byUnit() != null) {
                    b.by(new Span(r.byAmount(), Span.Unit.valueOf(r.byUnit())));
                }
                if (r.note() != null) {
                    b.note(r.note());
                }
                events.add(b.build());
            }
            n[0] += events.size();
            sink.accept(Timeline.builder()
                    .agreement(AgreementId.of(t.agreement()))
                    .events(events)
                    .build());
        });
        return n[0];
    }

    /**
     * The floor on pacta-json's own input: {@code timeline/1} documents (pretty-printed, money as
     * {@code "EUR 2500.00"}, spans as {@code {"days": 3}}) streamed with Jackson's byte parser and bound by hand to
     * {@link EventRecord}s, without checks. The same parser work as {@link #readRecords} on the same information, but
     * on the bytes that {@code PactaJson.TIMELINE.read} reads (about 1.5 times the events file's).
     *
     * @param documents the documents, UTF-8
     * @param sink receives each timeline
     * @return the number of events
     * @throws IOException if a document is not of that shape
     */
    public static long readTimelineDocuments(List<byte[]> documents, Consumer<TimelineRecord> sink) throws IOException {
        long n = 0;
        for (byte[] document : documents) {
            try (JsonParser p = FACTORY.createParser(document)) {
                expect(p, JsonToken.START_OBJECT);
                TimelineRecord t = readTimeline(p, true);
                n += t.events().size();
                sink.accept(t);
            }
        }
        return n;
    }

    /** A strict, allocation-light {@code yyyy-MM-dd} parser. */
    static LocalDate date(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            throw new IllegalArgumentException("not a yyyy-MM-dd date: " + s);
        }
        return LocalDate.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10));
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not a yyyy-MM-dd date: " + s);
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static void expect(JsonParser p, JsonToken token) throws IOException {
        JsonToken t = p.nextToken();
        if (t != token) {
            throw new IOException("expected " + token + " but found " + t + " at " + p.currentLocation());
        }
    }
}
