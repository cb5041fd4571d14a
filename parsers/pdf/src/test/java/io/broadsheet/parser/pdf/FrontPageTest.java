package io.broadsheet.parser.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.ArticleKind;
import io.broadsheet.core.model.Edition;
import io.broadsheet.core.model.Section;
import io.broadsheet.core.spi.SourceInput;
import io.broadsheet.parser.pdf.sketch.FrontPage;
import io.broadsheet.parser.text.TextParser;
import io.broadsheet.testkit.CollectingSink;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated front page: the articles it states, and the same fields as its page dump gives the text parser. */
class FrontPageTest {

    private static final byte[] PDF = FrontPage.pdf();

    @Test
    void findsEveryHeadlineKickerAndTwoLineTitleInReadingOrder() {
        List<Article> page = Pdfs.parse("hbrb-01.pdf", PDF);
        assertThat(page).extracting(Article::kind).containsExactly(ArticleKind.ARTICLE, ArticleKind.ARTICLE,
                ArticleKind.PHOTO, ArticleKind.ARTICLE);
        assertThat(page).extracting(Article::title).containsExactly("全市秋粮收购进度过半",
                "滨海新区两座立体停车场昨日投入使用", null, "秋季运动会开幕");
        assertThat(page.get(0).kicker()).isEqualTo("金秋时节访农家");
    }

    @Test
    void bylineDatelineSectionAndJump() {
        List<Article> page = Pdfs.parse("hbrb-01.pdf", PDF);
        assertThat(page.get(0).byline()).isEqualTo("本报记者 张三");
        assertThat(page.get(0).authors()).containsExactly("张三");
        assertThat(page.get(0).continuedTo()).isEqualTo(3);
        assertThat(page.get(1).dateline().text()).isEqualTo("本报讯");
        assertThat(page.get(1).sections()).extracting(Section::heading).containsExactly(null, "智能引导系统同步上线");
    }

    @Test
    void paragraphCarriedIntoTheNextColumnIsJoinedWithoutASpace() {
        List<String> paragraphs = Pdfs.parse("hbrb-01.pdf", PDF).get(0).paragraphs();
        assertThat(paragraphs).hasSize(4).last().isEqualTo("今年全市秋粮播种面积稳中有增，单产水平明显提高，丰收已成定局。");
    }

    @Test
    void captionAndCreditBelongToThePhoto() {
        Article photo = Pdfs.parse("hbrb-01.pdf", PDF).get(2);
        assertThat(photo.caption()).isEqualTo("市民在滨江公园菊展上拍照留念。");
        assertThat(photo.credit()).isEqualTo("陈明 摄");
    }

    @Test
    void letterSpacingIsRemovedButLatinWordsKeepTheirSpaces() {
        Article sports = Pdfs.parse("hbrb-01.pdf", PDF).get(3);
        assertThat(sports.title()).isEqualTo("秋季运动会开幕");
        assertThat(sports.paragraphs()).contains("开幕式由 Binhai Sports Channel 全程直播，比赛将持续五天。");
    }

    @Test
    void editionFromTheDocumentTitleAndMastheadWhenThePathSaysNothing() {
        assertThat(Pdfs.parse("hbrb-01.pdf", PDF)).extracting(Article::edition).containsOnly(new Edition("海滨日报", "2024-10-16", 1));
    }

    @Test
    void theSameArticleFieldsAsTheTextParserGivesForThePageDump() throws Exception {
        List<Article> fromPdf = Pdfs.parse("hbrb-01.pdf", PDF);
        List<Article> fromDump = parseDump("pages/hbrb-01.txt");
        assertThat(fromPdf).hasSameSizeAs(fromDump);
        for (int i = 0; i < fromDump.size(); i++) {
            assertThat(comparable(fromPdf.get(i))).isEqualTo(comparable(fromDump.get(i)));
        }
    }

    @Test
    void sameBytesSameArticles() {
        assertThat(FrontPage.pdf()).isEqualTo(FrontPage.pdf());
        assertThat(Pdfs.parse("hbrb-01.pdf", PDF)).isEqualTo(Pdfs.parse("hbrb-01.pdf", PDF));
    }

    /** The article without what differs by format: id (from the path), source lines, edition, metadata. */
    private static Article comparable(Article a) {
        return a.toBuilder().id("x").source(new io.broadsheet.core.model.SourceRef("page", 1, 1, "any")).edition(Edition.UNKNOWN).metadata(java.util.Map.of()).build();
    }

    private static List<Article> parseDump(String resource) throws Exception {
        byte[] bytes;
        try (InputStream in = FrontPageTest.class.getResourceAsStream("/" + resource)) {
            bytes = in.readAllBytes();
        }
        TextParser text = new TextParser();
        var session = text.open(text.defaultOptions());
        CollectingSink sink = new CollectingSink();
        session.parse(SourceInput.ofBytes("hbrb-01.txt", bytes), sink);
        session.finish(sink);
        return sink.articles();
    }
}
