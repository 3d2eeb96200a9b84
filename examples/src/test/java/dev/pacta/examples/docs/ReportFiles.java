package dev.pacta.examples.docs;

import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.time.CalendarSource;
import dev.pacta.json.PactaJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** A report written as a report/1 document and read back. */
public class ReportFiles {
    public static void main(String[] args) throws IOException {
        Agreement agreement = PactaJson.readAgreement(Path.of("samples/web-development.agreement.json"));
        Timeline timeline = PactaJson.readTimeline(Path.of("samples/web-development.timeline.json"));
        Path file = Files.createTempDirectory("pacta").resolve("web-2026.2026-05-15.report.json");

        ComplianceReport report =
                ComplianceEngine.of(CalendarSource.builtIns()).evaluate(agreement, timeline, LocalDate.of(2026, 5, 15));
        PactaJson.REPORT.write(report, file);
        ComplianceReport again = PactaJson.REPORT.read(file);

        System.out.println(again.equals(report) ? "read back equal" : "read back different");
    }
}
