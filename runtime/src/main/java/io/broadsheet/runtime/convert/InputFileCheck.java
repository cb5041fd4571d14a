package io.broadsheet.runtime.convert;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * Decides whether a path found among the inputs can be read, before anything opens it: a named pipe
 * would block a reader forever, a device never ends, an empty file holds nothing to convert.
 * Returns why a path is skipped (a reason without the path, which the caller puts in front), or null.
 */
final class InputFileCheck {

    private InputFileCheck() {
    }

    /** @param attrs the path's attributes, links followed where they resolve */
    static String skipReason(Path path, BasicFileAttributes attrs) {
        if (attrs.isSymbolicLink()) {
            return "broken symbolic link; skipped";
        }
        if (attrs.isDirectory()) {
            return namedLikeAFile(path) ? "a folder named like a file; skipped" : null;
        }
        if (attrs.isOther()) {
            return "not a regular file (a named pipe, device or socket); skipped";
        }
        if (!Files.isReadable(path)) {
            return "cannot read: permission denied; skipped";
        }
        if (attrs.size() == 0) {
            return "empty file (0 bytes); skipped";
        }
        return null;
    }

    /** An unpacked container (an EPUB or zip extracted into a folder) is not the file its name promises. */
    static boolean namedLikeAFile(Path dir) {
        Path name = dir.getFileName();
        String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".epub") || n.endsWith(".zip");
    }
}
