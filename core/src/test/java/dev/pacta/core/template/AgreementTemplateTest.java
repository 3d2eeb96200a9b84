package dev.pacta.core.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pacta.core.Problem;
import dev.pacta.core.ValidationException;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.AgreementId;
import dev.pacta.core.model.Category;
import dev.pacta.core.model.DeadlineRule;
import dev.pacta.core.model.Obligation;
import dev.pacta.core.model.ObligationId;
import dev.pacta.core.model.Party;
import dev.pacta.core.model.PartyId;
import dev.pacta.core.model.Role;
import dev.pacta.core.model.Trigger;
import dev.pacta.core.money.Money;
import dev.pacta.core.time.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Instantiating templates: one example per kind of problem, all problems at once, and the parameters' own rules. */
class AgreementTemplateTest {
    static final AgreementTemplate WEB = WebDevelopmentTemplate.template();

    static Map<String, Object> validValues() {
        Map<String, Object> values = new HashMap<>();
        values.put("clientName", "Acme Bakery Ltd");
        values.put("startDate", LocalDate.of(2026, 3, 2));
        values.put("launchDate", LocalDate.of(2026, 5, 29));
        return values;
    }

    static Map<String, Object> validWith(String name, Object value) {
        Map<String, Object> values = validValues();
        values.put(name, value);
        return values;
    }

    static Problem onlyProblem(TemplateResult result) {
        assertThat(result.isValid()).isFalse();
        assertThat(result.agreement()).isEmpty();
        assertThat(result.problems()).hasSize(1);
        return result.problems().get(0);
    }

    @Test
    void instantiate_requiredValuesOnly_defaultsFillTheRest() {
        TemplateResult result = WEB.instantiate(validValues());
        assertThat(result.problems()).isEmpty();
        Agreement a = result.orElseThrow();
        assertThat(a.party(PartyId.of("client")).orElseThrow().name()).isEqualTo("Acme Bakery Ltd");
        assertThat(a.effectiveDate()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(a.value()).contains(Money.of("6000.00", "EUR"));
        assertThat(a.obligation(ObligationId.of("approve-mockup")).orElseThrow().deadline())
                .isEqualTo(DeadlineRule.ofBusinessDays(2));
        assertThat(a.obligation(ObligationId.of("pay-balance")).orElseThrow().percentOfValue())
                .contains(new BigDecimal("50"));
        assertThat(a.milestone(dev.pacta.core.model.MilestoneId.of("launch"))
                        .orElseThrow()
                        .target())
                .isEqualTo(LocalDate.of(2026, 5, 29));
    }

    @Test
    void instantiate_typedAndPlainValues_bothAccepted() {
        Map<String, Object> values = validValues();
        values.put("approvalDays", ParameterValue.ofBusinessDays(5));
        values.put("depositPercent", 30);
        values.put("projectValue", Money.of("9000", "EUR"));
        Agreement a = WEB.instantiateOrThrow(values);
        assertThat(a.obligation(ObligationId.of("approve-mockup")).orElseThrow().deadline())
                .isEqualTo(DeadlineRule.ofBusinessDays(5));
        assertThat(a.obligation(ObligationId.of("pay-deposit")).orElseThrow().percentOfValue())
                .contains(new BigDecimal("30"));
        assertThat(a.obligation(ObligationId.of("pay-balance")).orElseThrow().percentOfValue())
                .contains(new BigDecimal("70"));
    }

    // ---------------------------------------------------------------------------------------------------------
    // One example per kind of problem

    @Test
    void instantiate_unknownParameter_reportedWithTheDeclaredOnes() {
        Problem p = onlyProblem(WEB.instantiate(validWith("aprovalDays", 3)));
        assertThat(p.code()).isEqualTo(AgreementTemplate.UNKNOWN_PARAMETER);
        assertThat(p.path()).isEqualTo("parameters.aprovalDays");
        assertThat(p.message())
                .isEqualTo("template 'web-development' has no parameter 'aprovalDays'; parameters are [clientName,"
                        + " startDate, approvalDays, projectValue, depositPercent, launchDate]");
    }

    @Test
    void instantiate_missingValueWithoutDefault_reported() {
        Map<String, Object> values = validValues();
        values.remove("launchDate");
        Problem p = onlyProblem(WEB.instantiate(values));
        assertThat(p.code()).isEqualTo(AgreementTemplate.MISSING_VALUE);
        assertThat(p.path()).isEqualTo("parameters.launchDate");
        assertThat(p.message()).isEqualTo("parameter 'launchDate' (date) has no value and no default");
    }

    @Test
    void instantiate_wrongType_textForBusinessDays_reported() {
        Problem p = onlyProblem(WEB.instantiate(validWith("approvalDays", "two")));
        assertThat(p.code()).isEqualTo(AgreementTemplate.WRONG_TYPE);
        assertThat(p.path()).isEqualTo("parameters.approvalDays");
        assertThat(p.message())
                .isEqualTo("parameter 'approvalDays': expected a whole number of business days, was text 'two'");
    }

    @Test
    void instantiate_wrongType_calendarDaysValueForBusinessDays_reported() {
        Problem p = onlyProblem(WEB.instantiate(validWith("approvalDays", ParameterValue.ofDays(2))));
        assertThat(p.code()).isEqualTo(AgreementTemplate.WRONG_TYPE);
        assertThat(p.message())
                .isEqualTo("parameter 'approvalDays': expected a whole number of business days, was 2 days (DAYS)");
    }

    @Test
    void instantiate_wrongType_floatingPointPercentageAndNull_reported() {
        Map<String, Object> values = validWith("depositPercent", 12.5d);
        values.put("clientName", null);
        TemplateResult result = WEB.instantiate(values);
        assertThat(result.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "parameters.clientName: parameter 'clientName': expected a party name, was null [WRONG_TYPE]",
                        "parameters.depositPercent: parameter 'depositPercent': expected a percentage in (0, 100],"
                                + " was Double 12.5 [WRONG_TYPE]");
    }

    @Test
    void instantiate_wrongType_amountInAnotherCurrency_reported() {
        Problem p = onlyProblem(WEB.instantiate(validWith("projectValue", Money.of("9000", "USD"))));
        assertThat(p.code()).isEqualTo(AgreementTemplate.WRONG_TYPE);
        assertThat(p.message()).isEqualTo("parameter 'projectValue': expected an amount in EUR, was USD 9000.00");
    }

    @Test
    void instantiate_outOfDeclaredBounds_reported() {
        Problem p = onlyProblem(WEB.instantiate(validWith("approvalDays", 15)));
        assertThat(p.code()).isEqualTo(AgreementTemplate.OUT_OF_BOUNDS);
        assertThat(p.path()).isEqualTo("parameters.approvalDays");
        assertThat(p.message())
                .isEqualTo("parameter 'approvalDays': expected from 1 business day to 10 business days, was 15"
                        + " business days");
    }

    @Test
    void instantiate_outOfOneSidedBound_reported() {
        Problem p = onlyProblem(WEB.instantiate(validWith("projectValue", Money.of("99.99", "EUR"))));
        assertThat(p.code()).isEqualTo(AgreementTemplate.OUT_OF_BOUNDS);
        assertThat(p.message()).isEqualTo("parameter 'projectValue': expected at least EUR 500.00, was EUR 99.99");
    }

    @Test
    void instantiate_outOfTheTypesDomainAndTheDeclaredBounds_namesTheBounds() {
        // Issue 17, defect 8: the bounds the person was given, not the type's domain, and OUT_OF_BOUNDS only for them.
        Map<String, Object> values = validWith("approvalDays", -1);
        values.put("depositPercent", BigDecimal.ZERO);
        assertThat(WEB.instantiate(values).problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "parameters.approvalDays: parameter 'approvalDays': expected from 1 business day to 10"
                                + " business days, was -1 [OUT_OF_BOUNDS]",
                        "parameters.depositPercent: parameter 'depositPercent': expected from 10 % to 90 %, was 0"
                                + " [OUT_OF_BOUNDS]");
    }

    @Test
    void instantiate_outOfTheTypesDomainOnly_isOutOfRange() {
        AgreementTemplate unbounded = AgreementTemplate.builder()
                .from(WEB)
                .parameters(List.of(Parameter.of("approvalDays", ParameterType.BUSINESS_DAYS, "")))
                .build();
        assertThat(unbounded.instantiate(Map.of("approvalDays", 4000)).problems())
                .extracting(Problem::toString)
                .containsExactly("parameters.approvalDays: parameter 'approvalDays': expected from 0 to 2610 business"
                        + " days, was Integer 4000 [OUT_OF_RANGE]");
    }

    @Test
    void instantiate_everyProblemAtOnce_inDeclarationOrderThenUnknownNames() {
        Map<String, Object> values = new HashMap<>();
        values.put("zeta", 1);
        values.put("approvalDays", 0);
        values.put("alpha", "x");
        values.put("startDate", "2026-03-02");
        TemplateResult result = WEB.instantiate(values);
        assertThat(result.problems())
                .extracting(Problem::code, Problem::path)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("MISSING_VALUE", "parameters.clientName"),
                        org.assertj.core.groups.Tuple.tuple("WRONG_TYPE", "parameters.startDate"),
                        org.assertj.core.groups.Tuple.tuple("OUT_OF_BOUNDS", "parameters.approvalDays"),
                        org.assertj.core.groups.Tuple.tuple("MISSING_VALUE", "parameters.launchDate"),
                        org.assertj.core.groups.Tuple.tuple("UNKNOWN_PARAMETER", "parameters.alpha"),
                        org.assertj.core.groups.Tuple.tuple("UNKNOWN_PARAMETER", "parameters.zeta"));
        assertThatThrownBy(() -> WEB.instantiateOrThrow(values))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.problems()).isEqualTo(result.problems()))
                .hasMessageStartingWith("template 'web-development' with these values is invalid (6 problems):");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Problems of the agreement and of the body

    /** A template whose approver is a text parameter used as a party id: a value can name no party. */
    static AgreementTemplate approverTemplate(TemplateBody body) {
        return AgreementTemplate.builder()
                .id(TemplateId.of("approval"))
                .title("Approval")
                .addParameters(Parameter.of("approver", ParameterType.TEXT, "the party id of the approver"))
                .addParameters(Parameter.builder()
                        .name("approvalDays")
                        .type(ParameterType.BUSINESS_DAYS)
                        .defaultValue(ParameterValue.ofBusinessDays(2))
                        .build())
                .body(body)
                .build();
    }

    static Agreement approval(ResolvedValues values) {
        return Agreement.builder()
                .id(AgreementId.of("approval"))
                .title("Approval")
                .addParties(Party.of("client", "Acme", Role.CLIENT), Party.of("studio", "Pixel", Role.PROVIDER))
                .zone(ZoneId.of("Europe/Madrid"))
                .effectiveDate(LocalDate.of(2026, 3, 2))
                .addObligations(Obligation.builder()
                        .id(ObligationId.of("approve"))
                        .title("Approve")
                        .category(Category.APPROVAL)
                        .obligor(PartyId.of(values.text("approver")))
                        .beneficiary(PartyId.of("studio"))
                        .trigger(Trigger.onEvent("draft.submitted"))
                        .deadline(DeadlineRule.within(values.span("approvalDays")))
                        .addFulfilledBy("draft.approved")
                        .build())
                .build();
    }

    @Test
    void instantiate_valuesFineButAgreementInvalid_agreementProblemsCollected() {
        TemplateResult result =
                approverTemplate(AgreementTemplateTest::approval).instantiate(Map.of("approver", "acme"));
        assertThat(result.isValid()).isFalse();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("UNKNOWN_PARTY");
            assertThat(p.path()).isEqualTo("obligations[0].obligor");
        });
        assertThat(approverTemplate(AgreementTemplateTest::approval)
                        .instantiateOrThrow(Map.of("approver", "client"))
                        .obligations()
                        .get(0)
                        .deadline())
                .isEqualTo(DeadlineRule.within(Span.ofBusinessDays(2)));
    }

    @Test
    void instantiate_bodyAsksForAnUndeclaredParameter_templateBodyError() {
        AgreementTemplate buggy = approverTemplate(values -> {
            values.days("reviewDays");
            return approval(values);
        });
        Problem p = onlyProblem(buggy.instantiate(Map.of("approver", "client")));
        assertThat(p.code()).isEqualTo(AgreementTemplate.TEMPLATE_BODY_ERROR);
        assertThat(p.path()).isEqualTo("body");
        assertThat(p.message())
                .isEqualTo("template 'approval': the body failed: template 'approval' has no parameter 'reviewDays';"
                        + " parameters are [approver, approvalDays]");
    }

    @Test
    void instantiate_bodyAsksForTheWrongType_templateBodyError() {
        AgreementTemplate buggy = approverTemplate(values -> {
            values.days("approvalDays");
            return approval(values);
        });
        Problem p = onlyProblem(buggy.instantiate(Map.of("approver", "client")));
        assertThat(p.code()).isEqualTo(AgreementTemplate.TEMPLATE_BODY_ERROR);
        assertThat(p.message())
                .isEqualTo("template 'approval': the body failed: template 'approval': parameter 'approvalDays' is"
                        + " BUSINESS_DAYS, not DAYS");
    }

    @Test
    void instantiate_bodyReturnsNull_templateBodyError() {
        Problem p = onlyProblem(approverTemplate(values -> null).instantiate(Map.of("approver", "client")));
        assertThat(p.code()).isEqualTo(AgreementTemplate.TEMPLATE_BODY_ERROR);
    }

    @Test
    void instantiate_valuesInvalid_bodyNotRun() {
        AgreementTemplate throwing = approverTemplate(values -> {
            throw new AssertionError("the body must not run");
        });
        assertThat(throwing.instantiate(Map.of()).problems())
                .extracting(Problem::code)
                .containsExactly(AgreementTemplate.MISSING_VALUE);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Declaring parameters and templates

    @Test
    void build_duplicateParameterName_rejectedWithPath() {
        assertThatThrownBy(() -> AgreementTemplate.builder()
                        .id(TemplateId.of("t"))
                        .title("T")
                        .addParameters(Parameter.of("a", ParameterType.TEXT, ""))
                        .addParameters(Parameter.of("a", ParameterType.DATE, ""))
                        .body(values -> null)
                        .build())
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(new Problem(
                                        "DUPLICATE_ID",
                                        "parameters[1].name",
                                        "parameter name 'a' is used twice, first at parameters[0]")));
    }

    @Test
    void build_parameterWithDefaultOutOfBounds_rejected() {
        assertThatThrownBy(() -> Parameter.builder()
                        .name("approvalDays")
                        .type(ParameterType.BUSINESS_DAYS)
                        .defaultValue(ParameterValue.ofBusinessDays(20))
                        .max(ParameterValue.ofBusinessDays(10))
                        .build())
                .hasMessage("parameter 'approvalDays': default 20 business days is out of bounds; expected at most"
                        + " 10 business days");
    }

    @Test
    void build_parameterWithBoundsOfAnotherType_orOnText_rejected() {
        assertThatThrownBy(() -> Parameter.builder()
                        .name("approvalDays")
                        .type(ParameterType.BUSINESS_DAYS)
                        .min(ParameterValue.ofDays(1))
                        .build())
                .hasMessage("parameter 'approvalDays': min 1 day is DAYS, expected BUSINESS_DAYS");
        assertThatThrownBy(() -> Parameter.builder()
                        .name("note")
                        .type(ParameterType.TEXT)
                        .min(ParameterValue.ofText("a"))
                        .build())
                .hasMessage("parameter 'note': TEXT values are not ordered and take no bounds");
        assertThatThrownBy(() -> Parameter.builder()
                        .name("d")
                        .type(ParameterType.DAYS)
                        .min(ParameterValue.ofDays(5))
                        .max(ParameterValue.ofDays(4))
                        .build())
                .hasMessage("parameter 'd': min 5 days is greater than max 4 days");
        assertThatThrownBy(() -> Parameter.of("has space", ParameterType.TEXT, ""))
                .hasMessageStartingWith("parameter name 'has space' is not valid");
    }

    @Test
    void parameterValue_textFormsRoundTrip_andAccessorsAreTyped() {
        List<ParameterValue> values = List.of(
                ParameterValue.ofDays(1),
                ParameterValue.ofDays(10),
                ParameterValue.ofBusinessDays(2),
                ParameterValue.ofAmount(Money.of("1500", "EUR")),
                ParameterValue.ofPercentage(new BigDecimal("12.5")),
                ParameterValue.ofDate(LocalDate.of(2026, 6, 1)),
                ParameterValue.ofPartyName("Acme Bakery Ltd"),
                ParameterValue.ofText("50 %"));
        assertThat(values)
                .extracting(ParameterValue::toString)
                .containsExactly(
                        "1 day",
                        "10 days",
                        "2 business days",
                        "EUR 1500.00",
                        "12.5 %",
                        "2026-06-01",
                        "Acme Bakery Ltd",
                        "50 %");
        for (ParameterValue v : values) {
            assertThat(ParameterValue.parse(v.type(), v.toString())).isEqualTo(v);
        }
        assertThat(ParameterValue.parse(ParameterType.PERCENTAGE, "50"))
                .isEqualTo(ParameterValue.ofPercentage(new BigDecimal("50.00")));
        assertThatThrownBy(() -> ParameterValue.parse(ParameterType.DAYS, "ten"))
                .hasMessage("'ten' is not a whole number of days (expected a whole number from 0 to 3650)");
        assertThatThrownBy(() -> ParameterValue.ofDate(LocalDate.of(2026, 6, 1)).amount())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("value 2026-06-01 is DATE, not amount");
        assertThatThrownBy(() -> ParameterValue.ofPercentage(new BigDecimal("100.01")))
                .hasMessage("percentage must be in (0, 100], was 100.01");
    }
}
