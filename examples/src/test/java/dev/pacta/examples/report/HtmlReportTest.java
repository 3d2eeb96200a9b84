package dev.pacta.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.InstanceState;
import dev.pacta.examples.Engines;
import dev.pacta.examples.Xml;
import dev.pacta.examples.cases.CaseStudies;
import dev.pacta.examples.cases.WebDevelopmentCase;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Document;

/** The HTML report: well-formed, self-contained, one timeline row per obligation, every text escaped. */
class HtmlReportTest {
    @TestFactory
    Stream<DynamicTest> everyCase_wellFormed_oneRowPerObligation_oneBarPerInstanceInForce() {
        return CaseStudies.all().stream()
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    Agreement agreement = c.agreement().get();
                    ComplianceReport report = c.evaluate();
                    Document html = Xml.parse(HtmlReport.render(agreement, report));
                    assertThat(Xml.count(html, "//*[local-name()='g'][@class='row']"))
                            .isEqualTo(agreement.obligations().size());
                    for (Obligation o : agreement.obligations()) {
                        assertThat(Xml.count(
                                        html, "//*[local-name()='g'][@class='row'][@data-obligation='" + o.id() + "']"))
                                .isEqualTo(1);
                    }
                    long inForce = report.instances().stream()
                            .filter(i -> i.inForceFrom().isPresent())
                            .count();
                    assertThat(Xml.count(html, "//*[local-name()='g'][@class='instance']"))
                            .isEqualTo((int) inForce);
                    assertThat(Xml.count(html, "//*[local-name()='g'][@class='milestone']"))
                            .isEqualTo(agreement.milestones().size());
                    long fulfilled = report.instances().stream()
                            .filter(i -> i.fulfilledAt().isPresent()
                                    && i.inForceFrom().isPresent())
                            .count();
                    assertThat(Xml.count(html, "//*[local-name()='g'][@class='instance']/*[local-name()='circle']"))
                            .isEqualTo((int) fulfilled);
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyCase_selfContained() {
        return CaseStudies.all().stream()
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    String html = HtmlReport.render(c.agreement().get(), c.evaluate());
                    assertThat(html).doesNotContain("<script", "<link", "src=", "href=", "@import", "url(http");
                    // The only URIs are the XML namespaces.
                    assertThat(html.replace("http://www.w3.org/1999/xhtml", "")
                                    .replace("http://www.w3.org/2000/svg", ""))
                            .doesNotContain("http:", "https:");
                }));
    }

    @Test
    void everyStateHasALegendEntry() throws Exception {
        Document html = Xml.parse(HtmlReport.render(
                WebDevelopmentCase.agreement(), CaseStudies.all().get(0).evaluate()));
        String legend = Xml.text(html, "//*[@class='legend']");
        for (InstanceState s : InstanceState.values()) {
            assertThat(legend).contains(s.name());
        }
    }

    @Test
    void text_isEscaped() throws Exception {
        Agreement tricky = Agreement.builder()
                .from(WebDevelopmentCase.agreement())
                .title("Tom & Jerry's <b>\"web\"</b> site ]]> &amp;")
                .build();
        ComplianceReport report =
                Engines.standard().evaluate(tricky, WebDevelopmentCase.timeline(), WebDevelopmentCase.AS_OF);
        String html = HtmlReport.render(tricky, report);
        Document doc = Xml.parse(html);
        assertThat(Xml.text(doc, "//*[local-name()='title'][1]"))
                .isEqualTo("Tom & Jerry's <b>\"web\"</b> site ]]> &amp; as of 2026-04-03");
        assertThat(Xml.text(doc, "//*[local-name()='h1']")).startsWith("Tom & Jerry's <b>\"web\"</b> site");
        assertThat(Xml.count(doc, "//*[local-name()='b'][text()='\"web\"']")).isZero();
    }

    @Test
    void esc_dropsControlCharacters_keepsUnicode() {
        assertThat(HtmlReport.esc("a\u0001b – ×")).isEqualTo("ab – ×");
    }
}
