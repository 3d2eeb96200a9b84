/**
 * Renderings of compliance reports for people: {@link dev.pacta.examples.report.TextReport} for a 100-column
 * terminal, {@link dev.pacta.examples.report.HtmlReport} as one self-contained file with an SVG timeline, and
 * {@link dev.pacta.examples.report.Reminders}, what each party must do next.
 */
package dev.pacta.examples.report;
