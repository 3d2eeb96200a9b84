package dev.pacta.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a command's result to standard output or a file. */
final class Output {
    private Output() {}

    static void write(PrintWriter out, Path file, String content) {
        if (file == null) {
            out.print(content);
            out.flush();
            return;
        }
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException(ExitCodes.USAGE, "pacta: " + file + ": cannot write: " + e.getMessage());
        }
    }
}
