package io.broadsheet.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedOutputTest {

    @TempDir
    Path out;

    private static void write(StagedOutput target, String path, String text) throws IOException {
        try (OutputStream stream = target.create(path)) {
            stream.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private List<String> tree() throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(Files::isRegularFile).map(p -> out.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void aFolderOutputIsReplacedWholeSoNoStaleFileSurvives() throws Exception {
        StagedOutput first = new StagedOutput(out, "markdown");
        write(first, "markdown/a-long-slug.md", "old a");
        write(first, "markdown/b-long-slug.md", "old b");
        first.commit();

        StagedOutput second = new StagedOutput(out, "markdown");
        write(second, "markdown/a.md", "new a");
        assertThat(second.commit()).containsExactly(out.resolve("markdown"));

        assertThat(tree()).containsExactly("markdown/a.md");
    }

    @Test
    void aFileOutputIsRenamedOverTheEarlierOne() throws Exception {
        Files.writeString(out.resolve("articles.jsonl"), "old\n");
        StagedOutput target = new StagedOutput(out, "articles.jsonl");
        write(target, "articles.jsonl", "new\n");

        target.commit();

        assertThat(Files.readString(out.resolve("articles.jsonl"))).isEqualTo("new\n");
        assertThat(tree()).containsExactly("articles.jsonl");
    }

    @Test
    void discardKeepsTheEarlierOutputAndRefusesLaterWrites() throws Exception {
        Files.createDirectories(out.resolve("text"));
        Files.writeString(out.resolve("text/old.txt"), "old");
        StagedOutput target = new StagedOutput(out, "text");
        write(target, "text/new.txt", "new");

        target.discard();

        assertThat(tree()).containsExactly("text/old.txt");
        assertThatThrownBy(() -> target.create("text/later.txt")).hasMessageContaining("stopped");
        assertThat(target.commit()).isEmpty();
        assertThat(tree()).containsExactly("text/old.txt");
    }

    @Test
    void anExporterCannotWriteOutsideItsOwnOutput() {
        StagedOutput target = new StagedOutput(out, "markdown");

        assertThatThrownBy(() -> target.create("other/x.md")).hasMessageContaining("outside this output");
        assertThatThrownBy(() -> target.create("markdown/../x.md")).hasMessageContaining("'..'");
    }

    /** What a kill during a folder swap leaves: the earlier folder inside the staging folder. */
    private Path earlierFolderMovedAside() throws IOException {
        Path staging = Files.createDirectories(out.resolve(StagedOutput.STAGING_PREFIX + "1"));
        Files.createDirectories(staging.resolve(OutputSwap.PREVIOUS));
        Files.writeString(staging.resolve(OutputSwap.PREVIOUS).resolve("a.md"), "earlier");
        Files.writeString(staging.resolve(OutputSwap.PREVIOUS_NAME), "markdown");
        return staging;
    }

    @Test
    void theSweepPutsBackAFolderAKilledSwapHadMovedAside() throws Exception {
        Path staging = earlierFolderMovedAside();
        Files.createDirectories(staging.resolve("markdown"));
        Files.writeString(staging.resolve("markdown/b.md"), "unfinished");
        Files.createDirectories(out.resolve(StagedOutput.STAGING_PREFIX + "2/text"));

        assertThat(Staging.sweep(out)).isEqualTo(2);

        assertThat(tree()).containsExactly("markdown/a.md");
    }

    @Test
    void theSweepDropsTheEarlierFolderWhenTheNewOneWasAlreadyInPlace() throws Exception {
        earlierFolderMovedAside();
        Files.createDirectories(out.resolve("markdown"));
        Files.writeString(out.resolve("markdown/new.md"), "new");

        Staging.sweep(out);

        assertThat(tree()).containsExactly("markdown/new.md");
    }
}
