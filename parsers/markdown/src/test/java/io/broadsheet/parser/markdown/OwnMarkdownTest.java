package io.broadsheet.parser.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.core.json.ArticleJson;
import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.ArticleKind;
import io.broadsheet.core.model.Dateline;
import io.broadsheet.core.model.Edition;
import io.broadsheet.core.model.Section;
import io.broadsheet.core.model.SourceRef;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Files in Broadsheet's own Markdown convention give back every field they name. */
class OwnMarkdownTest {

    @Test
    void articleWithEveryFieldIsReadBackExactly() {
        List<Article> articles = Fixtures.parse("own-article.md");

        Article expected = Article.builder()
                .id("0012a7c4e5f60718")
                .kind(ArticleKind.ARTICLE)
                .column("一线报道")
                .kicker("重点工程巡礼")
                .title("青溪大桥主体结构全线贯通")
                .subtitles(List.of("——记奋战在大桥工地上的建设者", "——三年攻坚换来一桥飞架"))
                .byline("记者 林晓雯 通讯员 周建")
                .authors(List.of("林晓雯", "周建"))
                .dateline(new Dateline("本报讯(记者 林晓雯)", "本报", "青溪", "11月30日"))
                .sections(List.of(
                        Section.lead(List.of(
                                "11月30日上午，随着最后一节钢箱梁精准就位，青溪大桥主体结构全线贯通。",
                                "这座横跨青溪两岸的大桥全长2.6公里，建成后将把东西两岸的通行时间缩短到十分钟以内。\n第二行与上一行属于同一段。")),
                        new Section("攻坚克难 日夜奋战", List.of(
                                "1. 这不是列表，而是正文里的编号。",
                                "# 这也不是标题 *星号* <b>不是标签</b> a & b")),
                        new Section("质量为本 安全第一", List.of(
                                "项目部坚持“每道工序必检”，三年来未发生一起安全事故。"))))
                .caption("大桥合龙现场。")
                .credit("孟凡 摄")
                .continuedTo(3)
                .continuedFrom(2)
                .edition(new Edition("青溪日报", "2031-11-30", 1))
                .source(new SourceRef("qingxi/2031-11-30/page-01.txt", 12, 48, "GB18030"))
                .metadata(Map.of("editor", "何芳", "url", "https://example.org/qingxi/bridge"))
                .build();
        assertThat(articles).containsExactly(expected);
    }

    @Test
    void photoTakesCaptionAndCreditFromFrontMatterAndIgnoresItsBody() {
        Article photo = Fixtures.parse("own-photo.md").get(0);

        assertThat(photo.kind()).isEqualTo(ArticleKind.PHOTO);
        assertThat(photo.id()).isEqualTo("photo-0004-01");
        assertThat(photo.caption()).isEqualTo("11月29日晚，青溪大桥亮起景观灯。");
        assertThat(photo.credit()).isEqualTo("孟凡 摄");
        assertThat(photo.byline()).as("front matter names the byline whenever there is one").isNull();
        assertThat(photo.sections()).as("a photo's body repeats caption and credit").isEmpty();
        assertThat(photo.title()).isNull();
        assertThat(photo.edition()).isEqualTo(new Edition("青溪日报", "2031-11-30", 4));
        assertThat(photo.source()).isEqualTo(new SourceRef("qingxi/2031-11-30/page-04.txt", 3, 4, "UTF-8"));
        assertThat(photo.metadata()).isEmpty();
    }

    @Test
    void photoKeepsABylineThatDiffersFromTheCredit() {
        Article photo = Fixtures.parse("own-photo-byline.md").get(0);

        assertThat(photo.byline()).isEqualTo("本报记者 孟凡");
        assertThat(photo.authors()).containsExactly("孟凡");
        assertThat(photo.edition()).isEqualTo(Edition.UNKNOWN);
        assertThat(photo.source()).isEqualTo(new SourceRef("qingxi/2031-11-30/page-04.txt", 6, 7, null));
    }

    @Test
    void fragmentDropsTheContinuedFromNoteWrittenInChineseNumerals() {
        Article fragment = Fixtures.parse("own-fragment.md").get(0);

        assertThat(fragment.kind()).isEqualTo(ArticleKind.FRAGMENT);
        assertThat(fragment.title()).isNull();
        assertThat(fragment.continuedFrom()).isEqualTo(1);
        assertThat(fragment.continuedTo()).isNull();
        assertThat(fragment.sections()).containsExactly(Section.lead(List.of(
                "大桥通车后，沿线的公交线路也将同步调整，新增三条跨江线路。",
                "市交通局表示，将根据客流变化及时优化班次。")));
    }

    @Test
    void aNoteForAnotherPageIsContentAndStays() {
        String md = "---\nkind: \"article\"\nid: \"n1\"\ntitle: \"标题\"\ncontinued_to: 5\n---\n\n正文。\n\n（下转第三版）\n";
        Article a = Fixtures.parse(io.broadsheet.core.spi.SourceInput.ofBytes("n.md",
                md.getBytes(java.nio.charset.StandardCharsets.UTF_8)), Fixtures.PARSER.defaultOptions()).articles().get(0);

        assertThat(a.paragraphs()).containsExactly("正文。", "（下转第三版）");
    }

    @Test
    void parsingIsDeterministic() {
        String first = ArticleJson.write(Fixtures.parse("own-article.md").get(0));
        String second = ArticleJson.write(Fixtures.parse("own-article.md").get(0));

        assertThat(first).isEqualTo(second);
    }
}
