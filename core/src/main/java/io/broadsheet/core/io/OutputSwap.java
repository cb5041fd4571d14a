package io.broadsheet.core.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Puts one staged output in place. A file replaces a file by one atomic rename. A folder cannot be
 * renamed over a non-empty folder, so the earlier one is first renamed into the staging folder
 * (its name written down beforehand) and the new one renamed into place: a kill between the two
 * renames leaves the earlier output whole inside the staging folder, and {@link Staging#sweep}
 * puts it back.
 */
final class OutputSwap {

    /** Where the earlier output waits inside the staging folder while a folder is swapped. */
    static final String PREVIOUS = ".broadsheet-previous";
    /** The output name of {@link #PREVIOUS}, written before it is moved there. */
    static final String PREVIOUS_NAME = ".broadsheet-previous-name";

    private OutputSwap() {
    }

    static void swap(Path stagingDir, String name, Path target) throws IOException {
        Path staged = stagingDir.resolve(name);
        Files.createDirectories(target.getParent());
        boolean folderInvolved = Files.isDirectory(staged, LinkOption.NOFOLLOW_LINKS)
                || Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS);
        if (folderInvolved && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Files.writeString(stagingDir.resolve(PREVIOUS_NAME), name, StandardCharsets.UTF_8);
            Files.move(target, stagingDir.resolve(PREVIOUS), StandardCopyOption.ATOMIC_MOVE);
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
        } else {
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
