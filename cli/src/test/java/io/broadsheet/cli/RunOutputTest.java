package io.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a run treats its output folder: whole outputs replaced, bad locations refused first, nothing lost. */
class RunOutputTest {

    private static final String SAMPLE = "../samples/archive";

    @TempDir
    Path tmp;

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void reRunningWithOtherOptionsLeavesNoStaleFiles() throws Exception {
        String out = tmp.resolve("x").toString();
        CliRunner.Result first = CliRunner.run("convert", SAMPLE, "--to", "markdown,text", "-o", out);
        CliRunner.Result second = CliRunner.run("convert", SAMPLE, "--to", "markdown,text", "-o", out,
                "--set", "outputs.markdown.maxSlugLength=8");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(second.exitCode()).as(second.err()).isZero();
        long articles = Long.parseLong(second.err().replaceAll("(?s).*; (\\d+) article\\(s\\).*", "$1"));
        List<String> markdown = files(tmp.resolve("x/markdown"));
        assertThat(markdown).hasSize((int) articles).allSatisfy(f -> assertThat(f).doesNotContain("staging"));
        assertThat(files(tmp.resolve("x")).stream().filter(f -> f.startsWith("."))).isEmpty();
        assertThat(Files.list(tmp.resolve("x")).map(p -> p.getFileName().toString()).sorted().toList())
                .containsExactly("markdown", "text");
    }

    @Test
    void anOutputPathThatIsAFileExitsTwoBeforeReadingWithAPlainMessage() throws Exception {
        Path taken = Files.writeString(tmp.resolve("taken"), "mine\n");

        CliRunner.Result r = CliRunner.run("convert", tmp.resolve("missing-input").toString(), "--to", "json",
                "-o", taken.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("broadsheet: the output " + taken + " is a file, not a folder")
                .doesNotContain("Exception").doesNotContain("missing-input");
        assertThat(Files.readString(taken)).isEqualTo("mine\n");
    }

    @Test
    void aSymlinkedFolderInputNeverReplacesEarlierOutputsWithEmptyOnes() throws Exception {
        Path prev = tmp.resolve("prev");
        CliRunner.Result direct = CliRunner.run("convert", SAMPLE, "--to", "json,epub", "-o", prev.toString());
        byte[] jsonl = Files.readAllBytes(prev.resolve("articles.jsonl"));
        Path link = Files.createSymbolicLink(tmp.resolve("l"), Path.of(SAMPLE).toAbsolutePath());

        CliRunner.Result viaLink = CliRunner.run("convert", link.toString(), "--to", "json,epub", "-o", prev.toString());

        assertThat(direct.exitCode()).as(direct.err()).isZero();
        assertThat(viaLink.exitCode()).as(viaLink.err()).isZero();
        assertThat(Files.readAllBytes(prev.resolve("articles.jsonl"))).isEqualTo(jsonl).isNotEmpty();
        assertThat(viaLink.err()).doesNotContain("0 article(s)");
    }

    @Test
    void aMissingSoleInputWritesNothingAndSaysSo() {
        Path out = tmp.resolve("out");

        CliRunner.Result r = CliRunner.run("convert", tmp.resolve("absent.txt").toString(), "--to", "json", "-o", out.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("absent.txt: no such file or directory")
                .contains("nothing written, earlier outputs left as they were")
                .contains("1 input(s), 1 failed; 0 article(s); 0 warning(s); 0 output(s), 0 failed");
        assertThat(out).doesNotExist();
    }
}
