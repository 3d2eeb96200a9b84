package dev.pacta.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pacta.examples.cases.CaseStudies;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every case study's HTML report in a real browser (headless Chromium): it loads with no console errors, makes no
 * request but for the page itself, and shows the SVG timeline, the full width of it within a 1400-pixel window. A
 * screenshot of each is left in {@code target/browser/} to look at.
 *
 * <p>Skipped, with the reason printed, where {@code /usr/bin/chromium} is not installed ({@code .ci/run} installs it
 * when it can).
 */
class HtmlReportBrowserTest {
    private static final int WIDTH = 1400;
    private static final Path OUT = Path.of("target", "browser");
    private static Chromium chromium;

    @BeforeAll
    static void startChromium() throws Exception {
        Optional<String> unavailable = Chromium.unavailable();
        // Printed as well as reported: a skipped browser test must not go unnoticed in a build log.
        unavailable.ifPresent(why -> System.out.println("HtmlReportBrowserTest SKIPPED: " + why));
        assumeTrue(unavailable.isEmpty(), () -> "skipped: " + unavailable.orElseThrow());
        Files.createDirectories(OUT);
        chromium = Chromium.start();
    }

    @AfterAll
    static void stopChromium() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCase_loads_noConsoleErrors_noRequests_svgPresent() {
        return CaseStudies.all().stream()
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    Path file = OUT.resolve(c.name() + ".html").toAbsolutePath();
                    Files.writeString(
                            file, HtmlReport.render(c.agreement().get(), c.evaluate()), StandardCharsets.UTF_8);
                    try (Chromium.Page page = chromium.open(file.toUri(), WIDTH, 1000)) {
                        assertThat(page.errors()).as("console errors").isEmpty();
                        assertThat(page.requests())
                                .as("requests")
                                .containsExactly(page.url().toString());
                        JsonNode svg = page.evaluate("(() => { const s = document.querySelector('svg.timeline');"
                                + " if (!s) return null; const r = s.getBoundingClientRect();"
                                + " return { width: r.width, height: r.height,"
                                + " rows: s.querySelectorAll('g.row').length,"
                                + " pageWidth: document.documentElement.scrollWidth }; })()");
                        assertThat(svg.isObject())
                                .as("the timeline SVG is in the page")
                                .isTrue();
                        assertThat(svg.get("rows").asInt())
                                .isEqualTo(c.agreement().get().obligations().size());
                        assertThat(svg.get("width").asDouble()).isGreaterThan(1000);
                        assertThat(svg.get("height").asDouble()).isGreaterThan(100);
                        assertThat(svg.get("pageWidth").asInt())
                                .as("no horizontal scrolling")
                                .isLessThanOrEqualTo(WIDTH);
                        byte[] png = page.screenshot();
                        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
                        Files.write(OUT.resolve(c.name() + ".png"), png);
                    }
                }));
    }

    /** The checks can fail: a page that logs an error, throws and loads an image from elsewhere is caught. */
    @Test
    void aPageThatMisbehaves_isCaught() throws Exception {
        Path file = OUT.resolve("misbehaving.html").toAbsolutePath();
        Files.writeString(
                file,
                "<!DOCTYPE html><html><body><img src=\"http://example.invalid/logo.png\"/>"
                        + "<script>console.error('boom'); undefinedFunction();</script></body></html>",
                StandardCharsets.UTF_8);
        try (Chromium.Page page = chromium.open(file.toUri(), WIDTH, 600)) {
            assertThat(page.requests()).contains("http://example.invalid/logo.png");
            assertThat(page.errors())
                    .anyMatch(e -> e.equals("console.error: boom"))
                    .anyMatch(e -> e.startsWith("exception: ReferenceError"))
                    .anyMatch(e -> e.startsWith("network: ") && e.contains("example.invalid"));
            assertThat(page.evaluate("document.querySelector('svg') === null").asBoolean())
                    .isTrue();
        }
    }
}
