package io.broadsheet.core.model;

import java.util.Objects;

/**
 * Where an article came from: its path inside the archive ('/'-separated), the first and last line it
 * was read from (1-based, inclusive; 0 when the format has no lines) and the character encoding.
 */
public record SourceRef(String path, int startLine, int endLine, String encoding) {

    public SourceRef {
        Objects.requireNonNull(path, "source path");
        if (startLine < 0 || endLine < startLine) {
            throw new IllegalArgumentException("bad line range " + startLine + "-" + endLine + " in " + path);
        }
    }

    public static SourceRef of(String path) {
        return new SourceRef(path, 0, 0, null);
    }
}
