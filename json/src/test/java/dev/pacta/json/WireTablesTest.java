package dev.pacta.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pacta.core.model.Amendment;
import dev.pacta.core.model.Modality;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.Party;
import dev.pacta.core.model.Remedy;
import dev.pacta.core.model.Trigger;
import dev.pacta.core.money.DayCount;
import dev.pacta.core.report.Charge;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.report.Lateness;
import dev.pacta.core.report.MilestoneReport;
import dev.pacta.core.report.PaymentReport;
import dev.pacta.core.report.Scorecard;
import dev.pacta.json.internal.WireType;
import dev.pacta.json.internal.WireType.Omitted;
import dev.pacta.json.internal.WireUnion;
import dev.pacta.json.internal.WireUnion.Member;
import dev.pacta.json.internal.WireUnion.Variant;
import dev.pacta.json.internal.wire.InstanceTables;
import dev.pacta.json.internal.wire.ReportTables;
import dev.pacta.json.internal.wire.WireTypes;
import dev.pacta.json.internal.wire.WireUnions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Each wire type's table ({@link WireTypes}) is the one description of the type: the JSON Schema that ships in the jar
 * and the type's table in {@code docs/json-format.md} list the same properties, in the same order, with the same
 * required ones; the docs' "required" column says how an optional property is left out ({@code no}: when absent,
 * {@code no (empty)}: when empty, {@code no (zero)}: when zero, {@code no (`MUST`)}: when it has that default, which is the schema's
 * {@code default}), optionally followed by a note after {@code "; "}. Two properties an object may not both have are
 * the schema's {@code "not": {"required": [...]}}, and the docs' row of the second says {@code not with `first`}. A
 * report's object type named as an agreement's (its {@code milestone}) is headed "milestone report" in the docs.
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
    void everyUnion_equalsItsSchemaDefinitions() {
        for (WireUnion<?, ?> union : WireUnions.all()) {
            assertThat(unionSchemaDifferences(union)).as(union.name()).isEmpty();
        }
    }

    @Test
    void everyUnion_equalsItsTableInTheDocs() {
        String docs = docs();
        for (WireUnion<?, ?> union : WireUnions.all()) {
            assertThat(unionDocsDifferences(union, docs)).as(union.name()).isEmpty();
        }
    }

    @Test
    void aUnionWithAnOptionalProperty_differsFromSchemaAndDocs() {
        WireUnion<Trigger, Trigger.Kind> t = WireUnions.TRIGGER;
        WireUnion<Trigger, Trigger.Kind> eventOptional = withVariant(
                t,
                Trigger.Kind.ON_EVENT,
                v -> withMembers(
                        v,
                        List.of(new Member<>(
                                "event", Omitted.ABSENT, v.members().get(0).writer()))));
        assertThat(unionSchemaDifferences(eventOptional))
                .anySatisfy(d -> assertThat(d).contains("ON_EVENT").contains("required"));
        assertThat(unionDocsDifferences(eventOptional, docs()))
                .anySatisfy(d -> assertThat(d).contains("ON_EVENT"));
    }

    @Test
    void aUnionWithAnotherPropertyOrDefault_differsFromSchemaAndDocs() {
        WireUnion<Remedy, Remedy.Kind> r = WireUnions.REMEDY;
        WireUnion<Remedy, Remedy.Kind> act360 = withVariant(
                r,
                Remedy.Kind.INTEREST,
                v -> withMembers(
                        v,
                        List.of(
                                v.members().get(0),
                                Member.withDefault("dayCount", DayCount.ACT_360, x -> DayCount.ACT_360))));
        assertThat(unionSchemaDifferences(act360)).anySatisfy(d -> assertThat(d).contains("dayCount default"));
        assertThat(unionDocsDifferences(act360, docs()))
                .anySatisfy(d -> assertThat(d).contains("dayCount"));
        WireUnion<Remedy, Remedy.Kind> noUntilCured = withVariant(
                r, Remedy.Kind.RIGHT, v -> withMembers(v, List.of(v.members().get(0))));
        assertThat(unionSchemaDifferences(noUntilCured))
                .anySatisfy(d -> assertThat(d).contains("untilCured"));
        assertThat(unionDocsDifferences(noUntilCured, docs()))
                .anySatisfy(d -> assertThat(d).contains("untilCured"));
    }

    @Test
    void aUnionWithoutItsAtLeastOne_differsFromSchemaAndDocs() {
        WireUnion<Remedy, Remedy.Kind> r = WireUnions.REMEDY;
        WireUnion<Remedy, Remedy.Kind> none = withVariant(r, Remedy.Kind.LATE_FEE, v -> withoutAtLeastOne(v));
        assertThat(unionSchemaDifferences(none))
                .anySatisfy(d -> assertThat(d).contains("LATE_FEE").contains("at least one"));
        assertThat(unionDocsDifferences(none, docs()))
                .anySatisfy(d -> assertThat(d).contains("LATE_FEE").contains("at least one"));
    }

    /** The union with one kind's variant replaced. */
    private static <T, K extends Enum<K>> WireUnion<T, K> withVariant(
            WireUnion<T, K> u, K kind, Function<Variant<T, K, ? extends T>, Variant<T, K, ? extends T>> change) {
        List<Variant<T, K, ? extends T>> variants = new ArrayList<>();
        for (Variant<T, K, ? extends T> v : u.variants()) {
            variants.add(v.kind() == kind ? change.apply(v) : v);
        }
        return new WireUnion<>(
                u.name(), u.document(), u.what(), u.kind(), u.kindOf(), u.fields(), variants, u.messages());
    }

    private static <T, K extends Enum<K>, S extends T> Variant<T, K, S> withoutAtLeastOne(Variant<T, K, S> v) {
        return new Variant<>(v.kind(), v.type(), v.members(), List.of(), v.build());
    }

    @SuppressWarnings("unchecked")
    private static <T, K extends Enum<K>> Variant<T, K, ? extends T> withMembers(
            Variant<T, K, ? extends T> v, List<? extends Member<?>> members) {
        Variant<T, K, T> same = (Variant<T, K, T>) v;
        return new Variant<>(same.kind(), same.type(), (List<Member<T>>) members, same.atLeastOne(), same.build());
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

    @Test
    void anAmendmentTableWithARequiredProperty_differsFromSchemaAndDocs() {
        WireType<Amendment, Amendment.Builder> a = WireTypes.AMENDMENT;
        List<WireType.Property<Amendment, Amendment.Builder>> properties = new ArrayList<>(a.properties());
        WireType.Property<Amendment, Amendment.Builder> signedBy = properties.get(3);
        properties.set(3, new WireType.Property<>("signedBy", Omitted.NEVER, signedBy.reader(), signedBy.writer()));
        WireType<Amendment, Amendment.Builder> signedByRequired = withProperties(a, properties);
        assertThat(schemaDifferences(signedByRequired))
                .anySatisfy(d -> assertThat(d).contains("timeline/1").contains("required"));
        assertThat(docsDifferences(signedByRequired, docs()))
                .anySatisfy(d -> assertThat(d).contains("signedBy: yes"));
    }

    @Test
    void anInstanceTableWithItsRowsSwappedOrItsZeroAbsent_differsFromSchemaAndDocs() {
        WireType<InstanceReport, InstanceReport.Builder> i = InstanceTables.INSTANCE;
        List<WireType.Property<InstanceReport, InstanceReport.Builder>> swapped = new ArrayList<>(i.properties());
        java.util.Collections.swap(swapped, 2, 3);
        assertThat(schemaDifferences(withProperties(i, swapped)))
                .anySatisfy(d -> assertThat(d).contains("report/1").contains("beneficiary, obligor"));
        assertThat(docsDifferences(withProperties(i, swapped), docs()))
                .anySatisfy(d -> assertThat(d).contains("beneficiary: yes, obligor: yes"));
        List<WireType.Property<InstanceReport, InstanceReport.Builder>> absent = new ArrayList<>(i.properties());
        int at = List.of(i.names()).indexOf("excusedDelay");
        WireType.Property<InstanceReport, InstanceReport.Builder> excused = absent.get(at);
        absent.set(at, new WireType.Property<>("excusedDelay", Omitted.ABSENT, excused.reader(), excused.writer()));
        assertThat(docsDifferences(withProperties(i, absent), docs()))
                .anySatisfy(d -> assertThat(d).contains("excusedDelay: no,"));
    }

    @Test
    void aPaymentTableWithItsChargesBeforeItsFees_differsFromSchemaAndDocs() {
        WireType<PaymentReport, PaymentReport.Builder> pay = InstanceTables.PAYMENT;
        List<WireType.Property<PaymentReport, PaymentReport.Builder>> moved = new ArrayList<>(pay.properties());
        int charges = List.of(pay.names()).indexOf("charges");
        moved.add(List.of(pay.names()).indexOf("lateFee"), moved.remove(charges));
        assertThat(schemaDifferences(withProperties(pay, moved)))
                .anySatisfy(d -> assertThat(d).contains("$defs/payment").contains("charges, lateFee"));
        assertThat(docsDifferences(withProperties(pay, moved), docs()))
                .anySatisfy(d -> assertThat(d).contains("charges: no (empty), lateFee: no"));
        WireType<Charge, Charge.Builder> charge = InstanceTables.CHARGE;
        WireType<Charge, Charge.Builder> noPayments =
                withProperties(charge, charge.properties().subList(0, 5));
        assertThat(schemaDifferences(noPayments)).anySatisfy(d -> assertThat(d).contains("payments"));
        assertThat(docsDifferences(noPayments, docs()))
                .anySatisfy(d -> assertThat(d).contains("payments"));
    }

    @Test
    void aLatenessTableWithAnOptionalProperty_differsFromSchemaAndDocs() {
        WireType<Lateness, InstanceTables.LatenessParts> l = InstanceTables.LATENESS;
        List<WireType.Property<Lateness, InstanceTables.LatenessParts>> properties = new ArrayList<>(l.properties());
        WireType.Property<Lateness, InstanceTables.LatenessParts> grace = properties.get(2);
        properties.set(2, new WireType.Property<>("withinGrace", Omitted.ABSENT, grace.reader(), grace.writer()));
        assertThat(schemaDifferences(withProperties(l, properties)))
                .anySatisfy(d -> assertThat(d).contains("$defs/lateness").contains("required"));
        assertThat(docsDifferences(withProperties(l, properties), docs()))
                .anySatisfy(d -> assertThat(d).contains("withinGrace: no"));
    }

    @Test
    void aReportMilestoneTableWithTheAgreementMilestonesProperties_differsFromSchemaAndDocs() {
        WireType<MilestoneReport, MilestoneReport.Builder> m = ReportTables.MILESTONE;
        List<WireType.Property<MilestoneReport, MilestoneReport.Builder>> properties = new ArrayList<>(m.properties());
        WireType.Property<MilestoneReport, MilestoneReport.Builder> explanation = properties.get(6);
        properties.set(6, new WireType.Property<>("title", Omitted.NEVER, explanation.reader(), explanation.writer()));
        assertThat(schemaDifferences(withProperties(m, properties)))
                .anySatisfy(
                        d -> assertThat(d).contains("report/1 $defs/milestone").contains("title"));
        assertThat(docsDifferences(withProperties(m, properties), docs()))
                .anySatisfy(d -> assertThat(d).contains("### milestone report").contains("title"));
    }

    @Test
    void aScorecardTableWithoutItsLastProperty_differsFromSchemaAndDocs() {
        WireType<Scorecard, Scorecard.Builder> sc = ReportTables.SCORECARD;
        WireType<Scorecard, Scorecard.Builder> shorter =
                withProperties(sc, sc.properties().subList(0, sc.properties().size() - 1));
        assertThat(schemaDifferences(shorter))
                .anySatisfy(d -> assertThat(d).contains("$defs/scorecard").contains("lateWithoutNotice"));
        assertThat(docsDifferences(shorter, docs()))
                .anySatisfy(d -> assertThat(d).contains("### scorecard").contains("lateWithoutNotice"));
    }

    private static <T, B> WireType<T, B> withProperties(WireType<T, B> t, List<WireType.Property<T, B>> properties) {
        return new WireType<>(t.name(), t.document(), t.what(), t.builder(), t.build(), properties, t.exclusive());
    }

    /**
     * How the union differs from its document's schema (and the template schema's copy): per kind, the {@code oneOf}
     * entry whose {@code kind} is that kind (a {@code const} or an {@code enum} shared by kinds alike) lists the kind
     * and the variant's properties in order, requires the kind and the variant's required ones, has the variant's
     * defaults and its rule of at least one ({@code anyOf} of single requirements); every entry is some kind's.
     */
    private static List<String> unionSchemaDifferences(WireUnion<?, ?> union) {
        List<String> differences = new ArrayList<>();
        List<DocumentKind> kinds = union.document() == DocumentKind.AGREEMENT
                ? List.of(DocumentKind.AGREEMENT, DocumentKind.TEMPLATE)
                : List.of(union.document());
        for (DocumentKind document : kinds) {
            JsonNode oneOf = schema(document).path("$defs").path(union.name()).path("oneOf");
            String where = document.marker() + " $defs/" + union.name();
            if (!oneOf.isArray()) {
                differences.add(where + " has no oneOf");
                continue;
            }
            List<JsonNode> used = new ArrayList<>();
            for (Variant<?, ?, ?> v : union.variants()) {
                String kind = v.kind().name();
                JsonNode entry = null;
                for (JsonNode e : oneOf) {
                    JsonNode k = e.path("properties").path(union.kind().name());
                    boolean matches = k.path("const").asText().equals(kind);
                    for (JsonNode n : k.path("enum")) {
                        matches |= n.asText().equals(kind);
                    }
                    if (matches) {
                        entry = e;
                    }
                }
                if (entry == null) {
                    differences.add(where + ": no oneOf entry of " + kind);
                    continue;
                }
                used.add(entry);
                List<String> names = new ArrayList<>();
                entry.path("properties").fieldNames().forEachRemaining(names::add);
                List<String> expected = new ArrayList<>(List.of(union.kind().name()));
                expected.addAll(v.names());
                if (!names.equals(expected)) {
                    differences.add(where + " " + kind + ": properties " + names + ", union " + expected);
                }
                List<String> required = new ArrayList<>();
                entry.path("required").forEach(n -> required.add(n.asText()));
                List<String> expectedRequired =
                        new ArrayList<>(List.of(union.kind().name()));
                expectedRequired.addAll(v.required());
                if (!required.equals(expectedRequired)) {
                    differences.add(where + " " + kind + ": required " + required + ", union " + expectedRequired);
                }
                for (Member<?> m : v.members()) {
                    JsonNode declared = entry.path("properties").path(m.name()).path("default");
                    String table = m.defaultValue() == null ? "none" : defaultText(m.defaultValue());
                    String schema = declared.isMissingNode() ? "none" : declared.toString();
                    if (!schema.equals(table)) {
                        differences.add(
                                where + " " + kind + ": " + m.name() + " default " + schema + ", union " + table);
                    }
                }
                List<String> anyOf = new ArrayList<>();
                entry.path("anyOf").forEach(n -> n.path("required").forEach(r -> anyOf.add(r.asText())));
                if (!anyOf.equals(v.atLeastOne())) {
                    differences.add(where + " " + kind + ": at least one of " + anyOf + ", union " + v.atLeastOne());
                }
                if (!entry.path("additionalProperties").isBoolean()
                        || entry.path("additionalProperties").asBoolean()) {
                    differences.add(where + " " + kind + ": additionalProperties is not false");
                }
            }
            for (JsonNode e : oneOf) {
                if (used.stream().noneMatch(u -> u == e)) {
                    differences.add(where + ": a oneOf entry of no kind: "
                            + e.path("properties").path("kind"));
                }
            }
        }
        return differences;
    }

    private static final Pattern KIND_ROW = Pattern.compile("^\\| `([A-Z_]+)` \\| ([^|]*) \\|");
    private static final Pattern DOCS_PROPERTY = Pattern.compile("(\\*\\*)?`([a-z][A-Za-z]*)`");

    /**
     * How the union differs from the docs' table under its heading: a row per kind, whose second column names the
     * properties the kind takes in order, the required ones in bold (words in parentheses are notes), says "at least
     * one" exactly when the kind needs one of them, and names each default as {@code `value` default}.
     */
    private static List<String> unionDocsDifferences(WireUnion<?, ?> union, String docs) {
        String title = heading(union.name());
        int heading = docs.indexOf("\n### " + title + "\n");
        if (heading < 0) {
            return List.of("docs/json-format.md has no heading '### " + title + "'");
        }
        java.util.Map<String, String> rows = new java.util.LinkedHashMap<>();
        boolean inTable = false;
        for (String line : docs.substring(heading + 1).split("\n", -1)) {
            if (line.startsWith("|")) {
                inTable = true;
                Matcher m = KIND_ROW.matcher(line);
                if (m.find()) {
                    rows.put(m.group(1), m.group(2));
                }
            } else if (inTable) {
                break;
            }
        }
        List<String> differences = new ArrayList<>();
        List<String> kinds = union.variants().stream().map(v -> v.kind().name()).toList();
        if (!new ArrayList<>(rows.keySet()).equals(kinds)) {
            differences.add("docs/json-format.md ### " + title + ": kinds " + rows.keySet() + ", union " + kinds);
        }
        for (Variant<?, ?, ?> v : union.variants()) {
            String cell = rows.getOrDefault(v.kind().name(), "");
            List<String> found = new ArrayList<>();
            Matcher m = DOCS_PROPERTY.matcher(cell.replaceAll("\\([^)]*\\)", ""));
            while (m.find()) {
                found.add(m.group(2) + (m.group(1) != null ? " (required)" : ""));
            }
            List<String> expected = new ArrayList<>();
            for (Member<?> member : v.members()) {
                expected.add(member.name() + (member.omitted() == Omitted.NEVER ? " (required)" : ""));
            }
            String where = "docs/json-format.md ### " + title + " " + v.kind() + ": ";
            if (!found.equals(expected)) {
                differences.add(where + "properties " + found + ", union " + expected);
            }
            if (cell.contains("at least one") == v.atLeastOne().isEmpty()) {
                differences.add(where + "'at least one' " + (v.atLeastOne().isEmpty() ? "said" : "not said"));
            }
            for (Member<?> member : v.members()) {
                if (member.defaultValue() != null
                        && !cell.contains(
                                "`" + defaultText(member.defaultValue()).replace("\"", "") + "` default")) {
                    differences.add(where + member.name() + "'s default is not " + defaultText(member.defaultValue()));
                }
            }
        }
        return differences;
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
        if (type.document() == DocumentKind.REPORT
                && schema(DocumentKind.AGREEMENT)
                        .path("$defs")
                        .path(type.name())
                        .has("properties")) {
            // A report's object type named as an agreement's (its milestone) is headed "<name> report" in the docs.
            title = title + " report";
        }
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
            case ZERO -> "no (zero)";
            case DEFAULT -> throw new IllegalArgumentException("a default is shown with its value");
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
