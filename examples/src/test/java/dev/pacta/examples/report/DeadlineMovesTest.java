package dev.pacta.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.time.Span;
import dev.pacta.examples.Engines;
import dev.pacta.examples.cases.CaseStudies;
import dev.pacta.examples.cases.WebDevelopmentCase;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Reading moved deadlines back from explanations: this pins the engine's wording that {@link DeadlineMoves} relies
 * on, for each way a deadline moves (a late prerequisite of the other party, an extension, a suspension).
 */
class DeadlineMovesTest {
    private static final Agreement WEB = WebDevelopmentCase.agreement();

    private static ComplianceReport evaluate(Event... more) {
        Timeline t = WebDevelopmentCase.timeline();
        for (Event e : more) {
            t = t.with(e);
        }
        return Engines.standard().evaluate(WEB, t, WebDevelopmentCase.AS_OF);
    }

    private static Optional<DeadlineMoves.Move> move(ComplianceReport report, String instance) {
        return DeadlineMoves.of(WEB, report, report.instance(instance).orElseThrow());
    }

    @Test
    void lateContent_movesBuildSite_fromMar20ToMar25_becauseOfTheBakery() {
        DeadlineMoves.Move m = move(evaluate(), "build-site#1").orElseThrow();
        assertThat(m.originalDate()).contains(LocalDate.of(2026, 3, 20));
        assertThat(m.originalAt()).isEmpty();
        assertThat(m.reasons()).containsExactly("Acme Bakery was 3 business days late with “Provide texts and photos”");
    }

    @Test
    void everyOtherInstanceOfTheDemo_didNotMove() {
        ComplianceReport report = evaluate();
        for (InstanceReport i : report.instances()) {
            if (!i.id().toString().equals("build-site#1")) {
                assertThat(DeadlineMoves.of(WEB, report, i))
                        .as(i.id().toString())
                        .isEmpty();
            }
        }
    }

    @Test
    void anExtension_isAReason_theOriginalStaysTheFirstDeadline() {
        Event extension = Event.builder()
                .from(Event.of("x1", LocalDate.of(2026, 3, 18), "extension", "bakery"))
                .ref("build-site#1")
                .until(LocalDate.of(2026, 3, 31))
                .build();
        ComplianceReport report = evaluate(extension);
        DeadlineMoves.Move m = move(report, "build-site#1").orElseThrow();
        assertThat(report.instance("build-site#1").orElseThrow().dueDate()).contains(LocalDate.of(2026, 3, 31));
        assertThat(m.originalDate()).contains(LocalDate.of(2026, 3, 20));
        assertThat(m.reasons())
                .containsExactly(
                        "Acme Bakery was 3 business days late with “Provide texts and photos”",
                        "Acme Bakery granted an extension (x1, Wed Mar 18)");
    }

    @Test
    void aSuspension_isAReason() {
        Event suspend = Event.builder()
                .from(Event.of("s1", LocalDate.of(2026, 3, 12), "suspension", "studio"))
                .ref("approve-mockup#2")
                .build();
        Event resume = Event.builder()
                .from(Event.of("s2", LocalDate.of(2026, 3, 14), "resumption", "studio"))
                .ref("approve-mockup#2")
                .build();
        ComplianceReport report = evaluate(suspend, resume);
        InstanceReport i = report.instance("approve-mockup#2").orElseThrow();
        Optional<DeadlineMoves.Move> m = DeadlineMoves.of(WEB, report, i);
        assertThat(m).as(i.explanation()).isPresent();
        assertThat(m.get().originalDate()).contains(LocalDate.of(2026, 3, 13));
        assertThat(m.get().reasons())
                .containsExactly("it was suspended by Pixel Studio from Thu Mar 12 (s1) to Sat Mar 14 (s2)");
    }

    @Test
    void anExplanationItCannotRead_isNoMove() {
        ComplianceReport report = evaluate();
        InstanceReport built = report.instance("build-site#1").orElseThrow();
        InstanceReport garbled = InstanceReport.builder()
                .from(built)
                .explanation("due some day: whatever")
                .build();
        assertThat(DeadlineMoves.of(WEB, report, garbled)).isEmpty();
    }

    @Test
    void everyCaseStudy_readsWithoutError_andEveryMovedDeadlineHasAReason() {
        for (var c : CaseStudies.all()) {
            Agreement agreement = c.agreement().get();
            ComplianceReport report = c.evaluate();
            for (InstanceReport i : report.instances()) {
                DeadlineMoves.of(agreement, report, i)
                        .ifPresent(m -> assertThat(m.reasons())
                                .as(c.name() + " " + i.id())
                                .isNotEmpty());
            }
        }
    }

    @Test
    void anExtensionByASpan_isAReasonToo() {
        Event extension = Event.builder()
                .from(Event.of("x2", LocalDate.of(2026, 3, 18), "extension", "bakery"))
                .ref("build-site#1")
                .by(Span.ofBusinessDays(2))
                .build();
        DeadlineMoves.Move m = move(evaluate(extension), "build-site#1").orElseThrow();
        assertThat(m.originalDate()).contains(LocalDate.of(2026, 3, 20));
        assertThat(m.reasons())
                .hasSize(2)
                .last()
                .asString()
                .isEqualTo("Acme Bakery granted an extension (x2, Wed Mar 18)");
    }
}
