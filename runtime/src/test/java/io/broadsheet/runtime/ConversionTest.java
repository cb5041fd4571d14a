package io.broadsheet.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.runtime.config.ConfigSource;
import io.broadsheet.runtime.config.Located;
import io.broadsheet.runtime.convert.Planner;
import io.broadsheet.runtime.convert.RunReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConversionTest {

    @TempDir
    Path tmp;

    private static RunReport run(ConfigSource source) {
        return TestRuns.run(source);
    }

    private static ConfigSource convert(Path input, Path out, String... sets) {
        return TestRuns.convert(input, out, sets);
    }

    private Path write(String relative, String text) throws IOException {
        return TestRuns.write(tmp, relative, text);
    }

    @Test
    void walksDirectoriesInSortedOrderAndSkipsHiddenFiles() throws Exception {
        write("in/b/2.lines", "b2\n");
        write("in/a.lines", "a\n");
        write("in/b/10.lines", "b10\n");
        write("in/.hidden/x.lines", "hidden\n");

        RunReport report = run(convert(tmp.resolve("in"), tmp.resolve("out"), "outputs.0.type=lines"));

        assertThat(report.exitCode()).isZero();
        assertThat(report.inputs()).extracting(RunReport.InputResult::path).containsExactly("a.lines", "b/10.lines", "b/2.lines");
        assertThat(Files.readString(tmp.resolve("out/titles.txt"))).isEqualTo("a\nb10\nb2\n");
    }

    @Test
    void aBadInputIsReportedWithFileAndLineAndTheRestStillConverts() throws Exception {
        write("in/1.lines", "one\n");
        write("in/2.lines", "two\nBAD\nnever\n");
        write("in/3.lines", "WARN odd spacing\nthree\n");
        write("in/4.unknown", "\u0000binary");

        RunReport report = run(convert(tmp.resolve("in"), tmp.resolve("out"), "outputs.0.type=lines"));

        assertThat(report.exitCode()).isEqualTo(1);
        assertThat(report.failedInputs()).isEqualTo(2);
        assertThat(report.inputs().get(1).error()).isEqualTo("2.lines:2: a BAD line");
        assertThat(report.inputs().get(2).warnings()).containsExactly("3.lines:1: odd spacing");
        assertThat(report.inputs().get(3).error()).contains("4.unknown: no parser recognises this file");
        assertThat(Files.readString(tmp.resolve("out/titles.txt"))).isEqualTo("one\ntwo\nthree\n");
        assertThat(report.describe()).contains("error: 2.lines:2: a BAD line")
                .endsWith("4 input(s), 2 failed; 3 article(s); 1 warning(s); 1 output(s), 0 failed");
    }

    @Test
    void aFailingExporterDoesNotStopTheOthersAndLeavesItsOldOutputIntact() throws Exception {
        write("in/1.lines", "one\ntwo\nthree\n");
        Path out = tmp.resolve("out");
        write("out/broken.txt", "previous run\n");

        RunReport report = run(convert(tmp.resolve("in"), out,
                "outputs.0.type=lines", "outputs.0.output=broken.txt", "outputs.0.failOn=two",
                "outputs.1.type=lines", "outputs.1.output=good.txt"));

        assertThat(report.exitCode()).isEqualTo(1);
        assertThat(report.outputs()).extracting(RunReport.OutputResult::error)
                .satisfiesExactly(e -> assertThat(e).contains("told to fail on 'two'"), e -> assertThat(e).isNull());
        assertThat(Files.readString(out.resolve("good.txt"))).isEqualTo("one\ntwo\nthree\n");
        assertThat(Files.readString(out.resolve("broken.txt"))).isEqualTo("previous run\n");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("good.txt", "broken.txt");
        }
    }

    @Test
    void readsZipEntriesInNameOrderAndRefusesUnsafeNames() throws Exception {
        Path zip = tmp.resolve("pages.zip");
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            for (String name : List.of("p2.lines", "../evil.lines", "p1.lines")) {
                out.putNextEntry(new ZipEntry(name));
                out.write((name + "\n").getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }

        RunReport report = run(convert(zip, tmp.resolve("out"), "outputs.0.type=lines"));

        assertThat(Files.readString(tmp.resolve("out/titles.txt"))).isEqualTo("p1.lines\np2.lines\n");
        assertThat(report.inputs()).extracting(RunReport.InputResult::error).anySatisfy(e ->
                assertThat(e).contains("'../evil.lines' has an unsafe path"));
        assertThat(report.exitCode()).isEqualTo(1);
    }

    @Test
    void aMissingInputIsAFailedInput() {
        RunReport report = run(convert(tmp.resolve("absent"), tmp.resolve("out"), "outputs.0.type=lines"));

        assertThat(report.exitCode()).isEqualTo(1);
        assertThat(report.inputs().get(0).error()).contains("absent: no such file or directory");
    }

    @Test
    void twoRunsGiveByteIdenticalOutput() throws Exception {
        write("in/a.lines", "标题一\nzwei\n");
        write("in/b/c.lines", "三\n");

        run(convert(tmp.resolve("in"), tmp.resolve("out1"), "outputs.0.type=lines"));
        run(convert(tmp.resolve("in"), tmp.resolve("out2"), "outputs.0.type=lines"));

        assertThat(Files.readAllBytes(tmp.resolve("out1/titles.txt"))).isEqualTo(Files.readAllBytes(tmp.resolve("out2/titles.txt")));
    }

    @Test
    void editionSettingsBecomeTheDefaultEdition() throws Exception {
        write("in/a.lines", "x\n");
        ConfigSource source = convert(tmp.resolve("in"), tmp.resolve("out"), "outputs.0.type=lines",
                "edition.publication=示例日报", "edition.date=2022-11-10");
        Located located = source.located();
        List<String> errors = new ArrayList<>();
        var plan = Planner.plan(ConfigSource.settings(located, errors), located, TestRuns.REGISTRY, errors);

        assertThat(plan.editionDefaults()).isEqualTo(new io.broadsheet.core.model.Edition("示例日报", "2022-11-10", null));
    }

    @Test
    void exporterWarningsAreCountedAndPrintedWithTheOutputAndArticle() throws Exception {
        write("in/1.lines", "WARN odd spacing\nUNWRITABLE 标题\nfine\n");
        RunReport report = run(convert(tmp.resolve("in"), tmp.resolve("out"), "outputs.0.type=lines"));

        assertThat(report.outputs().get(0).warnings()).singleElement().asString()
                .startsWith("article ").endsWith(": cannot write '标题' whole");
        assertThat(report.exitCode()).isZero();
        assertThat(report.describe()).contains("warning: output lines (titles.txt): article ")
                .endsWith("1 input(s), 0 failed; 2 article(s); 2 warning(s); 1 output(s), 0 failed");
    }
}
