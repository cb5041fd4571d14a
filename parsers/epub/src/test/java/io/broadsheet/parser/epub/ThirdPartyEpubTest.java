package io.broadsheet.parser.epub;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.ArticleIds;
import io.broadsheet.core.model.ArticleKind;
import io.broadsheet.core.model.Edition;
import io.broadsheet.core.model.Section;
import io.broadsheet.core.spi.SourceInput;
import io.broadsheet.parser.epub.EpubParserOptions.Split;
import io.broadsheet.testkit.CollectingSink;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An EPUB 2 book made by another tool: OPF at the root, guide, NCX, pandoc-like chapters. */
class ThirdPartyEpubTest {

    private static CollectingSink parse(Split split) {
        return Books.parse(SourceInput.ofBytes("books/fengwu.epub", Books.zip(Books.folder("thirdparty"))),
                new EpubParserOptions(split, 10_000, 512, 100));
    }

    @Test
    void spineDocumentsBecomeArticlesInReadingOrderWithoutCoverAndContents() {
        CollectingSink sink = parse(Split.DOCUMENT);

        assertThat(sink.articles()).extracting(Article::title)
                .containsExactly("第一章 青溪的桥", "第二章 青溪的水", "注释");
        assertThat(sink.articles()).extracting(a -> a.metadata().get("document"))
                .containsExactly("text/chapter 1.html", "text/c2.xhtml", "text/notes.xhtml");
        assertThat(sink.warnings()).containsExactly(
                "books/fengwu.epub:0: entry 'spine': itemref 'missing' is not in the manifest; skipped");
    }

    @Test
    void chapterTextIsNormalisedAndFiguresSkipped() {
        Article chapter = parse(Split.DOCUMENT).articles().get(0);

        assertThat(chapter.kind()).isEqualTo(ArticleKind.ARTICLE);
        assertThat(chapter.sections()).containsExactly(
                Section.lead(List.of("青溪城里有大大小小的桥一百多座，最老的一座建于明代。", "桥边的茶馆 总是坐满了人。")),
                new Section("石桥", List.of("石桥多为单孔拱桥。[1]", "永宁桥", "太平桥", "桥是城市的骨节。",
                        "桥名    年代\n永宁桥  明", "松散的文字直接写在容器里。")));
    }

    @Test
    void bookMetadataGoesWithEveryArticle() {
        Article chapter = parse(Split.DOCUMENT).articles().get(0);

        assertThat(chapter.edition()).isEqualTo(new Edition("青溪风物志", "2031-04-01", null));
        assertThat(chapter.metadata()).isEqualTo(Map.of(
                "book", "青溪风物志",
                "creator", "江南客; 林晓雯",
                "language", "zh-CN",
                "publisher", "青溪出版社",
                "date", "2031-04-01T08:00:00Z",
                "document", "text/chapter 1.html"));
        assertThat(chapter.id()).isEqualTo(ArticleIds.of("books/fengwu.epub", 0));
        assertThat(chapter.source().path()).isEqualTo("books/fengwu.epub");
    }

    @Test
    void byDocumentTheFirstHeadingTitlesAndTheRestAreSections() {
        Article second = parse(Split.DOCUMENT).articles().get(1);

        assertThat(second.sections()).containsExactly(
                Section.lead(List.of("前面的引子。", "青溪发源于城西的山中。")),
                new Section("上游", List.of("上游水流湍急。")),
                new Section("第三章 青溪的茶", List.of("城东的山坡上种满了茶树。")));
    }

    @Test
    void byHeadingEachTopLevelHeadingOpensAnArticle() {
        CollectingSink sink = parse(Split.HEADING);

        assertThat(sink.articles()).extracting(Article::kind, Article::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ArticleKind.ARTICLE, "第一章 青溪的桥"),
                org.assertj.core.groups.Tuple.tuple(ArticleKind.FRAGMENT, null),
                org.assertj.core.groups.Tuple.tuple(ArticleKind.ARTICLE, "第二章 青溪的水"),
                org.assertj.core.groups.Tuple.tuple(ArticleKind.ARTICLE, "第三章 青溪的茶"),
                org.assertj.core.groups.Tuple.tuple(ArticleKind.FRAGMENT, null));
        assertThat(sink.articles().get(1).paragraphs()).containsExactly("前面的引子。");
        assertThat(sink.articles().get(2).sections()).containsExactly(
                Section.lead(List.of("青溪发源于城西的山中。")), new Section("上游", List.of("上游水流湍急。")));
        assertThat(sink.articles()).extracting(Article::id).doesNotHaveDuplicates();
    }
}
