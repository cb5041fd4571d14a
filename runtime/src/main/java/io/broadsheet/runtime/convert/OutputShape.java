package io.broadsheet.runtime.convert;

import io.broadsheet.core.spi.Exporter;
import io.broadsheet.runtime.plugin.Loaded;
import io.broadsheet.runtime.plugin.PluginRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * What {@code -o} names, in pandoc's habits: {@code -} is standard output; a path ending in the
 * extension of a format's file ({@code book.epub}, {@code all.jsonl}) is that one file, unless a
 * folder of that name exists; anything else is a folder.
 */
final class OutputShape {

    /** Extensions of files a terminal can show; anything else (an EPUB) is binary. */
    private static final Set<String> TEXT_EXTENSIONS = Set.of("jsonl", "json", "csv", "tsv", "md", "txt", "html", "xml", "yaml");

    private OutputShape() {
    }

    static boolean isStandardOutput(String output) {
        return ConversionPlan.STANDARD_OUTPUT.equals(output);
    }

    /** The exporter whose file an output path names by its extension, or null when the path is a folder. */
    static Loaded<Exporter<?>> fileFormat(String output, PluginRegistry registry) {
        if (output == null || isStandardOutput(output) || Files.isDirectory(Path.of(output))) {
            return null;
        }
        String extension = extension(output);
        if (extension == null) {
            return null;
        }
        for (Loaded<Exporter<?>> exporter : registry.exporters().values()) {
            if (extension.equals(extension(exporter.plugin().defaultOutputName()))) {
                return exporter;
            }
        }
        return null;
    }

    /** True when the output name is a folder (no extension), which no single stream can carry. */
    static boolean isFolder(String outputName) {
        return extension(outputName) == null;
    }

    static boolean isBinary(String outputName) {
        String extension = extension(outputName);
        return extension != null && !TEXT_EXTENSIONS.contains(extension);
    }

    private static String extension(String path) {
        String name = Path.of(path).getFileName() == null ? "" : Path.of(path).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && dot < name.length() - 1 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : null;
    }
}
