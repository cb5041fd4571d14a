package io.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.core.json.ArticleJson;
import io.broadsheet.testkit.ArticleGenerator;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real {@code broadsheet} processes interrupted and killed mid-run: the output folder holds the
 * previous run's outputs exactly (each output wholly old or wholly new), plus at most a staging
 * folder and the lock file after SIGKILL, which the next run removes.
 */
class ProcessSafetyTest {

    private static final String FORMATS = "json,markdown,epub";

    @TempDir
    static Path shared;
    private static Path bigInput;
    private static Path smallInput;
    private static Map<String, String> previous;
    private static Map<String, String> complete;

    @TempDir
    Path tmp;

    @BeforeAll
    static void generateArchives() throws Exception {
        smallInput = jsonl(shared.resolve("small"), 1, 5, 1);
        bigInput = jsonl(shared.resolve("big"), 4, 800, 2);
        previous = snapshot(runToEnd(smallInput, shared.resolve("previous")));
        complete = snapshot(runToEnd(bigInput, shared.resolve("complete")));
    }

    private static Path jsonl(Path dir, int files, int articlesPerFile, long seed) throws IOException {
        Files.createDirectories(dir);
        for (int f = 0; f < files; f++) {
            String lines = new ArticleGenerator(seed * 100 + f).generate(articlesPerFile).stream().map(ArticleJson::write)
                    .collect(Collectors.joining("\n", "", "\n"));
            Files.writeString(dir.resolve("part-" + f + ".jsonl"), lines, StandardCharsets.UTF_8);
        }
        return dir;
    }

    private static Path runToEnd(Path input, Path out) throws Exception {
        ChildRun run = ChildRun.start(shared, "convert", input.toString(), "--to", FORMATS, "-o", out.toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        return out;
    }

    /** Every file below {@code dir} by relative path, with a digest of its bytes. */
    private static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Integer.toHexString(Arrays.hashCode(Files.readAllBytes(p))));
            }
        }
        return files;
    }

    private static Map<String, String> part(Map<String, String> files, String output) {
        Map<String, String> part = new TreeMap<>();
        files.forEach((path, digest) -> {
            if (path.equals(output) || path.startsWith(output + "/")) {
                part.put(path, digest);
            }
        });
        return part;
    }

    private Path previousRun() throws Exception {
        Path out = tmp.resolve("out");
        runToEnd(smallInput, out);
        assertThat(snapshot(out)).isEqualTo(previous);
        return out;
    }

    @Test
    void ctrlCMidRunLeavesExactlyThePreviousFilesAndSaysSo() throws Exception {
        Path out = previousRun();
        ChildRun run = ChildRun.start(tmp, "convert", bigInput.toString(), "--to", FORMATS, "-o", out.toString());
        Assumptions.assumeTrue(run.awaitStaging(out), "the run ended before it could be interrupted");

        run.signal("INT");

        assertThat(run.exitCode()).isEqualTo(130);
        assertThat(run.stderr()).contains("interrupted: nothing written").doesNotContain("Exception");
        assertThat(snapshot(out)).isEqualTo(previous);
    }

    @Test
    void sigtermMidRunLeavesExactlyThePreviousFiles() throws Exception {
        Path out = previousRun();
        ChildRun run = ChildRun.start(tmp, "convert", bigInput.toString(), "--to", FORMATS, "-o", out.toString());
        Assumptions.assumeTrue(run.awaitStaging(out), "the run ended before it could be interrupted");
        Thread.sleep(300);

        run.signal("TERM");

        assertThat(run.exitCode()).isEqualTo(143);
        assertThat(run.stderr()).contains("interrupted: ");
        assertOutputsWholeAndNoLeftovers(out, false);
    }

    @Test
    void sigkillAtSeveralPointsLeavesEachOutputWholeAndTheNextRunCleansUp() throws Exception {
        int[] delaysMs = {0, 200, 700};
        for (int delayMs : delaysMs) {
            Path out = previousRun();
            ChildRun run = ChildRun.start(tmp, "convert", bigInput.toString(), "--to", FORMATS, "-o", out.toString());
            if (!run.awaitStaging(out)) {
                continue;
            }
            Thread.sleep(delayMs);

            run.killHard();
            run.exitCode();

            assertOutputsWholeAndNoLeftovers(out, true);
            if (delayMs == delaysMs[delaysMs.length - 1]) {
                runToEnd(bigInput, out);
                assertThat(snapshot(out)).as("the next run after a kill at %d ms", delayMs).isEqualTo(complete);
            }
            deleteTree(out);
        }
    }

    @Test
    void aRunRefusesAFolderAnotherRunIsWritingToAndLeavesItAlone() throws Exception {
        Path out = previousRun();
        Path lockFile = out.resolve(".broadsheet.lock");
        // Held as a running conversion holds it (an OS file lock, seen by other processes), so that the
        // second run meets it however fast the machine is: two real runs raced, and on an idle machine
        // the first could finish before the second started.
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock held = channel.lock()) {
            ChildRun second = ChildRun.start(tmp, "convert", bigInput.toString(), "--to", FORMATS, "-o", out.toString());

            assertThat(second.exitCode()).as(second.stderr()).isEqualTo(2);
            assertThat(second.stderr()).contains("another broadsheet run is writing to " + out);
            Map<String, String> left = snapshot(out);
            left.remove(".broadsheet.lock");
            assertThat(left).isEqualTo(previous);
            Files.delete(lockFile); // as a run does before it releases the lock
        }

        runToEnd(bigInput, out);
        assertThat(snapshot(out)).isEqualTo(complete);
    }

    /** Each output is exactly the previous run's or exactly the complete new one; hidden files only after a kill. */
    private static void assertOutputsWholeAndNoLeftovers(Path out, boolean killed) throws IOException {
        Map<String, String> now = snapshot(out);
        Map<String, String> visible = new TreeMap<>(now);
        visible.keySet().removeIf(p -> p.startsWith(".broadsheet-staging-") || p.equals(".broadsheet.lock"));
        if (!killed) {
            assertThat(now).isEqualTo(visible);
        }
        for (String output : new String[] {"articles.jsonl", "markdown", "archive.epub"}) {
            assertThat(part(visible, output)).as(output).isIn(part(previous, output), part(complete, output));
        }
        assertThat(visible.keySet()).allSatisfy(p -> assertThat(p).matches("(articles\\.jsonl|markdown/.*|archive\\.epub)"));
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
