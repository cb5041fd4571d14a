package io.broadsheet.parser.epub.internal;

import io.broadsheet.core.error.LimitExceededException;
import io.broadsheet.core.spi.ArticleSink;
import io.broadsheet.core.spi.ParseSession;
import io.broadsheet.core.spi.SourceInput;
import io.broadsheet.parser.epub.EpubParserOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One run of the EPUB parser. A zip needs random access: a book that is not a file on disk (an entry
 * of a zip archive, say) is first copied to a temporary file, within the size limit, and removed after.
 */
public final class EpubSession implements ParseSession {

    private final EpubParserOptions options;

    public EpubSession(EpubParserOptions options) {
        this.options = options;
    }

    @Override
    public void parse(SourceInput input, ArticleSink sink) throws IOException {
        Path file = input.file().orElse(null);
        Path temporary = file == null ? copy(input) : null;
        try (EpubArchive archive = EpubArchive.open(file != null ? file : temporary, input.path(), options)) {
            new BookReader(archive, input.path(), options, sink).read();
        } finally {
            if (temporary != null) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    private Path copy(SourceInput input) throws IOException {
        Path temporary = Files.createTempFile("broadsheet-epub-", ".epub");
        try (InputStream in = input.open(); OutputStream out = Files.newOutputStream(temporary)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int r; (r = in.read(buffer)) > 0; ) {
                total += r;
                if (total > options.maxTotalBytes()) {
                    throw new LimitExceededException(input.path(), 0, "larger than maxTotalMegabytes ("
                            + options.maxTotalMegabytes() + " MB)");
                }
                out.write(buffer, 0, r);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        return temporary;
    }
}
