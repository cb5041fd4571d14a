package io.broadsheet.parser.epub;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.spi.SourceInput;
import io.broadsheet.parser.epub.EpubParserOptions.Split;
import io.broadsheet.testkit.CollectingSink;
import io.broadsheet.testkit.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every real book of the shared corpus parses, both ways of splitting, with titled articles that have paragraphs. */
class EpubCorpusTest {

    private static List<Path> books() throws IOException {
        Path dir = Corpus.require("external/epub");
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.toString().endsWith(".epub")).sorted().toList();
        }
    }

    private static CollectingSink parse(Path book, Split split) {
        return Books.parse(SourceInput.ofFile(book, "external/epub/" + book.getFileName()),
                new EpubParserOptions(split, 10_000, 512, 100));
    }

    @Test
    void everyBookGivesTitledArticlesWithParagraphs() throws IOException {
        List<Path> books = books();
        assertThat(books).hasSizeGreaterThanOrEqualTo(5);
        for (Path book : books) {
            for (Split split : Split.values()) {
                CollectingSink sink = parse(book, split);

                assertThat(sink.warnings()).as("%s %s", book, split).isEmpty();
                assertThat(sink.articles()).as("%s %s", book, split).isNotEmpty();
                assertThat(sink.articles()).as("%s %s", book, split).allSatisfy(a -> {
                    assertThat(a.paragraphs()).isNotEmpty().allSatisfy(p -> assertThat(p).isNotBlank());
                    assertThat(a.metadata()).containsKey("document");
                });
                assertThat(sink.articles()).as("%s %s", book, split).filteredOn(a -> a.title() != null)
                        .hasSizeGreaterThanOrEqualTo(split == Split.DOCUMENT ? sink.articles().size() : 1);
                assertThat(sink.articles()).extracting(Article::id).doesNotHaveDuplicates();
            }
        }
    }

    @Test
    void epub3BookSkipsCoverNavigationAndTitlePage() {
        CollectingSink sink = parse(Corpus.require("external/epub").resolve("en_alice-in-wonderland_epub3.epub"), Split.DOCUMENT);

        assertThat(sink.articles()).hasSize(10);
        assertThat(sink.articles().get(0).title()).isEqualTo("Down The Rabbit-Hole");
        assertThat(sink.articles().get(0).paragraphs().get(0)).startsWith("Alice was beginning to get very tired");
        assertThat(sink.articles().get(0).metadata()).containsEntry("book", "Alice's Adventures in Wonderland")
                .containsEntry("creator", "Lewis Carroll").containsEntry("language", "en-US");
    }

    @Test
    void epub2BookWithItsPackageAtTheZipRootReadsChapters() {
        CollectingSink sink = parse(Corpus.require("external/epub").resolve("en_metamorphosis_epub2.epub"), Split.DOCUMENT);

        assertThat(sink.articles()).extracting(Article::title).contains("CHAPTER I", "CHAPTER II", "CHAPTER III")
                .doesNotContain("Table of Contents");
        assertThat(sink.articles().get(1).paragraphs().get(0)).startsWith("One morning, when Gregor Samsa woke");
    }

    @Test
    void chineseBookTakesTitleAndDateFromItsPackage() {
        CollectingSink sink = parse(Corpus.require("external/epub").resolve("zh_repractise_epub2.epub"), Split.DOCUMENT);

        Article first = sink.articles().get(0);
        assertThat(first.title()).isEqualTo("引言");
        assertThat(first.edition().publication()).isEqualTo("RePractise");
        assertThat(first.edition().date()).isEqualTo("2015-11-08");
        assertThat(first.paragraphs().get(0)).isEqualTo("回到一年前的今天(2014.09.29)，一边在准备着去沙漠之旅，一边在准备国庆后的印度培训。");
    }

    @Test
    void pandocTableOfContentsIsNotText() {
        CollectingSink sink = parse(Corpus.require("external/epub").resolve("zh_designiot_epub2.epub"), Split.DOCUMENT);

        assertThat(sink.articles().get(0).title()).isEqualTo("一步步搭建物联网系统");
        assertThat(sink.articles().get(0).paragraphs()).noneMatch(p -> p.startsWith("1.1 目标读者"));
        assertThat(sink.articles()).hasSize(19);
    }
}
