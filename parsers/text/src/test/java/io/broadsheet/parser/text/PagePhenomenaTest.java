package io.broadsheet.parser.text;

import static io.broadsheet.parser.text.Pages.headings;
import static io.broadsheet.parser.text.Pages.parse;
import static io.broadsheet.parser.text.Pages.titled;
import static io.broadsheet.parser.text.Pages.titles;
import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.ArticleKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One fixture page per phenomenon of real page dumps, each with what a careful reader sees on it. */
class PagePhenomenaTest {

    @Test
    void consistentMarkersGiveTitleSubtitleBylineAndSections() {
        List<Article> page = parse("consistent-markers.txt");

        assertThat(titles(page)).containsExactly("山城夜市重新开张", "市图书馆延长开放时间");
        Article a = titled(page, "山城夜市重新开张");
        assertThat(a.subtitles()).containsExactly("——三百个摊位点亮老城区");
        assertThat(a.byline()).isEqualTo("记者 周晓燕");
        assertThat(a.authors()).containsExactly("周晓燕");
        assertThat(headings(a)).containsExactly("摊主回来了", "管理跟上了");
        assertThat(a.paragraphs()).hasSize(3);
    }

    @Test
    void misleadingMarkersAreHintsNotTruth() {
        List<Article> page = parse("misleading-markers.txt");

        // '##' lines inside a '#' feature are its section headings; a '##' line with a dateline after it is an article.
        assertThat(titles(page)).containsExactly("我们在一线", "河东区召开防汛工作会");
        Article feature = titled(page, "我们在一线");
        assertThat(feature.subtitles()).containsExactly("一座小城的抗疫群像");
        assertThat(headings(feature)).containsExactly("街头值守进度表", "楼道消杀进度表", "药品配送进度表", "老人陪护进度表");
        assertThat(feature.paragraphs()).hasSize(5);
    }

    @Test
    void unmarkedHeadlineBlocksGiveColumnKickerAndTitle() {
        List<Article> page = parse("no-markers.txt");

        Article opener = titled(page, "编者按");
        assertThat(opener.column()).isEqualTo("奋进新时代 建功新征程");
        assertThat(opener.paragraphs()).hasSize(2);
        Article a = titled(page, "让服务送到群众家门口");
        assertThat(a.column()).isEqualTo("群策群力 共建家园");
        assertThat(a.kicker()).isEqualTo("各街道按照区委部署,迅速行动、靠前服务——");
        assertThat(a.continuedTo()).isEqualTo(2);
    }

    @Test
    void aRubricPrintedOverTwoShortLinesIsOneColumnLabel() {
        Article a = titled(parse("two-line-rubric.txt"), "稻田里的新农人");

        assertThat(a.column()).isEqualTo("乡村振兴 一线观察");
        assertThat(a.kicker()).isNull();
    }

    @Test
    void aBracketedLineIsAColumnLabelAndTrailingNamesAreTheByline() {
        Article a = titled(parse("bracketed-column.txt"), "老街里的修表铺");

        assertThat(a.column()).isEqualTo("城事观察");
        assertThat(a.byline()).isEqualTo("杨帆");
        assertThat(a.authors()).containsExactly("杨帆");
        assertThat(a.paragraphs()).last().isEqualTo("“手艺不能丢。”吴国华说。");
    }

    @Test
    void aTitleAndItsSubtitleOnOneLineAreSplitAtTheDash() {
        Article a = titled(parse("inline-subtitle.txt"), "灯火里的坚守");

        assertThat(a.subtitles()).containsExactly("——市公交公司夜班司机群像");
        assertThat(a.byline()).isEqualTo("记者 唐宁");
    }

    @Test
    void bylinesOnTheirOwnLine() {
        List<Article> page = parse("bylines.txt");

        Article commentary = titled(page, "守护碧水蓝天");
        assertThat(commentary.byline()).isEqualTo("本报评论员");
        assertThat(commentary.authors()).isEmpty();
        Article twoNames = titled(page, "江边湿地迎来候鸟");
        assertThat(twoNames.byline()).isEqualTo("王荣 王晓丽");
        assertThat(twoNames.authors()).containsExactly("王荣", "王晓丽");
        assertThat(twoNames.subtitles()).isEmpty();
        Article roles = titled(page, "新区三所学校投用");
        assertThat(roles.authors()).containsExactly("林可", "马骏");
        // A title may end in a question mark: the byline under it tells it from a sentence.
        assertThat(titled(page, "谁来守护城市的夜晚?").byline()).isEqualTo("记者 许多");
        assertThat(roles.paragraphs()).hasSize(1);
    }

    @Test
    void datelinesOpenTheFirstParagraphAndNameTheReporters() {
        List<Article> page = parse("datelines.txt");

        Article agency = titled(page, "港口吞吐量再创新高");
        assertThat(agency.dateline().text()).isEqualTo("新华社北京11月10日电(记者 罗斌)");
        assertThat(agency.dateline().agency()).isEqualTo("新华社");
        assertThat(agency.dateline().place()).isEqualTo("北京");
        assertThat(agency.dateline().date()).isEqualTo("11月10日");
        assertThat(agency.authors()).containsExactly("罗斌");
        assertThat(agency.paragraphs().get(0)).startsWith("今年前十个月");
        assertThat(titled(page, "社区食堂开进老小区").authors()).containsExactly("王可", "赵一凡");
        Article provincial = titled(page, "省城举办冬季运动会");
        assertThat(provincial.dateline().text()).isEqualTo("本报讯 (山西日报记者 郑光)");
        assertThat(provincial.authors()).containsExactly("郑光");
        assertThat(titled(page, "新能源车销量增长").dateline().text()).isEqualTo("本报讯");
        Article placed = titled(page, "高铁新站开工");
        assertThat(placed.dateline().text()).isEqualTo("本报太原11月8日电");
        assertThat(placed.dateline().place()).isEqualTo("太原");
    }

    @Test
    void aSectionHeadingWithItsOwnDashLineStaysInTheArticle() {
        List<Article> page = parse("section-dash-line.txt");

        assertThat(titles(page)).containsExactly("一条老街的新生");
        Article a = page.get(0);
        assertThat(headings(a)).containsExactly("留住烟火气", "守住老规矩");
        assertThat(a.metadata()).containsEntry("section.2.subtitle", "——老字号重新开门");
        assertThat(a.paragraphs()).hasSize(3);
    }

    @Test
    void photosWithCaptionsCreditsOrBoth() {
        List<Article> page = parse("photos.txt");

        List<Article> photos = page.stream().filter(a -> a.kind() == ArticleKind.PHOTO).toList();
        assertThat(photos).extracting(Article::caption)
                .containsExactly("市民在菊展上拍照留念。", "志愿者在社区为老人测量血压,这项服务已坚持五年。", null, "初雪后的古城墙。");
        assertThat(photos).extracting(Article::credit).containsExactly("陈明 摄", "李响 赵一鸣 摄", "黄岩 摄", null);
        assertThat(photos.get(1).authors()).containsExactly("李响", "赵一鸣");
        // Captions are not paragraphs of the articles around them.
        assertThat(titled(page, "滨江公园菊展开幕").paragraphs()).hasSize(1);
        assertThat(titled(page, "城南新建两座停车场").paragraphs()).hasSize(1);
        assertThat(titles(page)).containsExactly("滨江公园菊展开幕", "城南新建两座停车场", "地铁三号线试运行");
    }

    @Test
    void jumpMarkersGiveTheContinuationPageAndLeaveTheText() {
        List<Article> page = parse("jumps.txt");

        Article inline = titled(page, "全市秋粮收购进度过半");
        assertThat(inline.continuedTo()).isEqualTo(3);
        assertThat(inline.paragraphs()).last().asString().endsWith("收购进度过半。");
        Article ownLine = titled(page, "冬季供暖准备就绪");
        assertThat(ownLine.continuedTo()).isEqualTo(2);
        assertThat(ownLine.paragraphs()).hasSize(2).noneMatch(p -> p.contains("下转"));
    }

    @Test
    void textContinuedFromAnotherPageIsAFragment() {
        List<Article> page = parse("continued-from.txt");

        assertThat(page.get(0).kind()).isEqualTo(ArticleKind.FRAGMENT);
        assertThat(page.get(0).continuedFrom()).isEqualTo(1);
        assertThat(page.get(0).paragraphs()).hasSize(2).first().asString().startsWith("各收购点");
        assertThat(titles(page)).containsExactly("新建粮库投入使用");
    }

    @Test
    void textStartingMidSentenceAtTheTopIsAFragment() {
        List<Article> page = parse("mid-sentence-start.txt");

        assertThat(page.get(0).kind()).isEqualTo(ArticleKind.FRAGMENT);
        assertThat(page.get(0).title()).isNull();
        assertThat(titles(page)).containsExactly("城东新开一家书店");
    }

    @Test
    void aLettersSalutationIsBodyAndItsSignatureIsKeptApart() {
        Article a = titled(parse("letter.txt"), "节约用水 从我做起");

        assertThat(a.subtitles()).containsExactly("——致全市居民的倡议书");
        assertThat(a.paragraphs()).hasSize(4).first().isEqualTo("全市广大居民朋友:");
        assertThat(a.byline()).isNull();
        assertThat(a.metadata()).containsEntry("signature", "市节约用水办公室 2022年11月20日");
        // The whitespace-only line between the points is no paragraph; the split point is re-joined.
        assertThat(a.paragraphs().get(2)).endsWith("让每一滴水都发挥作用。");
    }

    @Test
    void aSignatureOnTwoLinesIsSignerAndDate() {
        Article a = titled(parse("letter-two-line-signature.txt"), "致全市志愿者的一封信");

        assertThat(a.metadata()).containsEntry("signature", "共青团江城市委员会 2022年11月25日");
        assertThat(headings(a)).isEmpty();
        assertThat(a.paragraphs()).containsExactly("亲爱的志愿者朋友们:", "感谢你们在寒风中坚守岗位。");
    }

    @Test
    void aBoxBeforeABylineIsTypography() {
        Article a = Pages.parseText("p.txt", "## 标题\n\n□本报记者 王可\n\n正文第一段。\n", Pages.PARSER.defaultOptions()).get(0);

        assertThat(a.byline()).isEqualTo("□本报记者 王可");
        assertThat(a.authors()).containsExactly("王可");
    }

    @Test
    void aBracketedBylineClosesItsArticle() {
        List<Article> page = Pages.parseText("p.txt", "劳动模范王师傅——\n守护万家灯火\n正文第一段。\n（本报记者王可采访整理）\n"
                + "护林员老李——\n守护绿水青山\n正文第二段。\n", Pages.PARSER.defaultOptions());

        assertThat(titles(page)).containsExactly("守护万家灯火", "守护绿水青山");
        Article first = page.get(0);
        assertThat(first.byline()).isEqualTo("（本报记者王可采访整理）");
        assertThat(first.authors()).containsExactly("王可");
        assertThat(page.get(1).column()).isNull();
        assertThat(page.get(1).kicker()).isEqualTo("护林员老李——");
    }

    @Test
    void pageFurnitureBelongsToNoItem() {
        List<Article> page = Pages.parseText("p.txt", "江城日报 2022年11月10日 星期四\n\n## 标题\n\n本报讯 正文。\n\n"
                + "责任编辑:王可 版式:赵一\n", Pages.PARSER.defaultOptions());

        assertThat(page).hasSize(1);
        assertThat(page.get(0).title()).isEqualTo("标题");
        assertThat(page.get(0).paragraphs()).containsExactly("正文。");
    }

    @Test
    void numberedHeadingsAreSectionsEvenInANewsArticle() {
        List<Article> page = parse("numbered-sections.txt");

        assertThat(titles(page)).containsExactly("奋力实现开门红", "我们是守护者");
        Article news = titled(page, "奋力实现开门红");
        assertThat(headings(news)).containsExactly("一、抓好项目建设", "二、稳住经济大盘");
        assertThat(news.paragraphs()).hasSize(3);
        // An unnumbered line under a title, with a body after it: a subtitle.
        assertThat(titled(page, "我们是守护者").subtitles()).containsExactly("奋战在一线的环卫工人群像");
    }

    @Test
    void layoutSplitsAreJoinedWithoutSpacesBetweenChineseCharacters() {
        Article a = titled(parse("layout-splits.txt"), "老城区改造进入收尾阶段");

        assertThat(a.paragraphs()).containsExactly(
                "今年以来,老城区改造项目稳步推进,截至目前已完成改造面积约4000平方米,惠及居民一千二百余户。",
                "居民刘大爷说:“以前一下雨路就泡在水里,现在路面平整了,出门方便多了。”",
                // A paragraph ending in "——" introduces a list; list items end in ";": real breaks, not splits.
                "改造过程中,施工方始终坚持三个原则——",
                "不拆老房;",
                "不砍老树;",
                "不赶老住户。",
                "The project follows the guidance of the old town committee and will be completed next spring.");
    }

    @Test
    void repeatedBlocksAreDroppedWholeOrAsPartOfAParagraph() {
        Article a = titled(parse("duplicates.txt"), "市民服务中心启用");

        assertThat(a.paragraphs()).hasSize(3);
        assertThat(a.paragraphs().get(2)).isEqualTo("服务中心还开设了夜间窗口,每周二、周四延时至晚上八点,方便上班族办理业务。");
    }

    @Test
    void aHeadlineExtractedAfterItsFirstParagraphIsGivenToThem() {
        List<Article> page = parse("headline-after-lead.txt");

        assertThat(titles(page)).containsExactly("老旧小区加装电梯", "城北建成首个口袋公园");
        Article a = titled(page, "城北建成首个口袋公园");
        assertThat(a.dateline().text()).isEqualTo("本报讯(记者 贺林)");
        assertThat(a.paragraphs()).hasSize(3);
        assertThat(titled(page, "老旧小区加装电梯").paragraphs()).hasSize(1);
    }

    @Test
    void aCorrespondentMarkStaysInTheLastParagraph() {
        Article a = titled(parse("correspondent-mark.txt"), "区商务局:保供稳价不松劲");

        assertThat(a.paragraphs()).containsExactly("区商务局组织商超加大蔬菜投放,确保供应充足、价格稳定。(本通)");
        assertThat(a.byline()).isNull();
    }

    @Test
    void everyItemRecordsItsLinesAndAStableId() {
        List<Article> page = parse("consistent-markers.txt");

        assertThat(page.get(0).source().startLine()).isEqualTo(3);
        assertThat(page.get(0).source().endLine()).isEqualTo(17);
        assertThat(page.get(1).source().startLine()).isEqualTo(19);
        assertThat(page.get(0).source().encoding()).isEqualTo("UTF-8");
        assertThat(parse("consistent-markers.txt")).extracting(Article::id).isEqualTo(page.stream().map(Article::id).toList());
    }
}
