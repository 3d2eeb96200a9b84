package dev.pacta.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

/**
 * The model's validation problems ({@code AgreementValidator}) come out of the reader with JSON paths in the
 * document's own property names, and the line and column of the value (or, for a missing value, of the object that
 * lacks it).
 */
class DomainProblemsTest {
    static final String INVALID = """
            {
              "pacta": "agreement/1",
              "id": "a1",
              "title": "T",
              "zone": "Etc/GMT+5",
              "effectiveDate": "2026-03-02",
              "value": "EUR 1000.00",
              "parties": [
                {"id": "c", "name": "C", "role": "CLIENT"},
                {"id": "p", "name": " ", "role": "PROVIDER"}
              ],
              "obligations": [
                {
                  "id": "o1",
                  "title": "O",
                  "category": "APPROVAL",
                  "obligor": "c",
                  "beneficiary": "p",
                  "trigger": {"kind": "ON_EVENT", "event": "draft.submitted"},
                  "deadline": {"businessDays": 3, "direction": "BEFORE"},
                  "amount": "EUR 10.00",
                  "remedies": [{"kind": "PENALTY", "percent": 10, "per": {"days": 0}, "capPercent": 50}]
                },
                {
                  "id": "pay",
                  "title": "Pay",
                  "category": "PAYMENT",
                  "obligor": "c",
                  "beneficiary": "p",
                  "trigger": {"kind": "ON_EFFECTIVE_DATE"},
                  "deadline": {"date": "2026-01-01"},
                  "grace": {"businessDays": 2},
                  "percentOfValue": 60,
                  "remedies": [{"kind": "RIGHT", "right": "TERMINATE"}, {"kind": "PENALTY", "percent": 5, "per": {"days": 1}}]
                }
              ],
              "metadata": {"ok": "x", "%s": "y"}
            }
            """.formatted("k".repeat(65));

    @Test
    void everyValidatorProblem_hasTheDocumentsPathLineAndColumn() {
        PactaJsonException e = catchThrowableOfType(PactaJsonException.class, () -> PactaJson.AGREEMENT.read(INVALID));
        assertThat(e.problems())
                .extracting(JsonProblem::code, JsonProblem::path, JsonProblem::line, JsonProblem::column)
                .containsExactly(
                        tuple("INVALID_ZONE", "$.zone", 5, 11),
                        tuple("BLANK_TEXT", "$.parties[1].name", 10, 25),
                        tuple("DEADLINE_BEFORE_TRIGGER", "$.obligations[0].deadline.direction", 20, 52),
                        tuple("NO_FULFILLING_EVENT", "$.obligations[0].fulfilledBy", 13, 5),
                        tuple("AMOUNT_ON_NON_PAYMENT", "$.obligations[0].amount", 21, 17),
                        tuple("INVALID_REMEDY", "$.obligations[0].remedies[0].per.days", 22, 71),
                        tuple("DEADLINE_OUTSIDE_TERM", "$.obligations[1].deadline.date", 31, 28),
                        tuple("INVALID_REMEDY", "$.obligations[1].remedies[1].capPercent", 34, 61),
                        tuple("SCHEDULE_NOT_100_PERCENT", "$.obligations", 12, 18),
                        tuple("INVALID_METADATA", "$.metadata." + "k".repeat(65), 37, 27));
        assertThat(e.getMessage()).startsWith("agreement 'a1' is invalid (10 problems):");
    }

    @Test
    void embeddedAgreement_problemPathsAreUnderItsOwnPath() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper mapper = com.fasterxml.jackson.databind.json.JsonMapper.builder()
                .addModule(new PactaModule())
                .build();
        String wrapped = "{\"contracts\": [" + INVALID + "]}";
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> mapper.readValue(
                wrapped,
                mapper.getTypeFactory()
                        .constructMapType(
                                java.util.Map.class,
                                mapper.getTypeFactory().constructType(String.class),
                                mapper.getTypeFactory()
                                        .constructCollectionType(
                                                java.util.List.class, dev.pacta.core.model.Agreement.class))));
        assertThat(thrown)
                .isInstanceOf(com.fasterxml.jackson.databind.DatabindException.class)
                .hasMessageContaining("$.contracts[0].zone: agreement 'a1': zone 'Etc/GMT+5' is not valid")
                .hasMessageContaining("$.contracts[0].obligations[0].deadline.direction: ");
    }
}
