package io.broadsheet.core.spi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One input of an archive: a file, or an entry of a zip. A parser reads it through {@link #open()},
 * which gives a new stream on every call; the caller of {@code open()} closes what it opened.
 */
public interface SourceInput {

    /** Path inside the archive, '/'-separated: what errors and {@code source.path} name. */
    String path();

    /** A fresh stream over the raw bytes. */
    InputStream open() throws IOException;

    /** Size in bytes, or -1 when unknown. */
    long size();

    /** The file on disk when the input is one (lets a zip-based format use random access). */
    default Optional<Path> file() {
        return Optional.empty();
    }

    /** The file name: the last segment of {@link #path()}. */
    default String fileName() {
        String p = path();
        return p.substring(p.lastIndexOf('/') + 1);
    }

    static SourceInput ofFile(Path file, String path) {
        return new SourceInput() {
            @Override public String path() { return path; }
            @Override public InputStream open() throws IOException { return Files.newInputStream(file); }
            @Override public long size() {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    return -1;
                }
            }
            @Override public Optional<Path> file() { return Optional.of(file); }
        };
    }

    static SourceInput ofBytes(String path, byte[] bytes) {
        byte[] copy = bytes.clone();
        return new SourceInput() {
            @Override public String path() { return path; }
            @Override public InputStream open() { return new ByteArrayInputStream(copy); }
            @Override public long size() { return copy.length; }
        };
    }
}
