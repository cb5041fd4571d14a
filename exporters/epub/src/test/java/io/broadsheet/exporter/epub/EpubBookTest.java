package io.broadsheet.exporter.epub;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.core.model.Article;
import io.broadsheet.exporter.epub.EpubExporterOptions.Split;
import io.broadsheet.testkit.ArticleGenerator;
import io.broadsheet.testkit.Corpus;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every book written here passes W3C EPUBCheck with no error and no warning, and an independent
 * reading of it (spine, then text) finds every article.
 */
class EpubBookTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Split.class)
    void sampleIsValidAndReadInEachSplit(Split split) throws Exception {
        List<Article> sample = Books.sample();
        Path book = Books.write(dir, Books.options(o -> o.split(split)), sample);

        EpubValidator.assertValid(book);
        Reading.assertEveryArticleRead(book, sample);
    }

    @ParameterizedTest
    @EnumSource(Split.class)
    void bundledSampleArchiveIsValidAndRead(Split split) throws Exception {
        List<Article> sample = Books.bundledSample();
        Path book = Books.write(dir, Books.options(o -> o.split(split)), sample);

        EpubValidator.assertValid(book);
        Reading.assertEveryArticleRead(book, sample);
        assertThat(new BookReader(book).opf().selectFirst("dc|title").text()).isEqualTo("江城日报 2022年11月10日至2022年11月11日");
    }

    @Test
    void verticalWritingIsValidAndTurnsPagesRightToLeft() throws Exception {
        List<Article> sample = Books.sample();
        Path book = Books.write(dir, Books.options(o -> o.vertical(true)), sample);

        EpubValidator.assertValid(book);
        Reading.assertEveryArticleRead(book, sample);
        BookReader reader = new BookReader(book);
        assertThat(reader.opf().selectFirst("spine").attr("page-progression-direction")).isEqualTo("rtl");
        assertThat(reader.entry("EPUB/styles/broadsheet.css"))
                .contains("writing-mode: vertical-rl;", "-webkit-writing-mode: vertical-rl;", "-epub-writing-mode: vertical-rl;");
    }

    @Test
    void horizontalBookDeclaresNoPageProgression() throws Exception {
        Path book = Books.write(dir, Books.options(o -> o), Books.sample());

        BookReader reader = new BookReader(book);
        assertThat(reader.opf().selectFirst("spine").hasAttr("page-progression-direction")).isFalse();
        assertThat(reader.entry("EPUB/styles/broadsheet.css")).doesNotContain("vertical-rl");
    }

    @Test
    void emptyArchiveIsAValidBookWithATitlePage() throws Exception {
        Path book = Books.write(dir, Books.options(o -> o), List.of());

        EpubValidator.assertValid(book);
        BookReader reader = new BookReader(book);
        assertThat(reader.spine()).extracting(BookReader.Page::path)
                .containsExactly("EPUB/titlepage.xhtml", "EPUB/nav.xhtml");
        assertThat(reader.text()).contains("报纸存档", "本书未收录稿件");
    }

    @Test
    void thousandGeneratedArticles() throws Exception {
        List<Article> articles = new ArticleGenerator(20260101L).generate(1000);
        Path book = Books.write(dir, Books.options(o -> o), articles);

        EpubValidator.assertValid(book);
        Reading.assertEveryArticleRead(book, articles);
        assertThat(new BookReader(book).spine()).hasSize(1000 + 2);
    }

    @ParameterizedTest
    @EnumSource(Split.class)
    void hostileTextCannotBreakTheBook(Split split) throws Exception {
        List<Article> articles = new ArticleGenerator(7L + split.ordinal()).hostile(true).generate(200);
        Path book = Books.write(dir, Books.options(o -> o.split(split)), articles);

        EpubValidator.assertValid(book);
        Reading.assertEveryArticleRead(book, articles);
    }

    @Test
    void veryLongTitleIsKeptWholeInTheDocumentAndCutOnlyInTheContents() throws Exception {
        String title = "云泽市".repeat(2000) + "𠀋";
        Article article = Books.sample().get(1).toBuilder().title(title).build();
        Path book = Books.write(dir, Books.options(o -> o.navLabelLength(20)), List.of(article));

        EpubValidator.assertValid(book);
        BookReader reader = new BookReader(book);
        assertThat(reader.spine().get(2).xhtml().selectFirst("h1").text()).isEqualTo(title);
        assertThat(reader.spine().get(2).xhtml().selectFirst("title").text()).isEqualTo(title);
        String label = BookReader.xml(reader.entry("EPUB/nav.xhtml")).select("nav#toc a").last().text();
        assertThat(label).hasSize(20).endsWith("…");
    }

    @Test
    void seedPagesOfTheSharedCorpus() throws Exception {
        Path seeds = Corpus.require("seeds");
        Path gold = Corpus.require("gold");
        SeedArticles.Result seed = SeedArticles.load(seeds, gold);
        assertThat(seed.articles()).as("seed items cut out with their gold annotations")
                .hasSizeGreaterThanOrEqualTo(seed.annotated() * 9 / 10);

        for (Split split : Split.values()) {
            Path book = Books.write(dir.resolve(split.name()), Books.options(o -> o.split(split)), seed.articles());
            EpubValidator.assertValid(book);
            Reading.assertEveryArticleRead(book, seed.articles());
        }
    }

    @Test
    void extraCssIsAppendedAndTraditionalChineseGetsItsFonts() throws Exception {
        Path book = Books.write(dir, Books.options(o -> o.language("zh-Hant-TW").extraCss("p { color: #222222; }")),
                Books.sample());

        EpubValidator.assertValid(book);
        BookReader reader = new BookReader(book);
        String css = reader.entry("EPUB/styles/broadsheet.css");
        assertThat(css).endsWith("p { color: #222222; }\n").contains("\"PingFang TC\"").doesNotContain("\"PingFang SC\"");
        assertThat(reader.spine()).allSatisfy(page -> {
            assertThat(page.xhtml().selectFirst("html").attr("lang")).isEqualTo("zh-Hant-TW");
            assertThat(page.xhtml().selectFirst("html").attr("xml:lang")).isEqualTo("zh-Hant-TW");
        });
    }
}
