package dev.pacta.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.engine.Evaluation;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.report.ComplianceChanges;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.InstanceState;
import dev.pacta.core.scenario.Check;
import dev.pacta.core.scenario.InstanceExpectation;
import dev.pacta.core.scenario.Scenario;
import dev.pacta.examples.Engines;
import dev.pacta.examples.Golden;
import dev.pacta.examples.cases.CaseStudies;
import dev.pacta.examples.cases.WebDevelopmentCase;
import dev.pacta.json.PactaJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evaluate --format json} read back by pacta-json, and {@code check} (both need report/1 and scenario/1). */
class JsonAndCheckTest {
    static final String WEB_AGREEMENT =
            Golden.SAMPLES.resolve("web-development.agreement.json").toString();
    static final String WEB_TIMELINE =
            Golden.SAMPLES.resolve("web-development.timeline.json").toString();

    @TempDir
    Path tmp;

    @Test
    void evaluate_json_readsBackAsTheSameReport() {
        Cli.Result r = Cli.run("evaluate", WEB_AGREEMENT, "-e", WEB_TIMELINE, "--as-of", "2026-04-03", "-f", "json");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEmpty();
        ComplianceReport expected =
                CaseStudies.find("web-development").orElseThrow().evaluate();
        assertThat(PactaJson.REPORT.read(r.out())).isEqualTo(expected);
    }

    @Test
    void evaluate_json_toAFile_thenValidate() throws IOException {
        Path out = tmp.resolve("report.json");
        Cli.run(
                "evaluate",
                WEB_AGREEMENT,
                "-e",
                WEB_TIMELINE,
                "--as-of",
                "2026-04-03",
                "-f",
                "json",
                "-o",
                out.toString());
        assertThat(Files.readString(out)).startsWith("{");
        Cli.Result v = Cli.run("validate", out.toString());
        assertThat(v.code()).as(v.err()).isZero();
        assertThat(v.out()).contains(out + ": valid report/");
    }

    @Test
    void validate_changesDocument() throws IOException {
        Agreement web = PactaJson.readAgreement(Path.of(WEB_AGREEMENT));
        Evaluation live = ComplianceEngine.builder().build().start(web);
        live.append(PactaJson.readTimeline(Path.of(WEB_TIMELINE)).events().get(0));
        ComplianceChanges first = live.pollChanges(); // the first look lists every report row
        Path file = tmp.resolve("changes.json");
        PactaJson.CHANGES.write(first, file);

        Cli.Result v = Cli.run("validate", file.toString());
        assertThat(v.code()).as(v.err()).isZero();
        int rows = live.report(first.asOf()).instances().size();
        assertThat(v.out()).isEqualTo(file + ": valid changes/1: " + rows + " changes" + System.lineSeparator());
    }

    @Test
    void demo_json_readsBack() {
        Cli.Result r = Cli.run("demo", "late-paying-client", "--format", "json");
        assertThat(r.code()).isZero();
        assertThat(PactaJson.REPORT.read(r.out()))
                .isEqualTo(CaseStudies.find("late-paying-client").orElseThrow().evaluate());
    }

    @Test
    void check_help_withExitCodes() {
        Cli.Result r = Cli.run("check", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Usage: pacta check").contains("Exit codes:");
    }

    @Test
    void check_missingPath_usageError() {
        Cli.Result r = Cli.run("check", "no-such-folder");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("pacta: no-such-folder: no such file or folder");
    }

    @Test
    void check_invalidScenarioFile_exit1_problemsOnStderr_countedAsAFailure() throws IOException {
        Path bad = tmp.resolve("bad.scenario.json");
        Files.writeString(bad, "{\"pacta\": \"scenario/1\", \"noSuchProperty\": true}\n");
        Cli.Result r = Cli.run("check", bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith(bad + ":1:");
        assertThat(r.out()).endsWith("0 passed, 1 failed\n");
    }

    @Test
    void check_printsEachFailureWithItsExplanation_andTheCount() {
        Scenario passing = Scenario.builder()
                .name("web development as it happened")
                .agreement(WebDevelopmentCase.agreement())
                .addAllEvents(WebDevelopmentCase.timeline().events())
                .addChecks(Check.copyOf(
                        CaseStudies.find("web-development").orElseThrow().evaluate()))
                .build();
        Scenario failing = Scenario.builder()
                .name("second mock-up approved on time")
                .agreement(WebDevelopmentCase.agreement())
                .addAllEvents(WebDevelopmentCase.timeline().events())
                .addChecks(Check.builder()
                        .asOf(LocalDate.of(2026, 3, 20))
                        .addInstances(InstanceExpectation.forInstance("approve-mockup#2")
                                .state(InstanceState.FULFILLED)
                                .build())
                        .build())
                .build();
        StringWriter text = new StringWriter();
        int failed = CheckCommand.run(List.of(passing, failing), Engines.standard(), true, new PrintWriter(text, true));
        assertThat(failed).isEqualTo(1);
        assertThat(text.toString())
                .contains("ok   web development as it happened (1 check)")
                .contains("FAIL scenario 'second mock-up approved on time' failed")
                .contains("as of 2026-03-20, approve-mockup#2: expected FULFILLED, was FULFILLED_LATE (due Fri"
                        + " 2026-03-13");
    }
}
