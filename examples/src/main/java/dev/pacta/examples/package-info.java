/**
 * Pacta's examples: the demo, the runnable case studies ({@code cases}), the text and HTML reports ({@code report})
 * and the {@code pacta} command-line tool ({@code cli}). Not a library.
 */
package dev.pacta.examples;
