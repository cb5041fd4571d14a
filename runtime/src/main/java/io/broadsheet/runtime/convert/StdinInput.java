package io.broadsheet.runtime.convert;

import io.broadsheet.core.spi.SourceInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Standard input as one input ({@code -} on the command line). It is copied to a temporary file
 * first: a parser (or format detection) may open an input more than once, and a stream cannot.
 */
final class StdinInput {

    static final String NAME = "-";
    /** The input's path in messages and in {@code source.path}. */
    static final String PATH = "stdin";

    private StdinInput() {
    }

    static void spool(InputSet set) {
        try {
            Path copy = Files.createTempFile("broadsheet-stdin-", ".tmp");
            set.keepOpen(() -> Files.deleteIfExists(copy));
            Files.copy(System.in, copy, StandardCopyOption.REPLACE_EXISTING);
            if (Files.size(copy) == 0) {
                set.error(PATH + ": empty (nothing was piped in); skipped");
                return;
            }
            set.add(SourceInput.ofFile(copy, PATH));
        } catch (IOException e) {
            set.error(PATH + ": cannot read: " + PlainMessages.reason(e));
        }
    }
}
