package io.broadsheet.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the synthetic archive lives and what it holds, from system properties (which JMH passes on to
 * its forked JVM):
 *
 * <ul>
 *   <li>{@code broadsheet.bench.archive}: the folder; default {@code benchmarks/target/archive} when run
 *       from the project root, else {@code target/archive}</li>
 *   <li>{@code broadsheet.bench.archiveMb}: the least size, in MiB; default 100</li>
 *   <li>{@code broadsheet.bench.seed}: the generator's seed; default {@value #DEFAULT_SEED}</li>
 * </ul>
 */
public record ArchiveConfig(Path root, long mebibytes, long seed) {

    public static final long DEFAULT_SEED = 20_240_601L;
    public static final long DEFAULT_MIB = 100;

    public ArchiveConfig {
        if (mebibytes < 1) {
            throw new IllegalArgumentException("archive size must be at least 1 MiB, got " + mebibytes);
        }
    }

    public static ArchiveConfig fromSystemProperties() {
        String dir = System.getProperty("broadsheet.bench.archive");
        Path root = dir != null && !dir.isBlank() ? Path.of(dir)
                : Files.isRegularFile(Path.of("benchmarks", "pom.xml")) ? Path.of("benchmarks", "target", "archive")
                : Path.of("target", "archive");
        return new ArchiveConfig(root, Long.getLong("broadsheet.bench.archiveMb", DEFAULT_MIB),
                Long.getLong("broadsheet.bench.seed", DEFAULT_SEED));
    }
}
