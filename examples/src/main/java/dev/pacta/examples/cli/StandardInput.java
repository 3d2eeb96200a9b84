package dev.pacta.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Objects;

/**
 * Standard input, for which {@code -} stands wherever the tool expects a file, as in other Unix tools. A command reads
 * it at most once: it cannot be two documents.
 */
final class StandardInput {
    /** The argument that stands for standard input (or, for {@code --out}, standard output). */
    static final String DASH = "-";

    /** How standard input is named in messages, e.g. {@code <stdin>:3:7: $.events[0].at: ...}. */
    static final String NAME = "<stdin>";

    private final InputStream in;
    private boolean read;

    StandardInput(InputStream in) {
        this.in = Objects.requireNonNull(in, "in");
    }

    /** Whether a path argument is {@code -}; a file of that name is still reached as {@code ./-}. */
    static boolean is(Path path) {
        return path != null && path.toString().equals(DASH);
    }

    /** The name of an input in messages: the path as given, or {@code <stdin>}. */
    static String name(Path path) {
        return is(path) ? NAME : String.valueOf(path);
    }

    /**
     * Fails, before anything is read, if {@code -} is given more than once.
     *
     * @throws CliException with {@link ExitCodes#USAGE}
     */
    static void atMostOnce(Collection<Path> paths) {
        if (paths.stream().filter(StandardInput::is).count() > 1) {
            throw twice();
        }
    }

    private static CliException twice() {
        return new CliException(
                ExitCodes.USAGE, "pacta: '-' is given twice: standard input can be read only once, as one document");
    }

    /**
     * Reads all of standard input.
     *
     * @throws CliException with {@link ExitCodes#USAGE} if it was read already
     */
    byte[] bytes() throws IOException {
        if (read) {
            throw twice();
        }
        read = true;
        return in.readAllBytes();
    }
}
