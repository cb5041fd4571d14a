package io.broadsheet.exporter.epub;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.ArticleKind;
import io.broadsheet.core.model.Edition;
import io.broadsheet.core.model.Section;
import io.broadsheet.core.model.SourceRef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An archive whose articles of several papers alternate: the book still groups them by paper and date. */
class InterleavedEditionsTest {

    @TempDir
    Path dir;

    private static List<Article> alternating(int count) {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String paper = i % 2 == 0 ? "江城日报" : "云泽晚报";
            articles.add(Article.builder().id("x" + i).kind(ArticleKind.ARTICLE).title(paper + "第" + i + "篇")
                    .sections(List.of(new Section(null, List.of("正文" + i + "。"))))
                    .edition(new Edition(paper, "2022-11-10", 1 + i % 4 / 2))
                    .source(new SourceRef("in/" + i + ".txt", 1, 3, "UTF-8")).build());
        }
        return articles;
    }

    @Test
    void contentsGroupByPublicationAndDateAndTheSpineFollows() throws Exception {
        EpubExporterOptions d = Books.EXPORTER.defaultOptions();
        EpubExporterOptions byEdition = new EpubExporterOptions(d.title(), d.language(), d.creator(), d.publisher(),
                d.split(), d.vertical(), d.extraCss(), d.navLabelLength(), d.modified(), EpubExporterOptions.Order.EDITION);
        Path epub = Books.write(dir, byEdition, alternating(50));
        BookReader book = new BookReader(epub);
        Document ncx = BookReader.xml(book.entry("EPUB/toc.ncx"));

        assertThat(ncx.select("navMap > navPoint > navLabel > text").eachText())
                .containsExactly("封面", "江城日报 2022年11月10日", "云泽晚报 2022年11月10日");
        assertThat(ncx.select("navMap > navPoint").get(1).select("> navPoint > navLabel > text").eachText())
                .containsExactly("第一版", "第二版");
        List<String> titles = book.spine().stream().skip(2)
                .map(page -> page.xhtml().selectFirst("h1, h2, h3").text()).toList();
        assertThat(titles.subList(0, 25)).allSatisfy(t -> assertThat(t).startsWith("江城日报"));
        assertThat(titles.subList(25, 50)).allSatisfy(t -> assertThat(t).startsWith("云泽晚报"));
        assertThat(titles.subList(0, 3)).containsExactly("江城日报第0篇", "江城日报第4篇", "江城日报第8篇");
        EpubValidator.assertValid(epub);
    }
}
