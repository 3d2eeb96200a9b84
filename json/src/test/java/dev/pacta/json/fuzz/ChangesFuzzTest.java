package dev.pacta.json.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.pacta.core.report.ComplianceChanges;
import dev.pacta.json.DocumentKind;
import dev.pacta.json.PactaJson;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes {@link PactaJson#CHANGES}: a {@code changes/1} document is rejected with a
 * {@link dev.pacta.json.PactaJsonException} or read, from bytes and from text alike; changes that read round-trip.
 * (Changes are a result: there is nothing to evaluate.)
 */
class ChangesFuzzTest {
    @FuzzTest
    @Timeout(10)
    void fuzz(FuzzedDataProvider data) {
        FuzzInput input = FuzzInput.of(data, DocumentKind.CHANGES);
        Oracle.read(input, DocumentKind.CHANGES, PactaJson.CHANGES::read, PactaJson.CHANGES::read)
                .ifPresent(changes -> Oracle.roundTrip(
                        "changes", (ComplianceChanges) changes, PactaJson.CHANGES::write, PactaJson.CHANGES::read));
    }
}
