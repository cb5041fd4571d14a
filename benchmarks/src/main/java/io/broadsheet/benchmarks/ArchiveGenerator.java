package io.broadsheet.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Writes the synthetic archive the benchmarks read: editions of three invented publications, day after
 * day, as {@code {publication}/{yyyy-MM-dd}/{page}.txt} (the text parser's default path pattern), each
 * page 15-25 KB of UTF-8, until the archive holds at least the requested size. Deterministic: the same
 * seed and size give the same files, byte for byte.
 *
 * <p>A hidden marker file ({@value #MARKER}) written last records what was generated; {@link #ensure}
 * reuses an archive whose marker matches, regenerates one whose marker differs, and refuses to touch a
 * non-empty folder without a marker (it is not ours).
 *
 * <p>Run standalone: {@code java -cp benchmarks-jmh.jar io.broadsheet.benchmarks.ArchiveGenerator
 * [--dir DIR] [--mb MIB] [--seed N]} (defaults: the system properties of {@link ArchiveConfig}).
 */
public final class ArchiveGenerator {

    /** Bumped whenever the generator's output changes, so that an old archive is regenerated. */
    static final int VERSION = 1;
    static final String MARKER = ".broadsheet-bench-archive";

    /** Invented publications and their page counts. */
    static final List<String> PUBLICATIONS = List.of("qinghe-daily", "songlin-evening", "nanhu-metro");
    static final int[] PAGES = {8, 6, 4};
    static final LocalDate FIRST_DAY = LocalDate.of(2023, 3, 1);

    private ArchiveGenerator() {
    }

    /** What an archive folder holds. */
    public record Summary(Path root, int pages, long bytes, boolean generated) {
    }

    public static void main(String[] args) throws IOException {
        ArchiveConfig config = ArchiveConfig.fromSystemProperties();
        Path dir = config.root();
        long mib = config.mebibytes();
        long seed = config.seed();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--dir" -> dir = Path.of(args[++i]);
                case "--mb" -> mib = Long.parseLong(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                default -> {
                    System.err.println("usage: ArchiveGenerator [--dir DIR] [--mb MIB] [--seed N]");
                    System.exit(2);
                }
            }
        }
        long start = System.nanoTime();
        Summary s = ensure(new ArchiveConfig(dir, mib, seed));
        System.out.printf("archive %s: %d pages, %d bytes (%.1f MB)%s%n", s.root(), s.pages(), s.bytes(),
                s.bytes() / 1e6, s.generated() ? String.format(", generated in %.1f s", (System.nanoTime() - start) / 1e9) : ", reused");
    }

    /** The archive of {@code config}, generated when missing or generated with other settings. */
    public static synchronized Summary ensure(ArchiveConfig config) throws IOException {
        Path root = config.root().toAbsolutePath().normalize();
        long targetBytes = config.mebibytes() * 1024 * 1024;
        Properties wanted = new Properties();
        wanted.setProperty("generator", Integer.toString(VERSION));
        wanted.setProperty("seed", Long.toString(config.seed()));
        wanted.setProperty("targetBytes", Long.toString(targetBytes));
        Path marker = root.resolve(MARKER);
        if (Files.isRegularFile(marker)) {
            Properties found = new Properties();
            try (var in = Files.newBufferedReader(marker, StandardCharsets.UTF_8)) {
                found.load(in);
            }
            if (wanted.entrySet().stream().allMatch(e -> e.getValue().equals(found.getProperty((String) e.getKey())))) {
                return new Summary(root, Integer.parseInt(found.getProperty("pages")), Long.parseLong(found.getProperty("bytes")), false);
            }
            deleteTree(root); // ours (it has the marker), generated with other settings
        } else if (Files.isDirectory(root)) {
            try (Stream<Path> entries = Files.list(root)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException(root + " is not empty and holds no " + MARKER
                            + ": not a generated archive; refusing to write into it (choose another -Dbroadsheet.bench.archive)");
                }
            }
        }
        Files.createDirectories(root);
        int pages = 0;
        long bytes = 0;
        for (int day = 0; bytes < targetBytes; day++) {
            LocalDate date = FIRST_DAY.plusDays(day);
            for (int pub = 0; pub < PUBLICATIONS.size() && bytes < targetBytes; pub++) {
                Path folder = root.resolve(PUBLICATIONS.get(pub)).resolve(date.toString());
                Files.createDirectories(folder);
                List<String> edition = new PageComposer(config.seed(), pub, date, PAGES[pub]).compose();
                for (int p = 0; p < edition.size(); p++) {
                    byte[] page = PageComposer.encode(edition.get(p));
                    Files.write(folder.resolve(String.format("%02d.txt", p + 1)), page);
                    pages++;
                    bytes += page.length;
                }
            }
        }
        Properties done = new Properties();
        done.putAll(wanted);
        done.setProperty("pages", Integer.toString(pages));
        done.setProperty("bytes", Long.toString(bytes));
        try (var out = Files.newBufferedWriter(marker, StandardCharsets.UTF_8)) {
            done.store(out, "synthetic archive of broadsheet-benchmarks; regenerated when these settings change");
        }
        return new Summary(root, pages, bytes, true);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
