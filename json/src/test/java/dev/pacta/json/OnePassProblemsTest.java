package dev.pacta.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

/**
 * Issue 17, defect 4, nested half: every value-level problem of a document in one pass, wherever the value is (a
 * deadline, a trigger's recurrence, a remedy, an array of ids, the events of a timeline, a scenario's checks), each
 * with its path, line and column; a problem of structure still stops the reading.
 */
class OnePassProblemsTest {
    private static PactaJsonException error(Runnable read) {
        return catchThrowableOfType(PactaJsonException.class, read::run);
    }

    @Test
    void badValues_inNestedObjects_ofAnAgreement_areAllReported() {
        String json = """
                {
                  "pacta": "agreement/1",
                  "id": "a1",
                  "title": "T",
                  "zone": "UTC",
                  "effectiveDate": "2026-03-02",
                  "parties": [
                    {"id": "c", "name": "C", "role": "CLIENT"},
                    {"id": "p", "name": "P", "role": "PROVIDER"}
                  ],
                  "obligations": [
                    {
                      "id": "o1",
                      "title": "O",
                      "category": "PAYMENT",
                      "obligor": "c",
                      "beneficiary": "p",
                      "trigger": {"kind": "RECURRING", "recurrence": {"frequency": "WEEKLY", "interval": 0}},
                      "deadline": {"date": "2026-02-30"},
                      "prerequisites": ["bad id!"],
                      "remedies": [{"kind": "LATE_FEE", "flat": "XAU 5"}]
                    }
                  ]
                }
                """;

        PactaJsonException e = error(() -> PactaJson.AGREEMENT.read(json));

        assertThat(e.problems())
                .extracting(JsonProblem::code, JsonProblem::path, JsonProblem::line, JsonProblem::column)
                .containsExactly(
                        tuple("OUT_OF_RANGE", "$.obligations[0].trigger.recurrence.interval", 18, 90),
                        tuple("INVALID_VALUE", "$.obligations[0].deadline.date", 19, 28),
                        tuple("INVALID_VALUE", "$.obligations[0].prerequisites[0]", 20, 25),
                        tuple("INVALID_VALUE", "$.obligations[0].remedies[0].flat", 21, 49));
        assertThat(e.getMessage()).startsWith("agreement 'a1' is invalid (4 problems):");
    }

    @Test
    void badValues_inThreeEvents_ofATimeline_areAllReported() {
        String json = """
                {
                  "pacta": "timeline/1",
                  "events": [
                    {"id": "e1", "at": "2026-02-30", "kind": "draft.submitted", "actor": "p"},
                    {"id": "e2", "at": "2026-03-04", "kind": "payment", "actor": "c", "amount": "XAU 5", "ref": "#"},
                    {"id": "e3", "at": "2026-03-05", "kind": "extension", "actor": "c", "by": {"days": -1}},
                    {"id": "e4", "at": "2026-03-06", "kind": "amendment", "actor": "c",
                     "amendment": {"milestoneTargets": {"launch": "2026-13-01"}}}
                  ]
                }
                """;

        PactaJsonException e = error(() -> PactaJson.TIMELINE.read(json));

        assertThat(e.problems())
                .extracting(JsonProblem::code, JsonProblem::path, JsonProblem::line, JsonProblem::column)
                .containsExactly(
                        tuple("INVALID_VALUE", "$.events[0].at", 4, 24),
                        tuple("INVALID_VALUE", "$.events[1].amount", 5, 81),
                        tuple("INVALID_VALUE", "$.events[1].ref", 5, 97),
                        tuple("OUT_OF_RANGE", "$.events[2].by.days", 6, 88),
                        tuple("INVALID_VALUE", "$.events[3].amendment.milestoneTargets.launch", 8, 51));
    }

    @Test
    void badValues_inAScenario_itsAgreementEventsAndChecks_areAllReported() {
        String json = """
                {
                  "pacta": "scenario/1",
                  "name": "one pass",
                  "agreement": {
                    "id": "a1", "title": "T", "zone": "EST", "effectiveDate": "2026-03-02",
                    "parties": [{"id": "c", "name": "C", "role": "CLIENT"}, {"id": "p", "name": "P", "role": "PROVIDER"}]
                  },
                  "events": [
                    {"id": "e1", "at": "2026-02-30", "kind": "draft.submitted", "actor": "p"}
                  ],
                  "checks": [
                    {"asOf": "2026-04-31",
                     "instances": {"o1#1": {"state": "DONE", "dueDate": "2026-03-04"}},
                     "milestones": {"m1": {"daysLate": -2}},
                     "findings": {"present": ["BREACH", {"code": "LATE", "party": "bad id!"}]}}
                  ]
                }
                """;

        PactaJsonException e = error(() -> PactaJson.SCENARIO.read(json));

        assertThat(e.problems())
                .extracting(JsonProblem::code, JsonProblem::path, JsonProblem::line, JsonProblem::column)
                .containsExactly(
                        tuple("INVALID_VALUE", "$.agreement.zone", 5, 39),
                        tuple("INVALID_VALUE", "$.events[0].at", 9, 24),
                        tuple("INVALID_VALUE", "$.checks[0].asOf", 12, 14),
                        tuple("UNKNOWN_KIND", "$.checks[0].instances['o1#1'].state", 13, 38),
                        tuple("OUT_OF_RANGE", "$.checks[0].milestones.m1.daysLate", 14, 40),
                        tuple("INVALID_VALUE", "$.checks[0].findings.present[1].party", 15, 67));
    }

    @Test
    void aBadValue_doesNotHideAStructuralProblem_beforeIt_norIsAStructuralProblemKept() {
        // A wrong JSON type stops the reading: the shape after it is unknown, so nothing after it is read.
        String json = """
                {
                  "pacta": "timeline/1",
                  "events": [
                    {"id": "e1", "at": 20260302, "kind": "draft.submitted", "actor": "p"},
                    {"id": "e2", "at": "2026-02-30", "kind": "draft.submitted", "actor": "p"}
                  ]
                }
                """;

        PactaJsonException e = error(() -> PactaJson.TIMELINE.read(json));

        assertThat(e.problems()).extracting(JsonProblem::code).containsExactly("WRONG_TYPE");
    }

    @Test
    void aValueKeptBack_inAnEventRead_onItsOwn_isStillReported() {
        // An amendment's obligations are read inside a timeline: their bad values must come out with the timeline's.
        String json = """
                {
                  "pacta": "timeline/1",
                  "events": [
                    {"id": "e1", "at": "2026-03-06", "kind": "amendment", "actor": "c",
                     "amendment": {"addObligations": [{"id": "o2", "title": "O", "category": "lunch",
                       "obligor": "c", "beneficiary": "p", "trigger": {"kind": "ON_EFFECTIVE_DATE"},
                       "deadline": "open"}]}}
                  ]
                }
                """;

        PactaJsonException e = error(() -> PactaJson.TIMELINE.read(json));

        assertThat(e.problems())
                .extracting(JsonProblem::path)
                .containsExactly("$.events[0].amendment.addObligations[0].category");
    }

    @Test
    void badParameterDeclarations_ofATemplate_areReportedWithItsOtherProblems() {
        String json = """
                {
                  "pacta": "template/1",
                  "id": "t",
                  "title": "T",
                  "parameters": [
                    {"name": "days", "type": "WEEKS"},
                    {"name": "bad name!", "type": "TEXT"},
                    {"name": "fee", "type": "AMOUNT", "default": 150}
                  ],
                  "agreement": {
                    "id": "a1", "title": "T", "zone": "UTC", "effectiveDate": "2026-03-02",
                    "value": "${fee}",
                    "parties": [{"id": "c", "name": "C", "role": "CLIENT"}],
                    "obligations": [{"id": "o1", "title": "O", "category": "APPROVAL", "obligor": "c",
                      "beneficiary": "c", "trigger": {"kind": "ON_EFFECTIVE_DATE"}, "deadline": {"days": "${days}"}}]
                  }
                }
                """;

        PactaJsonException e = error(() -> PactaJson.TEMPLATE.read(json));

        // The parameter of an unknown type is not also undeclared where its placeholder stands.
        assertThat(e.problems())
                .extracting(JsonProblem::code, JsonProblem::path, JsonProblem::line, JsonProblem::column)
                .containsExactly(
                        tuple("UNKNOWN_KIND", "$.parameters[0].type", 6, 30),
                        tuple("INVALID_VALUE", "$.parameters[1].name", 7, 14),
                        tuple("WRONG_TYPE", "$.parameters[2].default", 8, 50));
        assertThat(e.getMessage()).startsWith("template 't' is invalid (3 problems):");
    }
}
