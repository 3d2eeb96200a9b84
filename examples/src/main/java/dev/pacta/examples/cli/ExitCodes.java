package dev.pacta.examples.cli;

/** The exit codes of the {@code pacta} tool. */
public final class ExitCodes {
    /** Success: compliant, valid, every check passed. */
    public static final int OK = 0;
    /** Non-compliant (a breached instance), an invalid document, or a failed check. */
    public static final int FAILED = 1;
    /** Usage error: an unknown option, a bad value, a missing or unreadable file. */
    public static final int USAGE = 2;
    /** An unexpected internal error (a bug in Pacta: please report it). */
    public static final int INTERNAL = 3;

    private ExitCodes() {}
}
