package dev.pacta.examples;

import static dev.pacta.testing.PactaAssertions.assertThat;

import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.json.PactaJson;
import dev.pacta.testing.PactaTests;
import dev.pacta.testing.gen.PactaGen;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The web-development template, tested the way a template author tests one with pacta-testing. */
class WebDevelopmentTemplateTest {
    static final Agreement WEB =
            withDefaults(Path.of("src/main/resources/templates/web-development/web-development.template.json"));

    static final ComplianceEngine ENGINE = ComplianceEngine.builder().build();

    /** Every scenario file of the template: one test each, named after the scenario, linked to its file. */
    @TestFactory
    Stream<DynamicTest> scenarios() {
        return PactaTests.scenarios("templates/web-development/");
    }

    /** A story told in Java, checked with the fluent assertions. */
    @Test
    void lateContent_delaysTheLaunch_andTheDelayIsTheClients() {
        Timeline timeline = Timeline.of(List.of(
                Event.of("e1", LocalDate.of(2026, 3, 20), "content.delivered", "client"),
                Event.of("e2", LocalDate.of(2026, 3, 23), "mockup.submitted", "studio"),
                Event.of("e3", LocalDate.of(2026, 3, 25), "mockup.approved", "client"),
                Event.of("e4", LocalDate.of(2026, 4, 13), "site.launched", "studio")));

        ComplianceReport report = ENGINE.evaluate(WEB, timeline, LocalDate.of(2026, 4, 30));

        assertThat(report).instance("deposit#1").isBreached().hasOutstanding("EUR 4800.00");
        assertThat(report).instance("provide-content#1").isFulfilledLate().byDays(7);
        assertThat(report).instance("approve-mockup#1").isFulfilled();
        assertThat(report).instance("build-site#1").isFulfilled().isDueOn("2026-04-13");
        assertThat(report).milestone("launch").isReachedLate().byBusinessDays(5).attributedTo("client", 5);
        assertThat(report).party("client").onTimeRate().isEqualTo("33.3%");
        assertThat(report).hasFinding("RIGHT_GRANTED", "studio");
    }

    /** Whatever happens, the client never owes more than the price and the balance's late fee. */
    @Test
    void theClientNeverOwesMoreThanThePriceAndTheLateFee() {
        PactaGen.qt()
                .forAll(PactaGen.timelinesFor(WEB).samples())
                .checkAssert(
                        sample -> assertThat(sample.report()).party("client").owesAtMost("EUR 12150.00"));
    }

    /** Whatever happens, the launch slips only by days attributed to someone. */
    @Test
    void theLaunchSlipsOnlyByDaysAttributedToSomeone() {
        PactaGen.qt()
                .forAll(PactaGen.timelinesFor(WEB).withLateness(1, 30).samples())
                .checkAssert(sample ->
                        assertThat(sample.report()).milestone("launch").hasAllDaysLateAttributed());
    }

    static Agreement withDefaults(Path template) {
        try {
            return PactaJson.TEMPLATE.read(template).instantiateOrThrow(Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
