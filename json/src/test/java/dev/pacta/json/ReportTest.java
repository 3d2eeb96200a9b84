package dev.pacta.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.pacta.core.model.AgreementId;
import dev.pacta.core.report.ComplianceReport;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code report/1} format by example: what it writes, and what its strict reader rejects with a location. */
class ReportTest {
    /** The golden report's lines: 4 asOf, 6 horizon, 10 the first instance's id, 44 the first lateness unit. */
    private static final String GOLDEN = Golden.text(Golden.REPORT_FILE);

    private static PactaJsonException error(String json) {
        return catchThrowableOfType(PactaJsonException.class, () -> PactaJson.REPORT.read(json));
    }

    private static String replace(String from, String to) {
        assertThat(GOLDEN).contains(from);
        return GOLDEN.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    private static void assertProblem(PactaJsonException e, String code, String path, int line, int column) {
        assertThat(List.of(e.code(), e.path(), e.line(), e.column()))
                .as(e.getMessage())
                .containsExactly(code, path, line, column);
    }

    @Test
    void instants_areWrittenInTheReportsZone() {
        assertThat(GOLDEN)
                .contains("\"asOf\": \"2026-05-15T23:59:59.999999999+02:00\"")
                .contains("\"fulfilledAt\": \"2026-03-18T17:45:00+01:00\"");
        ComplianceReport report = Golden.report();
        assertThat(report.asOf()).isEqualTo(Instant.parse("2026-05-15T21:59:59.999999999Z"));
    }

    @Test
    void anyOffset_readsAsTheSameInstant() {
        ComplianceReport utc = PactaJson.REPORT.read(replace(
                "\"asOf\": \"2026-05-15T23:59:59.999999999+02:00\"", "\"asOf\": \"2026-05-15T21:59:59.999999999Z\""));
        assertThat(utc).isEqualTo(Golden.report());
    }

    @Test
    void emptyReport_writesEveryListAndReadsBack() {
        ComplianceReport empty = ComplianceReport.builder()
                .agreement(AgreementId.of("a1"))
                .asOf(Instant.parse("2026-03-02T10:00:00Z"))
                .zone(ZoneId.of("UTC"))
                .horizon(Period.ofMonths(1))
                .build();
        String json = PactaJson.REPORT.write(empty);
        assertThat(json).isEqualTo("""
                        {
                          "pacta": "report/1",
                          "agreement": "a1",
                          "asOf": "2026-03-02T10:00:00Z",
                          "zone": "UTC",
                          "horizon": "P1M",
                          "instances": [],
                          "milestones": [],
                          "findings": [],
                          "rights": [],
                          "balances": [],
                          "scorecards": []
                        }
                        """);
        assertThat(PactaJson.REPORT.read(json)).isEqualTo(empty);
        assertThat(PactaJson.REPORT.read("{\"pacta\": \"report/1\", \"agreement\": \"a1\", \"asOf\": "
                        + "\"2026-03-02T10:00:00Z\", \"zone\": \"UTC\", \"horizon\": \"P1M\"}"))
                .isEqualTo(empty);
    }

    @Test
    void unknownPropertyInAnInstance_rejected() {
        PactaJsonException e = error(replace("\"state\": \"FULFILLED\",", "\"state\": \"FULFILLED\", \"colour\": 1,"));
        assertProblem(e, "UNKNOWN_PROPERTY", "$.instances[0].colour", 14, 29);
    }

    @Test
    void invalidInstanceId_rejected() {
        PactaJsonException e = error(replace("\"id\": \"deposit#1\"", "\"id\": \"deposit#0\""));
        assertProblem(e, "INVALID_VALUE", "$.instances[0].id", 10, 13);
        assertThat(e.getMessage()).contains("expected an instance id");
    }

    @Test
    void lenientHorizon_rejected() {
        for (String horizon : List.of("14 days", "P", "P-1D", "p14d", "PT14H", "P1.5D")) {
            PactaJsonException e = error(replace("\"P14D\"", "\"" + horizon + "\""));
            assertProblem(e, "INVALID_VALUE", "$.horizon", 6, 14);
        }
    }

    @Test
    void timestampWithoutOffset_rejected() {
        PactaJsonException e = error(replace("2026-05-15T23:59:59.999999999+02:00", "2026-05-15T23:59:59"));
        assertProblem(e, "INVALID_VALUE", "$.asOf", 4, 11);
    }

    @Test
    void unknownLatenessUnit_rejected() {
        PactaJsonException e = error(replace("\"unit\": \"days\"", "\"unit\": \"fortnights\""));
        assertProblem(e, "UNKNOWN_KIND", "$.instances[1].lateness.unit", 45, 17);
        assertThat(e.getMessage()).contains("one of days, businessDays, hours, weeks, months");
    }

    @Test
    void unknownStateInCounts_rejected() {
        PactaJsonException e = error(replace("\"NOT_TRIGGERED\": 2,", "\"LATE\": 2,"));
        assertThat(e.code()).isEqualTo("UNKNOWN_KIND");
        assertThat(e.path()).isEqualTo("$.scorecards[0].counts.LATE");
    }

    @Test
    void missingExplanation_rejected() {
        PactaJsonException e = error(
                replace(",\n      \"explanation\": \"comes into force when build-site is fulfilled; not yet\"", ""));
        assertThat(e.code()).isEqualTo("MISSING_PROPERTY");
        assertThat(e.path()).isEqualTo("$.instances[5].explanation");
    }

    @Test
    void agreementDocument_isNotAReport() {
        PactaJsonException e = error(Golden.text(Golden.AGREEMENT_FILE));
        assertProblem(e, "WRONG_DOCUMENT", "$.pacta", 2, 12);
    }
}
