package io.broadsheet.core.io;

/** Checks the relative paths an exporter writes: '/'-separated, inside the output directory. */
final class OutputPaths {

    private OutputPaths() {
    }

    /** The path with '/' separators, or an exception when it is absolute or climbs with "..". */
    static String checkRelative(String relativePath) {
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
}
