package dev.pacta.examples.docs;

import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.engine.Evaluation;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.scenario.NamedTest;
import dev.pacta.core.scenario.Scenario;
import dev.pacta.core.template.AgreementTemplate;
import dev.pacta.json.DocumentKind;
import dev.pacta.json.PactaJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Every kind of document through PactaJson, on the web-development case study's files in examples/. */
public class JsonTour {
    public static void main(String[] args) throws IOException {
        ComplianceEngine engine = ComplianceEngine.builder().build();
        Path out = Files.createTempDirectory("pacta");

        Agreement agreement = PactaJson.readAgreement(Path.of("samples/web-development.agreement.json"));
        Timeline timeline = PactaJson.readTimeline(Path.of("samples/web-development.timeline.json"));
        String json = PactaJson.AGREEMENT.write(agreement); // stable, pretty-printed, ends with "\n"
        ComplianceReport report = engine.evaluate(agreement, timeline, LocalDate.of(2026, 5, 15));
        PactaJson.REPORT.write(report, out.resolve("web-2026.report.json"));
        Evaluation live = engine.start(agreement); // a live evaluation, event by event
        Event first = timeline.ordered(agreement.zone()).get(0);
        String changes = PactaJson.CHANGES.write(live.append(first).pollChanges()); // what the event changed

        Path folder = Path.of("src/main/resources/templates/web-development");
        AgreementTemplate web = PactaJson.TEMPLATE.read(folder.resolve("web-development.template.json"));
        String template = PactaJson.TEMPLATE.write(web); // placeholders kept
        List<Scenario> scenarios = PactaJson.SCENARIO.readAll(folder); // every *.scenario.json below
        PactaJson.SCENARIO.write(scenarios.get(0), out.resolve("copy.scenario.json")); // template path kept
        List<NamedTest> tests = PactaJson.SCENARIO.tests(folder, engine); // for JUnit 5, see below
        DocumentKind kind = PactaJson.detectKind(out.resolve("web-2026.report.json")); // from the marker
        String schema = PactaJson.AGREEMENT.schema(); // the JSON Schema, for editors

        System.out.println(kind + ": " + report.instances().size() + " instances; " + tests.size() + " scenarios");
    }
}
