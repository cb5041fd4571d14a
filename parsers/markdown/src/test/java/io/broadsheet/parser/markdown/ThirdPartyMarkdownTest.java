package io.broadsheet.parser.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.ArticleIds;
import io.broadsheet.core.model.ArticleKind;
import io.broadsheet.core.model.Section;
import io.broadsheet.core.model.SourceRef;
import io.broadsheet.parser.markdown.MarkdownParserOptions.RawHtml;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Jekyll/Hugo posts and plain Markdown. */
class ThirdPartyMarkdownTest {

    @Test
    void plainMarkdownIsSplitOnLevelOneHeadingsWithALeadingFragment() {
        List<Article> articles = Fixtures.parse("plain-several.md");

        assertThat(articles).extracting(Article::kind)
                .containsExactly(ArticleKind.FRAGMENT, ArticleKind.ARTICLE, ArticleKind.ARTICLE);
        assertThat(articles).extracting(Article::title)
                .containsExactly(null, "青溪湿地公园迎来首批候鸟", "老城区改造惠及三千户");
        assertThat(articles.get(0).paragraphs()).containsExactly("今日导读：本版刊登两篇来自青溪市的报道。");
        assertThat(articles.get(1).sections()).containsExactly(
                Section.lead(List.of("今年入秋以来，青溪湿地公园先后记录到白鹭、苍鹭等候鸟二十余种。")),
                new Section("观鸟指南", List.of("公园在东门设置了观鸟屏风，市民可凭预约进入。")));
        assertThat(articles).extracting(Article::id).containsExactly(
                ArticleIds.of("markdown/plain-several.md", 0),
                ArticleIds.of("markdown/plain-several.md", 1),
                ArticleIds.of("markdown/plain-several.md", 2));
        assertThat(articles.get(1).source()).isEqualTo(new SourceRef("markdown/plain-several.md", 3, 10, "UTF-8"));
        assertThat(articles.get(2).source()).isEqualTo(new SourceRef("markdown/plain-several.md", 12, 14, "UTF-8"));
    }

    @Test
    void withoutSplittingAFileIsOneArticleTitledByItsFirstHeading() {
        MarkdownParserOptions options = new MarkdownParserOptions(false, RawHtml.TEXT, true, "auto", 64);
        String md = "# 青溪简讯\n\n第一条。\n\n# 第二条标题\n\n第二条。\n";
        List<Article> articles = Fixtures.parse(io.broadsheet.core.spi.SourceInput.ofBytes("brief.md",
                md.getBytes(java.nio.charset.StandardCharsets.UTF_8)), options).articles();

        assertThat(articles).hasSize(1);
        assertThat(articles.get(0).title()).isEqualTo("青溪简讯");
        assertThat(articles.get(0).sections()).containsExactly(
                Section.lead(List.of("第一条。")), new Section("第二条标题", List.of("第二条。")));
    }

    @Test
    void jekyllPostTakesItsDateFromTheFileNameAndKeepsOtherKeysAsMetadata() {
        Article post = Fixtures.parse("2031-05-04-qingxi-spring.md").get(0);

        assertThat(post.kind()).isEqualTo(ArticleKind.ARTICLE);
        assertThat(post.title()).isEqualTo("青溪的春天");
        assertThat(post.subtitles()).containsExactly("一场关于花的旅行");
        assertThat(post.byline()).isEqualTo("江南客");
        assertThat(post.authors()).containsExactly("江南客");
        assertThat(post.edition().date()).isEqualTo("2031-05-04");
        assertThat(post.metadata())
                .containsEntry("layout", "post")
                .containsEntry("header-img", "img/qingxi-spring.jpg")
                .containsEntry("tags", "旅行, 青溪")
                .containsEntry("resources", "[{\"name\":\"featured-image\",\"src\":\"featured-image.jpg\"}]")
                .doesNotContainKeys("title", "subtitle", "author");
    }

    @Test
    void jekyllBodyDropsCommentsShortcodesAndImagesButKeepsHtmlTextAndCode() {
        Article post = Fixtures.parse("2031-05-04-qingxi-spring.md").get(0);

        assertThat(post.sections()).containsExactly(
                Section.lead(List.of(
                        "本文首发于作者的个人博客。",
                        "四月是青溪赏花的最好时节。",
                        "青溪的春天从城南的油菜花开始，一直延续到城北的樱花大道。",
                        "花期大约一个月。",
                        "周末游客较多。",
                        "路线：城南 -> 城北")),
                new Section("交通", List.of("市区有旅游专线直达花田。")));
    }

    @Test
    void rawHtmlAndCodeCanBeDropped() {
        MarkdownParserOptions options = new MarkdownParserOptions(true, RawHtml.DROP, false, "auto", 64);
        Article post = Fixtures.parse("2031-05-04-qingxi-spring.md", options).get(0);

        assertThat(post.paragraphs()).doesNotContain("花期大约一个月。", "路线：城南 -> 城北")
                .contains("青溪的春天从城南的油菜花开始，一直延续到城北的樱花大道。");
    }

    @Test
    void hugoDateTimeGivesTheEditionDateAndKeepsTheOriginalInMetadata() {
        Article post = Fixtures.parse("hugo-dated.md").get(0);

        assertThat(post.edition().date()).isEqualTo("2031-06-01");
        assertThat(post.metadata())
                .containsEntry("date", "2031-06-01T19:30:00+08:00")
                .containsEntry("lastmod", "2031-06-02T08:00:00+08:00")
                .containsEntry("draft", "false")
                .containsEntry("categories", "生活");
        assertThat(post.id()).isEqualTo(ArticleIds.of("markdown/hugo-dated.md", 0));
        assertThat(post.source()).isEqualTo(new SourceRef("markdown/hugo-dated.md", 1, 9, "UTF-8"));
    }

    @Test
    void gb18030FileIsDecoded() {
        String md = "# 青溪简讯\n\n全市今年新增绿地一百公顷。\n";
        Article a = Fixtures.parse(io.broadsheet.core.spi.SourceInput.ofBytes("gbk.md",
                md.getBytes(java.nio.charset.Charset.forName("GB18030"))), Fixtures.PARSER.defaultOptions()).articles().get(0);

        assertThat(a.title()).isEqualTo("青溪简讯");
        assertThat(a.paragraphs()).containsExactly("全市今年新增绿地一百公顷。");
        assertThat(a.source().encoding()).isEqualTo("GB18030");
    }

    @Test
    void byteOrderMarkIsNotText() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "---\ntitle: \"带 BOM 的文章\"\n---\n\n正文。\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        Article a = Fixtures.parse(io.broadsheet.core.spi.SourceInput.ofBytes("bom.md", all),
                Fixtures.PARSER.defaultOptions()).articles().get(0);

        assertThat(a.title()).isEqualTo("带 BOM 的文章");
    }
}
