package dev.pacta.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.scenario.Scenario;
import dev.pacta.core.template.TemplateResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;

/**
 * Random mutations of the valid golden documents of every kind always end in a {@link PactaJsonException} with a
 * path and a line and column, or in a valid value: never in any other exception. A mutated template that reads is
 * also instantiated, and a mutated scenario that reads is also run: both end in a result, never an exception.
 */
class FuzzProperties {
    private static final List<String> DOCUMENTS = List.of(
            Golden.text(Golden.AGREEMENT_FILE),
            Golden.text(Golden.TIMELINE_FILE),
            Golden.text(Golden.REPORT_FILE),
            Golden.text(TemplateTest.TEMPLATE_FILE),
            Golden.text("golden/scenarios/web/balance-paid-in-part.scenario.json"),
            Golden.text("golden/scenarios/approvals.scenario.json"),
            RejectionTest.BASE,
            RejectionTest.TIMELINE,
            ChangesTest.DOCUMENT);

    /** The folder the web scenario's template reference is relative to. */
    private static final Path SCENARIO_FOLDER = ScenarioJsonTest.SCENARIOS.resolve("web");

    private static final ComplianceEngine ENGINE = ComplianceEngine.builder().build();

    /** Values that replace a property's value: every JSON type, hostile numbers, lenient dates, huge strings. */
    private static final List<String> JUNK_VALUES = List.of(
            "null",
            "true",
            "false",
            "0",
            "-1",
            "2.5",
            "1e999999999",
            "-1e-999999999",
            "1" + "0".repeat(45),
            "99999999999999999999",
            "\"\"",
            "\"x\"",
            "\"2024-02-30\"",
            "\"2026-03-04T10:00:00Z\"",
            "\"EUR 1e5\"",
            "\"JPY 1.5\"",
            "\"XXX 1\"",
            "\"open\"",
            "\"ON_EVENT\"",
            "[]",
            "{}",
            "[null]",
            "{\"days\": 2}",
            "\"" + "a".repeat(70_000) + "\"",
            "[".repeat(80) + "]".repeat(80),
            "{\"a\":".repeat(70) + "1" + "}".repeat(70),
            "\"\\u0000\"",
            "\"\\ud800\"",
            "NaN",
            "'x'",
            "0x10",
            "01",
            "+1",
            ".5");

    private static final List<String> JUNK_TOKENS = List.of(
            ",", "}", "]", "{", "[", ":", "\"", "null", "garbage", "\u0000", "/*", "//", "\\", "\uFEFF", "1e999");

    @Property(tries = 10_000, shrinking = ShrinkingMode.OFF)
    void mutatedDocuments_failOnlyWithPactaJsonException(@ForAll("seeds") long seed) throws IOException {
        Random random = new Random(seed);
        String document = DOCUMENTS.get(random.nextInt(DOCUMENTS.size()));
        Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
        String mutated = mutation.apply(document, random);
        DocumentKind kind = PactaJson.detectKind(document);
        String outcome;
        try {
            if (random.nextInt(10) == 0) {
                outcome = "detected " + PactaJson.detectKind(mutated);
            } else {
                outcome = "valid";
                switch (kind) {
                    case AGREEMENT -> PactaJson.readAgreement(mutated);
                    case TIMELINE -> PactaJson.readTimeline(mutated);
                    case REPORT -> PactaJson.readReport(mutated);
                    case CHANGES -> PactaJson.readChanges(mutated);
                    case TEMPLATE -> {
                        // A template that reads instantiates to an agreement or to problems, never an exception.
                        TemplateResult result =
                                PactaJson.readTemplate(mutated).instantiate(Map.of("clientName", "Acme Bakery S.L."));
                        outcome = result.isValid() ? "valid" : "instantiation problems";
                    }
                    case SCENARIO -> {
                        // A scenario that reads runs to a result, never an exception.
                        Scenario scenario = PactaJson.readScenario(mutated, SCENARIO_FOLDER);
                        outcome = scenario.run(ENGINE).passed() ? "valid" : "mismatches";
                    }
                }
            }
        } catch (PactaJsonException e) {
            outcome = e.code();
            assertThat(e.path()).as(e.getMessage()).startsWith("$");
            assertThat(e.line()).as(e.getMessage()).isGreaterThanOrEqualTo(1);
            assertThat(e.column()).as(e.getMessage()).isGreaterThanOrEqualTo(1);
            assertThat(e.problems()).allSatisfy(p -> {
                assertThat(p.path()).startsWith("$");
                assertThat(p.line()).isGreaterThanOrEqualTo(1);
                assertThat(p.column()).isGreaterThanOrEqualTo(1);
                assertThat(p.message()).isNotBlank();
            });
        }
        Statistics.label("mutation").collect(mutation);
        Statistics.label("document").collect(kind);
        Statistics.label("outcome").collect(outcome);
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs().withoutEdgeCases();
    }

    enum Mutation {
        DELETE_LINE {
            @Override
            String apply(String doc, Random r) {
                List<String> lines = lines(doc);
                lines.remove(r.nextInt(lines.size()));
                return String.join("\n", lines);
            }
        },
        DUPLICATE_LINE {
            @Override
            String apply(String doc, Random r) {
                List<String> lines = lines(doc);
                int i = r.nextInt(lines.size());
                lines.add(i, lines.get(i));
                return String.join("\n", lines);
            }
        },
        RETYPE_VALUE {
            @Override
            String apply(String doc, Random r) {
                List<String> lines = lines(doc);
                for (int attempt = 0; attempt < 20; attempt++) {
                    int i = r.nextInt(lines.size());
                    String line = lines.get(i);
                    int colon = line.indexOf("\": ");
                    if (colon > 0) {
                        String junk = JUNK_VALUES.get(r.nextInt(JUNK_VALUES.size()));
                        boolean comma = line.endsWith(",");
                        lines.set(i, line.substring(0, colon + 3) + junk + (comma ? "," : ""));
                        break;
                    }
                }
                return String.join("\n", lines);
            }
        },
        RENAME_PROPERTY {
            @Override
            String apply(String doc, Random r) {
                List<String> lines = lines(doc);
                int i = r.nextInt(lines.size());
                lines.set(i, lines.get(i).replaceFirst("\"[A-Za-z]+\":", "\"zz\":"));
                return String.join("\n", lines);
            }
        },
        TRUNCATE {
            @Override
            String apply(String doc, Random r) {
                return doc.substring(0, r.nextInt(doc.length()));
            }
        },
        INJECT_TOKEN {
            @Override
            String apply(String doc, Random r) {
                int at = r.nextInt(doc.length() + 1);
                return doc.substring(0, at) + JUNK_TOKENS.get(r.nextInt(JUNK_TOKENS.size())) + doc.substring(at);
            }
        },
        REPLACE_CHAR {
            @Override
            String apply(String doc, Random r) {
                int at = r.nextInt(doc.length());
                char c = (char) (r.nextBoolean() ? ' ' + r.nextInt(95) : r.nextInt(0x3000));
                return doc.substring(0, at) + c + doc.substring(at + 1);
            }
        },
        DELETE_SPAN {
            @Override
            String apply(String doc, Random r) {
                int from = r.nextInt(doc.length());
                int to = Math.min(doc.length(), from + 1 + r.nextInt(40));
                return doc.substring(0, from) + doc.substring(to);
            }
        },
        WRAP_DEEP {
            @Override
            String apply(String doc, Random r) {
                int depth = 1 + r.nextInt(200);
                return r.nextBoolean()
                        ? "[".repeat(depth) + doc + "]".repeat(depth)
                        : doc.replaceFirst("\": \"", "\": " + "[".repeat(depth) + "\"");
            }
        },
        SEVERAL {
            @Override
            String apply(String doc, Random r) {
                String result = doc;
                for (int n = 2 + r.nextInt(4); n > 0; n--) {
                    Mutation m = values()[r.nextInt(values().length - 1)];
                    result = result.isEmpty() ? result : m.apply(result, r);
                }
                return result;
            }
        };

        abstract String apply(String doc, Random r);

        static List<String> lines(String doc) {
            return new java.util.ArrayList<>(List.of(doc.split("\n", -1)));
        }
    }
}
