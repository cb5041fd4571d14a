package io.broadsheet.runtime;

import static io.broadsheet.runtime.TestRuns.convert;
import static io.broadsheet.runtime.TestRuns.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.broadsheet.runtime.convert.OutputFolder;
import io.broadsheet.runtime.convert.OutputLocationException;
import io.broadsheet.runtime.convert.RunReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run finishes or leaves the previous output exactly as it was, whatever its inputs are. */
class RunSafetyTest {

    @TempDir
    Path tmp;

    private Path write(String relative, String text) throws IOException {
        return TestRuns.write(tmp, relative, text);
    }

    private Path previousOutput() throws IOException {
        return write("out/titles.txt", "previous run\n");
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String errors(RunReport report) {
        return String.join("\n", report.describe().lines().filter(l -> l.startsWith("error:")).toList());
    }

    @Test
    void aSymlinkToAFolderIsFollowed() throws Exception {
        write("in/a.lines", "one\n");
        previousOutput();
        Path link = Files.createSymbolicLink(tmp.resolve("l"), tmp.resolve("in"));

        RunReport report = run(convert(link, tmp.resolve("out"), "outputs.0.type=lines"));

        assertThat(report.exitCode()).isZero();
        assertThat(Files.readString(tmp.resolve("out/titles.txt"))).isEqualTo("one\n");
    }

    @Test
    void anEmptyInputSetNeverReplacesAnEarlierOutput() throws Exception {
        Files.createDirectories(tmp.resolve("in"));
        previousOutput();

        RunReport report = run(convert(tmp.resolve("in"), tmp.resolve("out"), "outputs.0.type=lines"));

        assertThat(report.exitCode()).isEqualTo(1);
        assertThat(errors(report)).isEqualTo("error: no inputs found; nothing written, earlier outputs left as they were");
        assertThat(Files.readString(tmp.resolve("out/titles.txt"))).isEqualTo("previous run\n");
        assertThat(names(tmp.resolve("out"))).containsExactly("titles.txt");
    }

    @Test
    void aRunWhereEveryInputFailedNeverReplacesAnEarlierOutput() throws Exception {
        write("in/1.lines", "BAD\n");
        write("in/2.lines", "ok\nBAD\n");
        previousOutput();

        RunReport report = run(convert(tmp.resolve("in"), tmp.resolve("out"), "outputs.0.type=lines"));

        assertThat(report.exitCode()).isEqualTo(1);
        assertThat(errors(report)).endsWith("error: no input could be converted; nothing written, earlier outputs left as they were");
        assertThat(Files.readString(tmp.resolve("out/titles.txt"))).isEqualTo("previous run\n");
        assertThat(names(tmp.resolve("out"))).containsExactly("titles.txt");
    }

    @Test
    void aMissingSoleInputWritesNothingAndSaysSo() {
        RunReport report = run(convert(tmp.resolve("absent"), tmp.resolve("out"), "outputs.0.type=lines"));

        assertThat(report.exitCode()).isEqualTo(1);
        assertThat(report.describe()).endsWith("1 input(s), 1 failed; 0 article(s); 0 warning(s); 0 output(s), 0 failed");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void aSymlinkLoopIsReportedAndSkipped() throws Exception {
        write("in/a.lines", "one\n");
        Files.createSymbolicLink(tmp.resolve("in/loop"), tmp.resolve("in"));
        Files.createSymbolicLink(tmp.resolve("in/self.lines"), tmp.resolve("in/self.lines"));

        RunReport report = run(convert(tmp.resolve("in"), tmp.resolve("out"), "outputs.0.type=lines"));

        assertThat(errors(report)).contains("error: loop: symbolic links form a loop; skipped")
                .contains("error: self.lines: ");
        assertThat(Files.readString(tmp.resolve("out/titles.txt"))).isEqualTo("one\n");
    }

    @Test
    void aNamedPipeIsReportedAndSkippedWithoutBlocking() throws Exception {
        write("in/a.lines", "one\n");
        Path fifo = tmp.resolve("in/pipe.lines");
        Assumptions.assumeTrue(mkfifo(fifo), "mkfifo is not available here");

        RunReport report = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> run(convert(tmp.resolve("in"), tmp.resolve("out"), "outputs.0.type=lines")));
        RunReport sole = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> run(convert(fifo, tmp.resolve("out2"), "outputs.0.type=lines")));

        assertThat(errors(report)).isEqualTo("error: pipe.lines: not a regular file (a named pipe, device or socket); skipped");
        assertThat(Files.readString(tmp.resolve("out/titles.txt"))).isEqualTo("one\n");
        assertThat(errors(sole)).startsWith("error: " + fifo + ": not a regular file");
    }

    @Test
    void aZeroByteFileIsNamedOnceAndSkipped() throws Exception {
        write("in/a.lines", "one\n");
        write("in/empty.lines", "");

        RunReport report = run(convert(tmp.resolve("in"), tmp.resolve("out"), "outputs.0.type=lines"));

        assertThat(errors(report)).isEqualTo("error: empty.lines: empty file (0 bytes); skipped");
        assertThat(Files.readString(tmp.resolve("out/titles.txt"))).isEqualTo("one\n");
    }

    @Test
    void aFolderNamedLikeAFileIsReportedAndSkipped() throws Exception {
        write("in/a.lines", "one\n");
        write("in/book.epub/inner.lines", "unpacked\n");

        RunReport report = run(convert(tmp.resolve("in"), tmp.resolve("out"), "outputs.0.type=lines"));

        assertThat(errors(report)).isEqualTo("error: book.epub: a folder named like a file; skipped");
        assertThat(Files.readString(tmp.resolve("out/titles.txt"))).isEqualTo("one\n");
    }

    @Test
    void anUnreadableFileOrSubfolderIsSkippedWithTheReason() throws Exception {
        write("in/a.lines", "one\n");
        Path file = write("in/secret.lines", "x\n");
        Path folder = write("in/locked/b.lines", "two\n").getParent();
        file.toFile().setReadable(false, false);
        folder.toFile().setReadable(false, false);
        try {
            Assumptions.assumeFalse(Files.isReadable(file), "running as root: every file is readable, so this cannot be tested");

            RunReport report = run(convert(tmp.resolve("in"), tmp.resolve("out"), "outputs.0.type=lines"));

            assertThat(errors(report)).contains("error: locked: cannot read this folder: permission denied; skipped")
                    .contains("error: secret.lines: cannot read: permission denied; skipped");
            assertThat(Files.readString(tmp.resolve("out/titles.txt"))).isEqualTo("one\n");
        } finally {
            file.toFile().setReadable(true, false);
            folder.toFile().setReadable(true, false);
        }
    }

    @Test
    void aZipEntryWithTwoDotsInsideANameIsNotUnsafe() throws Exception {
        Path zip = tmp.resolve("pages.zip");
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            out.putNextEntry(new ZipEntry("ok/x..y.lines"));
            out.write("dots\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }

        RunReport report = run(convert(zip, tmp.resolve("out"), "outputs.0.type=lines"));

        assertThat(report.exitCode()).isZero();
        assertThat(Files.readString(tmp.resolve("out/titles.txt"))).isEqualTo("dots\n");
    }

    @Test
    void javaErrorsInAParserFailOnlyTheirInputInPlainWords() throws Exception {
        write("in/1.lines", "OOM\n");
        write("in/2.lines", "NPE\n");
        write("in/3.lines", "fine\n");

        RunReport report = run(convert(tmp.resolve("in"), tmp.resolve("out"), "outputs.0.type=lines"));

        assertThat(report.exitCode()).isEqualTo(1);
        assertThat(errors(report)).isEqualTo("""
                error: 1.lines: parser 'lines' failed: ran out of memory (give Java more with -Xmx, or split the input)
                error: 2.lines: parser 'lines' failed: internal error (--verbose shows where)""");
        assertThat(report.causes()).hasSize(2);
        assertThat(Files.readString(tmp.resolve("out/titles.txt"))).isEqualTo("fine\n");
    }

    @Test
    void aLinkageErrorInAnExporterFailsOnlyItsOutputAndRemovesItsStaging() throws Exception {
        write("in/1.lines", "one\ntwo\n");
        write("out/broken.txt", "previous run\n");

        RunReport report = run(convert(tmp.resolve("in"), tmp.resolve("out"),
                "outputs.0.type=lines", "outputs.0.output=broken.txt", "outputs.0.failOn=crash:two",
                "outputs.1.type=lines", "outputs.1.output=good.txt"));

        assertThat(report.exitCode()).isEqualTo(1);
        assertThat(errors(report)).isEqualTo("error: output lines (broken.txt): failed on article "
                + report.outputs().get(0).error().split(" ")[3]
                + " (1.lines): a class is missing or incompatible: org/example/Missing (a plugin built for another version?)");
        assertThat(Files.readString(tmp.resolve("out/broken.txt"))).isEqualTo("previous run\n");
        assertThat(Files.readString(tmp.resolve("out/good.txt"))).isEqualTo("one\ntwo\n");
        assertThat(names(tmp.resolve("out"))).containsExactly("broken.txt", "good.txt");
    }

    @Test
    void anOutputThatIsAFileIsRefusedBeforeAnyInputIsRead() throws Exception {
        write("in/1.lines", "one\n");
        write("taken", "a file\n");

        assertThatThrownBy(() -> run(convert(tmp.resolve("in"), tmp.resolve("taken"), "outputs.0.type=lines")))
                .isInstanceOf(OutputLocationException.class)
                .hasMessage("the output " + tmp.resolve("taken") + " is a file, not a folder; choose a folder"
                        + " (or a file name ending in the format's extension, e.g. book.epub)");
        assertThatThrownBy(() -> run(convert(tmp.resolve("in"), tmp.resolve("taken/sub"), "outputs.0.type=lines")))
                .hasMessage("cannot create the output folder " + tmp.resolve("taken/sub") + ": " + tmp.resolve("taken") + " is a file");
    }

    @Test
    void aSecondRunIntoALockedFolderRefuses() throws Exception {
        write("in/1.lines", "one\n");
        previousOutput();

        try (OutputFolder first = OutputFolder.open(tmp.resolve("out"))) {
            assertThatThrownBy(() -> run(convert(tmp.resolve("in"), tmp.resolve("out"), "outputs.0.type=lines")))
                    .isInstanceOf(OutputLocationException.class)
                    .hasMessageStartingWith("another broadsheet run is writing to " + tmp.resolve("out"));
        }
        assertThat(Files.readString(tmp.resolve("out/titles.txt"))).isEqualTo("previous run\n");
        assertThat(run(convert(tmp.resolve("in"), tmp.resolve("out"), "outputs.0.type=lines")).exitCode()).isZero();
        assertThat(names(tmp.resolve("out"))).containsExactly("titles.txt");
    }

    @Test
    void stagingLeftByAKilledRunIsSweptByTheNextRun() throws Exception {
        write("in/1.lines", "one\n");
        write("out/.broadsheet-staging-123/titles.txt", "half written");

        run(convert(tmp.resolve("in"), tmp.resolve("out"), "outputs.0.type=lines"));

        assertThat(names(tmp.resolve("out"))).containsExactly("titles.txt");
    }

    @Test
    void aReadOnlyOutputFolderIsRefusedBeforeAnyInputIsRead() throws Exception {
        write("in/1.lines", "one\n");
        Path out = Files.createDirectories(tmp.resolve("ro"));
        try (Tmpfs fs = Tmpfs.mount(out, "64k")) {
            Assumptions.assumeTrue(fs != null, "skipped: mounting a read-only tmpfs needs root");
            Files.writeString(out.resolve("titles.txt"), "previous run\n");
            fs.remountReadOnly();

            assertThatThrownBy(() -> run(convert(tmp.resolve("in"), out, "outputs.0.type=lines")))
                    .isInstanceOf(OutputLocationException.class)
                    .hasMessage("the output folder " + out + " is read-only");
            assertThat(Files.readString(out.resolve("titles.txt"))).isEqualTo("previous run\n");
        }
    }

    @Test
    void aFullDiskMidRunFailsThatOutputPlainlyAndKeepsTheEarlierOne() throws Exception {
        write("in/1.lines", ("a long title that fills the disk quickly " + "x".repeat(200) + "\n").repeat(2000));
        Path out = Files.createDirectories(tmp.resolve("small"));
        try (Tmpfs fs = Tmpfs.mount(out, "64k")) {
            Assumptions.assumeTrue(fs != null, "skipped: mounting a small tmpfs needs root");
            Files.writeString(out.resolve("titles.txt"), "previous run\n");

            RunReport report = run(convert(tmp.resolve("in"), out, "outputs.0.type=lines"));

            assertThat(report.exitCode()).isEqualTo(1);
            assertThat(errors(report)).startsWith("error: output lines (titles.txt): ").containsIgnoringCase("no space left on device")
                    .doesNotContain("Exception");
            assertThat(Files.readString(out.resolve("titles.txt"))).isEqualTo("previous run\n");
            assertThat(names(out)).containsExactly("titles.txt");
        }
    }

    @Test
    void anOutputPathEndingInAFormatsExtensionIsThatOneFile() throws Exception {
        write("in/1.lines", "one\n");
        write("books/other.txt", "kept\n");

        RunReport report = run(TestRuns.convert(tmp.resolve("in"), tmp.resolve("books/all.txt")));

        assertThat(report.exitCode()).isZero();
        assertThat(Files.readString(tmp.resolve("books/all.txt"))).isEqualTo("one\n");
        assertThat(names(tmp.resolve("books"))).containsExactly("all.txt", "other.txt");
    }

    private static boolean mkfifo(Path path) throws IOException, InterruptedException {
        try {
            Process p = new ProcessBuilder("mkfifo", path.toString()).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
