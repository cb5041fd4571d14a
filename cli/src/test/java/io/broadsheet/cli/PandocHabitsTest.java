package io.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.core.json.ArticleJson;
import io.broadsheet.core.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a pandoc user types first: {@code -} for stdin, {@code -o -} for stdout, {@code -o book.epub} for one file. */
class PandocHabitsTest {

    private static final Path PAGE = Path.of("../samples/archive/jiangcheng-daily/2022-11-10/01.txt");

    @TempDir
    Path tmp;

    private List<String> names(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void anOutputPathWithAnExtensionIsOneFileWhoseFormatItNames() throws Exception {
        Path book = tmp.resolve("books/book.epub");
        Files.createDirectories(book.getParent());

        CliRunner.Result r = CliRunner.run("convert", PAGE.toString(), "-o", book.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(names(tmp.resolve("books"))).containsExactly("book.epub");
        try (InputStream in = Files.newInputStream(book)) {
            assertThat(new String(in.readNBytes(58), StandardCharsets.US_ASCII)).startsWith("PK").endsWith("application/epub+zip");
        }
    }

    @Test
    void anOutputFileTakesOneMatchingFormat() {
        CliRunner.Result several = CliRunner.run("convert", PAGE.toString(), "--to", "json,csv", "-o", tmp.resolve("a.jsonl").toString());
        CliRunner.Result mismatched = CliRunner.run("convert", PAGE.toString(), "--to", "csv", "-o", tmp.resolve("a.epub").toString());

        assertThat(several.exitCode()).isEqualTo(2);
        assertThat(several.err()).contains("a.jsonl takes one format, not 2; give a folder (-o DIR) for several");
        assertThat(mismatched.exitCode()).isEqualTo(2);
        assertThat(mismatched.err()).contains("a.epub names a epub file, but the format asked for is csv");
    }

    @Test
    void aFolderFormatIsRefusedOnStandardOutput() {
        CliRunner.Result r = CliRunner.run("convert", PAGE.toString(), "--to", "markdown", "-o", "-");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("markdown writes a folder of files; it cannot go to standard output");
        assertThat(Path.of("-")).doesNotExist();
    }

    @Test
    void aPagePipedThroughStandardInputComesOutAsJsonLinesOnStandardOutput() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "convert", "-", "--from", "text", "--to", "json", "-o", "-")
                .redirectError(tmp.resolve("stderr.txt").toFile()).start();
        try (OutputStream stdin = p.getOutputStream()) {
            stdin.write(Files.readAllBytes(PAGE));
        }
        byte[] stdout = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

        String err = Files.readString(tmp.resolve("stderr.txt"));
        assertThat(p.exitValue()).as(err).isZero();
        List<Article> articles = new ArrayList<>();
        for (String line : new String(stdout, StandardCharsets.UTF_8).split("\n")) {
            articles.add(ArticleJson.read(line));
        }
        assertThat(articles).isNotEmpty().allSatisfy(a -> assertThat(a.source().path()).isEqualTo("stdin"));
        assertThat(err).contains("1 input(s), 0 failed; " + articles.size() + " article(s)");
    }
}
