package io.broadsheet.core.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/** Removes staging folders: one's own when a run ends, and the ones a killed run left behind. */
public final class Staging {

    private Staging() {
    }

    /**
     * Removes every staging folder in {@code outputDir} (call it only while holding the output
     * folder's lock). An earlier output found waiting inside one, because a run was killed in the
     * middle of a folder swap, is first put back where it was. Returns how many folders were removed.
     */
    public static int sweep(Path outputDir) throws IOException {
        if (!Files.isDirectory(outputDir)) {
            return 0;
        }
        int swept = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(outputDir, StagedOutput.STAGING_PREFIX + "*")) {
            for (Path staging : entries) {
                if (!Files.isDirectory(staging, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                restorePrevious(outputDir, staging);
                deleteTree(staging);
                swept++;
            }
        }
        return swept;
    }

    private static void restorePrevious(Path outputDir, Path staging) throws IOException {
        Path previous = staging.resolve(OutputSwap.PREVIOUS);
        Path nameFile = staging.resolve(OutputSwap.PREVIOUS_NAME);
        if (!Files.exists(previous, LinkOption.NOFOLLOW_LINKS) || !Files.isRegularFile(nameFile)) {
            return;
        }
        Path target = outputDir.resolve(OutputPaths.checkRelative(Files.readString(nameFile, StandardCharsets.UTF_8)));
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(previous, target, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Deletes a tree without following links; files that vanish meanwhile are no error. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null && !(e instanceof NoSuchFileException)) {
                    throw e;
                }
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
