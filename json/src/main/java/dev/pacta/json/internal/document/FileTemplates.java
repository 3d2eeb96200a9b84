package dev.pacta.json.internal.document;

import dev.pacta.core.template.AgreementTemplate;
import dev.pacta.json.DocumentKind;
import dev.pacta.json.PactaJsonException;
import dev.pacta.json.internal.deser.CalendarDocument;
import dev.pacta.json.internal.deser.Calendars;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Templates read from files relative to a folder, each read once, and only from inside a root folder: a
 * reference that leads outside it (through {@code ..} or a symbolic link) is not followed, and a file that is not a
 * {@code template/1} document is refused without a word of its content.
 */
public final class FileTemplates implements Scenarios.TemplateResolver {
    private final Path directory;
    private final Path root;
    private final Map<Path, AgreementTemplate> cache;

    /**
     * Templates relative to a folder, only from inside a root folder.
     *
     * @param directory the folder references are relative to
     * @param root the folder every template (and calendar) file must be in
     */
    public FileTemplates(Path directory, Path root) {
        this(
                Objects.requireNonNull(directory, "directory").toAbsolutePath(),
                Objects.requireNonNull(root, "root").toAbsolutePath().normalize(),
                new HashMap<>());
    }

    private FileTemplates(Path directory, Path root, Map<Path, AgreementTemplate> cache) {
        this.directory = directory;
        this.root = root;
        this.cache = cache;
    }

    /**
     * The same cache and root, relative to another folder.
     *
     * @param other the folder
     * @return the templates
     */
    public FileTemplates in(Path other) {
        return new FileTemplates(other.toAbsolutePath(), root, cache);
    }

    private Path file(String reference) {
        return directory.resolve(reference).normalize();
    }

    @Override
    public boolean isInside(String reference) {
        return file(reference).startsWith(root);
    }

    @Override
    public String root() {
        return "the folder " + root;
    }

    @Override
    public AgreementTemplate resolve(String reference) throws IOException {
        Path file = existing(reference);
        AgreementTemplate cached = cache.get(file);
        if (cached == null) {
            cached = DocumentFiles.fromFileBytes(file, bytes -> template(file, bytes));
            cache.put(file, cached);
        }
        return cached;
    }

    @Override
    public Calendars.Doc calendar(String reference) throws IOException {
        Path file = existing(reference);
        return new Calendars.Doc(file.toString(), DocumentFiles.fromFileBytes(file, bytes -> {
            String text;
            try {
                text = DocumentText.decode(bytes);
                if (DocumentKinds.detect(text) != DocumentKind.CALENDAR) {
                    throw new Scenarios.NotATemplate(file.toString());
                }
            } catch (PactaJsonException e) {
                // Never a word of the file's content, as for templates.
                throw new Scenarios.NotATemplate(file.toString());
            }
            return Documents.read(DocumentKind.CALENDAR, CalendarDocument.class, text);
        }));
    }

    /** The file of a reference, if it exists and really is inside the root. */
    private Path existing(String reference) throws IOException {
        Path file = file(reference);
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString());
        }
        // A symbolic link inside the root may lead out of it: compare where the file really is.
        if (!file.toRealPath().startsWith(root.toRealPath())) {
            throw new NoSuchFileException(file.toString());
        }
        return file;
    }

    /** Reads a template file, refusing, without quoting it, any file that is not a template document. */
    private static AgreementTemplate template(Path file, byte[] bytes) throws IOException {
        String text;
        try {
            text = DocumentText.decode(bytes);
            if (DocumentKinds.detect(text) != DocumentKind.TEMPLATE) {
                throw new Scenarios.NotATemplate(file.toString());
            }
        } catch (PactaJsonException e) {
            throw new Scenarios.NotATemplate(file.toString());
        }
        return Templates.read(text, file.toString());
    }

    @Override
    public String describe(String reference) {
        return file(reference).toString();
    }
}
