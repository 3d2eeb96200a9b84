package dev.pacta.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pacta.core.model.Modality;
import dev.pacta.core.model.Obligation;
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
 * {@code no (empty)}: when empty, {@code no (`MUST`)}: when it has that default, which is the schema's
 * {@code default}), optionally followed by a note after {@code "; "}. Two properties an object may not both have are
 * the schema's {@code "not": {"required": [...]}}, and the docs' row of the second says {@code not with `first`}.
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

    @Test
    void aTableWithAnotherDefault_differsFromSchemaAndDocs() {
        List<WireType.Property<Obligation, Obligation.Builder>> properties =
                new ArrayList<>(WireTypes.OBLIGATION.properties());
        int at = List.of(WireTypes.OBLIGATION.names()).indexOf("modality");
        WireType.Property<Obligation, Obligation.Builder> modality = properties.get(at);
        properties.set(
                at,
                WireType.Property.withDefault("modality", Modality.MUST_NOT, modality.reader(), Obligation::modality));
        WireType<Obligation, Obligation.Builder> mustNotByDefault = withProperties(WireTypes.OBLIGATION, properties);
        assertThat(schemaDifferences(mustNotByDefault))
                .anySatisfy(d -> assertThat(d).contains("modality default"));
        assertThat(docsDifferences(mustNotByDefault, docs()))
                .anySatisfy(d -> assertThat(d).contains("modality: no (`MUST_NOT`)"));
    }

    @Test
    void aTableWithoutItsExclusivePair_differsFromSchemaAndDocs() {
        WireType<Obligation, Obligation.Builder> o = WireTypes.OBLIGATION;
        WireType<Obligation, Obligation.Builder> bothAllowed =
                new WireType<>(o.name(), o.document(), o.what(), o.builder(), o.build(), o.properties(), List.of());
        assertThat(schemaDifferences(bothAllowed)).anySatisfy(d -> assertThat(d).contains("not both"));
        WireType<Obligation, Obligation.Builder> otherPair = new WireType<>(
                o.name(),
                o.document(),
                o.what(),
                o.builder(),
                o.build(),
                o.properties(),
                List.of(new WireType.Exclusive("amount", "grace", "not both")));
        assertThat(docsDifferences(otherPair, docs()))
                .anySatisfy(d -> assertThat(d).contains("the row of grace"));
    }

    private static <T, B> WireType<T, B> withProperties(WireType<T, B> t, List<WireType.Property<T, B>> properties) {
        return new WireType<>(t.name(), t.document(), t.what(), t.builder(), t.build(), properties, t.exclusive());
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
            for (WireType.Property<?, ?> p : type.properties()) {
                JsonNode declared = definition.path("properties").path(p.name()).path("default");
                String table = p.defaultValue() == null ? "none" : defaultText(p.defaultValue());
                String schema = declared.isMissingNode() ? "none" : declared.toString();
                if (!schema.equals(table)) {
                    differences.add(where + ": " + p.name() + " default " + schema + ", table " + table);
                }
            }
            List<List<String>> exclusive = new ArrayList<>();
            List<JsonNode> nots = new ArrayList<>();
            nots.add(definition.path("not"));
            definition.path("allOf").forEach(n -> nots.add(n.path("not")));
            for (JsonNode not : nots) {
                if (!not.isMissingNode()) {
                    List<String> pair = new ArrayList<>();
                    not.path("required").forEach(n -> pair.add(n.asText()));
                    exclusive.add(pair);
                }
            }
            List<List<String>> tableExclusive = new ArrayList<>();
            type.exclusive().forEach(e -> tableExclusive.add(List.of(e.first(), e.second())));
            if (!exclusive.equals(tableExclusive)) {
                differences.add(where + ": not both " + exclusive + ", table " + tableExclusive);
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
        String title = heading(type.name());
        int heading = docs.indexOf("\n### " + title + "\n");
        if (heading < 0) {
            return List.of("docs/json-format.md has no heading '### " + title + "'");
        }
        List<String> rows = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        boolean inTable = false;
        for (String line : docs.substring(heading + 1).split("\n", -1)) {
            if (line.startsWith("|")) {
                inTable = true;
                Matcher m = ROW.matcher(line);
                if (m.find()) {
                    String presence = m.group(2).trim();
                    int note = presence.indexOf("; ");
                    rows.add(m.group(1) + ": " + (note < 0 ? presence : presence.substring(0, note)));
                    lines.add(line);
                }
            } else if (inTable) {
                break;
            }
        }
        List<String> expected = new ArrayList<>();
        for (WireType.Property<?, ?> p : type.properties()) {
            expected.add(p.name() + ": "
                    + (p.omitted() == Omitted.DEFAULT
                            ? "no (`" + defaultText(p.defaultValue()).replace("\"", "") + "`)"
                            : presence(p.omitted())));
        }
        if (!rows.equals(expected)) {
            differences.add("docs/json-format.md ### " + title + ": rows " + rows + ", table " + expected);
        }
        for (WireType.Exclusive pair : type.exclusive()) {
            boolean said = lines.stream()
                    .anyMatch(l -> l.startsWith("| `" + pair.second() + "` ")
                            && l.contains("not with `" + pair.first() + "`"));
            if (!said) {
                differences.add("docs/json-format.md ### " + title + ": the row of " + pair.second()
                        + " does not say 'not with `" + pair.first() + "`'");
            }
        }
        return differences;
    }

    /** The docs' heading of a type: its schema name in words, {@code terminationClause} as "termination clause". */
    private static String heading(String name) {
        return name.replaceAll("([A-Z])", " $1").toLowerCase(java.util.Locale.ROOT);
    }

    /** A default as JSON: an enum constant's name as a string, a boolean as itself. */
    private static String defaultText(Object value) {
        return value instanceof Enum<?> e ? "\"" + e.name() + "\"" : String.valueOf(value);
    }

    /** The docs' "required" column for a property left out so. */
    private static String presence(Omitted omitted) {
        return switch (omitted) {
            case NEVER -> "yes";
            case ABSENT -> "no";
            case EMPTY -> "no (empty)";
            case DEFAULT -> throw new IllegalArgumentException("a default is shown with its value");
        };
    }

    private static JsonNode schema(DocumentKind kind) {
        try {
            return JSON.readTree(PactaJson.schema(kind));
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
