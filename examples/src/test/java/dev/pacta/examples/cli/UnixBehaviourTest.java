package dev.pacta.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.examples.Golden;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * The tool behaves like other Unix tools: {@code -} for standard input wherever a file is expected, messages in plain
 * words with their reasons, a usage line that never breaks a word, and an exit code for scripts that is explained
 * where it is met.
 */
class UnixBehaviourTest {
    static final String AGREEMENT = PactaCliTest.WEB_AGREEMENT;
    static final String TIMELINE = PactaCliTest.WEB_TIMELINE;

    /** The golden text report of the web-development sample as of 2026-04-03 (a check-in is BREACHED). */
    static final String REPORT = Golden.read(Golden.REPORTS.resolve("web-development.txt"));

    @TempDir
    Path tmp;

    /** Runs the tool in-process with the given standard input. */
    static Cli.Result run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PactaCli.run(
                Cli.CLOCK,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out),
                new PrintWriter(err),
                args);
        return new Cli.Result(code, out.toString(), err.toString());
    }

    static String text(String file) {
        return Golden.read(Path.of(file));
    }

    // ------------------------------------------------------------------------------------ - is standard input

    @Test
    void evaluate_agreementFromStandardInput() {
        Cli.Result r = run(text(AGREEMENT), "evaluate", "-", "--events", TIMELINE, "--as-of", "2026-04-03");
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo(REPORT);
        assertThat(r.code()).isEqualTo(1);
    }

    @Test
    void evaluate_timelineFromStandardInput() {
        Cli.Result r = run(text(TIMELINE), "evaluate", AGREEMENT, "-e", "-", "--as-of", "2026-04-03");
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo(REPORT);
    }

    @Test
    void upcomingAndReplay_readStandardInputToo() {
        Cli.Result fromFile = Cli.run("upcoming", AGREEMENT, "-e", TIMELINE, "--as-of", "2026-04-03");
        assertThat(run(text(AGREEMENT), "upcoming", "-", "-e", TIMELINE, "--as-of", "2026-04-03"))
                .isEqualTo(fromFile);
        fromFile = Cli.run("replay", AGREEMENT, "-e", TIMELINE, "--as-of", "2026-04-03");
        assertThat(run(text(TIMELINE), "replay", AGREEMENT, "-e", "-", "--as-of", "2026-04-03"))
                .isEqualTo(fromFile);
    }

    @Test
    void standardInput_cannotBeTwoDocuments() {
        Cli.Result r = run(text(AGREEMENT), "evaluate", "-", "-e", "-");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("pacta: '-' is given twice: standard input can be read only once");
        assertThat(r.out()).isEmpty();
        r = run(text(AGREEMENT), "validate", "-", AGREEMENT, "-");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).as("nothing is checked").isEmpty();
    }

    @Test
    void validate_fromStandardInput_isNamedStdin() {
        Cli.Result r = run(text(AGREEMENT), "validate", "-");
        assertThat(r.code()).isZero();
        assertThat(r.out())
                .isEqualTo("<stdin>: valid agreement/1 'bakery-web-2026': 2 parties, 7 obligations, 1 milestone"
                        + System.lineSeparator());
        r = run("{\"pacta\": \"timeline/1\",\n  \"events\": [{\"id\": \"e1\"]}\n", "validate", "-", TIMELINE);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err())
                .startsWith("<stdin>:2:25: $.events[0].id: invalid JSON: unexpected ']': expected '}' to close the"
                        + " object that starts at line 2, column 14 [SYNTAX]")
                .contains("<stdin>: invalid, 1 problem");
        assertThat(r.out()).as("the file after - is still checked").contains(TIMELINE + ": valid timeline/1");
    }

    @Test
    void validate_notUtf8_isAnInvalidDocument_withItsPlace() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        byte[] latin1 =
                "{\"pacta\": \"timeline/1\", \"agreement\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        int code = PactaCli.run(
                Cli.CLOCK,
                new ByteArrayInputStream(latin1),
                new PrintWriter(out),
                new PrintWriter(err),
                "validate",
                "-");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).startsWith("<stdin>:1:").contains("[INVALID_ENCODING]");
    }

    @Test
    void check_aScenarioFromStandardInput_findsItsTemplateFromTheCurrentFolder() throws IOException {
        Path folder = Path.of("src/main/resources/templates/it-consulting");
        String scenario = Files.readString(folder.resolve("all-on-time.scenario.json"))
                .replace(
                        "\"template\": \"it-consulting.template.json\"",
                        "\"template\": \"" + folder + "/it-consulting.template.json\"");
        Cli.Result r = run(scenario, "check", "-");
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).endsWith("1 passed, 0 failed" + System.lineSeparator());
        assertThat(r.code()).isZero();
    }

    @Test
    void out_dash_isStandardOutput() {
        assertThat(Cli.run("evaluate", AGREEMENT, "-e", TIMELINE, "--as-of", "2026-04-03", "-o", "-"))
                .isEqualTo(new Cli.Result(1, REPORT, ""));
        assertThat(Cli.run("demo", "--out", "-").out())
                .isEqualTo(Cli.run("demo").out());
    }

    // ------------------------------------------------------------------------------------------------- --version

    @Test
    void version_saysPacta_andTheVersionFromTheManifest_orThatThereIsNone() {
        Cli.Result r = Cli.run("--version");
        assertThat(r.code()).isZero();
        // Compiled classes carry no manifest; PactaJarIT and UnixToolsIT check the packaged jar's version.
        assertThat(r.out())
                .isEqualTo(
                        "pacta " + PactaCli.Version.version().orElse("(development build)") + System.lineSeparator());
    }

    // ---------------------------------------------------------------------------------------------------- wording

    @Test
    void documentOfAnotherKind_isNamedWithItsArticle() {
        Cli.Result r = Cli.run("evaluate", TIMELINE);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("this is a timeline/1 document, expected agreement/1");
    }

    @Test
    void documentWithSortedKeysAndSchema_isValid() throws IOException {
        // What jq -S makes of a sample: "$schema" and the marker among the other keys, in alphabetical order.
        String text = text(AGREEMENT);
        String sorted = "{\"$schema\": \"https://pacta-dev.github.io/pacta/schema/agreement-1.schema.json\","
                + text.substring(text.indexOf('\n'), text.lastIndexOf('}')).replace("\"pacta\": \"agreement/1\",", "")
                + ", \"pacta\": \"agreement/1\"}\n";
        Path file = tmp.resolve("sorted.agreement.json");
        Files.writeString(file, sorted);
        Cli.Result r = Cli.run("validate", file.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains(": valid agreement/1 'bakery-web-2026'");
    }

    @Test
    void cannotWrite_saysWhy() {
        Path missing = tmp.resolve("no-such-folder").resolve("report.html");
        Cli.Result r = Cli.run("demo", "--out", missing.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err())
                .isEqualTo("pacta: " + missing + ": cannot write: no such folder " + missing.getParent()
                        + System.lineSeparator());
        r = Cli.run("demo", "--out", tmp.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("pacta: " + tmp + ": cannot write: it is a directory" + System.lineSeparator());
    }

    @ParameterizedTest
    @ValueSource(strings = {"evaluate", "validate", "check", "upcoming", "replay", "demo"})
    void usageLine_isWrappedBetweenWords(String command) {
        String help = Cli.run(command, "--help").out();
        List<String> usage = help.lines()
                .takeWhile(l -> l.startsWith("Usage: ") || l.startsWith("    "))
                .toList();
        assertThat(usage).isNotEmpty().allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
        // Every word of the usage line is whole: a word cut in two would leave a line ending in "AGREEMENT.".
        String joined = String.join(" ", usage).replaceAll(" +", " ");
        for (String word : List.of("AGREEMENT.json", "[-e=TIMELINE.json]", "[--as-of=DATE|INSTANT]")) {
            if (help.contains(word.replace("[", "").replace("]", ""))) {
                assertThat(joined).contains(word);
            }
        }
        assertThat(usage)
                .noneMatch(l -> Pattern.compile("[A-Za-z]\\.$").matcher(l).find());
    }

    @Test
    void replay_usageLine_keepsAgreementJsonWhole() {
        assertThat(Cli.run("replay", "--help").out())
                .startsWith("Usage: pacta replay [-hV] [--as-of=DATE|INSTANT] [-e=TIMELINE.json]"
                        + System.lineSeparator()
                        + "                    [--calendar=FILE|FOLDER]... [--holidays=PLACE:YEARS]..."
                        + System.lineSeparator() + "                    AGREEMENT.json" + System.lineSeparator());
    }

    @Test
    void synopsis_wrapsAtSpacesOnly_atAnyWidth() {
        CommandLine.Help.Ansi.Text words =
                CommandLine.Help.Ansi.OFF.new Text(" [-hV] [--as-of=DATE|INSTANT] [-e=TIMELINE.json] AGREEMENT.json");
        for (int width = 20; width <= 100; width++) {
            String wrapped = PactaCli.SynopsisWrappedAtSpaces.wrap("pacta replay", words, 7, width);
            assertThat(wrapped.trim().split("\\s+"))
                    .as("width %d", width)
                    .containsExactly(
                            "pacta",
                            "replay",
                            "[-hV]",
                            "[--as-of=DATE|INSTANT]",
                            "[-e=TIMELINE.json]",
                            "AGREEMENT.json");
        }
    }

    // ------------------------------------------------------------------------------------------------ exit codes

    @Test
    void evaluate_html_exits1OnABreach_andNeverOptsOut() throws IOException {
        Path html = tmp.resolve("report.html");
        Cli.Result r = Cli.run(
                "evaluate", AGREEMENT, "-e", TIMELINE, "--as-of", "2026-04-03", "-f", "html", "-o", html.toString());
        assertThat(r.code()).as("a check-in is BREACHED").isEqualTo(1);
        assertThat(r.err()).isEmpty();
        assertThat(Files.readString(html)).contains("<svg");
        r = Cli.run(
                "evaluate",
                AGREEMENT,
                "-e",
                TIMELINE,
                "--as-of",
                "2026-04-03",
                "-f",
                "html",
                "-o",
                html.toString(),
                "--fail-on",
                "never");
        assertThat(r.code()).isZero();
    }

    @Test
    void evaluate_help_explainsTheExitCode_andTheOptOut() {
        String help = Cli.run("evaluate", "--help").out().replaceAll("\\s+", " ");
        assertThat(help)
                .contains("1 when an instance is BREACHED, in every format and also with --out")
                .contains("Pass --fail-on never to exit 0 whenever the report is written")
                .contains("1 an instance is BREACHED (--fail-on never: exit 0)");
    }

    @Test
    void readme_explainsTheExitCode_nextToTheHtmlExample() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        int html = readme.indexOf("--format html --out report.html");
        assertThat(html).isPositive();
        assertThat(readme.substring(html, readme.indexOf('\n', readme.indexOf('\n', html) + 1)))
                .contains("exits 1")
                .contains("--fail-on never");
    }
}
