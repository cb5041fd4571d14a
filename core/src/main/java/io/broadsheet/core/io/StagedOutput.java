package io.broadsheet.core.io;

import io.broadsheet.core.spi.OutputTarget;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * An {@link OutputTarget} that writes into a hidden staging folder inside the output directory and
 * moves the files into place on {@link #commit()}; {@link #discard()} removes them instead. The
 * staging folder sits in the output directory so the final move is a rename on the same file system.
 */
public final class StagedOutput implements OutputTarget {

    private final Path outputDir;
    private final String name;
    private final TreeSet<String> staged = new TreeSet<>();
    private Path stagingDir;

    public StagedOutput(Path outputDir, String name) {
        this.outputDir = outputDir;
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public OutputStream create(String relativePath) throws IOException {
        String clean = checkRelative(relativePath);
        if (stagingDir == null) {
            Files.createDirectories(outputDir);
            stagingDir = Files.createTempDirectory(outputDir, ".broadsheet-staging-");
        }
        Path file = stagingDir.resolve(clean);
        Files.createDirectories(file.getParent());
        staged.add(clean);
        return Files.newOutputStream(file);
    }

    /** The final location of a staged path. */
    public Path resolve(String relativePath) {
        return outputDir.resolve(checkRelative(relativePath));
    }

    /** Moves every staged file to its final place, replacing what was there, then removes the staging folder. */
    public List<Path> commit() throws IOException {
        List<Path> written = new ArrayList<>();
        if (stagingDir == null) {
            return written;
        }
        for (String relative : staged) {
            Path target = outputDir.resolve(relative);
            Files.createDirectories(target.getParent());
            move(stagingDir.resolve(relative), target);
            written.add(target);
        }
        deleteTree(stagingDir);
        stagingDir = null;
        staged.clear();
        return written;
    }

    /** Removes every staged file: the outputs that existed before stay as they were. */
    public void discard() {
        if (stagingDir != null) {
            try {
                deleteTree(stagingDir);
            } catch (IOException e) {
                throw new UncheckedIOException("could not remove staging folder " + stagingDir, e);
            }
            stagingDir = null;
            staged.clear();
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String checkRelative(String relativePath) {
        String p = relativePath.replace('\\', '/');
        if (p.isEmpty() || p.startsWith("/") || p.matches("^[A-Za-z]:.*")) {
            throw new IllegalArgumentException("output path must be relative: " + relativePath);
        }
        for (String segment : p.split("/")) {
            if (segment.equals("..") || segment.equals(".") || segment.isEmpty()) {
                throw new IllegalArgumentException("output path must not contain '.', '..' or '//': " + relativePath);
            }
        }
        return p;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
