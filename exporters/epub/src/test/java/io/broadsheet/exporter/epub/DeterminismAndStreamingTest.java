package io.broadsheet.exporter.epub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.spi.ExportSession;
import io.broadsheet.core.spi.OutputTarget;
import io.broadsheet.exporter.epub.EpubExporterOptions.Split;
import io.broadsheet.testkit.ArticleGenerator;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Identical input gives identical bytes; articles reach the output before the book is finished. */
class DeterminismAndStreamingTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Split.class)
    void twoRunsAreByteIdentical(Split split) throws Exception {
        List<Article> articles = new ArrayList<>(Books.sample());
        articles.addAll(new ArticleGenerator(99L).hostile(true).generate(150));
        EpubExporterOptions options = Books.options(o -> o.split(split).vertical(split == Split.PAGE));

        byte[] first = Files.readAllBytes(Books.write(dir.resolve("one"), options, articles));
        byte[] second = Files.readAllBytes(Books.write(dir.resolve("two"), options, articles));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void identifierFollowsTheContent() throws Exception {
        List<Article> sample = Books.sample();
        List<Article> changed = new ArrayList<>(sample);
        changed.set(1, sample.get(1).toBuilder().title("坚持不懈抓好生态文明建设(二)").build());

        String original = identifier(Books.write(dir.resolve("a"), Books.options(o -> o), sample));
        String again = identifier(Books.write(dir.resolve("b"), Books.options(o -> o.split(Split.EDITION)), sample));
        String other = identifier(Books.write(dir.resolve("c"), Books.options(o -> o), changed));

        assertThat(again).isEqualTo(original);
        assertThat(other).isNotEqualTo(original);
    }

    private static String identifier(Path epub) throws Exception {
        return new BookReader(epub).opf().selectFirst("dc|identifier").text();
    }

    @Test
    void articlesAreWrittenAsTheyArriveAndTheContentsAtTheEnd() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OutputTarget target = new OutputTarget() {
            @Override
            public String name() {
                return "archive.epub";
            }

            @Override
            public OutputStream create(String relativePath) {
                assertThat(relativePath).isEqualTo("archive.epub");
                return out;
            }
        };
        List<Article> articles = new ArticleGenerator(5L).generate(400);

        try (ExportSession session = Books.EXPORTER.open(Books.options(o -> o), target)) {
            for (Article a : articles) {
                session.accept(a);
            }
            String before = out.toString(StandardCharsets.ISO_8859_1);
            assertThat(before).contains("EPUB/text/a00001.xhtml", "EPUB/text/a00300.xhtml")
                    .doesNotContain("EPUB/nav.xhtml", "EPUB/content.opf");
            session.finish();
        }
        assertThat(out.toString(StandardCharsets.ISO_8859_1)).contains("EPUB/nav.xhtml", "EPUB/content.opf");
    }

    @Test
    void aFinishedBookTakesNoMoreArticles() throws Exception {
        Path epub = dir.resolve("x");
        Files.createDirectories(epub);
        OutputTarget target = new OutputTarget() {
            @Override
            public String name() {
                return "archive.epub";
            }

            @Override
            public OutputStream create(String relativePath) throws java.io.IOException {
                return Files.newOutputStream(epub.resolve(relativePath));
            }
        };
        try (ExportSession session = Books.EXPORTER.open(Books.options(o -> o), target)) {
            session.finish();
            assertThatThrownBy(() -> session.accept(Books.sample().get(0))).isInstanceOf(IllegalStateException.class);
        }
    }
}
