package io.broadsheet.runtime.convert;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks an output folder before the run reads anything, so that a bad location costs no work. */
final class OutputLocation {

    private OutputLocation() {
    }

    static void check(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new OutputLocationException("the output " + dir + " is a file, not a folder; choose a folder"
                    + " (or a file name ending in the format's extension, e.g. book.epub)");
        }
        for (Path p = dir.toAbsolutePath().getParent(); p != null && !Files.exists(dir); p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                throw new OutputLocationException("cannot create the output folder " + dir + ": " + p + " is a file");
            }
            if (Files.exists(p)) {
                break;
            }
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new OutputLocationException("cannot create the output folder " + dir + ": " + PlainMessages.reason(e));
        }
        if (!Files.isWritable(dir)) {
            throw new OutputLocationException("the output folder " + dir + " is read-only");
        }
    }
}
