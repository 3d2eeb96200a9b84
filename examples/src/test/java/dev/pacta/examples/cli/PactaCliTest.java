package dev.pacta.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.examples.Golden;
import dev.pacta.examples.Xml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;

/** The pacta tool through picocli's API: every subcommand's exit codes, standard output and standard error. */
class PactaCliTest {
    static final String WEB_AGREEMENT = sample("web-development.agreement.json");
    static final String WEB_TIMELINE = sample("web-development.timeline.json");

    @TempDir
    Path tmp;

    static String sample(String name) {
        return Golden.SAMPLES.resolve(name).toString();
    }

    // ------------------------------------------------------------------------------------------- the tool itself

    @Test
    void noCommand_usageError() {
        Cli.Result r = Cli.run();
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("pacta: missing command").contains("Try 'pacta --help'");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void help_listsCommandsAndExitCodes() {
        Cli.Result r = Cli.run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out())
                .contains("evaluate", "validate", "upcoming", "replay", "demo")
                .contains("Exit codes:")
                .contains("2   usage error");
    }

    @ParameterizedTest
    @ValueSource(strings = {"evaluate", "validate", "upcoming", "replay", "demo"})
    void everyCommand_hasHelp_withExitCodes(String command) {
        Cli.Result r = Cli.run(command, "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Usage: pacta " + command).contains("Exit codes:");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void unknownCommand_usageError() {
        Cli.Result r = Cli.run("evaluat");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("evaluat");
    }

    @Test
    void unknownOption_usageError_pointsToTheCommandsHelp() {
        Cli.Result r = Cli.run("evaluate", WEB_AGREEMENT, "--colour");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option: '--colour'").contains("Try 'pacta evaluate --help'");
        assertThat(r.out()).isEmpty();
    }

    // ------------------------------------------------------------------------------------------------ evaluate

    @Test
    void evaluate_text_isTheCaseStudysGoldenReport_exit1BecauseACheckInIsBreached() {
        Cli.Result r = Cli.run("evaluate", WEB_AGREEMENT, "--events", WEB_TIMELINE, "--as-of", "2026-04-03");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEqualTo(Golden.read(Golden.REPORTS.resolve("web-development.txt")));
        assertThat(r.err()).isEmpty();
    }

    @Test
    void evaluate_withoutAsOf_usesTodayFromTheClock() {
        Cli.Result today = Cli.run("evaluate", WEB_AGREEMENT, "-e", WEB_TIMELINE);
        Cli.Result explicit = Cli.run("evaluate", WEB_AGREEMENT, "-e", WEB_TIMELINE, "--as-of", "2026-04-03");
        assertThat(today.out()).isEqualTo(explicit.out());
        Clock later = Clock.fixed(Instant.parse("2026-04-20T10:00:00Z"), ZoneOffset.UTC);
        assertThat(Cli.run(later, "evaluate", WEB_AGREEMENT, "-e", WEB_TIMELINE).out())
                .contains("as of Mon 2026-04-20");
    }

    @Test
    void evaluate_asOfAnInstant_eventsAfterItAreInvisible() {
        Cli.Result r = Cli.run("evaluate", WEB_AGREEMENT, "-e", WEB_TIMELINE, "--as-of", "2026-03-12T08:00:00Z");
        assertThat(r.out()).contains("as of Thu 2026-03-12").contains("provide-content#1");
        // e7 (content delivered on 2026-03-12, the start of that day in Madrid) is visible; e8 is not.
        assertThat(r.out()).doesNotContain("e8 on");
    }

    @Test
    void evaluate_failOnNever_exit0_failOnOverdue_andACompliantCase_exit0() {
        assertThat(Cli.run("evaluate", WEB_AGREEMENT, "-e", WEB_TIMELINE, "--as-of", "2026-04-03", "--fail-on", "never")
                        .code())
                .isZero();
        assertThat(Cli.run(
                                "evaluate",
                                sample("software-prototype.agreement.json"),
                                "-e",
                                sample("software-prototype.timeline.json"),
                                "--as-of",
                                "2026-03-13",
                                "--fail-on",
                                "OVERDUE")
                        .code())
                .isZero();
    }

    @Test
    void evaluate_withoutEvents_nothingHappenedYet() {
        Cli.Result r = Cli.run("evaluate", WEB_AGREEMENT, "--as-of", "2026-03-03");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("provide-content#1  Mon 03-09  -          UPCOMING");
    }

    @Test
    void evaluate_html_toAFile_isWellFormed_oneTimelineRowPerObligation() throws Exception {
        Path out = tmp.resolve("report.html");
        Cli.Result r = Cli.run(
                "evaluate",
                WEB_AGREEMENT,
                "-e",
                WEB_TIMELINE,
                "--as-of",
                "2026-04-03",
                "--format",
                "html",
                "--out",
                out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        Document html = Xml.parse(Files.readString(out, StandardCharsets.UTF_8));
        assertThat(Xml.count(html, "//*[local-name()='g'][@class='row']")).isEqualTo(7);
        assertThat(Xml.count(html, "//*[local-name()='g'][@class='milestone']")).isEqualTo(1);
        assertThat(Xml.count(html, "//*[local-name()='g'][@class='as-of']")).isEqualTo(1);
        assertThat(Xml.text(html, "//*[local-name()='g'][@data-instance='weekly-check-in#3']/@data-state"))
                .isEqualTo("BREACHED");
    }

    @Test
    void evaluate_missingFile_usageError_namesTheFile() {
        Cli.Result r = Cli.run("evaluate", "nope.json", "--as-of", "2026-04-03");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("pacta: nope.json: no such file\n");
    }

    @Test
    void evaluate_invalidAgreement_exit1_everyProblemWithFileLineColumnAndPath() throws IOException {
        Path bad = tmp.resolve("bad.agreement.json");
        Files.writeString(
                bad,
                Golden.read(Path.of(WEB_AGREEMENT))
                        .replace("\"beneficiary\": \"studio\"", "\"beneficiary\": \"nobody\""));
        Cli.Result r = Cli.run("evaluate", bad.toString(), "-e", WEB_TIMELINE, "--as-of", "2026-04-03");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines())
                .hasSizeGreaterThan(1)
                .allSatisfy(line -> assertThat(line)
                        .matches(bad + ":\\d+:\\d+: \\$\\.obligations\\[\\d+\\]\\.beneficiary: .*'nobody'.*"));
    }

    @Test
    void evaluate_syntaxError_reportsLineAndColumn() throws IOException {
        Path bad = tmp.resolve("broken.json");
        Files.writeString(bad, "{\n  \"pacta\": \"agreement/1\",\n  \"id\": ,\n}\n");
        Cli.Result r = Cli.run("evaluate", bad.toString(), "--as-of", "2026-04-03");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith(bad + ":3:");
    }

    @Test
    void evaluate_timelineOfAnotherAgreement_exit1() {
        Cli.Result r = Cli.run(
                "evaluate", WEB_AGREEMENT, "-e", sample("wedding-planner.timeline.json"), "--as-of", "2026-04-03");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("the timeline is for agreement 'ana-luis-wedding', not 'bakery-web-2026'");
    }

    @Test
    void evaluate_badAsOf_usageError() {
        Cli.Result r = Cli.run("evaluate", WEB_AGREEMENT, "--as-of", "yesterday");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("as-of 'yesterday' is not valid");
    }

    @Test
    void evaluate_badFormat_usageError() {
        Cli.Result r = Cli.run("evaluate", WEB_AGREEMENT, "--format", "pdf");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--format").contains("pdf");
    }

    // ------------------------------------------------------------------------------------------------ validate

    @Test
    void validate_everySample_exit0_listsEachDocument() throws IOException {
        String[] files;
        try (var s = Files.list(Golden.SAMPLES)) {
            files = s.map(Path::toString).sorted().toArray(String[]::new);
        }
        String[] args = new String[files.length + 1];
        args[0] = "validate";
        System.arraycopy(files, 0, args, 1, files.length);
        Cli.Result r = Cli.run(args);
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out().lines()).hasSize(14);
        assertThat(r.out())
                .contains(WEB_AGREEMENT + ": valid agreement/1 'bakery-web-2026': 2 parties, 7 obligations, 1"
                        + " milestone" + System.lineSeparator())
                .contains(WEB_TIMELINE + ": valid timeline/1 for 'bakery-web-2026': 11 events");
    }

    @Test
    void validate_invalidDocument_exit1_everyProblem() throws IOException {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(
                bad,
                Golden.read(Path.of(WEB_AGREEMENT))
                        .replace("\"obligor\": \"bakery\"", "\"obligor\": \"ghost\"")
                        .replace("\"percentOfValue\": 50", "\"percentOfValue\": 40"));
        Cli.Result r = Cli.run("validate", bad.toString(), WEB_TIMELINE);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains(WEB_TIMELINE + ": valid timeline/1");
        assertThat(r.err())
                .contains("'ghost'")
                .contains("[SCHEDULE_NOT_100_PERCENT]")
                .contains(bad + ": invalid, ");
        long problems = r.err()
                .lines()
                .filter(l -> l.startsWith(bad + ":") && l.contains("$."))
                .count();
        assertThat(r.err()).contains(bad + ": invalid, " + problems + " problems");
        assertThat(problems).isGreaterThan(2);
    }

    @Test
    void validate_unknownMarker_exit1() throws IOException {
        Path bad = tmp.resolve("other.json");
        Files.writeString(bad, "{\"pacta\": \"invoice/7\"}");
        Cli.Result r = Cli.run("validate", bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith(bad + ":1:").contains("invoice/7");
    }

    @Test
    void validate_missingFile_exit2_othersStillChecked() {
        Cli.Result r = Cli.run("validate", "missing.json", WEB_AGREEMENT);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("pacta: missing.json: no such file");
        assertThat(r.out()).contains(WEB_AGREEMENT + ": valid agreement/1");
    }

    @Test
    void validate_noFile_usageError() {
        Cli.Result r = Cli.run("validate");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Missing required parameter");
    }

    // -------------------------------------------------------------------------------------------------- replay

    @Test
    void replay_webDevelopment_eventByEvent_isTheGoldenReplay() {
        Cli.Result r = Cli.run("replay", WEB_AGREEMENT, "-e", WEB_TIMELINE, "--as-of", "2026-04-03");
        assertThat(r.code()).as(r.err()).isZero();
        // The client's late content blocks the site, time alone breaches it, and its delivery moves the site's date.
        assertThat(r.out())
                .contains("""

                        by Wed 2026-03-11 00:00, time alone
                          provide-content#1: UPCOMING -> BREACHED
                        """)
                .contains("  build-site#1: UPCOMING -> BLOCKED (blockers)\n")
                .contains("""
                        Thu 2026-03-12 00:00  e7 content.delivered by bakery
                          provide-content#1: BREACHED -> FULFILLED_LATE (fulfilment)
                              due Mon 2026-03-09: fixed date; content.delivered by e7 on Thu 2026-03-12, 3 days late
                          build-site#1: BLOCKED -> UPCOMING (due, blockers)
                        """);
        Golden.assertMatches(Golden.REPORTS.resolve("web-development.replay.txt"), r.out());
    }

    @Test
    void replay_eventsAfterAsOfAreNotReplayed() {
        Cli.Result all = Cli.run("replay", WEB_AGREEMENT, "-e", WEB_TIMELINE, "--as-of", "2026-04-03");
        Cli.Result early = Cli.run("replay", WEB_AGREEMENT, "-e", WEB_TIMELINE, "--as-of", "2026-03-05");
        assertThat(early.code()).isZero();
        assertThat(early.out())
                .startsWith("Replaying 'bakery-web-2026' (Europe/Madrid) through Thu 2026-03-05 23:59\n")
                .endsWith("\n3 events replayed\n")
                .doesNotContain("e4 mockup.approved");
        assertThat(all.out()).contains("e4 mockup.approved");
    }

    @Test
    void replay_withoutEvents_onlyTimePasses() {
        Cli.Result r = Cli.run("replay", WEB_AGREEMENT, "--as-of", "2026-03-11");
        assertThat(r.code()).isZero();
        assertThat(r.out())
                .contains("\nby Wed 2026-03-11 23:59, time alone\n  provide-content#1: new -> BREACHED\n")
                .endsWith("\n0 events replayed\n");
    }

    @Test
    void replay_anAgreementThatCannotBeEvaluated_exit1_namesTheFile() throws IOException {
        Path agreement = tmp.resolve("lunar.agreement.json");
        Files.writeString(
                agreement,
                Golden.read(Path.of(WEB_AGREEMENT))
                        .replace(
                                "\"zone\": \"Europe/Madrid\",",
                                "\"zone\": \"Europe/Madrid\", \"calendar\": \"LUNAR\","));
        Cli.Result r = Cli.run("replay", agreement.toString(), "-e", WEB_TIMELINE, "--as-of", "2026-04-03");
        assertThat(r.code()).as(r.out()).isEqualTo(1);
        assertThat(r.err()).startsWith("pacta: " + agreement + ": cannot evaluate: ");
    }

    // ------------------------------------------------------------------------------------------------ upcoming

    @Test
    void upcoming_perPartySoonestFirst_lateOnesIncluded() {
        Cli.Result r = Cli.run(
                "upcoming",
                sample("wedding-planner.agreement.json"),
                "--events",
                sample("wedding-planner.timeline.json"),
                "--as-of",
                "2026-05-07");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("""
                        Ana & Luis wedding, 2026-09-12 (ana-luis-wedding)
                        as of Thu 2026-05-07, Europe/Madrid

                        What each party must do next (due within 14 days, and anything late)
                          couple
                            Thu 04-30  guest-list#1  Give the final guest list (7 days late, still owed)
                          planner
                            Fri 05-15  invitations#1  Print and send the invitations (blocked by guest-list#1)
                        """);
    }

    @Test
    void upcoming_within_widensTheHorizon() {
        String[] base = {"upcoming", WEB_AGREEMENT, "-e", WEB_TIMELINE, "--as-of", "2026-04-03"};
        assertThat(Cli.run(base).out()).contains("  nothing");
        Cli.Result wide = Cli.run(concat(base, "--within", "4w"));
        assertThat(wide.code()).isZero();
        assertThat(wide.out())
                .contains("(due within 28 days")
                .contains("Mon 04-27  balance#1  Pay the balance on launch (due in 24 days; EUR 4,000.00"
                        + " outstanding)");
    }

    @Test
    void within_oneDay_isSingular_inTheTextAndHtmlReports() {
        String[] base = {"upcoming", WEB_AGREEMENT, "-e", WEB_TIMELINE, "--as-of", "2026-04-03", "--within", "1d"};
        assertThat(Cli.run(base).out()).contains("(due within 1 day, and anything late)");
        Cli.Result html = Cli.run(
                "evaluate",
                WEB_AGREEMENT,
                "-e",
                WEB_TIMELINE,
                "--as-of",
                "2026-04-03",
                "--within",
                "1d",
                "--format",
                "html");
        assertThat(html.out()).contains("due within 1 day, and anything late").doesNotContain("1 days");
    }

    @Test
    void upcoming_soonestFirstAcrossInstances() {
        Cli.Result r = Cli.run(
                "upcoming",
                sample("it-consulting.agreement.json"),
                "-e",
                sample("it-consulting.timeline.json"),
                "--as-of",
                "2026-10-23");
        assertThat(r.out().indexOf("decide#1")).isLessThan(r.out().indexOf("fee#1"));
    }

    @Test
    void upcoming_badWithin_usageError() {
        Cli.Result r = Cli.run("upcoming", WEB_AGREEMENT, "--within", "3 months");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("'3 months' is not a horizon");
    }

    // ---------------------------------------------------------------------------------------------------- demo

    @Test
    void demo_printsTheWebDevelopmentReport_exit0() {
        Cli.Result r = Cli.run("demo");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo(Golden.read(Golden.REPORTS.resolve("web-development.txt")));
        assertThat(r.out()).contains("launch: REACHED_LATE, 4 business days late: 3 bakery, 1 studio");
    }

    @Test
    void demo_namedCase_andList() {
        assertThat(Cli.run("demo", "late-paying-client").out())
                .isEqualTo(Golden.read(Golden.REPORTS.resolve("late-paying-client.txt")));
        Cli.Result list = Cli.run("demo", "--list");
        assertThat(list.out().lines())
                .hasSize(7)
                .allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
    }

    @Test
    void demo_html_isWellFormed() throws Exception {
        Cli.Result r = Cli.run("demo", "wedding-planner", "--format", "html");
        assertThat(r.code()).isZero();
        Document html = Xml.parse(r.out());
        assertThat(Xml.count(html, "//*[local-name()='g'][@class='row']")).isEqualTo(7);
    }

    @Test
    void demo_unknownCase_usageError() {
        Cli.Result r = Cli.run("demo", "bakery");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown case study 'bakery'").contains("web-development");
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
