package dev.pacta.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.pacta.core.template.AgreementTemplate;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Documents that ordinary tools wrote or touched are read: keys sorted by {@code jq -S} or Python's
 * {@code json.dumps(sort_keys=True)}, the format marker anywhere at the top level, a {@code "$schema"} for editors.
 */
class OrdinaryToolsTest {
    /** Trees with numbers exactly as written, so that re-ordering a document changes nothing else. */
    private static final ObjectMapper TREES = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private static final String SCHEMA_BASE = "https://pacta-dev.github.io/pacta/schema/";

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaIdResolvers(r -> r.mapPrefix(SCHEMA_BASE, "classpath:dev/pacta/json/schema/")));

    /** One document of each kind, as Pacta writes it (the marker first). */
    record Doc(DocumentKind kind, String json) {}

    static List<Doc> documents() {
        return List.of(
                new Doc(DocumentKind.AGREEMENT, Golden.text(Golden.AGREEMENT_FILE)),
                new Doc(DocumentKind.TIMELINE, Golden.text(Golden.TIMELINE_FILE)),
                new Doc(DocumentKind.REPORT, Golden.text(Golden.REPORT_FILE)),
                new Doc(DocumentKind.CHANGES, ChangesTest.DOCUMENT),
                new Doc(DocumentKind.TEMPLATE, TemplateTest.TEMPLATE),
                new Doc(DocumentKind.SCENARIO, Golden.text("golden/scenarios/approvals.scenario.json")),
                new Doc(DocumentKind.CALENDAR, Golden.text("golden/es-md-2026.calendar.json")));
    }

    /**
     * Reads a document as a kind, into a value that equals another read of the same content. A timeline is read both
     * from text and from bytes, whose reader takes a faster path.
     */
    static Object read(DocumentKind kind, String json) {
        return switch (kind) {
            case AGREEMENT -> PactaJson.AGREEMENT.read(json);
            case TIMELINE -> {
                var fromText = PactaJson.TIMELINE.read(json);
                try {
                    var fromBytes =
                            PactaJson.TIMELINE.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
                    assertThat(fromBytes).isEqualTo(fromText);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                yield fromText;
            }
            case REPORT -> PactaJson.REPORT.read(json);
            case CHANGES -> PactaJson.CHANGES.read(json);
            case TEMPLATE -> {
                // A template keeps its agreement's text as written; compare what it declares and what it makes.
                AgreementTemplate t = PactaJson.TEMPLATE.read(json);
                yield List.of(t.id(), t.parameters(), t.instantiateOrThrow(Map.of("clientName", "Acme Bakery S.L.")));
            }
            case SCENARIO -> PactaJson.SCENARIO.read(json);
            case CALENDAR -> PactaJson.CALENDAR.read(json);
        };
    }

    static PactaJsonException error(DocumentKind kind, String json) {
        PactaJsonException e = catchThrowableOfType(PactaJsonException.class, () -> read(kind, json));
        assertThat(e).as("reading as %s", kind.marker()).isNotNull();
        return e;
    }

    // ------------------------------------------------------------------------------------------ sorted keys

    @Test
    void keysSortedByJq_areRead() {
        for (Doc d : documents()) {
            String sorted = sorted(d.json(), true);
            assertThat(sorted).as("jq -S puts the marker after other keys").doesNotStartWith("{\n  \"pacta\"");
            assertThat(read(d.kind(), sorted)).as(d.kind().marker()).isEqualTo(read(d.kind(), d.json()));
            assertThat(PactaJson.detectKind(sorted)).isEqualTo(d.kind());
        }
    }

    @Test
    void keysSortedByPython_areRead() {
        for (Doc d : documents()) {
            String sorted = sorted(d.json(), false);
            assertThat(read(d.kind(), sorted)).as(d.kind().marker()).isEqualTo(read(d.kind(), d.json()));
            assertThat(PactaJson.detectKind(sorted)).isEqualTo(d.kind());
        }
    }

    @Test
    void sortedDocuments_areValidForTheSchemas() {
        for (Doc d : documents()) {
            assertThat(schema(d.kind()).validate(sorted(d.json(), true), InputFormat.JSON))
                    .as(d.kind().marker())
                    .isEmpty();
        }
    }

    @Test
    void markerAtAnyPlace_isFound_andNeverSaidMissing() {
        int wrongKinds = 0;
        for (Doc d : documents()) {
            Object expected = read(d.kind(), d.json());
            int size = tree(d.json()).size();
            for (int at = 0; at < size; at++) {
                String moved = withMarkerAt(d.json(), at);
                assertThat(read(d.kind(), moved))
                        .as("%s, marker at %d", d.kind(), at)
                        .isEqualTo(expected);
                assertThat(PactaJson.detectKind(moved)).isEqualTo(d.kind());
                for (DocumentKind other : DocumentKind.values()) {
                    if (other == d.kind()) {
                        continue;
                    }
                    PactaJsonException e = error(other, moved);
                    assertThat(e.getMessage())
                            .as("%s read as %s, marker at %d", d.kind(), other, at)
                            .doesNotContainIgnoringCase("missing");
                    assertThat(List.of(e.code(), e.path()))
                            .as(e.getMessage())
                            .containsExactly("WRONG_DOCUMENT", "$.pacta");
                    assertThat(e.problems().get(0).message())
                            .isEqualTo("this is " + (d.kind() == DocumentKind.AGREEMENT ? "an " : "a ")
                                    + d.kind().marker() + " document, expected " + other.marker());
                    wrongKinds++;
                }
            }
        }
        assertThat(wrongKinds).isGreaterThan(200);
    }

    @Test
    void noMarker_isSaidMissing_sortedOrNot() {
        for (Doc d : documents()) {
            ObjectNode tree = (ObjectNode) tree(d.json());
            tree.remove(DocumentKind.MARKER_PROPERTY);
            for (String json : List.of(pretty(tree), sorted(pretty(tree), true))) {
                PactaJsonException e = error(d.kind(), json);
                assertThat(List.of(e.code(), e.path(), e.line(), e.column()))
                        .as(e.getMessage())
                        .containsExactly("MISSING_MARKER", "$", 1, 1);
                assertThat(e.problems().get(0).message())
                        .startsWith(
                                "missing format marker: the document has no \"pacta\" property; expected \"pacta\": \""
                                        + d.kind().marker() + "\"");
                assertThat(catchThrowableOfType(PactaJsonException.class, () -> PactaJson.detectKind(json))
                                .code())
                        .isEqualTo("MISSING_MARKER");
            }
        }
    }

    @Test
    void unknownMarkerAfterOtherKeys_isSaidUnknown() {
        String json = sorted(Golden.text(Golden.AGREEMENT_FILE), true).replace("\"agreement/1\"", "\"agreement/2\"");
        PactaJsonException e = error(DocumentKind.AGREEMENT, json);
        assertThat(List.of(e.code(), e.path())).containsExactly("UNKNOWN_MARKER", "$.pacta");
    }

    // ---------------------------------------------------------------------------------------------- $schema

    @Test
    void schemaProperty_firstOrLast_isAccepted_andTheDocumentIsValidForItsSchema() {
        for (Doc d : documents()) {
            String address = SCHEMA_BASE + d.kind().marker().replace('/', '-') + ".schema.json";
            String first = "{\n  \"$schema\": \"" + address + "\"," + d.json().substring(1);
            String last = d.json().substring(0, d.json().lastIndexOf('}')).stripTrailing() + ",\n  \"$schema\": \""
                    + address + "\"\n}\n";
            Object expected = read(d.kind(), d.json());
            for (String json : List.of(first, last, sorted(first, true))) {
                assertThat(read(d.kind(), json)).as(d.kind().marker()).isEqualTo(expected);
                assertThat(PactaJson.detectKind(json)).isEqualTo(d.kind());
                assertThat(schema(d.kind()).validate(json, InputFormat.JSON))
                        .as(d.kind().marker())
                        .isEmpty();
            }
        }
    }

    @Test
    void schemaProperty_ofAnAgreementEmbeddedInAScenario_isAccepted() {
        String scenario = Golden.text("golden/scenarios/approvals.scenario.json");
        String embedded = scenario.replaceFirst(
                "\"agreement\": \\{", "\"agreement\": {\"\\$schema\": \"" + SCHEMA_BASE + "agreement-1.schema.json\",");
        assertThat(embedded).isNotEqualTo(scenario);
        assertThat(PactaJson.SCENARIO.read(embedded)).isEqualTo(PactaJson.SCENARIO.read(scenario));
        assertThat(schema(DocumentKind.SCENARIO).validate(embedded, InputFormat.JSON))
                .isEmpty();
    }

    @Test
    void schemaProperty_mustBeOneString() {
        String agreement = Golden.text(Golden.AGREEMENT_FILE);
        PactaJsonException e = error(DocumentKind.AGREEMENT, "{\"$schema\": 1," + agreement.substring(1));
        assertThat(List.of(e.code(), e.path())).containsExactly("WRONG_TYPE", "$['$schema']");
        e = error(DocumentKind.AGREEMENT, "{\"$schema\": \"a\", \"$schema\": \"b\"," + agreement.substring(1));
        assertThat(e.code()).isEqualTo("DUPLICATE_PROPERTY");
        String timeline = Golden.text(Golden.TIMELINE_FILE);
        e = error(DocumentKind.TIMELINE, "{\"$schema\": \"a\", \"$schema\": \"b\"," + timeline.substring(1));
        assertThat(e.code()).isEqualTo("DUPLICATE_PROPERTY");
    }

    @Test
    void publishedSchemas_areTheShippedOnes() throws IOException {
        // The $ids say https://pacta-dev.github.io/pacta/schema/NAME: GitHub Pages serves them from docs/schema/.
        Path published = Path.of("..", "docs", "schema");
        for (DocumentKind kind : DocumentKind.values()) {
            String name = kind.marker().replace('/', '-') + ".schema.json";
            assertThat(Files.readString(published.resolve(name)))
                    .as("docs/schema/%s is a copy of json/src/main/resources/dev/pacta/json/schema/%s", name, name)
                    .isEqualTo(PactaJson.format(kind).schema());
            assertThat(PactaJson.format(kind).schema()).contains("\"$id\": \"" + SCHEMA_BASE + name + "\"");
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static Schema schema(DocumentKind kind) {
        return SCHEMAS.getSchema(SchemaLocation.of(SCHEMA_BASE + kind.marker().replace('/', '-') + ".schema.json"));
    }

    private static JsonNode tree(String json) {
        try {
            return TREES.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pretty(JsonNode tree) {
        try {
            return TREES.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document with its top-level marker moved to the given place among the top-level properties. */
    static String withMarkerAt(String json, int at) {
        ObjectNode tree = (ObjectNode) tree(json);
        JsonNode marker = tree.remove(DocumentKind.MARKER_PROPERTY);
        ObjectNode moved = TREES.createObjectNode();
        List<String> names = new ArrayList<>();
        tree.fieldNames().forEachRemaining(names::add);
        names.add(Math.min(at, names.size()), DocumentKind.MARKER_PROPERTY);
        for (String name : names) {
            moved.set(name, name.equals(DocumentKind.MARKER_PROPERTY) ? marker : tree.get(name));
        }
        return pretty(moved);
    }

    /**
     * The document with the keys of every object sorted, as {@code jq -S .} writes it ({@code pretty}: two-space
     * indent) or as Python's {@code json.dumps(doc, sort_keys=True)} does (one line, non-ASCII escaped).
     */
    static String sorted(String json, boolean pretty) {
        StringBuilder out = new StringBuilder();
        write(tree(json), pretty, 0, out);
        String text = out.toString();
        if (pretty) {
            return text + "\n";
        }
        StringBuilder ascii = new StringBuilder();
        text.chars().forEach(c -> ascii.append(c < 128 ? String.valueOf((char) c) : String.format("\\u%04x", c)));
        return ascii.toString();
    }

    private static void write(JsonNode n, boolean pretty, int depth, StringBuilder out) {
        String comma = pretty ? "," : ", ";
        if (n.isObject() && n.size() > 0) {
            out.append('{');
            Iterator<String> names = new TreeSet<>(iterable(n.fieldNames())).iterator();
            while (names.hasNext()) {
                String name = names.next();
                newline(pretty, depth + 1, out);
                out.append(TREES.getNodeFactory().textNode(name)).append(": ");
                write(n.get(name), pretty, depth + 1, out);
                out.append(names.hasNext() ? comma : "");
            }
            newline(pretty, depth, out);
            out.append('}');
        } else if (n.isArray() && n.size() > 0) {
            out.append('[');
            for (int i = 0; i < n.size(); i++) {
                newline(pretty, depth + 1, out);
                write(n.get(i), pretty, depth + 1, out);
                out.append(i + 1 < n.size() ? comma : "");
            }
            newline(pretty, depth, out);
            out.append(']');
        } else {
            out.append(n);
        }
    }

    private static void newline(boolean pretty, int depth, StringBuilder out) {
        if (pretty) {
            out.append('\n').append("  ".repeat(depth));
        }
    }

    private static List<String> iterable(Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
