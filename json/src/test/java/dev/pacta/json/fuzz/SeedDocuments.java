package dev.pacta.json.fuzz;

import dev.pacta.json.DocumentKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The valid documents of each kind that structure-aware inputs start from: the files named {@code seed-*.json} in each
 * fuzz test's inputs folder ({@code dev/pacta/json/fuzz/<Test>Inputs/fuzz/}), in the order of their names. They are
 * also inputs of their own in regression mode.
 */
final class SeedDocuments {
    /** The fuzz test of each kind, whose inputs folder holds the kind's seed documents. */
    private static final Map<DocumentKind, String> TESTS = new EnumMap<>(Map.of(
            DocumentKind.AGREEMENT, "AgreementFuzzTest",
            DocumentKind.TIMELINE, "TimelineFuzzTest",
            DocumentKind.REPORT, "ReportFuzzTest",
            DocumentKind.CHANGES, "ChangesFuzzTest",
            DocumentKind.TEMPLATE, "TemplateFuzzTest",
            DocumentKind.SCENARIO, "ScenarioFuzzTest",
            DocumentKind.CALENDAR, "CalendarFuzzTest"));

    private static final Map<DocumentKind, List<String>> DOCUMENTS = load();

    private SeedDocuments() {}

    /**
     * The seed documents of a kind.
     *
     * @param kind the kind
     * @return the documents' text, in the order of their file names; not empty
     */
    static List<String> of(DocumentKind kind) {
        return DOCUMENTS.get(kind);
    }

    /**
     * The seed document of a kind with a file name.
     *
     * @param kind the kind
     * @param name the file name without {@code seed-} and {@code .json}, e.g. {@code web-redesign.agreement}
     * @return the text
     */
    static String named(DocumentKind kind, String name) {
        return read(folder(kind).resolve("seed-" + name + ".json"));
    }

    private static Map<DocumentKind, List<String>> load() {
        Map<DocumentKind, List<String>> all = new EnumMap<>(DocumentKind.class);
        for (DocumentKind kind : DocumentKind.values()) {
            try (Stream<Path> files = Files.list(folder(kind))) {
                List<String> documents = files.filter(f -> {
                            String name = f.getFileName().toString();
                            return name.startsWith("seed-") && name.endsWith(".json");
                        })
                        .sorted()
                        .map(SeedDocuments::read)
                        .toList();
                if (documents.isEmpty()) {
                    throw new IllegalStateException("no seed documents in " + folder(kind));
                }
                all.put(kind, documents);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all;
    }

    /** The inputs folder of a kind's fuzz test, on the test class path. */
    static Path folder(DocumentKind kind) {
        String resource = TESTS.get(kind) + "Inputs/fuzz";
        URL url = SeedDocuments.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("missing test resource " + resource);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
