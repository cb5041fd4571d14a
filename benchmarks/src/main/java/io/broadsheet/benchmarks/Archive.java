package io.broadsheet.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The pages of an archive folder in the order a conversion reads them: sorted by path inside the
 * archive ('/'-separated), hidden files skipped, {@code .txt} files only.
 */
public record Archive(Path root, List<Page> pages, long bytes) {

    /** One page file: where it is, its path inside the archive (what the parser is given) and its size. */
    public record Page(Path file, String path, long size) {
    }

    public static Archive scan(Path root) throws IOException {
        Path base = root.toAbsolutePath().normalize();
        List<Page> pages = new ArrayList<>();
        try (Stream<Path> all = Files.walk(base)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                String name = p.getFileName().toString();
                if (Files.isRegularFile(p) && name.endsWith(".txt") && !hidden(base, p)) {
                    pages.add(new Page(p, base.relativize(p).toString().replace('\\', '/'), Files.size(p)));
                }
            }
        }
        pages.sort(Comparator.comparing(Page::path));
        long bytes = pages.stream().mapToLong(Page::size).sum();
        return new Archive(base, List.copyOf(pages), bytes);
    }

    private static boolean hidden(Path base, Path p) {
        for (Path part : base.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
