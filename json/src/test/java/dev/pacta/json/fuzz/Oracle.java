package dev.pacta.json.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.engine.ComplianceRules;
import dev.pacta.core.engine.Evaluation;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.report.ComplianceChanges;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.time.BusinessCalendar;
import dev.pacta.core.time.CalendarId;
import dev.pacta.core.time.CalendarSource;
import dev.pacta.json.DocumentKind;
import dev.pacta.json.JsonProblem;
import dev.pacta.json.PactaJson;
import dev.pacta.json.PactaJsonException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What every fuzz test checks. A rejected document fails with a {@link PactaJsonException} whose every problem has a
 * code, a JSON path, a line and a column and a message ({@link #rejected}); any other exception is a failure and is left
 * to propagate. An accepted value is written and read back ({@link #roundTrip}): the value read back equals it, and
 * writing it again gives the same document. An accepted agreement is evaluated without an exception ({@link #evaluate}),
 * both in full and live, and its reports and changes round-trip too.
 */
final class Oracle {
    /**
     * Every calendar id names a calendar that covers every date ({@code NONE} has no weekends, any other id has
     * Saturday and Sunday off), so that any agreement that reads can be evaluated.
     */
    static final CalendarSource ANY_CALENDAR = new CalendarSource() {
        @Override
        public Optional<BusinessCalendar> find(CalendarId id) {
            return Optional.of(id.equals(CalendarId.NONE) ? BusinessCalendar.NONE : BusinessCalendar.WEEKENDS);
        }

        @Override
        public String toString() {
            return "every calendar id";
        }
    };

    /** The engine of the examples, with every calendar. */
    static final ComplianceEngine ENGINE = ComplianceEngine.builder()
            .calendars(ANY_CALENDAR)
            .addRule(ComplianceRules.pointOfContactRequired())
            .addRule(ComplianceRules.recurringMissedInARow(2))
            .build();

    private Oracle() {}

    /** Reads a document from text. */
    @FunctionalInterface
    interface TextReader<T> {
        T read(String json) throws IOException;
    }

    /** Reads a document from a stream. */
    @FunctionalInterface
    interface StreamReader<T> {
        T read(InputStream in) throws IOException;
    }

    /** Writes a value as a document. */
    @FunctionalInterface
    interface Writer<T> {
        String write(T value);
    }

    /**
     * Reads an input both from its bytes and, when they are UTF-8, from its text: both readers accept the document with
     * equal values, or both reject it with the same problems. An accepted document is of the kind that
     * {@link PactaJson#detectKind(String)} tells.
     *
     * @param input the input
     * @param kind the kind read
     * @param fromBytes reads from a stream
     * @param fromText reads from text
     * @param <T> the value's type
     * @return the value, or empty if the document was rejected (as it should be)
     */
    static <T> Optional<T> read(FuzzInput input, DocumentKind kind, StreamReader<T> fromBytes, TextReader<T> fromText) {
        Optional<T> value = read(() -> fromBytes.read(new ByteArrayInputStream(input.bytes())));
        Optional<String> text = input.text();
        if (text.isPresent()) {
            String failure = null;
            Optional<T> again;
            try {
                again = Optional.of(fromText.read(text.get()));
            } catch (PactaJsonException e) {
                again = Optional.empty();
                failure = e.getMessage();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!again.equals(value)) {
                throw new AssertionError("reading the bytes and reading the text disagree:\n  bytes: "
                        + value.map(v -> "read " + v).orElse("rejected") + "\n  text: "
                        + again.map(v -> "read " + v).orElse("rejected: " + failure));
            }
            if (value.isPresent()) {
                DocumentKind detected;
                try {
                    detected = PactaJson.detectKind(text.get());
                } catch (PactaJsonException e) {
                    throw new AssertionError("a " + kind.marker() + " document that reads has no kind", e);
                }
                if (detected != kind) {
                    throw new AssertionError("a " + kind.marker() + " document that reads is detected as " + detected);
                }
            }
        }
        return value;
    }

    @FunctionalInterface
    private interface Read<T> {
        T read() throws IOException;
    }

    private static <T> Optional<T> read(Read<T> read) {
        try {
            return Optional.of(read.read());
        } catch (PactaJsonException e) {
            rejected(e);
            return Optional.empty();
        } catch (IOException e) {
            // Nothing here reads a failing stream or file.
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks that a rejection is the documented one: problems with a code, a path from {@code $}, a line and column
     * in the document, and a message.
     *
     * @param e the exception
     */
    static void rejected(PactaJsonException e) {
        String message = e.getMessage();
        check(message != null && !message.isBlank(), "a PactaJsonException without a message", e);
        check(!e.problems().isEmpty(), "a PactaJsonException without problems", e);
        for (JsonProblem p : e.problems()) {
            check(p.code() != null && !p.code().isBlank(), "a problem without a code: " + p, e);
            check(p.path() != null && p.path().startsWith("$"), "a problem whose path is not from $: " + p, e);
            check(p.line() >= 1 && p.column() >= 1, "a problem without a line and column: " + p, e);
            check(p.message() != null && !p.message().isBlank(), "a problem without a message: " + p, e);
        }
    }

    private static void check(boolean ok, String what, Throwable cause) {
        if (!ok) {
            throw new AssertionError(what, cause);
        }
    }

    /**
     * Writes a value, reads the document back and writes that again: the value read back equals the value, and the
     * second document is the first (whatever Pacta writes, Pacta reads back equal).
     *
     * @param what what the value is, for messages
     * @param value the value
     * @param write writes a document
     * @param read reads one
     * @param <T> the value's type
     * @return the document
     */
    static <T> String roundTrip(String what, T value, Writer<T> write, TextReader<T> read) {
        String document;
        try {
            document = write.write(value);
        } catch (PactaJsonException e) {
            throw new AssertionError(what + ": Pacta cannot write what it read or computed: " + e.getMessage(), e);
        }
        T back;
        try {
            back = read.read(document);
        } catch (PactaJsonException e) {
            throw new AssertionError(
                    what + ": Pacta cannot read what it wrote: " + e.getMessage() + "\n" + document, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!back.equals(value)) {
            throw new AssertionError(what + ": the value read back differs from the value written:\n  written: " + value
                    + "\n  read:    " + back + "\n" + document);
        }
        String again = write.write(back);
        if (!again.equals(document)) {
            throw new AssertionError(
                    what + ": writing the value read back gives another document:\n" + document + "\n---\n" + again);
        }
        return document;
    }

    /**
     * Evaluates an agreement with a timeline as of the agreement's effective date, a day chosen by the fuzzer and the
     * day after the last event, and live (every event appended, then the clock moved to the chosen day): nothing
     * throws, and every report and every set of changes round-trips.
     *
     * @param agreement a valid agreement
     * @param timeline its events
     * @param data the fuzzer's data, for the chosen day
     */
    static void evaluate(Agreement agreement, Timeline timeline, FuzzedDataProvider data) {
        LocalDate start = agreement.effectiveDate();
        List<LocalDate> dates = new ArrayList<>();
        dates.add(start);
        plusDays(start, data.consumeInt(-30, 800)).ifPresent(dates::add);
        timeline.events().stream()
                .map(e -> e.at().toLocalDate(agreement.zone()))
                .max(Comparator.naturalOrder())
                .flatMap(d -> plusDays(d, 1))
                .ifPresent(dates::add);
        for (LocalDate date : dates) {
            ComplianceReport report = ENGINE.evaluate(agreement, timeline, date);
            resultRoundTrip("report as of " + date, report, PactaJson.REPORT::write, PactaJson.REPORT::read);
        }

        Evaluation live = ENGINE.start(agreement);
        for (Event event : timeline.events()) {
            live.append(event);
        }
        if (!timeline.events().isEmpty()) {
            resultRoundTrip(
                    "changes after the events", live.pollChanges(), PactaJson.CHANGES::write, PactaJson.CHANGES::read);
        }
        Optional<Instant> latest = live.timeline().events().stream()
                .map(e -> e.at().toInstant(agreement.zone()))
                .max(Comparator.naturalOrder());
        Instant later = ComplianceEngine.endOfDay(agreement, dates.get(dates.size() - 1));
        if (latest.isEmpty() || later.isAfter(latest.get())) {
            live.advanceTo(later);
            ComplianceChanges changes = live.pollChanges();
            resultRoundTrip("changes as time passes", changes, PactaJson.CHANGES::write, PactaJson.CHANGES::read);
            resultRoundTrip("live report", live.report(later), PactaJson.REPORT::write, PactaJson.REPORT::read);
        }
    }

    /**
     * As {@link #roundTrip}, for a result of the engine: it may also be unwritable, as documented, when the engine
     * computed a date past 9999-12-31 (or before 0001-01-01) for an agreement dated at the end of the calendar.
     */
    private static <T> void resultRoundTrip(String what, T value, Writer<T> write, TextReader<T> read) {
        try {
            write.write(value);
        } catch (PactaJsonException e) {
            if (e.code().equals("UNWRITABLE") && e.getMessage().contains("outside the years 0001 to 9999")) {
                return;
            }
            throw new AssertionError(what + ": Pacta cannot write what it computed: " + e.getMessage(), e);
        }
        roundTrip(what, value, write, read);
    }

    /** A date some days later, if there is one between the years 1 and 9999 (the dates the format writes). */
    private static Optional<LocalDate> plusDays(LocalDate date, int days) {
        try {
            LocalDate later = date.plusDays(days);
            return later.getYear() >= 1 && later.getYear() <= 9999 ? Optional.of(later) : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
