/**
 * Pacta's examples: the demo, runnable case studies and (later) the {@code pacta} command-line tool. Not a library.
 */
package dev.pacta.examples;
