package dev.pacta.json.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.pacta.core.scenario.Scenario;
import dev.pacta.json.DocumentKind;
import dev.pacta.json.PactaJson;
import dev.pacta.json.PactaJsonException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes {@link PactaJson#SCENARIO}: a {@code scenario/1} document is rejected with a
 * {@link dev.pacta.json.PactaJsonException} or read, from bytes and from text alike, and also from text with a folder
 * of templates (the seed templates, which the seed scenarios name by file name); a scenario that reads round-trips and
 * runs to a result, never to an exception.
 */
class ScenarioFuzzTest {
    /** A folder holding the seed templates, named as the seed scenarios refer to them. */
    private static final Path TEMPLATES = templates();

    @FuzzTest
    @Timeout(10)
    void fuzz(FuzzedDataProvider data) {
        FuzzInput input = FuzzInput.of(data, DocumentKind.SCENARIO);
        // Without a folder: a scenario with its agreement, or a rejection (a template reference is one).
        Optional<Scenario> inline =
                Oracle.read(input, DocumentKind.SCENARIO, PactaJson.SCENARIO::read, PactaJson.SCENARIO::read);
        Optional<String> text = input.text();
        if (text.isEmpty()) {
            return;
        }
        Scenario scenario;
        try {
            scenario = PactaJson.SCENARIO.read(text.get(), TEMPLATES);
        } catch (PactaJsonException e) {
            Oracle.rejected(e);
            if (inline.isPresent()) {
                throw new AssertionError("a scenario read without a folder is rejected with one", e);
            }
            return;
        } catch (IOException e) {
            // Documented: the template file exists but cannot be read (a reference may name any file).
            return;
        }
        if (inline.isPresent() && !inline.get().equals(scenario)) {
            throw new AssertionError("a scenario with its agreement reads differently with a folder:\n  " + inline.get()
                    + "\n  " + scenario);
        }
        Oracle.roundTrip(
                "scenario", scenario, PactaJson.SCENARIO::write, json -> PactaJson.SCENARIO.read(json, TEMPLATES));
        scenario.run(Oracle.ENGINE);
    }

    private static Path templates() {
        try {
            Path folder = Files.createTempDirectory("pacta-fuzz-templates");
            folder.toFile().deleteOnExit();
            try (var files = Files.list(SeedDocuments.folder(DocumentKind.TEMPLATE))) {
                for (Path seed : files.filter(f -> f.getFileName().toString().startsWith("seed-"))
                        .toList()) {
                    Path copy = folder.resolve(seed.getFileName().toString().substring("seed-".length()));
                    Files.writeString(copy, Files.readString(seed, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
                    copy.toFile().deleteOnExit();
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
