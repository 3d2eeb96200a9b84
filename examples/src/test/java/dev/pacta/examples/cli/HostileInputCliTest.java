package dev.pacta.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, "hostile input and clear errors", through the tool: what {@code pacta check} and {@code pacta validate}
 * do with scenario files from an untrusted source, text that is not UTF-8, and a folder with one bad file.
 */
class HostileInputCliTest {
    /** The web template of the library, which these tests copy next to their scenarios. */
    static final Path WEB_TEMPLATE =
            Path.of("src/main/resources/templates/web-development/web-development.template.json");

    @TempDir
    Path tmp;

    static Cli.Result run(byte[] stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PactaCli.run(
                Cli.CLOCK, new ByteArrayInputStream(stdin), new PrintWriter(out), new PrintWriter(err), args);
        return new Cli.Result(code, out.toString(), err.toString());
    }

    static String scenario(String name, String template) {
        return """
                {
                  "pacta": "scenario/1",
                  "name": "%s",
                  "template": "%s",
                  "parameters": {"clientName": "Acme"},
                  "checks": [{"asOf": "2026-03-02", "instances": {"deposit#1": {"state": "UPCOMING"}}}]
                }
                """.formatted(name, template);
    }

    @Test
    void check_scenarioReachingOutOfItsFolder_readsNothingThereAndQuotesNothing() throws IOException {
        Files.writeString(tmp.resolve("secret.template.json"), "root:x:0:0:root:/root:/bin/bash\n");
        Path scenarios = Files.createDirectories(tmp.resolve("scenarios"));
        Files.writeString(scenarios.resolve("s.scenario.json"), scenario("leak", "../secret.template.json"));

        Cli.Result check = Cli.run("check", scenarios.toString());
        Cli.Result validate =
                Cli.run("validate", scenarios.resolve("s.scenario.json").toString());

        assertThat(check.code()).isEqualTo(1);
        assertThat(check.err())
                .contains("[TEMPLATE_OUTSIDE_ROOT]")
                .doesNotContain("root:x")
                .doesNotContain("'root'");
        assertThat(validate.code()).isEqualTo(1);
        assertThat(validate.err()).contains("[TEMPLATE_OUTSIDE_ROOT]").doesNotContain("'root'");
    }

    @Test
    void check_withARoot_readsTemplatesUpToIt() throws IOException {
        Path templates = Files.createDirectories(tmp.resolve("templates"));
        Files.copy(WEB_TEMPLATE, templates.resolve("web.template.json"));
        Path scenarios = Files.createDirectories(tmp.resolve("scenarios"));
        Files.writeString(scenarios.resolve("s.scenario.json"), scenario("web", "../templates/web.template.json"));

        assertThat(Cli.run("check", scenarios.toString()).code()).isEqualTo(1);
        Cli.Result check = Cli.run("check", "--root", tmp.toString(), scenarios.toString());
        Cli.Result validate = Cli.run(
                "validate",
                "--root",
                tmp.toString(),
                scenarios.resolve("s.scenario.json").toString());

        assertThat(check.out()).endsWith("1 passed, 0 failed\n");
        assertThat(check.code()).as(check.err()).isZero();
        assertThat(validate.code()).as(validate.err()).isZero();
    }

    // ------------------------------------------------- 2. text that is not UTF-8: a position, a code and exit 1

    @Test
    void notUtf8_onEveryInput_isAnInvalidDocumentWithItsPlace_exit1() throws IOException {
        String scenario =
                Files.readString(Path.of("src/main/resources/templates/web-development/all-on-time.scenario.json"));
        byte[] utf16 = scenario.getBytes(java.nio.charset.StandardCharsets.UTF_16);
        // 0xC0 0xAF: an overlong '/'; 0xED 0xA0 0x80: a surrogate encoded in UTF-8. Both after "ab" on line 2.
        byte[] overlong = "{\n  \"ab\u0000\": 1}"
                .replace("\u0000", "\u00c0\u00af")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] surrogate = "{\n  \"ab\u0000\": 1}"
                .replace("\u0000", "\u00ed\u00a0\u0080")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        for (byte[] bytes : new byte[][] {utf16, overlong, surrogate}) {
            Path file = Files.write(tmp.resolve("bad.scenario.json"), bytes);
            for (String[] args : new String[][] {
                {"check", "-"}, {"check", file.toString()}, {"validate", "-"}, {"validate", file.toString()}
            }) {
                Cli.Result r = run(bytes, args);

                assertThat(r.code()).as(String.join(" ", args) + "\n" + r.err()).isEqualTo(1);
                assertThat(r.err())
                        .as(String.join(" ", args))
                        .containsPattern(":\\d+:\\d+: \\$: the document is not valid UTF-8.*\\[INVALID_ENCODING]")
                        .doesNotContain("Input length");
            }
            Path bad = Files.write(tmp.resolve("bad.agreement.json"), bytes);
            for (String command : new String[] {"evaluate", "upcoming", "replay"}) {
                assertThat(run(bytes, command, "-").err()).as(command).contains("[INVALID_ENCODING]");
                assertThat(run(bytes, command, bad.toString()).code())
                        .as(command)
                        .isEqualTo(1);
            }
        }
    }

    // ------------------------------------------------- 6. pacta check FOLDER: each file its own result

    @Test
    void check_folderWithOneUnreadableScenario_reportsItByFile_andRunsTheOthers() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("scenarios"));
        Files.copy(WEB_TEMPLATE, folder.resolve("web.template.json"));
        Files.writeString(folder.resolve("a.scenario.json"), scenario("first", "web.template.json"));
        Files.writeString(
                folder.resolve("b.scenario.json"),
                scenario("broken", "web.template.json").replace("\"UPCOMING\"", "1"));
        Files.writeString(folder.resolve("c.scenario.json"), scenario("last", "missing.template.json"));
        Path sub = Files.createDirectories(folder.resolve("sub"));
        Files.writeString(sub.resolve("d.scenario.json"), scenario("deep", "../web.template.json"));

        Cli.Result r = Cli.run("check", "--verbose", folder.toString());

        String b = folder.resolve("b.scenario.json").toString();
        String c = folder.resolve("c.scenario.json").toString();
        assertThat(r.out())
                .isEqualTo("FAIL " + b + ": cannot be read (1 problem, see standard error)\n"
                        + "FAIL " + c + ": cannot be read (1 problem, see standard error)\n"
                        + "ok   first (1 check)\n"
                        + "ok   deep (1 check)\n"
                        + "2 passed, 2 failed\n");
        assertThat(r.err().lines())
                .satisfiesExactly(
                        line -> assertThat(line).startsWith(b + ":6:").endsWith("[WRONG_TYPE]"),
                        line -> assertThat(line)
                                .startsWith(c + ":4:15: $.template:")
                                .endsWith("[TEMPLATE_NOT_FOUND]"));
        assertThat(r.code()).isEqualTo(1);
    }
}
