package io.broadsheet.parser.sqlite.internal;

import io.broadsheet.core.spi.SourceInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * SQLite reads a file, not a stream: a real file is opened where it is; any other input (a zip entry)
 * is copied to a temporary file that {@link #close()} deletes.
 */
final class LocalFile implements AutoCloseable {

    private final Path path;
    private final boolean temporary;

    private LocalFile(Path path, boolean temporary) {
        this.path = path;
        this.temporary = temporary;
    }

    static LocalFile of(SourceInput input) throws IOException {
        if (input.file().isPresent()) {
            return new LocalFile(input.file().get(), false);
        }
        Path copy = Files.createTempFile("broadsheet-", ".sqlite");
        try (InputStream in = input.open()) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
        return new LocalFile(copy, true);
    }

    Path path() {
        return path;
    }

    @Override
    public void close() throws IOException {
        if (temporary) {
            Files.deleteIfExists(path);
        }
    }
}
