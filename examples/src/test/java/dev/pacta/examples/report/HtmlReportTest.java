package dev.pacta.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.InstanceState;
import dev.pacta.examples.Engines;
import dev.pacta.examples.Xml;
import dev.pacta.examples.cases.CaseStudies;
import dev.pacta.examples.cases.WebDevelopmentCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The HTML report: well-formed, self-contained, one timeline row per obligation, every text escaped; a moved deadline
 * shown as moved; the legend listing only the states that occur; late duties hatched up to the as-of line; no
 * abbreviations; no table repeating another.
 */
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

    @TestFactory
    Stream<DynamicTest> everyCase_legendListsExactlyTheStatesThatOccur() {
        return CaseStudies.all().stream()
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    ComplianceReport report = c.evaluate();
                    Document html = Xml.parse(HtmlReport.render(c.agreement().get(), report));
                    Set<String> occurring = report.instances().stream()
                            .map(i -> i.state().name())
                            .collect(Collectors.toSet());
                    List<String> listed = new ArrayList<>();
                    NodeList spans = (NodeList) XPathFactory.newInstance()
                            .newXPath()
                            .evaluate("//*[@class='legend']/*[@data-state]/@data-state", html, XPathConstants.NODESET);
                    for (int k = 0; k < spans.getLength(); k++) {
                        listed.add(spans.item(k).getNodeValue());
                    }
                    assertThat(listed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(occurring);
                }));
    }

    @Test
    void theDemo_showsTheMovedDeadline_originalNewAndWhy() throws Exception {
        Document html = Xml.parse(HtmlReport.render(WebDevelopmentCase.agreement(), web()));
        assertThat(Xml.text(html, "//*[@class='story']"))
                .contains("Build and deliver the site (Pixel Studio, build-site#1): deadline moved from Fri Mar 20"
                        + " to Wed Mar 25 because Acme Bakery was 3 business days late with “Provide texts and"
                        + " photos”. Now fulfilled late on Thu Mar 26, 1 business day late.")
                .contains("Milestone Site launched: target Fri Mar 20, reached Thu Mar 26, 4 business days late: 3"
                        + " caused by Acme Bakery, 1 by Pixel Studio.");
        String bar = "//*[local-name()='g'][@data-instance='build-site#1']";
        assertThat(Xml.count(html, bar + "/*[local-name()='line'][@class='original-deadline']"))
                .isEqualTo(1);
        assertThat(Xml.text(html, bar + "/*[@class='moved']"))
                .isEqualTo("Moved from Fri Mar 20 to Wed Mar 25: Acme Bakery was 3 business days late with"
                        + " “Provide texts and photos”");
        assertThat(Xml.text(html, "//*[local-name()='tr'][@data-instance='build-site#1']/*[2]"))
                .isEqualTo("Wed Mar 25moved from Fri Mar 20");
        // Only the moved deadline is drawn as moved.
        assertThat(Xml.count(html, "//*[local-name()='line'][@class='original-deadline']"))
                .isEqualTo(1);
    }

    @TestFactory
    Stream<DynamicTest> everyCase_lateAndNotFulfilled_isHatchedUpToTheAsOfLine() {
        return CaseStudies.all().stream()
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    ComplianceReport report = c.evaluate();
                    Document html = Xml.parse(HtmlReport.render(c.agreement().get(), report));
                    double asOf = Double.parseDouble(
                            Xml.text(html, "//*[local-name()='g'][@class='as-of']/*[local-name()='line']/@x1"));
                    for (InstanceReport i : report.instances()) {
                        boolean late = i.state() == InstanceState.OVERDUE || i.state() == InstanceState.BREACHED;
                        String hatch = "//*[local-name()='g'][@data-instance='" + i.id() + "']/*[@class='hatch']";
                        if (!late
                                || i.fulfilledAt().isPresent()
                                || i.inForceFrom().isEmpty()) {
                            assertThat(Xml.count(html, hatch))
                                    .as(i.id().toString())
                                    .isZero();
                            continue;
                        }
                        assertThat(Xml.count(html, hatch)).as(i.id().toString()).isEqualTo(1);
                        double end = Double.parseDouble(Xml.text(html, hatch + "/@x"))
                                + Double.parseDouble(Xml.text(html, hatch + "/@width"));
                        assertThat(end).as(i.id().toString()).isCloseTo(asOf, within(0.2));
                    }
                }));
    }

    @Test
    void theDemo_breachedCheckIn_isHatched_evenThoughTimeBound() throws Exception {
        Document html = Xml.parse(HtmlReport.render(WebDevelopmentCase.agreement(), web()));
        assertThat(Xml.count(html, "//*[local-name()='g'][@data-instance='weekly-check-in#3']/*[@class='hatch']"))
                .isEqualTo(1);
    }

    @TestFactory
    Stream<DynamicTest> everyCase_noUnexplainedAbbreviations() {
        Pattern abbreviations = Pattern.compile("\\+\\d+ ?bd\\b|\\bbd\\b|\\bp90\\b|_");
        return CaseStudies.all().stream()
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    Document html = Xml.parse(HtmlReport.render(c.agreement().get(), c.evaluate()));
                    // The words the report writes itself: headings, cards, legend, chart labels, table headers and
                    // state labels (explanations and findings are the engine's and ids may contain '_').
                    String ours = Xml.text(
                                    html,
                                    "concat(//*[local-name()='section'][@class='cards'],"
                                            + " //*[@class='legend'], //*[local-name()='svg'][@class='timeline'])")
                            + String.join(" ", texts(html, "//*[local-name()='th' or local-name()='h2']"))
                            + String.join(" ", texts(html, "//*[@class='state']"));
                    assertThat(abbreviations.matcher(ours).find()).as(ours).isFalse();
                }));
    }

    @Test
    void noTableRepeatsAnother() throws Exception {
        Document html = Xml.parse(HtmlReport.render(WebDevelopmentCase.agreement(), web()));
        // The scorecards are the cards; no summary table repeats them.
        assertThat(texts(html, "//*[local-name()='h2']")).doesNotContain("Partnership summary");
        assertThat(Xml.text(html, "//*[local-name()='div'][@data-party='studio']"))
                .contains("on time: 4 of 6 (66.7 %)", "6 duties: 4 fulfilled, 1 fulfilled late, 1 breached");
        // What is owed is in the money table (and the cards), not in a column of the instance tables too.
        assertThat(texts(html, "//*[local-name()='table'][@class='instances']//*[local-name()='th']"))
                .doesNotContain("owed");
        // The money table explains only the charges, not the due, paid and outstanding columns again.
        assertThat(Xml.text(html, "//*[local-name()='table'][@class='money']")).doesNotContain("outstanding 0.00");
        // Every table's header row is different.
        List<String> headers = texts(html, "//*[local-name()='thead']");
        assertThat(headers.stream().filter(t -> !t.startsWith("instancedue"))).doesNotHaveDuplicates();
    }

    private static ComplianceReport web() {
        return Engines.standard()
                .evaluate(WebDevelopmentCase.agreement(), WebDevelopmentCase.timeline(), WebDevelopmentCase.AS_OF);
    }

    private static List<String> texts(Document html, String xpath) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, html, XPathConstants.NODESET);
        List<String> texts = new ArrayList<>();
        for (int k = 0; k < nodes.getLength(); k++) {
            texts.add(nodes.item(k).getTextContent());
        }
        return texts;
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
        assertThat(Html.esc("a\u0001b – ×")).isEqualTo("ab – ×");
    }
}
