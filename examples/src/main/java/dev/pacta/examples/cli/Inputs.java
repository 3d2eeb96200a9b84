package dev.pacta.examples.cli;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Timeline;
import dev.pacta.json.JsonProblem;
import dev.pacta.json.PactaJson;
import dev.pacta.json.PactaJsonException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads the tool's input documents, from files or from standard input ({@code -}), turning every failure into a
 * message that names the input.
 */
final class Inputs {
    private Inputs() {}

    /** A reader of one kind of document from a file. */
    interface FileReader<T> {
        T read(Path file) throws IOException;
    }

    /** A reader of one kind of document from a stream. */
    interface StreamReader<T> {
        T read(InputStream in) throws IOException;
    }

    static Agreement agreement(Path file, StandardInput stdin) {
        return read(file, stdin, PactaJson.AGREEMENT::read, PactaJson.AGREEMENT::read);
    }

    static Timeline timeline(Path file, StandardInput stdin) {
        return read(file, stdin, PactaJson.TIMELINE::read, PactaJson.TIMELINE::read);
    }

    /**
     * Reads a file, or standard input for {@code -}.
     *
     * @throws CliException with {@link ExitCodes#USAGE} if the input cannot be read, {@link ExitCodes#FAILED} with
     *     every problem if the document is invalid
     */
    static <T> T read(Path file, StandardInput stdin, FileReader<T> fromFile, StreamReader<T> fromStream) {
        try {
            if (StandardInput.is(file)) {
                return fromStream.read(new ByteArrayInputStream(stdin.bytes()));
            }
            requireReadable(file);
            return fromFile.read(file);
        } catch (PactaJsonException e) {
            throw new CliException(ExitCodes.FAILED, problems(file, e));
        } catch (IOException e) {
            throw new CliException(ExitCodes.USAGE, cannotRead(file, e));
        }
    }

    /**
     * The bytes of a file, or of standard input for {@code -}.
     *
     * @throws CliException with {@link ExitCodes#USAGE} if the file is missing or a folder
     */
    static byte[] bytes(Path file, StandardInput stdin) throws IOException {
        if (StandardInput.is(file)) {
            return stdin.bytes();
        }
        requireReadable(file);
        return Files.readAllBytes(file);
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
        return "pacta: " + StandardInput.name(file) + ": cannot read: " + reason(e);
    }

    /**
     * Why a file could not be read or written, in words: the operating system's reason, not the exception's message,
     * which for most file errors is only the path again.
     */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof CharacterCodingException) {
            return "not UTF-8 text";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            String why = f.getReason();
            return why.isEmpty() ? why : why.substring(0, 1).toLowerCase(Locale.ROOT) + why.substring(1);
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /**
     * Every problem of a document, one a line: {@code FILE:LINE:COLUMN: PATH: message [CODE]}, the form editors and
     * CI annotators understand; {@code FILE: PATH: message [CODE]} when a problem has no place in the document.
     * Standard input is named {@code <stdin>}.
     */
    static String problems(Path file, PactaJsonException e) {
        return e.problems().stream().map(p -> problem(file, p)).collect(Collectors.joining("\n"));
    }

    static String problem(Path file, JsonProblem p) {
        String name = StandardInput.name(file);
        String where = p.line() > 0 ? name + ":" + p.line() + ":" + p.column() : name;
        return where + ": " + p.path() + ": " + p.message() + " [" + p.code() + "]";
    }

    static List<String> problemLines(Path file, PactaJsonException e) {
        return e.problems().stream().map(p -> problem(file, p)).toList();
    }
}
