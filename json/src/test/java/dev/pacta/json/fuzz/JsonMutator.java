package dev.pacta.json.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.pacta.json.DocumentKind;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Structure-aware mutations of valid documents, driven by the fuzzer's data: a seed document of the kind is parsed to a
 * tree, changed a few times (a property or element deleted, duplicated, renamed or moved; a value replaced by another
 * type, by a value or subtree taken from any seed document, by a hostile value such as a huge number, a lenient date or
 * odd Unicode, or by fuzzer-made text), written back compact or indented, and finally perhaps changed as text (a
 * duplicate key, a cut, inserted bytes). The result is usually well-formed JSON close to a valid document, which
 * reaches the readers' checks of values rather than only their tokenizer.
 */
final class JsonMutator {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private static final JsonNodeFactory NODES = MAPPER.getNodeFactory();

    /** Values written as they are, including ones that are not JSON. */
    private static final List<String> HOSTILE_VALUES = List.of(
            "null",
            "true",
            "false",
            "0",
            "-0",
            "-1",
            "1.0",
            "2.5",
            "1e2",
            "1E+2",
            "-1e-7",
            "1e999999999",
            "2147483647",
            "2147483648",
            "-2147483649",
            "9223372036854775807",
            "9223372036854775808",
            "3650",
            "3651",
            "1" + "0".repeat(38),
            "1" + "0".repeat(45),
            "0." + "0".repeat(37) + "1",
            "NaN",
            "Infinity",
            "01",
            "+1",
            ".5",
            "0x10",
            "'x'",
            "[]",
            "{}",
            "[null]",
            "[[]]",
            "[{}]",
            "\"\"",
            "\" \"",
            "\"x\"",
            "\"\\u0000\"",
            "\"\\ud800\"",
            "\"\\udc00\\ud800\"",
            "\"\\ud83d\\ude00\"",
            "\"\u00e9\u0301\u202e\u2028\ufeff\"",
            "\"\\\\\"",
            "\"\\\"\"",
            "\"\\n\\t\"",
            "\"" + "a".repeat(65_536) + "\"",
            "\"" + "a".repeat(65_537) + "\"",
            "\"0000-01-01\"",
            "\"0001-01-01\"",
            "\"1970-01-01\"",
            "\"2024-02-29\"",
            "\"2025-02-29\"",
            "\"2026-13-01\"",
            "\"2026-3-1\"",
            "\"9999-12-31\"",
            "\"+10000-01-01\"",
            "\"-0001-01-01\"",
            "\"+999999999-12-31\"",
            "\"2026-03-04T10:00:00Z\"",
            "\"2026-03-04T10:00:00.123456789Z\"",
            "\"2026-03-04T10:00:00+14:00\"",
            "\"2026-03-04T10:00:00-18:00\"",
            "\"2026-03-04T10:00:00+18:00\"",
            "\"2026-03-04T10:00:00+01:30:15\"",
            "\"2026-03-29T02:30:00+01:00\"",
            "\"2026-10-25T02:30:00+02:00\"",
            "\"2026-03-04t10:00:00z\"",
            "\"2026-03-04T24:00:00Z\"",
            "\"2026-03-04T23:59:60Z\"",
            "\"9999-12-31T23:59:59-18:00\"",
            "\"0000-01-01T00:00:00+18:00\"",
            "\"0001-01-01T00:00:00+18:00\"",
            "\"0001-01-01T00:30:00+01:00\"",
            "\"9999-12-31T23:30:00-01:00\"",
            "\"9999-12-31T23:59:59.999999999Z\"",
            "\"UTC\"",
            "\"Z\"",
            "\"+01:00\"",
            "\"Etc/GMT-14\"",
            "\"Pacific/Kiritimati\"",
            "\"Pacific/Apia\"",
            "\"America/St_Johns\"",
            "\"Asia/Kathmandu\"",
            "\"Europe/Dublin\"",
            "\"Not/AZone\"",
            "\"EUR 0.00\"",
            "\"EUR -0.00\"",
            "\"EUR -1.00\"",
            "\"EUR 1\"",
            "\"EUR 1.001\"",
            "\"EUR 1e3\"",
            "\"EUR  1.00\"",
            "\"eur 1.00\"",
            "\"JPY 1\"",
            "\"JPY 1.5\"",
            "\"BHD 1.000\"",
            "\"XXX 1\"",
            "\"XAU 1.00\"",
            "\"EUR 99999999999999999999999999999999.99\"",
            "\"USD 1.00\"",
            "\"${clientName}\"",
            "\"${x}\"",
            "\"$${x}\"",
            "\"${\"",
            "\"$\"",
            "\"${clientName}${clientName}\"",
            "\"P1D\"",
            "\"P-1D\"",
            "\"PT24H\"",
            "\"#\"",
            "\"a#1\"",
            "\"x#0\"",
            "\"x#2147483648\"");

    /** The most elements an array is grown to, and about the longest text a string is grown to. */
    private static final int MAX_ELEMENTS = 2_000;

    private static final int MAX_TEXT = 100_000;

    /** The most characters one duplication adds, so that a few of them stay far below the reader's 16 MiB. */
    private static final int MAX_GROWTH = 1_000_000;

    /** Property names, scalar values and whole subtrees of every seed document, to splice in. */
    private static final List<String> NAMES;

    private static final List<JsonNode> SCALARS;
    private static final List<JsonNode> SUBTREES;
    private static final Map<DocumentKind, List<JsonNode>> TREES = new LinkedHashMap<>();

    static {
        Set<String> names = new LinkedHashSet<>();
        Set<JsonNode> scalars = new LinkedHashSet<>();
        Set<JsonNode> subtrees = new LinkedHashSet<>();
        for (DocumentKind kind : DocumentKind.values()) {
            List<JsonNode> trees = new ArrayList<>();
            for (String document : SeedDocuments.of(kind)) {
                JsonNode tree = parse(document);
                trees.add(tree);
                collect(tree, names, scalars, subtrees);
            }
            TREES.put(kind, List.copyOf(trees));
        }
        NAMES = List.copyOf(names);
        SCALARS = List.copyOf(scalars);
        SUBTREES = List.copyOf(subtrees);
    }

    private JsonMutator() {}

    /**
     * A mutated seed document of a kind; every choice is taken from {@code data}, so that equal data give equal
     * documents (as long as the seed documents do not change).
     *
     * @param data the fuzzer's data
     * @param kind the kind of seed document to start from
     * @return the document, as text
     */
    static String mutate(FuzzedDataProvider data, DocumentKind kind) {
        List<JsonNode> seeds = TREES.get(kind);
        JsonNode root = seeds.get(data.consumeInt(0, seeds.size() - 1)).deepCopy();
        int mutations = data.consumeInt(0, 8);
        for (int i = 0; i < mutations && root.isContainerNode(); i++) {
            mutateOnce(data, (ContainerNode<?>) root);
        }
        String text;
        try {
            text = data.consumeBoolean()
                    ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root)
                    : MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        return mutateText(data, text);
    }

    /** A place in the tree: a container and the name or index of one of its members. */
    private record Slot(ContainerNode<?> container, String name, int index) {
        JsonNode value() {
            return name != null ? container.get(name) : container.get(index);
        }

        void set(JsonNode value) {
            if (name != null) {
                ((ObjectNode) container).set(name, value);
            } else {
                ((ArrayNode) container).set(index, value);
            }
        }

        void remove() {
            if (name != null) {
                ((ObjectNode) container).remove(name);
            } else {
                ((ArrayNode) container).remove(index);
            }
        }
    }

    private static void mutateOnce(FuzzedDataProvider data, ContainerNode<?> root) {
        List<Slot> slots = new ArrayList<>();
        slots(root, slots);
        int op = data.consumeInt(0, 12);
        if (slots.isEmpty() || op == 12) {
            // Add a member to the root or to an empty container.
            List<ContainerNode<?>> containers = new ArrayList<>();
            containers.add(root);
            slots.stream()
                    .map(Slot::value)
                    .filter(JsonNode::isContainerNode)
                    .forEach(c -> containers.add((ContainerNode<?>) c));
            ContainerNode<?> target = containers.get(data.consumeInt(0, containers.size() - 1));
            JsonNode value = value(data);
            if (target instanceof ObjectNode object) {
                object.set(name(data), value);
            } else {
                ((ArrayNode) target).add(value);
            }
            return;
        }
        Slot slot = slots.get(data.consumeInt(0, slots.size() - 1));
        JsonNode current = slot.value();
        switch (op) {
            case 0 -> slot.remove();
            case 1 -> slot.set(value(data));
            case 2 -> slot.set(hostile(data));
            case 3 ->
                slot.set(SCALARS.get(data.consumeInt(0, SCALARS.size() - 1)).deepCopy());
            case 4 ->
                slot.set(SUBTREES.get(data.consumeInt(0, SUBTREES.size() - 1)).deepCopy());
            case 5 -> slot.set(NODES.textNode(data.consumeString(80)));
            case 6 -> slot.set(number(data));
            case 7 -> {
                // Duplicate: another element, or the same value under another name.
                if (slot.container() instanceof ArrayNode array) {
                    int copies = data.consumeBoolean() ? 1 : data.consumeInt(1, 40);
                    if (array.size() + copies > MAX_ELEMENTS
                            || (long) copies * current.toString().length() > MAX_GROWTH) {
                        return;
                    }
                    for (int k = 0; k < copies; k++) {
                        array.insert(slot.index(), current.deepCopy());
                    }
                } else {
                    ((ObjectNode) slot.container()).set(name(data), current.deepCopy());
                }
            }
            case 8 -> {
                // Rename a property (keeping its place), or swap two elements.
                if (slot.container() instanceof ObjectNode object) {
                    rename(object, slot.name(), name(data));
                } else {
                    ArrayNode array = (ArrayNode) slot.container();
                    int other = data.consumeInt(0, array.size() - 1);
                    JsonNode swapped = array.get(other);
                    array.set(other, current);
                    array.set(slot.index(), swapped);
                }
            }
            case 9 -> {
                // Move a property first (before the format marker) or last.
                if (slot.container() instanceof ObjectNode object) {
                    moveFirst(object, slot.name(), data.consumeBoolean());
                } else {
                    ArrayNode array = (ArrayNode) slot.container();
                    array.remove(slot.index());
                    array.add(current);
                }
            }
            case 10 -> {
                // Wrap in an array or unwrap from one.
                if (current.isArray() && !current.isEmpty()) {
                    slot.set(current.get(0));
                } else {
                    slot.set(NODES.arrayNode().add(current));
                }
            }
            default -> {
                // Edit a string a little: cut it, repeat it, add to it.
                if (current.isTextual()) {
                    String s = current.textValue();
                    int at = data.consumeInt(0, s.length());
                    String edited = switch (data.consumeInt(0, 3)) {
                        case 0 -> s.substring(0, at);
                        case 1 -> s.substring(at);
                        case 2 -> s.substring(0, at) + data.consumeString(8) + s.substring(at);
                        default -> s.repeat(Math.min(data.consumeInt(2, 40), 1 + MAX_TEXT / Math.max(1, s.length())));
                    };
                    slot.set(NODES.textNode(edited));
                } else {
                    slot.set(NODES.textNode(current.isValueNode() ? current.asText() : current.toString()));
                }
            }
        }
    }

    /** Text-level changes that a tree cannot hold: a duplicate key, a cut document, bytes inserted. */
    private static String mutateText(FuzzedDataProvider data, String text) {
        switch (data.consumeInt(0, 7)) {
            case 1 -> {
                // Duplicate a line of an indented document: in an object, a duplicate key.
                String[] lines = text.split("\n", -1);
                int i = data.consumeInt(0, lines.length - 1);
                String line = lines[i];
                StringBuilder out = new StringBuilder();
                for (int k = 0; k < lines.length; k++) {
                    if (k == i) {
                        out.append(line.endsWith(",") ? line : line + ",").append('\n');
                    }
                    out.append(lines[k]).append(k + 1 < lines.length ? "\n" : "");
                }
                return out.toString();
            }
            case 2 -> {
                return text.substring(0, data.consumeInt(0, text.length()));
            }
            case 3 -> {
                int at = data.consumeInt(0, text.length());
                return text.substring(0, at) + data.consumeString(16) + text.substring(at);
            }
            case 4 -> {
                return text + data.consumeString(8);
            }
            default -> {
                return text;
            }
        }
    }

    private static JsonNode value(FuzzedDataProvider data) {
        return switch (data.consumeInt(0, 9)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(data.consumeBoolean());
            case 2 -> number(data);
            case 3 -> NODES.textNode(data.consumeString(40));
            case 4 -> NODES.arrayNode();
            case 5 -> NODES.objectNode();
            case 6 -> hostile(data);
            case 7 -> SUBTREES.get(data.consumeInt(0, SUBTREES.size() - 1)).deepCopy();
            default -> SCALARS.get(data.consumeInt(0, SCALARS.size() - 1)).deepCopy();
        };
    }

    private static JsonNode number(FuzzedDataProvider data) {
        return switch (data.consumeInt(0, 3)) {
            case 0 -> NODES.numberNode(data.consumeInt(-10, 4000));
            case 1 -> NODES.numberNode(data.consumeLong());
            case 2 ->
                NODES.numberNode(new java.math.BigDecimal(
                        java.math.BigInteger.valueOf(data.consumeLong()), data.consumeInt(-30, 30)));
            default -> NODES.numberNode(data.consumeInt());
        };
    }

    private static JsonNode hostile(FuzzedDataProvider data) {
        return NODES.rawValueNode(new RawValue(HOSTILE_VALUES.get(data.consumeInt(0, HOSTILE_VALUES.size() - 1))));
    }

    private static String name(FuzzedDataProvider data) {
        return data.consumeInt(0, 7) == 0 ? data.consumeString(12) : NAMES.get(data.consumeInt(0, NAMES.size() - 1));
    }

    private static void rename(ObjectNode object, String from, String to) {
        Map<String, JsonNode> members = new LinkedHashMap<>();
        object.properties().forEach(e -> members.put(e.getKey().equals(from) ? to : e.getKey(), e.getValue()));
        object.removeAll();
        members.forEach(object::set);
    }

    private static void moveFirst(ObjectNode object, String name, boolean first) {
        JsonNode moved = object.get(name);
        Map<String, JsonNode> members = new LinkedHashMap<>();
        if (first) {
            members.put(name, moved);
        }
        object.properties().forEach(e -> {
            if (!e.getKey().equals(name)) {
                members.put(e.getKey(), e.getValue());
            }
        });
        if (!first) {
            members.put(name, moved);
        }
        object.removeAll();
        members.forEach(object::set);
    }

    private static void slots(JsonNode node, List<Slot> out) {
        if (node instanceof ObjectNode object) {
            for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                out.add(new Slot(object, name, -1));
                slots(object.get(name), out);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                out.add(new Slot(array, null, i));
                slots(array.get(i), out);
            }
        }
    }

    private static void collect(JsonNode node, Set<String> names, Set<JsonNode> scalars, Set<JsonNode> subtrees) {
        if (node instanceof ObjectNode object) {
            subtrees.add(object);
            object.properties().forEach(e -> {
                names.add(e.getKey());
                collect(e.getValue(), names, scalars, subtrees);
            });
        } else if (node instanceof ArrayNode array) {
            subtrees.add(array);
            array.forEach(e -> collect(e, names, scalars, subtrees));
        } else {
            scalars.add(node);
        }
    }

    private static JsonNode parse(String document) {
        try {
            return MAPPER.readTree(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a seed document is not JSON: " + e.getMessage(), e);
        }
    }
}
