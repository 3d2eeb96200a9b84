package dev.pacta.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pacta.core.model.Party;
import dev.pacta.json.internal.WireType;
import dev.pacta.json.internal.WireType.Omitted;
import dev.pacta.json.internal.wire.WireTypes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Each wire type's table ({@link WireTypes}) is the one description of the type: the JSON Schema that ships in the jar
 * and the type's table in {@code docs/json-format.md} list the same properties, in the same order, with the same
 * required ones; the docs' "required" column says how an optional property is left out ({@code no}: when absent,
 * {@code no (empty)}: when empty).
 */
class WireTablesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyTable_equalsItsSchemaDefinitions() {
        for (WireType<?, ?> type : WireTypes.all()) {
            assertThat(schemaDifferences(type)).as(type.name()).isEmpty();
        }
    }

    @Test
    void everyTable_equalsItsTableInTheDocs() {
        String docs = docs();
        for (WireType<?, ?> type : WireTypes.all()) {
            assertThat(docsDifferences(type, docs)).as(type.name()).isEmpty();
        }
    }

    @Test
    void aTableMissingAProperty_differsFromSchemaAndDocs() {
        WireType<Party, Party.Builder> withoutContact = new WireType<>(
                "party",
                DocumentKind.AGREEMENT,
                "a party",
                Party::builder,
                Party.Builder::build,
                WireTypes.PARTY.properties().subList(0, 3));
        assertThat(schemaDifferences(withoutContact))
                .anySatisfy(d -> assertThat(d).contains("contact"));
        assertThat(docsDifferences(withoutContact, docs()))
                .anySatisfy(d -> assertThat(d).contains("contact"));
    }

    @Test
    void aTableWithAnotherPresence_differsFromSchemaAndDocs() {
        List<WireType.Property<Party, Party.Builder>> properties = new ArrayList<>(WireTypes.PARTY.properties());
        WireType.Property<Party, Party.Builder> contact = properties.get(3);
        properties.set(3, new WireType.Property<>("contact", Omitted.NEVER, contact.reader(), contact.writer()));
        WireType<Party, Party.Builder> contactRequired = new WireType<>(
                "party", DocumentKind.AGREEMENT, "a party", Party::builder, Party.Builder::build, properties);
        assertThat(schemaDifferences(contactRequired))
                .anySatisfy(d -> assertThat(d).contains("required"));
        assertThat(docsDifferences(contactRequired, docs()))
                .anySatisfy(d -> assertThat(d).contains("contact"));
    }

    /**
     * How the table differs from its document's schema, and from the template schema's copy of the agreement's types
     * (a template holds an agreement), where it has one.
     */
    private static List<String> schemaDifferences(WireType<?, ?> type) {
        List<String> differences = new ArrayList<>();
        List<DocumentKind> kinds = type.document() == DocumentKind.AGREEMENT
                ? List.of(DocumentKind.AGREEMENT, DocumentKind.TEMPLATE)
                : List.of(type.document());
        int found = 0;
        for (DocumentKind kind : kinds) {
            JsonNode definition = schema(kind).path("$defs").path(type.name());
            if (definition.isMissingNode()) {
                if (kind == type.document()) {
                    differences.add(kind.marker() + " has no $defs/" + type.name());
                }
                continue;
            }
            found++;
            List<String> names = new ArrayList<>();
            definition.path("properties").fieldNames().forEachRemaining(names::add);
            List<String> required = new ArrayList<>();
            definition.path("required").forEach(n -> required.add(n.asText()));
            String where = kind.marker() + " $defs/" + type.name();
            if (!names.equals(List.of(type.names()))) {
                differences.add(where + ": properties " + names + ", table " + List.of(type.names()));
            }
            if (!required.equals(List.of(type.required()))) {
                differences.add(where + ": required " + required + ", table " + List.of(type.required()));
            }
            if (!definition.path("additionalProperties").isBoolean()
                    || definition.path("additionalProperties").asBoolean()) {
                differences.add(where + ": additionalProperties is not false");
            }
        }
        if (found == 0 && differences.isEmpty()) {
            differences.add("no schema defines $defs/" + type.name());
        }
        return differences;
    }

    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| [^|]* \\| ([^|]*) \\|");

    /** How the table differs from the docs' table under the heading {@code ### <name>}. */
    private static List<String> docsDifferences(WireType<?, ?> type, String docs) {
        List<String> differences = new ArrayList<>();
        int heading = docs.indexOf("\n### " + type.name() + "\n");
        if (heading < 0) {
            return List.of("docs/json-format.md has no heading '### " + type.name() + "'");
        }
        List<String> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : docs.substring(heading + 1).split("\n", -1)) {
            if (line.startsWith("|")) {
                inTable = true;
                Matcher m = ROW.matcher(line);
                if (m.find()) {
                    rows.add(m.group(1) + ": " + m.group(2).trim());
                }
            } else if (inTable) {
                break;
            }
        }
        List<String> expected = new ArrayList<>();
        for (WireType.Property<?, ?> p : type.properties()) {
            expected.add(p.name() + ": " + presence(p.omitted()));
        }
        if (!rows.equals(expected)) {
            differences.add("docs/json-format.md ### " + type.name() + ": rows " + rows + ", table " + expected);
        }
        return differences;
    }

    /** The docs' "required" column for a property left out so. */
    private static String presence(Omitted omitted) {
        return switch (omitted) {
            case NEVER -> "yes";
            case ABSENT -> "no";
            case EMPTY -> "no (empty)";
        };
    }

    private static JsonNode schema(DocumentKind kind) {
        try {
            return JSON.readTree(PactaJson.format(kind).schema());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String docs() {
        try {
            return Files.readString(Path.of("..", "docs", "json-format.md"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
