package dev.pacta.examples.cli;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Timeline;
import dev.pacta.json.JsonProblem;
import dev.pacta.json.PactaJson;
import dev.pacta.json.PactaJsonException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Reads the tool's input documents, turning every failure into a message that names the file. */
final class Inputs {
    private Inputs() {}

    /** A reader of one kind of document from a file. */
    interface FileReader<T> {
        T read(Path file) throws IOException;
    }

    static Agreement agreement(Path file) {
        return read(file, PactaJson::readAgreement);
    }

    static Timeline timeline(Path file) {
        return read(file, PactaJson::readTimeline);
    }

    /**
     * Reads a file.
     *
     * @throws CliException with {@link ExitCodes#USAGE} if the file cannot be read, {@link ExitCodes#FAILED} with
     *     every problem if the document is invalid
     */
    static <T> T read(Path file, FileReader<T> reader) {
        requireReadable(file);
        try {
            return reader.read(file);
        } catch (PactaJsonException e) {
            throw new CliException(ExitCodes.FAILED, problems(file, e));
        } catch (IOException e) {
            throw new CliException(ExitCodes.USAGE, cannotRead(file, e));
        }
    }

    static void requireReadable(Path file) {
        if (!Files.exists(file)) {
            throw new CliException(ExitCodes.USAGE, "pacta: " + file + ": no such file");
        }
        if (Files.isDirectory(file)) {
            throw new CliException(ExitCodes.USAGE, "pacta: " + file + ": is a directory, expected a JSON file");
        }
    }

    static String cannotRead(Path file, IOException e) {
        String why = e instanceof NoSuchFileException
                ? "no such file"
                : e instanceof AccessDeniedException ? "permission denied" : String.valueOf(e.getMessage());
        return "pacta: " + file + ": cannot read: " + why;
    }

    /**
     * Every problem of a document, one a line: {@code FILE:LINE:COLUMN: PATH: message [CODE]}, the form editors and
     * CI annotators understand; {@code FILE: PATH: message [CODE]} when a problem has no place in the document.
     */
    static String problems(Path file, PactaJsonException e) {
        return e.problems().stream().map(p -> problem(file, p)).collect(Collectors.joining("\n"));
    }

    static String problem(Path file, JsonProblem p) {
        String where = p.line() > 0 ? file + ":" + p.line() + ":" + p.column() : file.toString();
        return where + ": " + p.path() + ": " + p.message() + " [" + p.code() + "]";
    }

    static List<String> problemLines(Path file, PactaJsonException e) {
        return e.problems().stream().map(p -> problem(file, p)).toList();
    }
}
