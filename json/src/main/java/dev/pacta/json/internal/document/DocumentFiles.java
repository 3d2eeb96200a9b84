package dev.pacta.json.internal.document;

import dev.pacta.json.PactaJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** Documents in files: reading one with its file named in every problem, and finding them in folders. */
public final class DocumentFiles {
    private DocumentFiles() {}

    /**
     * The scenario files of a file or folder, sorted by their path relative to the folder.
     *
     * @param fileOrFolder a scenario file or a folder
     * @return the files; none if {@code fileOrFolder} is neither a file nor a folder
     * @throws IOException if the folder cannot be walked
     */
    public static List<Path> scenarioFiles(Path fileOrFolder) throws IOException {
        if (!Files.isDirectory(fileOrFolder)) {
            return Files.isRegularFile(fileOrFolder) ? List.of(fileOrFolder) : List.of();
        }
        return under(fileOrFolder, SCENARIO_SUFFIX);
    }

    /**
     * The calendar files of a file or folder, sorted by their path relative to the folder.
     *
     * @param fileOrFolder a calendar file or a folder
     * @return the files: {@code fileOrFolder} itself if it is not a folder
     * @throws IOException if the folder cannot be walked
     */
    public static List<Path> calendarFiles(Path fileOrFolder) throws IOException {
        return Files.isDirectory(fileOrFolder) ? under(fileOrFolder, CALENDAR_SUFFIX) : List.of(fileOrFolder);
    }

    /** The files under a folder whose names end with a suffix, sorted by their path relative to it, with '/'. */
    private static List<Path> under(Path folder, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(suffix))
                    .sorted(Comparator.comparing(
                            (Path f) -> folder.relativize(f).toString().replace('\\', '/')))
                    .toList();
        }
    }

    /** The file name ending of scenario files. */
    private static final String SCENARIO_SUFFIX = ".scenario.json";

    /** The file name ending of calendar files. */
    private static final String CALENDAR_SUFFIX = ".calendar.json";

    /**
     * The root templates must be in, by default: the folder given, or the folder of the file given.
     *
     * @param fileOrFolder a file or a folder
     * @return the root
     */
    public static Path rootOf(Path fileOrFolder) {
        return Files.isDirectory(fileOrFolder) ? fileOrFolder : parentOf(fileOrFolder);
    }

    /**
     * The folder of a file, as an absolute path.
     *
     * @param file the file
     * @return its folder
     */
    public static Path parentOf(Path file) {
        Path parent = Objects.requireNonNull(file, "file").toAbsolutePath().getParent();
        return parent != null ? parent : file.toAbsolutePath();
    }

    /**
     * Reads a document from a file's text.
     *
     * @param <T> the document's value
     */
    @FunctionalInterface
    public interface FromText<T> {
        /**
         * Reads the document.
         *
         * @param text the file's text
         * @return the value
         * @throws IOException if a file it refers to cannot be read
         */
        T read(String text) throws IOException;
    }

    /**
     * Reads a file's text, as strict UTF-8, and a document from it, naming the file in any problem.
     *
     * @param file the file
     * @param read reads the document
     * @param <T> the document's value
     * @return the value
     * @throws IOException if the file cannot be read
     */
    public static <T> T fromFile(Path file, FromText<T> read) throws IOException {
        return fromFileBytes(file, bytes -> read.read(DocumentText.decode(bytes)));
    }

    /**
     * Reads a document from a file's bytes.
     *
     * @param <T> the document's value
     */
    @FunctionalInterface
    public interface FromBytes<T> {
        /**
         * Reads the document.
         *
         * @param bytes the file's bytes
         * @return the value
         * @throws IOException if a file it refers to cannot be read
         */
        T read(byte[] bytes) throws IOException;
    }

    /**
     * Reads a file's bytes and a document from them, naming the file in any problem
     * ({@link PactaJsonException#source()}).
     *
     * @param file the file
     * @param read reads the document
     * @param <T> the document's value
     * @return the value
     * @throws IOException if the file cannot be read
     */
    public static <T> T fromFileBytes(Path file, FromBytes<T> read) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = DocumentText.readBytes(in);
        } catch (PactaJsonException e) {
            throw e.withSource(file.toString());
        }
        try {
            return read.read(bytes);
        } catch (PactaJsonException e) {
            throw e.source().isPresent() ? e : e.withSource(file.toString());
        }
    }
}
