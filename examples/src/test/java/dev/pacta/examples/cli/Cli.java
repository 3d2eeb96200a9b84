package dev.pacta.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Runs the tool in-process with a fixed clock and captured output. */
final class Cli {
    /** The clock of the tests: Friday 2026-04-03, 10:00 UTC, the web-development case's as-of. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-03T10:00:00Z"), ZoneOffset.UTC);

    private Cli() {}

    /** What a run gave. */
    record Result(int code, String out, String err) {}

    static Result run(String... args) {
        return run(CLOCK, args);
    }

    static Result run(Clock clock, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PactaCli.run(clock, new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }
}
