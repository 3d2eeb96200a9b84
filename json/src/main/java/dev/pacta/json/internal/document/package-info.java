/**
 * Whole documents, above the per-type readers ({@code internal.deser}) and writers ({@code internal.ser}), not
 * exported: {@link dev.pacta.json.internal.document.Documents} reads and writes a document of any kind on the hardened
 * mapper and turns every failure into a {@link dev.pacta.json.PactaJsonException};
 * {@link dev.pacta.json.internal.document.Templates} and {@link dev.pacta.json.internal.document.Scenarios} build
 * templates and scenarios from their documents (placeholders, parameter values, template and calendar files), and
 * {@link dev.pacta.json.internal.document.TemplateWriter} and {@link dev.pacta.json.internal.document.ScenarioWriter}
 * write them back; {@link dev.pacta.json.internal.document.Bindings} lists the reader and the writer of each model
 * type, for the documents' mapper and {@link dev.pacta.json.PactaModule} alike.
 *
 * <p>Nothing below this package uses it: a reader or writer of one type never needs the documents it is part of.
 */
package dev.pacta.json.internal.document;
