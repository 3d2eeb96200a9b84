package dev.pacta.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.report.ComplianceReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The golden documents read as the values built in Java, and those values write as the golden bytes. */
class GoldenTest {
    private static final boolean REGENERATE = Boolean.getBoolean("pacta.golden.regenerate");

    @Test
    void agreement_readsAsExpectedValue() {
        regenerateIfAsked();
        assertThat(PactaJson.AGREEMENT.read(Golden.text(Golden.AGREEMENT_FILE))).isEqualTo(Golden.agreement());
    }

    @Test
    void agreement_writesGoldenBytes() {
        assertThat(PactaJson.AGREEMENT.write(Golden.agreement())).isEqualTo(Golden.text(Golden.AGREEMENT_FILE));
    }

    @Test
    void timeline_readsAsExpectedValue() {
        regenerateIfAsked();
        assertThat(PactaJson.TIMELINE.read(Golden.text(Golden.TIMELINE_FILE))).isEqualTo(Golden.timeline());
    }

    @Test
    void timeline_writesGoldenBytes() {
        assertThat(PactaJson.TIMELINE.write(Golden.timeline())).isEqualTo(Golden.text(Golden.TIMELINE_FILE));
    }

    @Test
    void report_writesGoldenBytes() {
        regenerateIfAsked();
        assertThat(PactaJson.REPORT.write(Golden.report())).isEqualTo(Golden.text(Golden.REPORT_FILE));
    }

    @Test
    void report_readsAsTheEvaluatedReport() {
        assertThat(PactaJson.REPORT.read(Golden.text(Golden.REPORT_FILE))).isEqualTo(Golden.report());
    }

    @Test
    void report_everySinkAndSource(@TempDir Path dir) throws IOException {
        ComplianceReport report = Golden.report();
        String expected = Golden.text(Golden.REPORT_FILE);
        StringWriter writer = new StringWriter();
        PactaJson.REPORT.write(report, writer);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PactaJson.REPORT.write(report, out);
        Path file = dir.resolve("r.json");
        PactaJson.REPORT.write(report, file);
        assertThat(writer.toString()).isEqualTo(expected);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(Files.readString(file)).isEqualTo(expected);
        assertThat(PactaJson.REPORT.read(file)).isEqualTo(report);
        assertThat(PactaJson.REPORT.read(new StringReader(expected))).isEqualTo(report);
        assertThat(PactaJson.REPORT.read(new ByteArrayInputStream(expected.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(report);
        assertThat(PactaJson.detectKind(file)).isEqualTo(DocumentKind.REPORT);
    }

    @Test
    void writing_twice_isByteIdentical() {
        assertThat(PactaJson.AGREEMENT.write(Golden.agreement()))
                .isEqualTo(PactaJson.AGREEMENT.write(
                        PactaJson.AGREEMENT.read(PactaJson.AGREEMENT.write(Golden.agreement()))));
        assertThat(PactaJson.TIMELINE.write(Golden.timeline()).getBytes(StandardCharsets.UTF_8))
                .isEqualTo(PactaJson.TIMELINE.write(Golden.timeline()).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everySource_readsTheSameAgreement(@TempDir Path dir) throws IOException {
        String text = Golden.text(Golden.AGREEMENT_FILE);
        Path file = dir.resolve("a.json");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Agreement expected = Golden.agreement();
        assertThat(PactaJson.AGREEMENT.read(new StringReader(text))).isEqualTo(expected);
        assertThat(PactaJson.AGREEMENT.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(expected);
        assertThat(PactaJson.AGREEMENT.read(file)).isEqualTo(expected);
        assertThat(PactaJson.detectKind(file)).isEqualTo(DocumentKind.AGREEMENT);
        assertThat(PactaJson.AGREEMENT.read("\uFEFF" + text)).isEqualTo(expected);
    }

    @Test
    void everySink_writesTheSameTimeline(@TempDir Path dir) throws IOException {
        Timeline timeline = Golden.timeline();
        String expected = Golden.text(Golden.TIMELINE_FILE);
        StringWriter writer = new StringWriter();
        PactaJson.TIMELINE.write(timeline, writer);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PactaJson.TIMELINE.write(timeline, out);
        Path file = dir.resolve("t.json");
        PactaJson.TIMELINE.write(timeline, file);
        assertThat(writer.toString()).isEqualTo(expected);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(Files.readString(file)).isEqualTo(expected);
        assertThat(PactaJson.TIMELINE.read(file)).isEqualTo(timeline);
        assertThat(PactaJson.detectKind(new StringReader(expected))).isEqualTo(DocumentKind.TIMELINE);
    }

    @Test
    void agreementFile_roundTripsThroughWriter(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("a.json");
        PactaJson.AGREEMENT.write(Golden.agreement(), file);
        assertThat(Files.readString(file)).isEqualTo(Golden.text(Golden.AGREEMENT_FILE));
    }

    /** Run with -Dpacta.golden.regenerate=true to rewrite the golden files from the Java values (then review the diff). */
    private static void regenerateIfAsked() {
        if (!REGENERATE) {
            return;
        }
        try {
            Path golden = Path.of("src/test/resources/golden");
            Files.createDirectories(golden);
            Files.writeString(
                    golden.resolve("web-redesign.agreement.json"), PactaJson.AGREEMENT.write(Golden.agreement()));
            Files.writeString(
                    golden.resolve("web-redesign.timeline.json"), PactaJson.TIMELINE.write(Golden.timeline()));
            Files.writeString(golden.resolve("web-redesign.report.json"), PactaJson.REPORT.write(Golden.report()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
