package dev.pacta.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The typed facade: each of {@link PactaJson}'s formats reads back what it writes from every input (text, reader,
 * stream, file) and to every output, names its own {@link DocumentKind} and schema, and fails with a located
 * {@link PactaJsonException} that is the same whatever the input.
 */
class DocumentFormatTest {
    @TempDir
    Path dir;

    /** A valid document of each kind, from the golden files (a scenario that holds its agreement). */
    static Map<DocumentFormat<?>, String> samples() {
        Map<DocumentFormat<?>, String> samples = new LinkedHashMap<>();
        samples.put(PactaJson.AGREEMENT, Golden.text(Golden.AGREEMENT_FILE));
        samples.put(PactaJson.TIMELINE, Golden.text(Golden.TIMELINE_FILE));
        samples.put(PactaJson.REPORT, Golden.text(Golden.REPORT_FILE));
        samples.put(PactaJson.CHANGES, ChangesTest.DOCUMENT);
        samples.put(PactaJson.TEMPLATE, Golden.text("golden/templates/web-development.template.json"));
        samples.put(PactaJson.CALENDAR, Golden.text("golden/es-md-2026.calendar.json"));
        samples.put(PactaJson.SCENARIO, Golden.text("golden/scenarios/approvals.scenario.json"));
        return samples;
    }

    @Test
    void samples_coverEveryKind() {
        assertThat(samples().keySet().stream().map(DocumentFormat::kind))
                .containsExactlyInAnyOrder(DocumentKind.values());
    }

    @TestFactory
    Stream<DynamicTest> everyFormat_readsWhatItWrites_fromEveryInput() {
        return samples().entrySet().stream()
                .map(e ->
                        DynamicTest.dynamicTest(e.getKey().toString(), () -> roundTrip(e.getKey(), e.getValue(), dir)));
    }

    private static <T> void roundTrip(DocumentFormat<T> format, String document, Path dir) throws IOException {
        T value = format.read(document);
        String written = format.write(value);
        assertThat(written)
                .endsWith("\n")
                .startsWith("{\n  \"pacta\": \"" + format.kind().marker() + "\"");

        StringWriter writer = new StringWriter();
        format.write(value, writer);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(value, out);
        Path file = dir.resolve(format.kind().name().toLowerCase() + ".json");
        format.write(value, file);
        assertThat(writer.toString()).isEqualTo(written);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(written);
        assertThat(Files.readString(file)).isEqualTo(written);

        assertThat(format.read(written)).isEqualTo(value);
        assertThat(format.read(new StringReader(written))).isEqualTo(value);
        assertThat(format.read(new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(value);
        assertThat(format.read(file)).isEqualTo(value);
        assertThat(PactaJson.detectKind(file)).isEqualTo(format.kind());
    }

    @Test
    void format_ofEveryKind_isItsConstant_withThatKind() {
        List<DocumentFormat<?>> constants = List.of(
                PactaJson.AGREEMENT,
                PactaJson.TIMELINE,
                PactaJson.REPORT,
                PactaJson.CHANGES,
                PactaJson.TEMPLATE,
                PactaJson.CALENDAR,
                PactaJson.SCENARIO);
        assertThat(constants.stream().map(DocumentFormat::kind))
                .containsExactly(
                        DocumentKind.AGREEMENT,
                        DocumentKind.TIMELINE,
                        DocumentKind.REPORT,
                        DocumentKind.CHANGES,
                        DocumentKind.TEMPLATE,
                        DocumentKind.CALENDAR,
                        DocumentKind.SCENARIO);
        for (DocumentKind kind : DocumentKind.values()) {
            DocumentFormat<?> format = PactaJson.format(kind);
            assertThat(format.kind()).isEqualTo(kind);
            assertThat(constants).containsOnlyOnce(format);
            assertThat(format).hasToString("DocumentFormat[" + kind.marker() + "]");
        }
        assertThat(Arrays.stream(DocumentKind.values()).map(PactaJson::format)).doesNotHaveDuplicates();
    }

    @Test
    void schema_isTheKindsSchema() {
        for (DocumentKind kind : DocumentKind.values()) {
            String name = kind.marker().replace('/', '-') + ".schema.json";
            assertThat(PactaJson.format(kind).schema())
                    .contains("\"$id\": \"https://pacta-dev.github.io/pacta/schema/" + name + "\"")
                    .contains("\"const\": \"" + kind.marker() + "\"");
        }
    }

    @TestFactory
    Stream<DynamicTest> brokenDocument_sameLocatedProblem_fromEveryInput() {
        return Arrays.stream(DocumentKind.values())
                .map(kind -> DynamicTest.dynamicTest(kind.marker(), () -> {
                    DocumentFormat<?> format = PactaJson.format(kind);
                    // A syntax error on line 3, after a valid marker: every kind stops there.
                    String broken = "{\n  \"pacta\": \"" + kind.marker() + "\",\n  \"id\": ]\n}\n";
                    Path file = dir.resolve(kind.name() + ".broken.json");
                    Files.writeString(file, broken);

                    PactaJsonException fromText = failure(() -> format.read(broken));
                    assertThat(fromText.code()).isEqualTo(JsonCodes.SYNTAX);
                    assertThat(fromText.line()).isEqualTo(3);
                    assertThat(fromText.column()).isEqualTo(9);
                    assertThat(fromText.source()).isEmpty();
                    for (PactaJsonException other : List.of(
                            failure(() -> format.read(new StringReader(broken))),
                            failure(() ->
                                    format.read(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)))))) {
                        assertThat(other.problems()).isEqualTo(fromText.problems());
                        assertThat(other.source()).isEmpty();
                    }
                    PactaJsonException fromFile = failure(() -> format.read(file));
                    assertThat(fromFile.problems()).isEqualTo(fromText.problems());
                    assertThat(fromFile.source()).contains(file.toString());
                }));
    }

    @Test
    void documentOfAnotherKind_isNamed() {
        PactaJsonException e = failure(() -> PactaJson.AGREEMENT.read(Golden.text(Golden.TIMELINE_FILE)));
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.getMessage()).contains("timeline/1").contains("expected agreement/1");
    }

    @Test
    void notUtf8_isInvalidEncoding_atItsPlace_onStreamsAndFiles() throws IOException {
        byte[] bytes =
                "{\n  \"pacta\": \"calendar/1\",\n  \"id\": \"X\u00e9\"\n}\n".getBytes(StandardCharsets.ISO_8859_1);
        Path file = dir.resolve("latin1.calendar.json");
        Files.write(file, bytes);
        for (PactaJsonException e : List.of(
                failure(() -> PactaJson.CALENDAR.read(new ByteArrayInputStream(bytes))),
                failure(() -> PactaJson.CALENDAR.read(file)))) {
            assertThat(e.code()).isEqualTo(JsonCodes.INVALID_ENCODING);
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).isEqualTo(11);
        }
    }

    @Test
    void nullValue_isNamedByItsKind() {
        assertThatNullPointerException()
                .isThrownBy(() -> PactaJson.AGREEMENT.write(null))
                .withMessage("agreement");
        assertThatNullPointerException()
                .isThrownBy(() -> PactaJson.CHANGES.write(null))
                .withMessage("changes");
        assertThatNullPointerException()
                .isThrownBy(() -> PactaJson.SCENARIO.write(null))
                .withMessage("scenario");
        assertThatNullPointerException()
                .isThrownBy(() -> PactaJson.TIMELINE.read((String) null))
                .withMessage("json");
    }

    @Test
    void shortcuts_readAsTheirFormats() throws IOException {
        Path agreement = dir.resolve("a.agreement.json");
        Path timeline = dir.resolve("a.timeline.json");
        Files.writeString(agreement, Golden.text(Golden.AGREEMENT_FILE));
        Files.writeString(timeline, Golden.text(Golden.TIMELINE_FILE));
        assertThat(PactaJson.readAgreement(agreement)).isEqualTo(PactaJson.AGREEMENT.read(agreement));
        assertThat(PactaJson.readTimeline(timeline)).isEqualTo(PactaJson.TIMELINE.read(timeline));
        assertThat(PactaJson.detectKind(new StringReader(Golden.text(Golden.TIMELINE_FILE))))
                .isEqualTo(DocumentKind.TIMELINE);
    }

    /** An action that reads a document. */
    interface Read {
        Object run() throws IOException;
    }

    private static PactaJsonException failure(Read read) {
        PactaJsonException e = catchThrowableOfType(PactaJsonException.class, read::run);
        assertThat(e).as("expected a PactaJsonException").isNotNull();
        return e;
    }
}
