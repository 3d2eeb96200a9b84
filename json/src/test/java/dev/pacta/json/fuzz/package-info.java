/**
 * Coverage-guided fuzz tests of the JSON readers, with Jazzer: one {@code @FuzzTest} per document kind
 * ({@link dev.pacta.json.fuzz.AgreementFuzzTest agreement/1}, {@link dev.pacta.json.fuzz.TimelineFuzzTest timeline/1},
 * {@link dev.pacta.json.fuzz.ReportFuzzTest report/1}, {@link dev.pacta.json.fuzz.ChangesFuzzTest changes/1},
 * {@link dev.pacta.json.fuzz.TemplateFuzzTest template/1}, {@link dev.pacta.json.fuzz.ScenarioFuzzTest scenario/1}).
 *
 * <p>Each test reads one input ({@link dev.pacta.json.fuzz.FuzzInput}): arbitrary bytes, or a valid document changed
 * by structure-aware mutations ({@link dev.pacta.json.fuzz.JsonMutator}). A document that is rejected must be
 * rejected with the library's documented error, a {@link dev.pacta.json.PactaJsonException} naming a JSON path, line
 * and column; any other exception is a failure. A document that is accepted is evaluated (or instantiated, or run),
 * and every value involved is written and read back, which must give an equal value and the same bytes again
 * ({@link dev.pacta.json.fuzz.Oracle}). A per-input timeout catches hangs.
 *
 * <p>In the normal build the tests run in Jazzer's regression mode over the committed inputs under
 * {@code src/test/resources/dev/pacta/json/fuzz/<Test>Inputs/fuzz/}: the valid seed documents, a few structure-aware
 * seeds, and every finding. {@code docs/fuzzing.md} gives the command that fuzzes.
 */
package dev.pacta.json.fuzz;
