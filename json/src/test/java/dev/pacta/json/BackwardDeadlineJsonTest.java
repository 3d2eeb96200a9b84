package dev.pacta.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.DeadlineRule;
import dev.pacta.core.model.MilestoneId;
import dev.pacta.core.time.BusinessDayConvention;
import dev.pacta.core.time.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Deadlines before a date in JSON (issue 18, section 2): {@code direction}, {@code from} and {@code milestone}, read,
 * written, checked by the schema, rejected with a path; and the span bounds of the docs are the code's (defect 2).
 */
class BackwardDeadlineJsonTest {
    static final ObjectMapper MAPPER =
            JsonMapper.builder().addModule(new PactaModule()).build();

    static final String AGREEMENT = """
            {
              "pacta": "agreement/1",
              "id": "launch-2024",
              "title": "Launch",
              "zone": "Europe/Madrid",
              "effectiveDate": "2024-11-04",
              "endDate": "2024-12-31",
              "parties": [
                {"id": "c", "name": "C", "role": "CLIENT"},
                {"id": "p", "name": "P", "role": "PROVIDER"}
              ],
              "obligations": [
                {
                  "id": "content",
                  "title": "Final content",
                  "category": "RESOURCES",
                  "obligor": "c",
                  "beneficiary": "p",
                  "trigger": {"kind": "ON_EFFECTIVE_DATE"},
                  "deadline": DEADLINE,
                  "fulfilledBy": ["content.delivered"]
                }
              ],
              "milestones": [
                {"id": "launch", "title": "Launch", "target": "2024-12-31"}
              ]
            }
            """;

    static String agreement(String deadline) {
        return AGREEMENT.replace("DEADLINE", deadline);
    }

    static DeadlineRule read(String json) throws IOException {
        return MAPPER.readValue(json, DeadlineRule.class);
    }

    static String write(DeadlineRule rule) throws IOException {
        return MAPPER.writeValueAsString(rule);
    }

    @Test
    void read_beforeTheEndDate_precedingByDefault() throws IOException {
        DeadlineRule rule = read("{\"days\": 30, \"direction\": \"BEFORE\", \"from\": \"END_DATE\"}");
        assertThat(rule).isEqualTo(DeadlineRule.beforeEndDate(Span.ofCalendarDays(30)));
        assertThat(rule.convention()).isEqualTo(BusinessDayConvention.PRECEDING);
    }

    @Test
    void read_beforeAMilestone() throws IOException {
        assertThat(read("{\"businessDays\": 10, \"direction\": \"BEFORE\", \"from\": \"MILESTONE_TARGET\","
                        + " \"milestone\": \"launch\"}"))
                .isEqualTo(DeadlineRule.beforeMilestone(Span.ofBusinessDays(10), MilestoneId.of("launch")));
    }

    @Test
    void write_onlyWhatDiffersFromTheDefaults() throws IOException {
        assertThat(write(DeadlineRule.beforeEndDate(Span.ofCalendarDays(30))))
                .isEqualTo("{\"days\":30,\"direction\":\"BEFORE\",\"from\":\"END_DATE\"}");
        assertThat(write(DeadlineRule.beforeMilestone(Span.ofWeeks(2), MilestoneId.of("launch"))))
                .isEqualTo(
                        "{\"weeks\":2,\"direction\":\"BEFORE\",\"from\":\"MILESTONE_TARGET\",\"milestone\":\"launch\"}");
        // FOLLOWING is not the default before a date: it is written, and read back.
        DeadlineRule following = DeadlineRule.Before.builder()
                .from(DeadlineRule.beforeEndDate(Span.ofMonths(1)))
                .convention(BusinessDayConvention.FOLLOWING)
                .build();
        assertThat(write(following))
                .isEqualTo(
                        "{\"months\":1,\"direction\":\"BEFORE\",\"from\":\"END_DATE\",\"convention\":\"FOLLOWING\"}");
        assertThat(read(write(following))).isEqualTo(following);
        DeadlineRule afterEnd = DeadlineRule.Within.builder()
                .offset(Span.ofBusinessDays(2))
                .reference(DeadlineRule.Reference.END_DATE)
                .build();
        assertThat(write(afterEnd)).isEqualTo("{\"businessDays\":2,\"from\":\"END_DATE\"}");
        assertThat(read(write(afterEnd))).isEqualTo(afterEnd);
        // The plain forms are unchanged.
        assertThat(write(DeadlineRule.ofCalendarDays(30))).isEqualTo("{\"days\":30}");
    }

    @Test
    void agreement_roundTripsByteForByte() {
        String json = agreement("{\"businessDays\": 10, \"direction\": \"BEFORE\", \"from\": \"MILESTONE_TARGET\","
                + " \"milestone\": \"launch\"}");
        Agreement a = PactaJson.AGREEMENT.read(json);
        String written = PactaJson.AGREEMENT.write(a);
        assertThat(written)
                .contains(String.join(
                        "\n",
                        "      \"deadline\": {",
                        "        \"businessDays\": 10,",
                        "        \"direction\": \"BEFORE\",",
                        "        \"from\": \"MILESTONE_TARGET\",",
                        "        \"milestone\": \"launch\"",
                        "      },"));
        assertThat(PactaJson.AGREEMENT.read(written)).isEqualTo(a);
        assertThat(PactaJson.AGREEMENT.write(PactaJson.AGREEMENT.read(written))).isEqualTo(written);
    }

    static PactaJsonException error(String deadline) {
        return catchThrowableOfType(PactaJsonException.class, () -> PactaJson.AGREEMENT.read(agreement(deadline)));
    }

    @Test
    void reader_directionOnHours_unexpectedProperty() {
        PactaJsonException e = error("{\"hours\": 24, \"direction\": \"BEFORE\"}");
        assertThat(List.of(e.code(), e.path()))
                .containsExactly("UNEXPECTED_PROPERTY", "$.obligations[0].deadline.direction");
        assertThat(error("{\"date\": \"2024-12-01\", \"from\": \"END_DATE\"}").code())
                .isEqualTo("UNEXPECTED_PROPERTY");
    }

    @Test
    void reader_milestoneTargetWithoutMilestone_missingProperty() {
        PactaJsonException e = error("{\"days\": 3, \"direction\": \"BEFORE\", \"from\": \"MILESTONE_TARGET\"}");
        assertThat(List.of(e.code(), e.path()))
                .containsExactly("MISSING_PROPERTY", "$.obligations[0].deadline.milestone");
        PactaJsonException stray = error("{\"days\": 3, \"from\": \"END_DATE\", \"milestone\": \"launch\"}");
        assertThat(List.of(stray.code(), stray.path()))
                .containsExactly("UNEXPECTED_PROPERTY", "$.obligations[0].deadline.milestone");
    }

    @Test
    void reader_unknownDirection_invalidValue() {
        PactaJsonException e = error("{\"days\": 3, \"direction\": \"SOONER\"}");
        assertThat(e.path()).isEqualTo("$.obligations[0].deadline.direction");
        assertThat(e.getMessage()).contains("AFTER, BEFORE");
    }

    @Test
    void validation_unknownMilestoneAndBeforeTheOwnTrigger_reportedWithPaths() {
        PactaJsonException e = error("{\"days\": 3, \"direction\": \"BEFORE\", \"from\": \"MILESTONE_TARGET\","
                + " \"milestone\": \"golive\"}");
        assertThat(List.of(e.code(), e.path()))
                .containsExactly("UNKNOWN_MILESTONE", "$.obligations[0].deadline.milestone");
        PactaJsonException own = error("{\"days\": 3, \"direction\": \"BEFORE\"}");
        assertThat(List.of(own.code(), own.path()))
                .containsExactly("DEADLINE_BEFORE_TRIGGER", "$.obligations[0].deadline.direction");
        PactaJsonException noEnd = catchThrowableOfType(
                PactaJsonException.class,
                () -> PactaJson.AGREEMENT.read(
                        agreement("{\"days\": 30, \"direction\": \"BEFORE\", \"from\":" + " \"END_DATE\"}")
                                .replace("\"endDate\": \"2024-12-31\",", "")));
        assertThat(List.of(noEnd.code(), noEnd.path()))
                .containsExactly("MISSING_END_DATE", "$.obligations[0].deadline.from");
    }

    @Test
    void schema_acceptsTheNewFormsAndRejectsWhatTheReaderRejects() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaIdResolvers(r ->
                        r.mapPrefix("https://pacta-dev.github.io/pacta/schema/", "classpath:dev/pacta/json/schema/")));
        Schema schema = registry.getSchema(
                SchemaLocation.of("https://pacta-dev.github.io/pacta/schema/agreement-1.schema.json"));
        for (String ok : List.of(
                "{\"days\": 30, \"direction\": \"BEFORE\", \"from\": \"END_DATE\"}",
                "{\"businessDays\": 10, \"direction\": \"BEFORE\", \"from\": \"MILESTONE_TARGET\", \"milestone\":"
                        + " \"launch\"}",
                "{\"businessDays\": 2610}",
                "{\"weeks\": 522, \"convention\": \"NONE\"}")) {
            assertThat(schema.validate(agreement(ok), InputFormat.JSON)).as(ok).isEmpty();
        }
        for (String bad : List.of(
                "{\"days\": 30, \"direction\": \"LATER\"}",
                "{\"days\": 3, \"from\": \"MILESTONE_TARGET\"}",
                "{\"days\": 3, \"milestone\": \"launch\"}",
                "{\"hours\": 3, \"direction\": \"BEFORE\"}",
                "{\"businessDays\": 2611}",
                "{\"weeks\": 523}")) {
            assertThat(schema.validate(agreement(bad), InputFormat.JSON))
                    .as(bad)
                    .isNotEmpty();
        }
    }

    @Test
    void docs_spanBoundsAreTheCodes() throws IOException {
        // docs/json-format.md states each unit's range once, in its span table; it must be Span.Unit.maxAmount().
        String docs = Files.readString(Path.of("..", "docs", "json-format.md"));
        for (Span.Unit unit : Span.Unit.values()) {
            String property = dev.pacta.json.internal.SpanUnits.name(unit);
            Matcher m = Pattern.compile("\\| `" + property + "` \\| [^|]+ \\| 0 to (\\d+) \\|")
                    .matcher(docs);
            assertThat(m.find()).as("a row for %s in the span table", property).isTrue();
            assertThat(Long.parseLong(m.group(1))).as(property).isEqualTo(unit.maxAmount());
            assertThat(dev.pacta.json.internal.SpanUnits.max(unit)).isEqualTo(unit.maxAmount());
        }
    }
}
