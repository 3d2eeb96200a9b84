package dev.pacta.json.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.time.BusinessCalendar;
import dev.pacta.json.DocumentKind;
import dev.pacta.json.PactaJson;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes {@link PactaJson#CALENDAR}: a {@code calendar/1} document is rejected with a
 * {@link dev.pacta.json.PactaJsonException} or read, from bytes and from text alike; a calendar that reads
 * round-trips, and the golden web redesign agreement evaluates on it without an exception (a date its data does not
 * cover is a finding, never a throw).
 */
class CalendarFuzzTest {
    private static final Agreement AGREEMENT =
            PactaJson.AGREEMENT.read(SeedDocuments.named(DocumentKind.AGREEMENT, "web-redesign.agreement"));
    private static final Timeline TIMELINE =
            PactaJson.TIMELINE.read(SeedDocuments.named(DocumentKind.TIMELINE, "web-redesign.timeline"));

    @FuzzTest
    @Timeout(10)
    void fuzz(FuzzedDataProvider data) {
        FuzzInput input = FuzzInput.of(data, DocumentKind.CALENDAR);
        Oracle.read(input, DocumentKind.CALENDAR, PactaJson.CALENDAR::read, PactaJson.CALENDAR::read)
                .ifPresent(read -> {
                    BusinessCalendar calendar = (BusinessCalendar) read;
                    Oracle.roundTrip("calendar", calendar, PactaJson.CALENDAR::write, PactaJson.CALENDAR::read);
                    ComplianceEngine.of(id -> Optional.of(calendar))
                            .evaluate(AGREEMENT, TIMELINE, LocalDate.of(2026, 6, 30));
                });
    }
}
