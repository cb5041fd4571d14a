package io.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.testkit.Corpus;
import io.broadsheet.testkit.ExportRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every output file of the sample archive and of the seed pages, in every built-in format, and the JSON Lines
 * each format's parser reads back from those files, has the SHA-256
 * recorded in {@code src/test/checksums/outputs.sha256} (the format of {@code sha256sum}), so that a refactoring
 * shows it changed no byte. A change that is meant to alter outputs records them anew with
 * {@code mvn -B -q -pl cli -am verify -Dtest=OutputChecksumsTest -Dsurefire.failIfNoSpecifiedTests=false -Dbroadsheet.checksums=update}
 * (see the README); the diff of that file shows which outputs it changed.
 */
class OutputChecksumsTest {

    private static final Path CHECKSUMS = Path.of("src/test/checksums/outputs.sha256");
    private static final String UPDATE_PROPERTY = "broadsheet.checksums";
    private static final String FORMATS = "json,markdown,csv,text,epub";

    @TempDir
    Path tmp;

    @Test
    void theSampleArchiveGivesTheRecordedBytes() throws IOException {
        check("sample", convertAndReadBack("sample", "../samples/archive"));
    }

    @Test
    void theSeedPagesGiveTheRecordedBytes() throws IOException {
        Path seeds = Corpus.require("seeds");
        check("seeds", convertAndReadBack("seeds", seeds.toString(), "--from", "text"));
    }

    /** The outputs, then each readable output converted back to JSON Lines, so parsers are covered too. */
    private Map<String, String> convertAndReadBack(String name, String input, String... more) {
        Map<String, String> sums = convert(name, input, FORMATS, more);
        Path out = tmp.resolve(name);
        for (String[] back : new String[][] {{"markdown", "markdown"}, {"csv", "articles.csv"}, {"epub", "archive.epub"}}) {
            String format = back[0];
            sums.putAll(convert(name + "-from-" + format, out.resolve(back[1]).toString(), "json", "--from", format));
        }
        return sums;
    }

    private Map<String, String> convert(String name, String input, String formats, String... more) {
        Path out = tmp.resolve(name);
        List<String> args = new ArrayList<>(List.of("convert", input, "--to", formats, "-o", out.toString(), "--quiet"));
        args.addAll(List.of(more));
        CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isZero();
        Map<String, String> sums = new TreeMap<>();
        ExportRun.files(out).forEach((path, bytes) -> sums.put(name + "/" + path, sha256(bytes)));
        return sums;
    }

    /** Compares the files under {@code prefix/} with the recorded ones, or records them when asked to. */
    private static void check(String prefix, Map<String, String> actual) throws IOException {
        Map<String, String> recorded = read();
        Map<String, String> expected = new TreeMap<>();
        recorded.forEach((path, sum) -> {
            if (path.startsWith(prefix + "/") || path.startsWith(prefix + "-from-")) {
                expected.put(path, sum);
            }
        });
        if ("update".equals(System.getProperty(UPDATE_PROPERTY))) {
            expected.keySet().forEach(recorded::remove);
            recorded.putAll(actual);
            write(recorded);
            return;
        }
        List<String> differences = new ArrayList<>();
        Set<String> paths = new TreeSet<>(expected.keySet());
        paths.addAll(actual.keySet());
        for (String path : paths) {
            String want = expected.get(path);
            String got = actual.get(path);
            if (want == null) {
                differences.add(path + ": written but not recorded");
            } else if (got == null) {
                differences.add(path + ": recorded but not written");
            } else if (!want.equals(got)) {
                differences.add(path + ": SHA-256 " + got + ", recorded " + want);
            }
        }
        assertThat(differences)
                .as("outputs differ from %s; if the change is meant, regenerate it (see this class's comment)", CHECKSUMS)
                .isEmpty();
    }

    private static Map<String, String> read() throws IOException {
        Map<String, String> sums = new TreeMap<>();
        if (!Files.exists(CHECKSUMS)) {
            return sums;
        }
        for (String line : Files.readAllLines(CHECKSUMS, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                // sha256sum's format: the digest, two spaces, the path.
                sums.put(line.substring(66), line.substring(0, 64));
            }
        }
        return sums;
    }

    private static void write(Map<String, String> sums) throws IOException {
        StringBuilder text = new StringBuilder();
        sums.forEach((path, sum) -> text.append(sum).append("  ").append(path).append('\n'));
        Files.createDirectories(CHECKSUMS.getParent());
        Files.writeString(CHECKSUMS, text, StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
