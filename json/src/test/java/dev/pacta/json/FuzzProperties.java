package dev.pacta.json;

import static dev.pacta.core.gen.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.gen.Coverage;
import dev.pacta.core.scenario.Scenario;
import dev.pacta.core.template.TemplateResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

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

    /**
     * One fuzzing case: which document, which mutation, whether only the kind is detected, and the seed of the
     * mutation's own choices. Drawn as separate values so that a failure shrinks towards the first document and the
     * simplest mutation.
     *
     * @param document the index of the document in {@link #DOCUMENTS}
     * @param mutation the mutation
     * @param detectOnly whether the mutated document is only given to {@link PactaJson#detectKind(String)}
     * @param seed the seed of the mutation's choices
     */
    record Case(int document, Mutation mutation, boolean detectOnly, long seed) {
        /** The mutated document. */
        String mutated() {
            return mutation.apply(DOCUMENTS.get(document), new Random(seed));
        }

        @Override
        public String toString() {
            return "Case[" + PactaJson.detectKind(DOCUMENTS.get(document)) + " #" + document + ", " + mutation
                    + (detectOnly ? ", detect only" : "") + ", seed " + seed + "]";
        }
    }

    /**
     * Fuzzing cases: every document and mutation alike, one time in ten only detecting the kind.
     *
     * @return cases
     */
    static Gen<Case> cases() {
        return Generate.range(0, DOCUMENTS.size() - 1)
                .zip(
                        Generate.enumValues(Mutation.class),
                        Generate.range(0, 9).map(d -> d == 0),
                        SourceDSL.longs().all(),
                        Case::new);
    }

    @Test
    void mutatedDocuments_failOnlyWithPactaJsonException() {
        Coverage coverage = Coverage.forCaller()
                .atLeast("rejected", true, 0.88)
                .atLeast("rejected", false, 0.08)
                .atLeast("outcome", "valid", 0.045)
                .atLeast("scenario ran", 0.012)
                .atLeast("template instantiated", 0.004);
        for (Mutation mutation : Mutation.values()) {
            coverage.atLeast("mutation", mutation, 0.08);
        }
        for (DocumentKind kind : List.of(DocumentKind.AGREEMENT, DocumentKind.TIMELINE, DocumentKind.SCENARIO)) {
            coverage.atLeast("document", kind, 0.19); // two documents each
        }
        for (DocumentKind kind : List.of(DocumentKind.REPORT, DocumentKind.TEMPLATE, DocumentKind.CHANGES)) {
            coverage.atLeast("document", kind, 0.09);
        }
        qt(10_000).forAll(cases()).checkAssert(c -> {
            String mutated = c.mutated();
            DocumentKind kind = PactaJson.detectKind(DOCUMENTS.get(c.document()));
            String outcome;
            boolean rejected = false;
            try {
                outcome = c.detectOnly() ? "detected " + PactaJson.detectKind(mutated) : read(kind, mutated);
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
                rejected = true;
            }
            if (!c.detectOnly()) {
                coverage.count("rejected", rejected);
            }
            coverage.collect("mutation", c.mutation());
            coverage.collect("document", kind);
            coverage.collect("outcome", outcome);
            coverage.count("scenario ran", outcome.startsWith("scenario:"));
            coverage.count("template instantiated", outcome.startsWith("template:"));
        });
        coverage.check();
    }

    /** Reads a mutated document of a kind: "valid", or for a template or a scenario what using it gave. */
    private static String read(DocumentKind kind, String mutated) {
        switch (kind) {
            case AGREEMENT -> PactaJson.AGREEMENT.read(mutated);
            case TIMELINE -> PactaJson.TIMELINE.read(mutated);
            case REPORT -> PactaJson.REPORT.read(mutated);
            case CHANGES -> PactaJson.CHANGES.read(mutated);
            case TEMPLATE -> {
                // A template that reads instantiates to an agreement or to problems, never an exception.
                TemplateResult result =
                        PactaJson.TEMPLATE.read(mutated).instantiate(Map.of("clientName", "Acme Bakery S.L."));
                return result.isValid() ? "template: instantiated" : "template: instantiation problems";
            }
            case SCENARIO -> {
                // A scenario that reads runs to a result, never an exception.
                Scenario scenario;
                try {
                    scenario = PactaJson.SCENARIO.read(mutated, SCENARIO_FOLDER, ScenarioJsonTest.GOLDEN);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return scenario.run(ENGINE).passed() ? "scenario: passed" : "scenario: mismatches";
            }
        }
        return "valid";
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
