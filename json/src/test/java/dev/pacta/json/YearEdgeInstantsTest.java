package dev.pacta.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.engine.Evaluation;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.report.ComplianceChanges;
import dev.pacta.core.report.ComplianceReport;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Instants at the ends of the years the format reads (0001 to 9999) are written so that they read back. Found by the
 * round trip of the fuzz tests ({@code dev.pacta.json.fuzz.TimelineFuzzTest}, inputs
 * {@code regression-changes-*.json}): a timeline with an event at {@code 0001-01-01T00:30:00+01:00} gave changes
 * whose {@code asOf}, written in UTC, was {@code 0000-12-31T23:30:00Z}, which Pacta's readers reject.
 */
class YearEdgeInstantsTest {
    private static final ComplianceEngine ENGINE = ComplianceEngine.builder().build();

    private static final String AGREEMENT = """
            {
              "pacta": "agreement/1",
              "id": "a1",
              "title": "T",
              "zone": "%s",
              "effectiveDate": "%s",
              "parties": [
                {"id": "c", "name": "C", "role": "CLIENT"},
                {"id": "p", "name": "P", "role": "PROVIDER"}
              ],
              "obligations": [
                {
                  "id": "o1",
                  "title": "O",
                  "category": "APPROVAL",
                  "obligor": "c",
                  "beneficiary": "p",
                  "trigger": {"kind": "ON_EVENT", "event": "draft.submitted"},
                  "deadline": {"days": 2},
                  "fulfilledBy": ["draft.approved"]
                }
              ]
            }
            """;

    private static ComplianceChanges changesAfter(String zone, String effectiveDate, String at) {
        return changesAfter(zone, effectiveDate, at, "draft.submitted");
    }

    private static ComplianceChanges changesAfter(String zone, String effectiveDate, String at, String kind) {
        Agreement agreement = PactaJson.AGREEMENT.read(AGREEMENT.formatted(zone, effectiveDate));
        Timeline timeline = PactaJson.TIMELINE.read("""
                {"pacta": "timeline/1", "events": [{"id": "e1", "at": "%s", "kind": "%s", "actor": "p"}]}
                """.formatted(at, kind));
        Evaluation live = ENGINE.start(agreement);
        timeline.events().forEach(live::append);
        return live.pollChanges();
    }

    @Test
    void changes_beforeTheYear0001InUtc_areWrittenAtAnOffsetThatKeepsThemIn() {
        ComplianceChanges changes = changesAfter("UTC", "0001-01-01", "0001-01-01T00:30:00+01:00");
        assertThat(changes.asOf()).isEqualTo(Instant.parse("0000-12-31T23:30:00Z"));

        String json = PactaJson.CHANGES.write(changes);

        assertThat(json).contains("\"asOf\": \"0001-01-01T00:00:00+00:30\"");
        assertThat(PactaJson.CHANGES.read(json)).isEqualTo(changes);
    }

    @Test
    void changes_afterTheYear9999InUtc_areWrittenAtAnOffsetThatKeepsThemIn() {
        // An event that starts nothing: the changes have only their instants.
        ComplianceChanges changes = changesAfter("UTC", "9999-12-01", "9999-12-31T23:30:00-01:00", "note.sent");
        assertThat(changes.asOf()).isEqualTo(Instant.parse("+10000-01-01T00:30:00Z"));

        String json = PactaJson.CHANGES.write(changes);

        assertThat(json).contains("\"asOf\": \"9999-12-31T23:59:00-00:31\"");
        assertThat(PactaJson.CHANGES.read(json)).isEqualTo(changes);
    }

    @Test
    void report_whoseZoneOffsetPutsAnInstantAfter9999_writesItInUtc() {
        Agreement agreement = PactaJson.AGREEMENT.read(AGREEMENT.formatted("Pacific/Kiritimati", "9999-12-01"));
        ComplianceReport report =
                ENGINE.evaluate(agreement, Timeline.of(List.of()), Instant.parse("9999-12-31T12:00:00Z"));

        String json = PactaJson.REPORT.write(report);

        // 02:00 on 1 January 10000 in Kiritimati (+14:00): written in UTC instead.
        assertThat(json).contains("\"asOf\": \"9999-12-31T12:00:00Z\"");
        assertThat(PactaJson.REPORT.read(json)).isEqualTo(report);
    }

    @Test
    void report_withADeadlinePast9999_isNotWritten() {
        Agreement agreement = PactaJson.AGREEMENT.read(AGREEMENT.formatted("UTC", "9999-12-01"));
        Timeline timeline = PactaJson.TIMELINE.read("""
                {"pacta": "timeline/1", "events": [
                  {"id": "e1", "at": "9999-12-30", "kind": "draft.submitted", "actor": "p"}
                ]}
                """);
        ComplianceReport report = ENGINE.evaluate(agreement, timeline, LocalDate.of(9999, 12, 31));
        // Two days after 30 December 9999, moved to a business day: 3 January 10000.
        assertThat(report.instances().get(0).dueDate()).contains(LocalDate.of(10000, 1, 3));

        assertThatThrownBy(() -> PactaJson.REPORT.write(report))
                .isInstanceOfSatisfying(
                        PactaJsonException.class, e -> assertThat(e.code()).isEqualTo("UNWRITABLE"))
                .hasMessageContaining("is outside the years 0001 to 9999");
    }
}
