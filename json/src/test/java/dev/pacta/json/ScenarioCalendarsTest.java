package dev.pacta.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.report.InstanceReport;
import dev.pacta.core.scenario.NamedTest;
import dev.pacta.core.scenario.Scenario;
import dev.pacta.core.scenario.ScenarioResult;
import dev.pacta.core.template.AgreementTemplate;
import dev.pacta.core.template.ParameterType;
import dev.pacta.core.template.ParameterValue;
import dev.pacta.core.time.CalendarId;
import dev.pacta.core.time.CalendarSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calendars wherever an agreement is evaluated (issue 18, §1.2): a scenario's {@code calendars} field, and a template
 * parameter that chooses the agreement's calendar. The worked case: two business days to approve a mock-up submitted
 * on Wed 2026-04-01, with Fri 04-03 (Good Friday) a holiday of the studio's calendar, are due Mon 04-06, not Fri 04-03.
 */
class ScenarioCalendarsTest {
    static final ComplianceEngine ENGINE = ComplianceEngine.builder().build();

    static final String STUDIO = """
            {
              "pacta": "calendar/1",
              "id": "studio",
              "coveredRange": {"from": "2026-01-01", "through": "2026-12-31"},
              "holidays": [{"date": "2026-04-03", "name": "Good Friday"}]
            }
            """;

    /** The agreement, its calendar given by CALENDAR. */
    static final String AGREEMENT = """
            {
                "id": "web",
                "title": "Website",
                "zone": "Europe/Madrid",
                "calendar": CALENDAR,
                "effectiveDate": "2026-03-02",
                "parties": [
                  {"id": "client", "name": "Client", "role": "CLIENT"},
                  {"id": "studio", "name": "Studio", "role": "PROVIDER"}
                ],
                "obligations": [
                  {
                    "id": "approve",
                    "title": "Approve the mock-up",
                    "category": "APPROVAL",
                    "obligor": "client",
                    "beneficiary": "studio",
                    "trigger": {"kind": "ON_EVENT", "event": "mockup.submitted"},
                    "deadline": {"businessDays": 2},
                    "fulfilledBy": ["mockup.approved"]
                  }
                ]
              }""";

    static final String EVENTS_AND_CHECKS = """
              "events": [
                {"id": "e1", "at": "2026-04-01", "kind": "mockup.submitted", "actor": "studio"},
                {"id": "e2", "at": "2026-04-06", "kind": "mockup.approved", "actor": "client"}
              ],
              "checks": [
                {"asOf": "2026-04-07", "instances": {"approve#1": {"state": "FULFILLED", "dueDate": "2026-04-06"}}}
              ]
            }
            """;

    /** A scenario with its agreement inline, on the calendar {@code studio}, naming the given calendar files. */
    static String scenario(String calendars) {
        return "{\n  \"pacta\": \"scenario/1\",\n  \"name\": \"approved on the second business day\",\n"
                + (calendars == null ? "" : "  \"calendars\": " + calendars + ",\n")
                + "  \"agreement\": " + AGREEMENT.replace("CALENDAR", "\"studio\"") + ",\n" + EVENTS_AND_CHECKS;
    }

    static final String TEMPLATE = """
            {
              "pacta": "template/1",
              "id": "web",
              "title": "Website",
              "parameters": [{"name": "calendar", "type": "CALENDAR", "default": "WEEKENDS"}],
              "agreement": AGREEMENT
            }
            """.replace("AGREEMENT", AGREEMENT.replace("CALENDAR", "\"${calendar}\""));

    static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    static ScenarioResult run(Path file) throws IOException {
        return PactaJson.SCENARIO.read(file).run(ENGINE);
    }

    @Test
    void scenarioCalendars_holdTheHoliday_soTheApprovalIsOnTime(@TempDir Path dir) throws IOException {
        write(dir.resolve("calendars/studio.calendar.json"), STUDIO);
        Path file = write(dir.resolve("web.scenario.json"), scenario("[\"calendars/studio.calendar.json\"]"));
        Scenario s = PactaJson.SCENARIO.read(file);
        assertThat(s.calendars()).containsOnlyKeys(CalendarId.of("studio"));
        assertThat(s.calendars().get(CalendarId.of("studio")).holidayName(LocalDate.of(2026, 4, 3)))
                .hasValue("Good Friday");
        assertThat(s.calendarFiles()).containsExactly("calendars/studio.calendar.json");
        ScenarioResult result = s.run(ENGINE);
        assertThat(result.passed()).as(result.toString()).isTrue();
        // The same run through the folder's tests, as `pacta check` and PactaTests read them.
        List<NamedTest> tests = PactaJson.SCENARIO.tests(dir, ENGINE);
        assertThat(tests).hasSize(1);
        tests.get(0).test().run();
    }

    @Test
    void withoutTheHoliday_theSameApprovalIsLate(@TempDir Path dir) throws IOException {
        write(dir.resolve("studio.calendar.json"), STUDIO.replace("2026-04-03", "2026-08-10"));
        ScenarioResult late = run(write(dir.resolve("a.scenario.json"), scenario("[\"studio.calendar.json\"]")));
        assertThat(late.passed()).isFalse();
        assertThat(late.toString()).contains("FULFILLED_LATE").contains("2026-04-03");
        // With no calendars of its own the scenario uses the engine's, which do not know 'studio'.
        ScenarioResult unknown = run(write(dir.resolve("b.scenario.json"), scenario(null)));
        assertThat(unknown.passed()).isFalse();
        assertThat(unknown.toString()).contains("unknown calendar id 'studio'");
        // The engine's calendars still serve a scenario with calendars of its own.
        ComplianceEngine withStudio = ENGINE.withCalendars(
                CalendarSource.of(Map.of(CalendarId.of("studio"), PactaJson.CALENDAR.read(STUDIO))));
        assertThat(PactaJson.SCENARIO
                        .read(dir.resolve("b.scenario.json"))
                        .run(withStudio)
                        .passed())
                .isTrue();
    }

    @Test
    void calendarReferences_problemsAtTheirPlace(@TempDir Path dir) throws IOException {
        Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
        write(dir.resolve("outside.calendar.json"), STUDIO);
        write(scenarios.resolve("studio.calendar.json"), STUDIO);
        String text = scenario("[\"missing.calendar.json\", \"../outside.calendar.json\", \"/etc/x.calendar.json\","
                + " \"web.scenario.json\", \"studio.calendar.json\"]");
        Path file = write(scenarios.resolve("web.scenario.json"), text);
        PactaJsonException e = catchThrowableOfType(PactaJsonException.class, () -> PactaJson.SCENARIO.read(file));
        assertThat(e.problems())
                .extracting(JsonProblem::code, JsonProblem::path, JsonProblem::line, JsonProblem::column)
                .containsExactly(
                        tuple("CALENDAR_NOT_FOUND", "$.calendars[0]", 4, 17),
                        tuple("CALENDAR_OUTSIDE_ROOT", "$.calendars[1]", 4, 42),
                        tuple("CALENDAR_OUTSIDE_ROOT", "$.calendars[2]", 4, 70),
                        tuple("NOT_A_CALENDAR", "$.calendars[3]", 4, 94));
        assertThat(e.getMessage())
                .contains("calendar file 'missing.calendar.json' does not exist")
                .contains("calendar file '../outside.calendar.json' leads outside the folder")
                .contains("is not a calendar/1 document (its content is not shown)")
                .doesNotContain("mockup.submitted");
        // A wider root reaches the calendar beside the scenarios' folder.
        Path wide = write(scenarios.resolve("wide.scenario.json"), scenario("[\"../outside.calendar.json\"]"));
        assertThat(PactaJson.SCENARIO.read(wide, dir).run(ENGINE).passed()).isTrue();
        // Read from text, there is no folder to find calendar files in.
        PactaJsonException fromText = catchThrowableOfType(
                PactaJsonException.class, () -> PactaJson.SCENARIO.read(scenario("[\"studio.calendar.json\"]")));
        assertThat(List.of(fromText.code(), fromText.path(), fromText.line(), fromText.column()))
                .containsExactly("NO_CALENDAR_FOLDER", "$.calendars[0]", 4, 17);
        // Not an array of strings.
        PactaJsonException wrong = catchThrowableOfType(
                PactaJsonException.class, () -> PactaJson.SCENARIO.read(scenario("[3]"), scenarios));
        assertThat(List.of(wrong.code(), wrong.path())).containsExactly("WRONG_TYPE", "$.calendars[0]");
    }

    @Test
    void aBrokenCalendarFile_isReportedInThatFile(@TempDir Path dir) throws IOException {
        Path calendar = write(dir.resolve("studio.calendar.json"), STUDIO.replace("\"2026-04-03\"", "\"2026-04-31\""));
        Path file = write(dir.resolve("web.scenario.json"), scenario("[\"studio.calendar.json\"]"));
        PactaJsonException e = catchThrowableOfType(PactaJsonException.class, () -> PactaJson.SCENARIO.read(file));
        assertThat(e.source()).hasValue(calendar.toString());
        assertThat(e.line()).isEqualTo(5);
    }

    @Test
    void writeScenario_namesTheCalendarFilesAgain(@TempDir Path dir) throws IOException {
        write(dir.resolve("calendars/studio.calendar.json"), STUDIO);
        Path file = write(dir.resolve("web.scenario.json"), scenario("[\"calendars/studio.calendar.json\"]"));
        Scenario s = PactaJson.SCENARIO.read(file);
        String written = PactaJson.SCENARIO.write(s);
        assertThat(written).contains("\"calendars\": [\n    \"calendars/studio.calendar.json\"\n  ],");
        assertThat(PactaJson.SCENARIO.read(written, dir)).isEqualTo(s);
        Scenario inJava = Scenario.builder().from(s).calendarFiles(List.of()).build();
        assertThatThrownBy(() -> PactaJson.SCENARIO.write(inJava))
                .isInstanceOf(PactaJsonException.class)
                .hasMessageContaining("$.calendars")
                .hasMessageContaining("not read from files");
    }

    @Test
    void templateCalendarParameter_movesTheDeadline() {
        AgreementTemplate template = PactaJson.TEMPLATE.read(TEMPLATE);
        assertThat(template.parameter("calendar").orElseThrow().type()).isEqualTo(ParameterType.CALENDAR);
        ComplianceEngine engine = ENGINE.withCalendars(
                CalendarSource.of(Map.of(CalendarId.of("studio"), PactaJson.CALENDAR.read(STUDIO))));
        Timeline timeline = Timeline.of(List.of(
                Event.of("e1", LocalDate.of(2026, 4, 1), "mockup.submitted", "studio"),
                Event.of("e2", LocalDate.of(2026, 4, 6), "mockup.approved", "client")));

        Agreement weekends = template.instantiate(Map.of()).agreement().orElseThrow();
        assertThat(weekends.calendar()).isEqualTo(CalendarId.WEEKENDS);
        assertThat(approval(engine, weekends, timeline).dueDate()).hasValue(LocalDate.of(2026, 4, 3));

        Agreement studio = template.instantiate(Map.of("calendar", CalendarId.of("studio")))
                .agreement()
                .orElseThrow();
        assertThat(studio.calendar()).isEqualTo(CalendarId.of("studio"));
        assertThat(approval(engine, studio, timeline).dueDate()).hasValue(LocalDate.of(2026, 4, 6));
        assertThat(template.instantiate(Map.of("calendar", ParameterValue.parse(ParameterType.CALENDAR, "studio")))
                        .agreement())
                .hasValue(studio);

        // An id the engine does not know fails as the agreement's own unknown calendar does.
        Agreement nowhere = template.instantiate(Map.of("calendar", CalendarId.of("nowhere")))
                .agreement()
                .orElseThrow();
        assertThatThrownBy(() -> engine.evaluate(nowhere, timeline, LocalDate.of(2026, 4, 7)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown calendar id 'nowhere'");
        // Text is not a calendar id: the template says what it expects.
        assertThat(template.instantiate(Map.of("calendar", "studio")).problems())
                .extracting(p -> p.code())
                .containsExactly(AgreementTemplate.WRONG_TYPE);
        // The template writes back as it reads.
        assertThat(PactaJson.TEMPLATE.read(PactaJson.TEMPLATE.write(template))).isEqualTo(template);
    }

    private static InstanceReport approval(ComplianceEngine engine, Agreement agreement, Timeline timeline) {
        return engine.evaluate(agreement, timeline, LocalDate.of(2026, 4, 7)).instances().stream()
                .filter(i -> i.id().toString().equals("approve#1"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void scenarioOfTheTemplate_choosesTheCalendarAndNamesItsFile(@TempDir Path dir) throws IOException {
        write(dir.resolve("templates/web.template.json"), TEMPLATE);
        write(dir.resolve("scenarios/studio.calendar.json"), STUDIO);
        String scenario = """
                {
                  "pacta": "scenario/1",
                  "name": "approved on the second business day",
                  "template": "../templates/web.template.json",
                  "parameters": {"calendar": "PARAM"},
                  "calendars": ["studio.calendar.json"],
                """ + EVENTS_AND_CHECKS;
        Path on = write(dir.resolve("scenarios/on.scenario.json"), scenario.replace("PARAM", "studio"));
        ScenarioResult passed = PactaJson.SCENARIO.read(on, dir).run(ENGINE);
        assertThat(passed.passed()).as(passed.toString()).isTrue();
        assertThat(PactaJson.SCENARIO.write(PactaJson.SCENARIO.read(on, dir))).contains("\"calendar\": \"studio\"");
        // The default WEEKENDS: due Fri 04-03, approved late.
        Path weekends = write(dir.resolve("scenarios/weekends.scenario.json"), scenario.replace("PARAM", "WEEKENDS"));
        assertThat(PactaJson.SCENARIO.read(weekends, dir).run(ENGINE).passed()).isFalse();
        // An id no calendar has: the run reports the unknown calendar.
        Path nowhere = write(dir.resolve("scenarios/nowhere.scenario.json"), scenario.replace("PARAM", "nowhere"));
        assertThat(PactaJson.SCENARIO.read(nowhere, dir).run(ENGINE).toString())
                .contains("unknown calendar id 'nowhere'");
        // A value that is not an id is a problem at its place.
        Path bad = write(dir.resolve("scenarios/bad.scenario.json"), scenario.replace("PARAM", "not an id"));
        PactaJsonException e = catchThrowableOfType(PactaJsonException.class, () -> PactaJson.SCENARIO.read(bad, dir));
        assertThat(List.of(e.code(), e.path(), e.line())).containsExactly("INVALID_VALUE", "$.parameters.calendar", 5);
    }

    @Test
    void calendarPlaceholder_onlyWhereTheAgreementNamesItsCalendar() {
        PactaJsonException inTitle = catchThrowableOfType(
                PactaJsonException.class,
                () -> PactaJson.TEMPLATE.read(
                        TEMPLATE.replace("\"title\": \"Approve the mock-up\"", "\"title\": \"Approve ${calendar}\"")));
        assertThat(inTitle.code()).isEqualTo("PLACEHOLDER_WRONG_TYPE");
        PactaJsonException dateThere = catchThrowableOfType(
                PactaJsonException.class,
                () -> PactaJson.TEMPLATE.read(
                        TEMPLATE.replace("\"type\": \"CALENDAR\", \"default\": \"WEEKENDS\"", "\"type\": \"DATE\"")));
        assertThat(List.of(dateThere.code(), dateThere.path()))
                .containsExactly("PLACEHOLDER_WRONG_TYPE", "$.agreement.calendar");
    }
}
