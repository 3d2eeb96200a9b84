package dev.pacta.examples;

import dev.pacta.examples.cases.WebDevelopmentCase;

/**
 * The demo: evaluates the seed's web-development case study and prints the text report. {@code bin/pacta demo} does
 * the same through the command-line tool.
 */
public final class Demo {
    private Demo() {}

    /**
     * Prints the demo report to standard output.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        WebDevelopmentCase.main(args);
    }
}
