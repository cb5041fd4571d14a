package io.broadsheet.exporter.epub;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.ArticleKind;
import io.broadsheet.core.model.Edition;
import io.broadsheet.core.model.Section;
import io.broadsheet.core.model.SourceRef;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A book read by the epub parser carries its language and creator in metadata; writing it again keeps them. */
class SourceBookMetadataTest {

    @TempDir
    Path dir;

    private static Article chapter(int n, String language) {
        return Article.builder().id("alice" + n).kind(ArticleKind.ARTICLE).title("Chapter " + n)
                .sections(List.of(new Section(null, List.of("Alice was beginning to get very tired."))))
                .source(new SourceRef("alice.epub", n, n, "UTF-8"))
                .edition(new Edition("Alice's Adventures in Wonderland", null, null))
                .metadata(Map.of("book", "Alice's Adventures in Wonderland", "creator", "Lewis Carroll",
                        "language", language))
                .build();
    }

    @Test
    void theSourceBooksLanguageAndCreatorCarryThrough() throws Exception {
        BookReader book = new BookReader(Books.write(dir, Books.options(o -> o), List.of(chapter(1, "en"), chapter(2, "en"))));
        Element metadata = book.opf().selectFirst("metadata");

        assertThat(metadata.selectFirst("dc|language").text()).isEqualTo("en");
        assertThat(book.opf().selectFirst("package").attr("xml:lang")).isEqualTo("en");
        assertThat(metadata.select("dc|creator").eachText()).containsExactly("Lewis Carroll");
        assertThat(BookReader.xml(book.entry("EPUB/text/a00001.xhtml")).selectFirst("html").attr("xml:lang")).isEqualTo("en");
    }

    @Test
    void articlesOfSeveralLanguagesKeepTheirOwnAndTheBookTakesTheOption() throws Exception {
        BookReader book = new BookReader(Books.write(dir, Books.options(o -> o), List.of(chapter(1, "en"), chapter(2, "fr"))));

        assertThat(book.opf().selectFirst("metadata").selectFirst("dc|language").text()).isEqualTo("zh-Hans");
        assertThat(BookReader.xml(book.entry("EPUB/text/a00002.xhtml")).selectFirst("html").attr("lang")).isEqualTo("fr");
    }

    @Test
    void anExplicitCreatorStillWins() throws Exception {
        BookReader book = new BookReader(Books.write(dir, Books.options(o -> o.creator("某编者")), List.of(chapter(1, "en"))));

        assertThat(book.opf().select("metadata > dc|creator").eachText()).containsExactly("某编者");
    }
}
