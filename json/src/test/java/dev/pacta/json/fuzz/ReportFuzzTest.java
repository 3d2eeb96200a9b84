package dev.pacta.json.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.json.DocumentKind;
import dev.pacta.json.PactaJson;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes {@link PactaJson#REPORT}: a {@code report/1} document is rejected with a
 * {@link dev.pacta.json.PactaJsonException} or read, from bytes and from text alike; a report that reads round-trips.
 * (A report is a result: there is nothing to evaluate.)
 */
class ReportFuzzTest {
    @FuzzTest
    @Timeout(10)
    void fuzz(FuzzedDataProvider data) {
        FuzzInput input = FuzzInput.of(data, DocumentKind.REPORT);
        Oracle.read(input, DocumentKind.REPORT, PactaJson.REPORT::read, PactaJson.REPORT::read)
                .ifPresent(report -> Oracle.roundTrip(
                        "report", (ComplianceReport) report, PactaJson.REPORT::write, PactaJson.REPORT::read));
    }
}
