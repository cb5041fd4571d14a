package io.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.core.json.ArticleJson;
import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.ArticleKind;
import io.broadsheet.testkit.ExportRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's main command on the bundled sample archive, end to end, every built-in exporter. */
class SampleArchiveTest {

    private static final String SAMPLE = "../samples/archive";

    @TempDir
    Path tmp;

    private CliRunner.Result convert(Path out) {
        return CliRunner.run("convert", SAMPLE, "--to", "json,markdown,csv,text,epub", "-o", out.toString());
    }

    @Test
    void convertsTheSampleIntoEveryFormat() throws Exception {
        CliRunner.Result r = convert(tmp.resolve("out"));

        assertThat(r.exitCode()).as(r.err()).isZero();
        List<Article> articles = Files.readAllLines(tmp.resolve("out/articles.jsonl")).stream().map(ArticleJson::read).toList();
        // Every '#'-marked headline of the sample pages is an article title.
        List<String> headlines = Files.walk(Path.of(SAMPLE)).filter(Files::isRegularFile).sorted()
                .flatMap(p -> {
                    try {
                        return Files.readAllLines(p).stream();
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .filter(l -> l.matches("#{1,2} [^（(].*")).map(l -> l.replaceFirst("^#+ ", "")).toList();
        assertThat(articles.stream().filter(a -> a.kind() == ArticleKind.ARTICLE).map(Article::title))
                .containsAll(headlines);
        assertThat(articles).anySatisfy(a -> assertThat(a.kind()).isEqualTo(ArticleKind.PHOTO));
        assertThat(ExportRun.files(tmp.resolve("out")).keySet())
                .contains("articles.jsonl", "articles.csv", "archive.epub")
                .anySatisfy(name -> assertThat(name).startsWith("markdown/").endsWith(".md"))
                .anySatisfy(name -> assertThat(name).startsWith("text/"));
    }

    @Test
    void twoRunsGiveByteIdenticalFiles() {
        convert(tmp.resolve("a"));
        convert(tmp.resolve("b"));

        Map<String, byte[]> a = ExportRun.files(tmp.resolve("a"));
        Map<String, byte[]> b = ExportRun.files(tmp.resolve("b"));
        assertThat(b.keySet()).isEqualTo(a.keySet());
        a.forEach((name, bytes) -> assertThat(b.get(name)).as(name).isEqualTo(bytes));
    }
}
