package io.broadsheet.core.io;

import io.broadsheet.core.spi.OutputTarget;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * An {@link OutputTarget} that writes into a hidden staging folder inside the output directory and
 * puts the output in place on {@link #commit()}: the whole output (its file, or its whole folder) is
 * swapped in by rename, so no file of an earlier run survives next to the new ones and nothing is
 * ever half-replaced; {@link #discard()} removes the staging folder instead. The staging folder sits
 * in the output directory so the final move is a rename on the same file system.
 *
 * <p>Thread-safe where it matters: {@link #discard()} may run from a shutdown hook while the run's
 * thread is still writing; after it, {@link #create} refuses and {@link #commit()} does nothing.
 */
public final class StagedOutput implements OutputTarget {

    /** Name prefix of every staging folder; a later run sweeps the ones a killed run left behind. */
    public static final String STAGING_PREFIX = ".broadsheet-staging-";

    private final Path outputDir;
    private final String name;
    private Path stagingDir;
    private boolean closed;

    public StagedOutput(Path outputDir, String name) {
        this.outputDir = outputDir;
        this.name = OutputPaths.checkRelative(name);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public synchronized OutputStream create(String relativePath) throws IOException {
        String clean = OutputPaths.checkRelative(relativePath);
        if (!clean.equals(name) && !clean.startsWith(name + "/")) {
            throw new IllegalArgumentException("output path '" + relativePath + "' lies outside this output ('" + name + "')");
        }
        if (closed) {
            throw new IOException("the run was stopped; nothing more is written");
        }
        if (stagingDir == null) {
            Files.createDirectories(outputDir);
            stagingDir = Files.createTempDirectory(outputDir, STAGING_PREFIX);
        }
        Path file = stagingDir.resolve(clean);
        Files.createDirectories(file.getParent());
        return Files.newOutputStream(file);
    }

    /** The final location of a staged path. */
    public Path resolve(String relativePath) {
        return outputDir.resolve(OutputPaths.checkRelative(relativePath));
    }

    /**
     * Puts the staged output in place by one rename (see {@link OutputSwap}), replacing the whole
     * earlier output, then removes the staging folder. Returns the output's final path, or nothing
     * when the exporter wrote nothing (the earlier output, if any, then stays).
     */
    public synchronized List<Path> commit() throws IOException {
        if (closed || stagingDir == null) {
            closed = true;
            return List.of();
        }
        closed = true;
        Path target = outputDir.resolve(name);
        OutputSwap.swap(stagingDir, name, target);
        Staging.deleteTree(stagingDir);
        stagingDir = null;
        return List.of(target);
    }

    /** Removes every staged file: the outputs that existed before stay as they were. */
    public synchronized void discard() {
        closed = true;
        if (stagingDir != null) {
            try {
                Staging.deleteTree(stagingDir);
            } catch (IOException e) {
                throw new UncheckedIOException("could not remove staging folder " + stagingDir, e);
            }
            stagingDir = null;
        }
    }
}
