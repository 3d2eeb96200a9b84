/**
 * The {@code pacta} command-line tool, built with picocli: {@link dev.pacta.examples.cli.PactaCli} and its
 * subcommands {@code evaluate}, {@code validate}, {@code check}, {@code upcoming}, {@code replay} and {@code demo}. Exit codes are in
 * {@link dev.pacta.examples.cli.ExitCodes}; the tool reads the clock only for the default {@code --as-of}.
 */
package dev.pacta.examples.cli;
