/**
 * Pacta's JSON format: the facade {@link dev.pacta.json.PactaJson} holds one {@link dev.pacta.json.DocumentFormat}
 * per kind of document, which reads and writes {@code agreement/1}, {@code timeline/1}, {@code report/1},
 * {@code changes/1}, {@code template/1} (typed parameters and {@code ${name}} placeholders), {@code calendar/1} and
 * {@code scenario/1} documents ({@link dev.pacta.json.CalendarFormat} and {@link dev.pacta.json.ScenarioFormat} add
 * what those two need: other calendars, template files, folders), and turns a folder of scenario files into tests; {@link dev.pacta.json.PactaJsonException} reports every reading failure with
 * {@link dev.pacta.json.JsonProblem problems} that carry a stable code, a JSON path, a line and a column;
 * {@link dev.pacta.json.DocumentKind} lists the format markers; {@link dev.pacta.json.PactaModule} is the Jackson
 * module for callers with their own {@code ObjectMapper}.
 *
 * <p>The format is described field by field in {@code docs/json-format.md}; JSON Schemas (draft 2020-12) ship in the
 * jar and are available from {@link dev.pacta.json.DocumentFormat#schema()}.
 *
 * <p>This package holds two layers: the value types ({@code DocumentKind}, {@code JsonProblem},
 * {@code PactaJsonException}) at the bottom, which the unexported {@code internal} packages use to report problems,
 * and the facade ({@code PactaJson}, its formats, {@code PactaModule}) at the top, which uses them. So the package is in a cycle
 * with the internal ones, though its classes are not: no internal class uses the facade ({@code JsonLayersTest}).
 * Moving the value types to a package of their own would break the package cycle, but would rename the exception and
 * problem types every caller imports, for no gain to them; the internal packages, among themselves, form no cycle.
 */
package dev.pacta.json;
