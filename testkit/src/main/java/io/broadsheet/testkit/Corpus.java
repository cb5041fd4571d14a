package io.broadsheet.testkit;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The shared corpus of real files ({@code ../shared/corpus} beside the project). Tests that read it call
 * {@link #require(String)}: when the corpus is absent the test is skipped with a message saying so,
 * unless {@code BROADSHEET_REQUIRE_CORPUS=1} (set by CI), where its absence is a failure.
 */
public final class Corpus {

    public static final String REQUIRE_ENV = "BROADSHEET_REQUIRE_CORPUS";

    private Corpus() {
    }

    /** The corpus root, searched upwards from the working directory; empty when not found. */
    public static Optional<Path> root() {
        String override = System.getenv("BROADSHEET_CORPUS");
        if (override != null && !override.isBlank()) {
            Path p = Path.of(override);
            return Files.isDirectory(p) ? Optional.of(p.toAbsolutePath().normalize()) : Optional.empty();
        }
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 6 && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolve("../shared/corpus").normalize();
            if (Files.isDirectory(candidate.resolve("seeds"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The corpus sub-folder {@code relative} (e.g. "seeds", "external/epub"), or skip/fail as described above. */
    public static Path require(String relative) {
        Optional<Path> root = root();
        Path dir = root.map(r -> r.resolve(relative)).orElse(null);
        boolean present = dir != null && Files.exists(dir);
        if (!present) {
            String message = "shared corpus folder '" + relative + "' not found (looked for ../shared/corpus"
                    + " above " + Path.of("").toAbsolutePath() + "); test SKIPPED";
            if ("1".equals(System.getenv(REQUIRE_ENV))) {
                fail(message.replace("test SKIPPED", "and " + REQUIRE_ENV + "=1 requires it"));
            }
            System.err.println("[broadsheet-testkit] " + message);
            assumeTrue(false, message);
        }
        return dir;
    }
}
