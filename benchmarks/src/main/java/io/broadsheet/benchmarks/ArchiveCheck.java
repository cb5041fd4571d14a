package io.broadsheet.benchmarks;

import io.broadsheet.core.spi.ParseSession;
import io.broadsheet.core.spi.SourceInput;
import io.broadsheet.parser.text.TextParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One untimed pass of the text parser over the archive before benchmarking it: generates the archive
 * when missing, parses every page, goes on past a page that fails, and reports what it found (items by
 * kind, warnings, and each failing page with its error). Exits 1 when a page failed, since the
 * benchmark would stop at it.
 *
 * <p>{@code java -cp benchmarks-jmh.jar io.broadsheet.benchmarks.ArchiveCheck} (settings: {@link ArchiveConfig}).
 */
public final class ArchiveCheck {

    private ArchiveCheck() {
    }

    public static void main(String[] args) throws IOException {
        ArchiveGenerator.Summary summary = ArchiveGenerator.ensure(ArchiveConfig.fromSystemProperties());
        Archive archive = Archive.scan(summary.root());
        TextParser parser = new TextParser();
        ParseSession session = parser.open(parser.defaultOptions());
        ArchiveBenchmark.CountingSink sink = new ArchiveBenchmark.CountingSink();
        List<String> failures = new ArrayList<>();
        long start = System.nanoTime();
        for (Archive.Page page : archive.pages()) {
            try {
                session.parse(SourceInput.ofFile(page.file(), page.path()), sink);
            } catch (IOException | RuntimeException e) {
                failures.add(page.path() + ": " + e);
            }
        }
        session.finish(sink);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("check: %d pages, %d bytes (%.1f MB); %d items (%d articles, %d photos, %d fragments), "
                        + "%d warnings; %d pages failed; one cold pass %.1f s%n",
                archive.pages().size(), archive.bytes(), archive.bytes() / 1e6, sink.items, sink.articles, sink.photos,
                sink.fragments, sink.warnings, failures.size(), seconds);
        failures.stream().limit(20).forEach(f -> System.out.println("  failed: " + f));
        if (failures.size() > 20) {
            System.out.println("  ... and " + (failures.size() - 20) + " more");
        }
        if (!failures.isEmpty()) {
            System.exit(1);
        }
    }
}
