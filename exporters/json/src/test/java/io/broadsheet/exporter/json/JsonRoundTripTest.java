package io.broadsheet.exporter.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.broadsheet.core.error.InputException;
import io.broadsheet.core.io.StagedOutput;
import io.broadsheet.core.model.Article;
import io.broadsheet.core.spi.ExportSession;
import io.broadsheet.core.spi.SourceInput;
import io.broadsheet.parser.json.JsonParser;
import io.broadsheet.testkit.ArticleGenerator;
import io.broadsheet.testkit.CollectingSink;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Property-style: for generated articles (seeded, hostile text included), export then parse gives them back exactly. */
class JsonRoundTripTest {

    @TempDir
    Path tmp;

    private Path export(List<Article> articles, Path dir) throws Exception {
        StagedOutput target = new StagedOutput(dir, "articles.jsonl");
        try (ExportSession session = new JsonExporter().open(new JsonExporter().defaultOptions(), target)) {
            for (Article a : articles) {
                session.accept(a);
            }
            session.finish();
        }
        target.commit();
        return dir.resolve("articles.jsonl");
    }

    private List<Article> parse(Path file) throws Exception {
        CollectingSink sink = new CollectingSink();
        new JsonParser().open(new JsonParser().defaultOptions()).parse(SourceInput.ofFile(file, "articles.jsonl"), sink);
        return sink.articles();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void everyFieldRoundTripsExactly(long seed) throws Exception {
        List<Article> articles = new ArticleGenerator(seed).hostile(seed % 2 == 0).generate(400);

        Path file = export(articles, tmp.resolve("out"));

        assertThat(parse(file)).isEqualTo(articles);
        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).hasSize(articles.size());
    }

    @Test
    void outputIsByteIdenticalAcrossRuns() throws Exception {
        List<Article> articles = new ArticleGenerator(7).hostile(true).generate(200);

        byte[] first = Files.readAllBytes(export(articles, tmp.resolve("a")));
        byte[] second = Files.readAllBytes(export(new ArticleGenerator(7).hostile(true).generate(200), tmp.resolve("b")));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void unpairedSurrogatesAreEscapedSoTheFileStaysValidUtf8() throws Exception {
        Article a = new ArticleGenerator(1).next().toBuilder().title("半\ud800个").build();

        Path file = export(List.of(a), tmp.resolve("out"));

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("\"title\":\"半\\ud800个\"");
        assertThat(parse(file).get(0).title()).isEqualTo("半\ud800个");
    }

    @Test
    void aBadLineNamesFileAndLineAfterConvertingTheLinesBefore() throws Exception {
        Path file = export(new ArticleGenerator(5).generate(2), tmp.resolve("out"));
        Files.writeString(file, "{\"id\":\"x\",\"kind\":\"article\",\"source\":{\"path\":\"p\"},\"colour\":1}\n",
                java.nio.file.StandardOpenOption.APPEND);
        CollectingSink sink = new CollectingSink();

        assertThatThrownBy(() -> new JsonParser().open(new JsonParser().defaultOptions())
                .parse(SourceInput.ofFile(file, "archive/articles.jsonl"), sink))
                .isInstanceOf(InputException.class)
                .hasMessage("archive/articles.jsonl:3: unknown field 'colour'");
        assertThat(sink.articles()).hasSize(2);
    }
}
