package io.broadsheet.testkit;

import io.broadsheet.core.spi.OutputTarget;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An {@link OutputTarget} in memory that records which files were created and whether they were closed,
 * for exporter tests that need no folder: {@code new MemoryTarget("articles.csv")}, then
 * {@code exporter.open(options, target)}, then {@link #text(String)}. Creating a file twice fails the test.
 */
public final class MemoryTarget implements OutputTarget {

    private final String name;
    private final Map<String, ByteArrayOutputStream> files = new LinkedHashMap<>();
    private final Map<String, Boolean> closed = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();

    /** @param name what {@link #name()} answers: the exporter's output file or folder */
    public MemoryTarget(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public OutputStream create(String relativePath) {
        if (files.containsKey(relativePath)) {
            throw new AssertionError("file created twice: " + relativePath);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        files.put(relativePath, bytes);
        closed.put(relativePath, false);
        return new FilterOutputStream(bytes) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                closed.put(relativePath, true);
                super.close();
            }
        };
    }

    /** Paths in creation order. */
    public Map<String, byte[]> bytes() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        files.forEach((k, v) -> out.put(k, v.toByteArray()));
        return out;
    }

    /** Every file as UTF-8 text, in creation order. */
    public Map<String, String> texts() {
        Map<String, String> out = new LinkedHashMap<>();
        files.forEach((k, v) -> out.put(k, v.toString(StandardCharsets.UTF_8)));
        return out;
    }

    /** One file as UTF-8 text; fails the test when no such file was created. */
    public String text(String path) {
        ByteArrayOutputStream b = files.get(path);
        if (b == null) {
            throw new AssertionError("no file " + path + " among " + files.keySet());
        }
        return b.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void warn(String articleId, String message) {
        warnings.add(articleId + ": " + message);
    }

    /** The warnings the exporter gave, each "ARTICLE-ID: message", in order. */
    public List<String> warnings() {
        return warnings;
    }

    /** Whether the exporter closed every file it created. */
    public boolean allClosed() {
        return !closed.containsValue(false);
    }
}
