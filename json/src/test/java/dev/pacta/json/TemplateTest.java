package dev.pacta.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import dev.pacta.core.Problem;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.DeadlineRule;
import dev.pacta.core.money.Money;
import dev.pacta.core.template.AgreementTemplate;
import dev.pacta.core.template.Parameter;
import dev.pacta.core.template.ParameterType;
import dev.pacta.core.template.ParameterValue;
import dev.pacta.core.template.TemplateResult;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code template/1} format by example: placeholders substituted, and every placeholder problem located. */
class TemplateTest {
    static final String TEMPLATE_FILE = "golden/templates/web-development.template.json";
    static final String TEMPLATE = Golden.text(TEMPLATE_FILE);

    /** The template's agreement with the values substituted by hand, as a plain agreement document. */
    static String byHand(Map<String, String> values) {
        String body = TEMPLATE.substring(TEMPLATE.indexOf("\"agreement\": {") + "\"agreement\": ".length());
        body = body.substring(0, body.lastIndexOf('}')).trim().replace("$${", "\u0000");
        for (Map.Entry<String, String> e : values.entrySet()) {
            body = body.replace("\"${" + e.getKey() + "}\"", e.getValue())
                    .replace("${" + e.getKey() + "}", e.getValue().replace("\"", ""));
        }
        return "{\"pacta\": \"agreement/1\"," + body.substring(1).replace("\u0000", "${");
    }

    static final Map<String, String> DEFAULTS = Map.of(
            "clientName", "\"Acme Bakery S.L.\"",
            "projectTitle", "\"Website redesign\"",
            "startDate", "\"2026-03-02\"",
            "launchDate", "\"2026-06-30\"",
            "price", "\"EUR 12000.00\"",
            "depositPercent", "50",
            "balancePercent", "50",
            "contentDays", "14",
            "approvalDays", "2",
            "lateFee", "\"EUR 150.00\"");

    @Test
    void read_declaresTheParameters() {
        AgreementTemplate template = PactaJson.TEMPLATE.read(TEMPLATE);
        assertThat(template.id().value()).isEqualTo("web-development");
        assertThat(template.parameters())
                .extracting(Parameter::name, Parameter::type)
                .startsWith(tuple("clientName", ParameterType.PARTY_NAME), tuple("projectTitle", ParameterType.TEXT));
        assertThat(template.parameter("approvalDays").orElseThrow())
                .isEqualTo(Parameter.builder()
                        .name("approvalDays")
                        .type(ParameterType.BUSINESS_DAYS)
                        .defaultValue(ParameterValue.ofBusinessDays(2))
                        .min(ParameterValue.ofBusinessDays(1))
                        .max(ParameterValue.ofBusinessDays(10))
                        .description("business days the client has to approve or reject each mock-up")
                        .build());
    }

    @Test
    void instantiate_substitutesEveryPlaceholder() {
        AgreementTemplate template = PactaJson.TEMPLATE.read(TEMPLATE);
        Agreement agreement = template.instantiateOrThrow(Map.of("clientName", "Acme Bakery S.L."));
        assertThat(agreement).isEqualTo(PactaJson.AGREEMENT.read(byHand(DEFAULTS)));
        assertThat(agreement.title()).isEqualTo("Website redesign for Acme Bakery S.L.");
        assertThat(agreement.metadata().get("pricing"))
                .isEqualTo("Prices are net; write ${price} in invoices, never a gross amount");
    }

    @Test
    void instantiate_withValues() {
        AgreementTemplate template = PactaJson.TEMPLATE.read(TEMPLATE);
        Agreement agreement = template.instantiateOrThrow(Map.of(
                "clientName",
                "Bäckerei Müller \"Zum Brot\"",
                "approvalDays",
                5,
                "depositPercent",
                new BigDecimal("30.5"),
                "balancePercent",
                new BigDecimal("69.5"),
                "price",
                Money.of("8000.00", "EUR"),
                "launchDate",
                LocalDate.of(2026, 7, 15)));
        Map<String, String> values = new java.util.HashMap<>(DEFAULTS);
        values.put("clientName", "\"Bäckerei Müller \\\"Zum Brot\\\"\"");
        values.put("approvalDays", "5");
        values.put("depositPercent", "30.5");
        values.put("balancePercent", "69.5");
        values.put("price", "\"EUR 8000.00\"");
        values.put("launchDate", "\"2026-07-15\"");
        assertThat(agreement.parties().get(0).name()).isEqualTo("Bäckerei Müller \"Zum Brot\"");
        assertThat(((DeadlineRule.Offset) agreement.obligations().get(3).deadline())
                        .offset()
                        .amount())
                .isEqualTo(5);
        assertThat(agreement.obligations().get(0).percentOfValue()).contains(new BigDecimal("30.5"));
    }

    @Test
    void instantiate_domainProblems_keepTheTemplatesPathsAndPlaces() {
        AgreementTemplate template = PactaJson.TEMPLATE.read(TEMPLATE);
        TemplateResult result = template.instantiate(
                Map.of("clientName", "Acme", "depositPercent", 40, "startDate", LocalDate.of(2026, 7, 1)));
        assertThat(result.problems())
                .extracting(Problem::code, Problem::path)
                .containsExactly(
                        tuple("DEADLINE_OUTSIDE_TERM", "$.agreement.obligations[4].deadline.date"),
                        tuple("TARGET_BEFORE_START", "$.agreement.milestones[0].target"),
                        tuple("SCHEDULE_NOT_100_PERCENT", "$.agreement.obligations"));
        assertThat(result.problems().get(0).message()).endsWith("(line 184, column 19)");
    }

    @Test
    void instantiate_fromAFile_namesTheFile() throws Exception {
        Path file = Path.of("src/test/resources", TEMPLATE_FILE);
        AgreementTemplate template = PactaJson.TEMPLATE.read(file);
        TemplateResult result = template.instantiate(Map.of("clientName", "Acme", "depositPercent", 40));
        assertThat(result.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).endsWith("(" + file + ", line 95, column 20)"));
    }

    static final String INVALID = """
            {
              "pacta": "template/1",
              "id": "t",
              "title": "T",
              "parameters": [
                {"name": "days", "type": "DAYS"},
                {"name": "fee", "type": "AMOUNT", "default": 150},
                {"name": "unused", "type": "TEXT"},
                {"name": "when", "type": "DATE", "min": "2026-01-01", "max": "2025-01-01"},
                {"name": "days", "type": "TEXT"}
              ],
              "agreement": {
                "id": "${days}",
                "title": "T ${nobody}",
                "zone": "UTC",
                "effectiveDate": "${when}",
                "parties": [
                  {"id": "c", "name": "${days}", "role": "CLIENT"},
                  {"id": "p", "name": "P", "role": "PROVIDER"}
                ],
                "obligations": [
                  {
                    "id": "o1",
                    "title": "O ${days",
                    "category": "APPROVAL",
                    "obligor": "c",
                    "beneficiary": "p",
                    "trigger": {"kind": "ON_EVENT", "event": "draft.submitted"},
                    "deadline": {"businessDays": "${days}"},
                    "grace": {"days": "about ${days}"},
                    "fulfilledBy": ["draft.approved"]
                  }
                ],
                "metadata": {"${fee}": "y"}
              }
            }
            """;

    @Test
    void read_everyParameterAndPlaceholderProblem_locatedInDocumentOrder() {
        PactaJsonException e = catchThrowableOfType(PactaJsonException.class, () -> PactaJson.TEMPLATE.read(INVALID));
        assertThat(e.problems())
                .extracting(JsonProblem::code, JsonProblem::path, JsonProblem::line, JsonProblem::column)
                .containsExactly(
                        tuple("UNUSED_PARAMETER", "$.parameters[1].name", 7, 14),
                        tuple("WRONG_TYPE", "$.parameters[1].default", 7, 50),
                        tuple("UNUSED_PARAMETER", "$.parameters[2].name", 8, 14),
                        tuple("INVALID_PARAMETER", "$.parameters[3]", 9, 5),
                        tuple("DUPLICATE_ID", "$.parameters[4].name", 10, 14),
                        tuple("PLACEHOLDER_NOT_ALLOWED", "$.agreement.id", 13, 11),
                        tuple("UNDECLARED_PARAMETER", "$.agreement.title", 14, 14),
                        tuple("PLACEHOLDER_WRONG_TYPE", "$.agreement.parties[0].name", 18, 27),
                        tuple("PLACEHOLDER_SYNTAX", "$.agreement.obligations[0].title", 24, 18),
                        tuple("PLACEHOLDER_WRONG_TYPE", "$.agreement.obligations[0].deadline.businessDays", 29, 38),
                        tuple("PLACEHOLDER_NOT_WHOLE", "$.agreement.obligations[0].grace.days", 30, 27),
                        tuple("PLACEHOLDER_NOT_ALLOWED", "$.agreement.metadata['${fee}']", 34, 18));
        assertThat(e.getMessage())
                .startsWith("template 't' is invalid (12 problems):")
                .contains("$.agreement.obligations[0].deadline.businessDays: placeholder ${days} is a DAYS parameter,"
                        + " but this position takes a BUSINESS_DAYS parameter (line 29, column 38)"
                        + " [PLACEHOLDER_WRONG_TYPE]");
    }

    @Test
    void read_agreementShape_checkedWithSampleValues() {
        String unknownProperty = TEMPLATE.replace(
                "\"grace\": {\n          \"days\": 2\n        }", "\"grace\": {\"days\": 2}, \"colour\": \"red\"");
        PactaJsonException e =
                catchThrowableOfType(PactaJsonException.class, () -> PactaJson.TEMPLATE.read(unknownProperty));
        assertThat(List.of(e.code(), e.path(), e.line()))
                .containsExactly("UNKNOWN_PROPERTY", "$.agreement.obligations[1].colour", 131);
    }

    @Test
    void read_placeholderInAnIntegerPosition_isAStringThere() {
        // A literal where a placeholder may stand is still read strictly: "2" is not a number.
        String quoted = TEMPLATE.replace(
                "\"deadline\": {\n          \"businessDays\": 10\n        }",
                "\"deadline\": {\"businessDays\": \"10\"}");
        PactaJsonException e = catchThrowableOfType(PactaJsonException.class, () -> PactaJson.TEMPLATE.read(quoted));
        assertThat(List.of(e.code(), e.path()))
                .containsExactly("WRONG_TYPE", "$.agreement.obligations[2].deadline.businessDays");
    }

    @Test
    void read_wrongMarkerAndMissingAgreement_rejected() {
        assertThat(catchThrowableOfType(PactaJsonException.class, () -> PactaJson.TEMPLATE.read(RejectionTest.BASE))
                        .code())
                .isEqualTo("WRONG_DOCUMENT");
        PactaJsonException e = catchThrowableOfType(
                PactaJsonException.class,
                () -> PactaJson.TEMPLATE.read("{\"pacta\": \"template/1\", \"id\": \"t\", \"title\": \"T\"}"));
        assertThat(List.of(e.code(), e.path())).containsExactly("MISSING_PROPERTY", "$.agreement");
    }
}
