package io.broadsheet.parser.text;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.broadsheet.testkit.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the shared corpus scorer ({@code ../shared/eval/score.py}) on parser output and reads its summary
 * line. When the scorer or python3 is missing the calling test is skipped, saying so, unless
 * {@code BROADSHEET_REQUIRE_CORPUS=1}, where that is a failure.
 */
final class CorpusScorer {

    /** The scorer's last line: {@code articles P=… R=… F1=… fields=… joins=… photos=… dups=…}. */
    record Score(double precision, double recall, double f1, double fields, double joins, double photos, double duplicates) {
    }

    private static final Pattern SUMMARY = Pattern.compile(
            "articles P=([\\d.]+) R=([\\d.]+) F1=([\\d.]+) fields=([\\d.]+) joins=([\\d.]+) photos=([\\d.]+) dups=([\\d.]+)");

    private final Path script;

    private CorpusScorer(Path script) {
        this.script = script;
    }

    /** The scorer, or skip/fail as described above. */
    static CorpusScorer require() {
        Optional<Path> script = Corpus.root().map(r -> r.resolveSibling("eval").resolve("score.py")).filter(Files::isRegularFile);
        if (script.isEmpty()) {
            unavailable("../shared/eval/score.py not found");
        } else if (!pythonRuns()) {
            unavailable("python3 not found on the PATH");
        }
        return new CorpusScorer(script.orElseThrow());
    }

    private static void unavailable(String why) {
        String message = "corpus scorer unavailable: " + why + "; test SKIPPED";
        if ("1".equals(System.getenv(Corpus.REQUIRE_ENV))) {
            fail(message.replace("test SKIPPED", Corpus.REQUIRE_ENV + "=1 requires it"));
        }
        System.err.println("[corpus] " + message);
        assumeTrue(false, message);
    }

    private static boolean pythonRuns() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** One scoring: predicted JSON Lines against a folder of gold files. */
    record Run(Path predicted, Path goldDir) {
    }

    /**
     * Scores every run with one python3 process (starting one per run costs seconds on a busy machine):
     * each run executes score.py as its command line would, with its own arguments.
     */
    List<Score> score(List<Run> runs) throws IOException, InterruptedException {
        StringBuilder driver = new StringBuilder("import runpy, sys\nfor pred, gold in [");
        for (Run r : runs) {
            driver.append('(').append(quote(r.predicted())).append(", ").append(quote(r.goldDir())).append("), ");
        }
        driver.append("]:\n    sys.argv = [").append(quote(script)).append(", pred, gold]\n")
                .append("    try:\n        runpy.run_path(sys.argv[0], run_name='__main__')\n")
                .append("    except SystemExit:\n        pass\n    sys.stdout.flush()\n");
        Process p = new ProcessBuilder(List.of("python3", "-c", driver.toString())).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("score.py did not finish within 120 s");
        }
        List<Score> scores = new java.util.ArrayList<>();
        Matcher m = SUMMARY.matcher(out);
        while (m.find()) {
            scores.add(new Score(d(m, 1), d(m, 2), d(m, 3), d(m, 4), d(m, 5), d(m, 6), d(m, 7)));
        }
        if (scores.size() != runs.size()) {
            throw new AssertionError("score.py printed " + scores.size() + " summary lines for " + runs.size()
                    + " runs (exit " + p.exitValue() + "):\n" + out);
        }
        return scores;
    }

    /** A path as a Python string literal. */
    private static String quote(Path path) {
        return "'" + path.toAbsolutePath().toString().replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static double d(Matcher m, int group) {
        return Double.parseDouble(m.group(group));
    }
}
