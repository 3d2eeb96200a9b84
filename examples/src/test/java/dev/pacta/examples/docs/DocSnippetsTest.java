package dev.pacta.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every Java snippet of the README and of {@code docs/*.md} is a complete source file of this module's tests, quoted
 * verbatim, so that what the documentation shows is what this build compiles and runs.
 *
 * <ul>
 *   <li>The line before each {@code ```java} block names its file: {@code <!-- snippet: examples/src/test/java/...
 *       -->}. The block must equal the file without its package line.
 *   <li>A file with a {@code main} is run here. When the document goes on with "prints" and a block, the program must
 *       print exactly that block.
 *   <li>Any other file must be a JUnit test class ({@code *Test}), which Surefire runs.
 * </ul>
 *
 * A snippet is changed by changing its file, then pasting the file (without its package line) into the document.
 */
class DocSnippetsTest {
    static final Path ROOT = Path.of("..");
    static final Path TEST_SOURCES = Path.of("src/test/java");
    static final Pattern MARKER = Pattern.compile("<!-- snippet: (examples/src/test/java/\\S+\\.java) -->");

    /** A Java block of a document, the file it quotes, and the output the document shows after it, if any. */
    record Snippet(String doc, int line, String file, String code, Optional<String> output) {
        @Override
        public String toString() {
            return doc + ":" + line + " (" + file.substring(file.lastIndexOf('/') + 1) + ")";
        }
    }

    @TestFactory
    Stream<DynamicTest> everySnippet_isItsSourceFile_verbatim() throws IOException {
        return snippets().stream()
                .map(s -> DynamicTest.dynamicTest(s.toString(), () -> {
                    Path source = ROOT.resolve(s.file());
                    assertThat(source)
                            .as("%s names a file that does not exist", s)
                            .exists();
                    assertThat(s.code())
                            .as("%s quotes %s verbatim", s, s.file())
                            .isEqualTo(withoutPackage(source));
                }));
    }

    @TestFactory
    Stream<DynamicTest> everySnippet_runs_andPrintsWhatTheDocumentShows() throws IOException {
        return snippets().stream()
                .map(s -> DynamicTest.dynamicTest(s.toString(), () -> {
                    Class<?> type = Class.forName(className(s.file()));
                    Optional<Method> main = mainOf(type);
                    if (main.isEmpty()) {
                        assertThat(type.getSimpleName())
                                .as("%s has no main, so it must be a test class that Surefire runs", s)
                                .endsWith("Test");
                        assertThat(hasTests(type))
                                .as("%s has no test method", s)
                                .isTrue();
                        assertThat(s.output())
                                .as("%s shows output, but only a main prints", s)
                                .isEmpty();
                        return;
                    }
                    String printed = run(main.get());
                    s.output()
                            .ifPresent(shown -> assertThat(printed)
                                    .as("what %s prints, against the document", s)
                                    .isEqualTo(shown));
                }));
    }

    /** Every snippet file of this package is quoted by a document: none is left to go stale unseen. */
    @Test
    void everySnippetFile_isQuoted() throws IOException {
        Set<String> quoted = snippets().stream().map(Snippet::file).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(TEST_SOURCES.resolve("dev/pacta/examples/docs"))) {
            List<String> orphans = files.map(f -> "examples/" + f.toString().replace('\\', '/'))
                    .filter(f -> !f.endsWith("/DocSnippetsTest.java"))
                    .filter(f -> !quoted.contains(f))
                    .toList();
            assertThat(orphans).as("snippet files no document quotes").isEmpty();
        }
    }

    @Test
    void theDocuments_haveTheirSnippets() throws IOException {
        List<Snippet> snippets = snippets();
        assertThat(snippets).filteredOn(s -> s.doc().equals("README.md")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(snippets)
                .filteredOn(s -> s.doc().equals("docs/json-format.md"))
                .hasSizeGreaterThanOrEqualTo(6);
        assertThat(snippets).filteredOn(s -> s.output().isPresent()).hasSizeGreaterThanOrEqualTo(2);
    }

    /** The README's coordinates name the version this build makes. */
    @Test
    void readme_coordinates_areThisBuildsVersion() throws IOException {
        String pom = Files.readString(ROOT.resolve("pom.xml"));
        Matcher parent = Pattern.compile("<artifactId>pacta-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(pom);
        assertThat(parent.find()).isTrue();
        String version = parent.group(1);

        String readme = Files.readString(ROOT.resolve("README.md"));
        List<String> shown = new ArrayList<>();
        Matcher xml = Pattern.compile("<artifactId>pacta-[a-z]+</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(readme);
        while (xml.find()) {
            shown.add(xml.group(1));
        }
        Matcher gradle =
                Pattern.compile("dev\\.pacta:pacta-[a-z]+:([^\"\\s`]+)").matcher(readme);
        while (gradle.find()) {
            shown.add(gradle.group(1));
        }
        assertThat(shown).hasSizeGreaterThanOrEqualTo(3).containsOnly(version);
    }

    /** The checks can fail: a block that differs from its file, or a wrong output, is caught. */
    @Test
    void aChangedSnippet_orAWrongOutput_isCaught() throws Throwable {
        String file = "examples/src/test/java/dev/pacta/examples/docs/ReportFiles.java";
        String code = withoutPackage(ROOT.resolve(file));
        String doc = "Intro.\n\n<!-- snippet: " + file + " -->\n```java\n" + code.replace("2026, 5, 15", "2026, 5, 16")
                + "```\n\nprints\n\n```\nread back different\n```\n";

        List<Snippet> parsed = parse("test.md", doc);

        assertThat(parsed).singleElement().satisfies(s -> {
            assertThat(s.code()).isNotEqualTo(code);
            assertThat(s.output()).contains("read back different\n");
        });
        assertThat(run(mainOf(ReportFiles.class).orElseThrow())).isNotEqualTo("read back different\n");
        assertThatThrownBy(() -> parse("test.md", "Text.\n\n```java\nclass A {}\n```\n"))
                .hasMessageContaining("test.md:3")
                .hasMessageContaining("<!-- snippet:");
    }

    static List<Snippet> snippets() throws IOException {
        List<Snippet> all = new ArrayList<>(parse("README.md", Files.readString(ROOT.resolve("README.md"))));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            for (Path doc :
                    docs.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                all.addAll(parse("docs/" + doc.getFileName(), Files.readString(doc)));
            }
        }
        return all;
    }

    /** The Java blocks of a Markdown document, each with the file its marker names and the output shown after it. */
    static List<Snippet> parse(String doc, String text) {
        List<String> lines = text.lines().toList();
        List<Snippet> snippets = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String fence = lines.get(i).strip();
            if (!fence.startsWith("```java")) {
                continue;
            }
            int indent = lines.get(i).indexOf('`');
            Matcher marker = MARKER.matcher(previousNonBlank(lines, i).strip());
            if (!marker.matches()) {
                throw new IllegalStateException(doc + ":" + (i + 1) + ": a Java block must follow a line "
                        + "<!-- snippet: examples/src/test/java/.../File.java --> naming the file it quotes");
            }
            int end = closingFence(lines, i, doc);
            String code = block(lines, i + 1, end, indent);
            snippets.add(new Snippet(doc, i + 1, marker.group(1), code, shownOutput(lines, end, doc)));
            i = end;
        }
        return snippets;
    }

    /** The block after a paragraph that is just "prints", if the snippet is followed by one. */
    static Optional<String> shownOutput(List<String> lines, int end, String doc) {
        int next = nextNonBlank(lines, end + 1);
        if (next < 0 || !lines.get(next).strip().equals("prints")) {
            return Optional.empty();
        }
        int open = nextNonBlank(lines, next + 1);
        if (open < 0 || !lines.get(open).strip().equals("```")) {
            throw new IllegalStateException(doc + ":" + (next + 1) + ": 'prints' must be followed by a ``` block");
        }
        int indent = lines.get(open).indexOf('`');
        return Optional.of(block(lines, open + 1, closingFence(lines, open, doc), indent));
    }

    static int closingFence(List<String> lines, int open, String doc) {
        for (int j = open + 1; j < lines.size(); j++) {
            if (lines.get(j).strip().equals("```")) {
                return j;
            }
        }
        throw new IllegalStateException(doc + ":" + (open + 1) + ": the block is never closed");
    }

    static String block(List<String> lines, int from, int to, int indent) {
        StringBuilder b = new StringBuilder();
        for (String line : lines.subList(from, to)) {
            b.append(line.length() >= indent && line.substring(0, indent).isBlank() ? line.substring(indent) : line)
                    .append('\n');
        }
        return b.toString();
    }

    static String previousNonBlank(List<String> lines, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (!lines.get(j).isBlank()) {
                return lines.get(j);
            }
        }
        return "";
    }

    static int nextNonBlank(List<String> lines, int from) {
        for (int j = from; j < lines.size(); j++) {
            if (!lines.get(j).isBlank()) {
                return j;
            }
        }
        return -1;
    }

    /** The file as a document quotes it: without its package line and the blank line after it. */
    static String withoutPackage(Path source) throws IOException {
        String text = Files.readString(source);
        return text.startsWith("package ") ? text.substring(text.indexOf("\n\n") + 2) : text;
    }

    static String className(String file) {
        String prefix = "examples/src/test/java/";
        return file.substring(prefix.length(), file.length() - ".java".length()).replace('/', '.');
    }

    static Optional<Method> mainOf(Class<?> type) {
        try {
            Method main = type.getMethod("main", String[].class);
            return Modifier.isStatic(main.getModifiers()) ? Optional.of(main) : Optional.empty();
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }

    static boolean hasTests(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .anyMatch(m -> m.isAnnotationPresent(Test.class) || m.isAnnotationPresent(TestFactory.class));
    }

    /** Runs a main with standard output captured (UTF-8, lines ending in \n). */
    static synchronized String run(Method main) throws Throwable {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            main.invoke(null, (Object) new String[0]);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }
}
