package io.broadsheet.parser.epub;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.ArticleKind;
import io.broadsheet.core.model.Dateline;
import io.broadsheet.core.model.Edition;
import io.broadsheet.core.model.Section;
import io.broadsheet.core.model.SourceRef;
import io.broadsheet.core.spi.SourceInput;
import io.broadsheet.testkit.CollectingSink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Books in Broadsheet's own EPUB convention give back every field the markup names. */
class OwnEpubTest {

    private static CollectingSink ownBook() {
        return Books.parse("books/qingxi-2031-11-30.epub", Books.zip(Books.folder("own")));
    }

    @Test
    void titlePageAndNavigationAreNotArticles() {
        CollectingSink sink = ownBook();

        assertThat(sink.warnings()).isEmpty();
        assertThat(sink.articles()).extracting(Article::id)
                .containsExactly("0012a7c4e5f60718", "photo-0004-01", "frag-0003-01");
    }

    @Test
    void articleWithEveryMarkedFieldIsReadBackExactly() {
        Article expected = Article.builder()
                .id("0012a7c4e5f60718")
                .kind(ArticleKind.ARTICLE)
                .column("一线报道")
                .kicker("重点工程巡礼")
                .title("青溪大桥主体结构全线贯通")
                .subtitles(List.of("——记奋战在大桥工地上的建设者", "——三年攻坚换来一桥飞架"))
                .byline("记者 林晓雯 通讯员 周建")
                .dateline(Dateline.of("本报讯(记者 林晓雯)"))
                .sections(List.of(
                        Section.lead(List.of(
                                "11月30日上午，随着最后一节钢箱梁精准就位，青溪大桥主体结构全线贯通。",
                                "这座横跨青溪两岸的大桥全长2.6公里，<b>不是标签</b> a & b\n第二行与上一行属于同一段。")),
                        new Section("攻坚克难 日夜奋战", List.of("  项目部坚持“每道工序必检”，三年来未发生一起安全事故。")),
                        new Section("质量为本", List.of())))
                .continuedTo(3)
                .continuedFrom(2)
                .edition(new Edition("青溪日报", "2031-11-30", 1))
                .source(new SourceRef("qingxi/2031-11-30/page-01.txt", 12, 48, null))
                .metadata(Map.of("editor", "何芳", "url", "https://example.org/qingxi/bridge?a=1&b=2", "note", "两行\n内容\t制表"))
                .build();

        assertThat(ownBook().articles().get(0)).isEqualTo(expected);
    }

    @Test
    void photoGetsCaptionCreditAndTheCreditAsByline() {
        Article expected = Article.builder()
                .id("photo-0004-01")
                .kind(ArticleKind.PHOTO)
                .byline("孟凡 摄")
                .caption("11月29日晚，青溪大桥亮起景观灯。")
                .credit("孟凡 摄")
                .edition(new Edition("青溪日报", "2031-11-30", 4))
                .source(new SourceRef("qingxi/2031-11-30/page-04.txt", 3, 4, null))
                .build();

        assertThat(ownBook().articles().get(1)).isEqualTo(expected);
    }

    @Test
    void fragmentReadsAContinuationPagePrintedInChineseNumerals() {
        Article fragment = ownBook().articles().get(2);

        assertThat(fragment.kind()).isEqualTo(ArticleKind.FRAGMENT);
        assertThat(fragment.title()).isNull();
        assertThat(fragment.continuedFrom()).isEqualTo(1);
        assertThat(fragment.sections()).containsExactly(Section.lead(List.of(
                "大桥通车后，沿线的公交线路也将同步调整。", "市交通局表示，将根据客流变化及时优化班次。")));
        assertThat(fragment.metadata()).isEmpty();
    }

    @Test
    void optionalExtrasAreReadWhenPresent() {
        Map<String, byte[]> book = Books.folder("own");
        String doc = new String(book.get("OEBPS/articles/a-0001.xhtml"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("<meta name=\"broadsheet:page\" content=\"1\"/>", "<meta name=\"broadsheet:page\" content=\"1\"/>"
                        + "<meta name=\"broadsheet:author\" content=\"林晓雯\"/><meta name=\"broadsheet:author\" content=\"周建\"/>"
                        + "<meta name=\"broadsheet:source-encoding\" content=\"GB18030\"/>")
                .replace("<span class=\"dateline\">", "<span class=\"dateline\" data-agency=\"本报\" data-place=\"青溪\" data-date=\"11月30日\">");
        book.put("OEBPS/articles/a-0001.xhtml", Books.utf8(doc));
        Article a = Books.parse("b.epub", Books.zip(book)).articles().get(0);

        assertThat(a.authors()).containsExactly("林晓雯", "周建");
        assertThat(a.source().encoding()).isEqualTo("GB18030");
        assertThat(a.dateline()).isEqualTo(new Dateline("本报讯(记者 林晓雯)", "本报", "青溪", "11月30日"));
    }

    @Test
    void documentsHoldingSeveralArticlesReadEachArticlesDataAttributes() {
        CollectingSink sink = Books.parse("books/pages.epub", Books.zip(Books.folder("own-pages")));

        assertThat(sink.warnings()).isEmpty();
        assertThat(sink.articles()).extracting(Article::id).containsExactly("a-0001", "a-0002", "a-0003");
        Article first = sink.articles().get(0);
        assertThat(first.title()).isEqualTo("青溪滨江绿道全线贯通");
        assertThat(first.dateline()).isEqualTo(new Dateline("本报讯(记者 林晓雯)", "本报", "青溪", null));
        assertThat(first.paragraphs()).containsExactly("11月29日，随着最后一段栈桥完成铺装，滨江绿道全线贯通。",
                "沿江十二公里步道\n串起五座公园。");
        assertThat(first.continuedTo()).isEqualTo(2);
        assertThat(first.edition()).isEqualTo(new Edition("青溪日报", "2031-11-30", 1));
        assertThat(first.source()).isEqualTo(new SourceRef("qingxi/2031-11-30/page-01.txt", 4, 22, null));
        Article photo = sink.articles().get(1);
        assertThat(photo.kind()).isEqualTo(ArticleKind.PHOTO);
        assertThat(photo.byline()).isEqualTo("孟凡 摄");
        assertThat(photo.source()).isEqualTo(new SourceRef("qingxi/2031-11-30/page-01.txt", 0, 0, null));
        assertThat(photo.edition()).isEqualTo(new Edition("青溪日报", "2031-11-30", 1));
        Article fragment = sink.articles().get(2);
        assertThat(fragment.continuedFrom()).isEqualTo(1);
        assertThat(fragment.paragraphs()).containsExactly("绿道沿线还将增设十处驿站。");
        assertThat(fragment.edition()).isEqualTo(Edition.UNKNOWN);
    }

    @Test
    void aBookOnDiskAndTheSameBookAsBytesGiveTheSameArticles(@TempDir Path dir) throws Exception {
        byte[] epub = Books.zip(Books.folder("own"));
        Path file = Files.write(dir.resolve("q.epub"), epub);

        CollectingSink fromFile = Books.parse(SourceInput.ofFile(file, "q.epub"), Books.PARSER.defaultOptions());
        CollectingSink fromBytes = Books.parse(SourceInput.ofBytes("q.epub", epub), Books.PARSER.defaultOptions());

        assertThat(fromBytes.articles()).isEqualTo(fromFile.articles()).hasSize(3);
    }
}
