package dev.pacta.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a command's result to standard output, or to a file ({@code -} is standard output too). */
final class Output {
    private Output() {}

    static void write(PrintWriter out, Path file, String content) {
        if (file == null || StandardInput.is(file)) {
            out.print(content);
            out.flush();
            return;
        }
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException(ExitCodes.USAGE, "pacta: " + file + ": cannot write: " + whyNot(file, e));
        }
    }

    /** Why a file cannot be written, the likely causes checked first: the exception alone often names only the path. */
    private static String whyNot(Path file, IOException e) {
        if (Files.isDirectory(file)) {
            return "it is a directory";
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            return "no such folder " + folder;
        }
        return Inputs.reason(e);
    }
}
