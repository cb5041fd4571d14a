package io.broadsheet.parser.text;

import static io.broadsheet.parser.text.Pages.parse;
import static io.broadsheet.parser.text.Pages.titled;
import static io.broadsheet.parser.text.Pages.titles;
import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.ArticleKind;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One fixture page per printing or extraction convention of Chinese dailies (each page invented, in
 * the layout of a different paper), with what a careful reader sees on it.
 */
class NewspaperConventionsTest {

    private static List<Article> of(List<Article> page, ArticleKind kind) {
        return page.stream().filter(a -> a.kind() == kind).toList();
    }

    private static String lastParagraph(Article a) {
        List<String> ps = a.paragraphs();
        return ps.get(ps.size() - 1);
    }

    private static String squeezed(String s) {
        return s == null ? null : s.replace(" ", "");
    }

    @Test
    void paddedNamesAreOneAuthorAndABylineUnderATitleIsNeverASubtitle() {
        List<Article> page = parse("padded-names.txt");

        assertThat(titles(page)).containsExactly("全省春耕生产全面展开", "城市书房开到家门口", "山区公路通到村口",
                "湿地公园迎来越冬候鸟", "边境口岸货运量创新高");
        Article own = titled(page, "全省春耕生产全面展开");
        assertThat(own.byline()).isEqualTo("本报记者 王 刚");
        assertThat(own.authors()).containsExactly("王刚");
        Article outlet = titled(page, "城市书房开到家门口");
        assertThat(outlet.subtitles()).isEmpty();
        assertThat(outlet.authors()).containsExactly("张华");
        assertThat(titled(page, "山区公路通到村口").authors()).containsExactly("李明", "周涛");
        Article bare = titled(page, "湿地公园迎来越冬候鸟");
        assertThat(bare.subtitles()).isEmpty();
        assertThat(bare.authors()).containsExactly("孙倩");
        assertThat(titled(page, "边境口岸货运量创新高").authors()).containsExactly("赵磊");
        page.forEach(a -> assertThat(a.subtitles()).isEmpty());
    }

    @Test
    void aClosingBracketCreditIsTheBylineAndClosingNotesStayInTheBody() {
        List<Article> page = parse("trailing-credits.txt");

        Article credit = titled(page, "三地联动推进物流降本");
        assertThat(credit.byline()).isEqualTo("（本报北京、上海、广州5月8日电 记者王刚、李明、张华）");
        assertThat(credit.authors()).containsExactly("王刚", "李明", "张华");
        assertThat(lastParagraph(credit)).endsWith("明显缩短。");
        Article author = titled(page, "让数字经济更好惠及百姓");
        assertThat(author.byline()).isNull();
        assertThat(lastParagraph(author)).isEqualTo("（作者为某大学经济学院教授）");
        assertThat(author.paragraphs()).hasSize(3);
        Article excerpt = titled(page, "乡村教师的坚守");
        assertThat(excerpt.column()).isNull();
        assertThat(lastParagraph(excerpt)).isEqualTo("（摘编自《光明日报》）");
        Article helped = titled(page, "小区垃圾分类见实效");
        assertThat(helped.byline()).isEqualTo("记者 钱程");
        assertThat(helped.authors()).containsExactly("钱程");
        assertThat(lastParagraph(helped)).isEqualTo("（实习生刘佳参与采写）");
        Article commentary = titled(page, "莫让形式主义挤占基层精力");
        assertThat(squeezed(commentary.byline())).isEqualTo("陈平");
        assertThat(commentary.authors()).containsExactly("陈平");
        assertThat(commentary.paragraphs()).hasSize(2);
        assertThat(titles(page)).containsExactly("三地联动推进物流降本", "让数字经济更好惠及百姓", "乡村教师的坚守",
                "小区垃圾分类见实效", "莫让形式主义挤占基层精力", "春风送暖入万家");
    }

    @Test
    void aReadersLetterIsSignedWithPlaceAndName() {
        List<Article> page = parse("reader-letters.txt");

        Article ownLine = titled(page, "小区门口的路灯该修了");
        assertThat(squeezed(ownLine.byline())).isEqualTo("浙江杭州市赵敏");
        assertThat(ownLine.authors()).containsExactly("赵敏");
        assertThat(ownLine.paragraphs()).hasSize(2);
        Article trailing = titled(page, "公交站台应加装遮阳棚");
        assertThat(squeezed(trailing.byline())).isEqualTo("湖北宜昌市孙先生");
        assertThat(trailing.authors()).containsExactly("孙先生");
        assertThat(lastParagraph(trailing)).endsWith("加装遮阳棚。");
        Article twoPlaces = titled(page, "农村寄递服务还需提速");
        assertThat(squeezed(twoPlaces.byline())).isEqualTo("四川广元市苍溪县李华");
        assertThat(twoPlaces.authors()).containsExactly("李华");
        assertThat(lastParagraph(twoPlaces)).endsWith("物流体系。");
    }

    @Test
    void aBracketedRubricOnItsOwnLineIsTheColumnOfTheArticleBelow() {
        List<Article> page = parse("rubric-lines.txt");

        assertThat(titles(page)).containsExactly("长江岸线重现绿色", "社区食堂吃出幸福味道", "一线医护人员的春节");
        assertThat(titled(page, "长江岸线重现绿色").column()).isEqualTo("美丽中国·生态文明建设进行时");
        assertThat(titled(page, "长江岸线重现绿色").authors()).containsExactly("何静");
        assertThat(titled(page, "社区食堂吃出幸福味道").column()).isEqualTo("民生一线");
        assertThat(titled(page, "社区食堂吃出幸福味道").byline()).isEqualTo("记者 宋阳");
        assertThat(titled(page, "一线医护人员的春节").column()).isEqualTo("战“疫”先锋");
    }

    @Test
    void extractionLetterSpacingIsRemovedBetweenChineseCharactersAndDigitsOnly() {
        List<Article> page = parse("letter-spacing.txt");

        Article a = titled(page, "全省经济工作会议召开");
        assertThat(a.authors()).containsExactly("王可");
        assertThat(a.paragraphs().get(0)).contains("11月20日，全省经济工作会议").contains("前三季度，全省经济运行情况。");
        assertThat(a.paragraphs().get(1)).contains("5G 基站和 Wi-Fi 6 网络").contains("AI 应用");
        assertThat(titles(page)).containsExactly("全省经济工作会议召开", "打造具有国际竞争力的先进制造业集群", "小小快递柜里的大民生");
        assertThat(titled(page, "打造具有国际竞争力的先进制造业集群").subtitles()).isEmpty();
        assertThat(titled(page, "小小快递柜里的大民生").byline()).isEqualTo("记者 林涛");
    }

    @Test
    void everyUnicodeSpaceCountsAsASpace() {
        List<Article> page = parse("unicode-spaces.txt");

        Article a = titled(page, "老城区改造提速");
        assertThat(a.byline()).isEqualTo("记者 王 可");
        assertThat(a.authors()).containsExactly("王可");
        assertThat(a.dateline().text()).isEqualTo("本报讯");
        assertThat(a.paragraphs()).hasSize(2);
        assertThat(a.paragraphs().get(1)).startsWith("改造后的小区");
        Article b = titled(page, "夜间经济 点亮城市");
        assertThat(b.authors()).containsExactly("刘洋", "马骏");
        assertThat(b.byline()).isEqualTo("记者 刘 洋 通讯员 马 骏");
        assertThat(b.authors()).doesNotContain("郭建祯");
        page.forEach(x -> {
            for (String p : x.paragraphs()) {
                assertThat(p).doesNotContain("\u00a0", "\u3000", "\u2003", "\u2009", "\u202f", "\u2000");
            }
        });
    }

    @Test
    void photosWithoutCreditWithGluedCreditUnderAHeadlineAndWithASourceTag() {
        List<Article> page = parse("photo-conventions.txt");
        List<Article> photos = of(page, ArticleKind.PHOTO);

        assertThat(photos).extracting(Article::caption).containsExactly("图为游客在古镇老街游览。", "图为牧民在草场上放牧。",
                "晨曦中的跨海大桥。", "山间梯田层层叠叠，春耕的农民忙碌其间。", "城市绿道串起公园和社区。");
        assertThat(squeezed(photos.get(0).credit())).isEqualTo("新华社记者刘洋摄");
        assertThat(photos.get(0).authors()).containsExactly("刘洋");
        assertThat(photos.get(3).authors()).containsExactly("李强");
        assertThat(photos.get(3).credit()).endsWith("（影像中国）");
        assertThat(photos.get(4).credit()).isEqualTo("（影像中国）");
        Article town = titled(page, "古镇迎来旅游旺季");
        assertThat(town.paragraphs()).hasSize(2);
        assertThat(town.paragraphs().get(0)).startsWith("五一假期");
        Article pasture = titled(page, "高原牧场春意浓");
        assertThat(pasture.paragraphs()).hasSize(2);
        assertThat(pasture.paragraphs().get(0)).startsWith("高原牧场迎来产羔季");
        assertThat(titles(page)).containsExactly("古镇迎来旅游旺季", "高原牧场春意浓", "跨海大桥通车一周年", "港口集装箱吞吐量增长");
        assertThat(titled(page, "跨海大桥通车一周年").paragraphs()).hasSize(1);
    }

    @Test
    void aCaptionWithoutCreditAfterAPictureGapAndBeforeAHeadlineIsAPhoto() {
        List<Article> page = parse("photo-gap-before-headline.txt");

        assertThat(of(page, ArticleKind.PHOTO)).extracting(Article::caption).containsExactly("秋日的银杏大道一片金黄。");
        Article above = titled(page, "老街巷焕发新活力");
        assertThat(above.paragraphs()).hasSize(2);
        assertThat(lastParagraph(above)).startsWith("居民说");
        assertThat(titles(page)).containsExactly("老街巷焕发新活力", "社区食堂开进居民楼");
    }

    @Test
    void aGraphicsCreditAloneOnItsLineIsAPhotoNeverATitle() {
        List<Article> page = parse("graphic-credits.txt");

        List<Article> graphics = of(page, ArticleKind.PHOTO);
        assertThat(graphics).extracting(Article::caption).containsOnlyNulls();
        assertThat(graphics).extracting(a -> squeezed(a.credit())).containsExactly("制图：张伟", "漫画：李强");
        assertThat(graphics.get(0).authors()).containsExactly("张伟");
        assertThat(graphics.get(1).authors()).containsExactly("李强");
        assertThat(titles(page)).containsExactly("全省粮食产量再创新高", "节能家电走进千家万户");
        assertThat(titled(page, "全省粮食产量再创新高").paragraphs()).hasSize(2);
    }

    @Test
    void bracketedDatelinesOfThe1940sOpenTheFirstParagraph() {
        List<Article> page = parse("bracketed-datelines.txt");

        Article local = titled(page, "城郊农民踊跃交公粮");
        assertThat(local.dateline().text()).isEqualTo("【本市讯】");
        assertThat(local.paragraphs().get(0)).startsWith("城郊各村农民");
        Article agency = titled(page, "晋察冀边区春耕忙");
        assertThat(agency.dateline().text()).isEqualTo("【新华社张家口十五日电】");
        assertThat(agency.dateline().agency()).isEqualTo("新华社");
        assertThat(agency.dateline().place()).isEqualTo("张家口");
        assertThat(agency.paragraphs().get(0)).startsWith("边区各地春耕");
        assertThat(agency.paragraphs()).hasSize(2);
    }

    @Test
    void aDashAndAShortSignerUnderAFinishedParagraphIsItsBylineNeverTheNextColumn() {
        List<Article> page = parse("dash-signature.txt");

        assertThat(titles(page)).containsExactly("新春走基层", "凌晨四点的街道", "港口夜班灯火通明");
        assertThat(squeezed(titled(page, "新春走基层").byline())).isEqualTo("——编者");
        Article next = titled(page, "凌晨四点的街道");
        assertThat(next.column()).isNull();
        assertThat(next.kicker()).isEqualTo("环卫工人老周——");
        assertThat(titled(page, "港口夜班灯火通明").subtitles()).containsExactly("——记夜班调度员小林");
    }

    @Test
    void aBracketedBylineGluedAfterAQuotedLastSentenceIsTheBylineWhateverTheFamilyName() {
        List<Article> page = parse("glued-closing-byline.txt");

        Article a = titled(page, "老手艺人的新年心愿");
        assertThat(a.byline()).isEqualTo("（本报记者冀云飞采访整理）");
        assertThat(a.authors()).containsExactly("冀云飞");
        assertThat(lastParagraph(a)).endsWith("更多年轻人。”");
        assertThat(titles(page)).containsExactly("老手艺人的新年心愿", "夜市重开烟火气");
    }

    @Test
    void anInstitutionUnderAReportsDashSubtitleIsItsBylineNotASubtitle() {
        List<Article> page = parse("institution-byline.txt");

        Article province = titled(page, "关于全省生态环境保护工作情况的报告");
        assertThat(province.subtitles()).containsExactly("——2023年1月10日在省第十四届人民代表大会第一次会议上");
        assertThat(province.byline()).isEqualTo("省生态环境厅");
        assertThat(province.authors()).isEmpty();
        Article city = titled(page, "关于全市民生实事项目完成情况的说明");
        assertThat(city.subtitles()).hasSize(1);
        assertThat(city.byline()).isEqualTo("市人民政府办公室");
        assertThat(city.paragraphs()).hasSize(1);
    }

    @Test
    void aHeadlineBelowItsFirstParagraphsTakesThemWithoutADateline() {
        List<Article> page = parse("headline-below-lead.txt");

        assertThat(of(page, ArticleKind.FRAGMENT)).isEmpty();
        Article a = titled(page, "绿道串起城市公园");
        assertThat(a.paragraphs()).hasSize(3);
        assertThat(a.paragraphs().get(0)).startsWith("全市新增绿道一百公里。");
        assertThat(titled(page, "地铁六号线开通运营").paragraphs()).hasSize(1);
    }

    @Test
    void untitledTextStartingMidSentenceAfterAFinishedArticleIsAFragment() {
        List<Article> page = parse("untitled-fragment.txt");

        assertThat(titled(page, "全市举行防汛演练").paragraphs()).hasSize(2);
        assertThat(titled(page, "新建三所幼儿园").paragraphs()).hasSize(2);
        List<Article> fragments = of(page, ArticleKind.FRAGMENT);
        assertThat(fragments).hasSize(2);
        assertThat(fragments.get(0).paragraphs()).hasSize(2);
        assertThat(fragments.get(0).paragraphs().get(0)).contains("为今年的农业生产");
        assertThat(fragments.get(1).paragraphs().get(0)).startsWith("的发展注入了新的动能。");
    }

    @Test
    void jumpMarkersDatelinesAndEmptyColumnLabelsAreNeverTitles() {
        List<Article> page = parse("never-a-title.txt");

        assertThat(titles(page)).containsExactly("本市商人集会座谈", "新年贺词在各地引发热烈反响", "冬季取暖保障有力");
        Article meeting = titled(page, "本市商人集会座谈");
        assertThat(meeting.subtitles()).containsExactly("戎副主席阐述工商政策");
        assertThat(meeting.paragraphs()).hasSize(1);
        assertThat(meeting.sections()).allMatch(sec -> sec.heading() == null);
        Article speech = titled(page, "新年贺词在各地引发热烈反响");
        assertThat(speech.dateline().text()).isEqualTo("新华社北京12月31日电（记者 罗斌 陈曦）");
        assertThat(speech.authors()).containsExactly("罗斌", "陈曦");
        assertThat(speech.paragraphs()).hasSize(2);
        assertThat(lastParagraph(speech)).isEqualTo("大家表示，将以实际行动迎接新的一年。");
        assertThat(page).noneMatch(a -> a.paragraphs().stream().anyMatch(p -> p.contains("见第")));
    }

    @ParameterizedTest(name = "{0} shows {1}")
    @CsvSource({
            "padded-names.txt, byline-with-padded-name",
            "trailing-credits.txt, closing-bracket-credit",
            "trailing-credits.txt, closing-note",
            "trailing-credits.txt, signature-closing-commentary",
            "reader-letters.txt, place-and-name-signature",
            "reader-letters.txt, place-and-name-trailing-last-paragraph",
            "rubric-lines.txt, bracketed-label",
            "letter-spacing.txt, +letter-spaced",
            "letter-spacing.txt, continues-line-above",
            "photo-conventions.txt, caption-under-headline",
            "photo-conventions.txt, caption-and-credit",
            "photo-gap-before-headline.txt, short-text-between-picture-gap-and-headline",
            "graphic-credits.txt, graphic-credit",
            "dash-signature.txt, dash-signature-after-text",
            "institution-byline.txt, institution-under-dash-subtitle",
            "headline-below-lead.txt, headline-after-its-lead",
            "untitled-fragment.txt, starts-mid-sentence",
            "never-a-title.txt, empty-field-label",
            "never-a-title.txt, reference-to-page",
            "never-a-title.txt, opens-with-dateline"})
    void inspectNamesTheRuleOfEachConvention(String fixture, String rule) throws IOException {
        StringBuilder out = new StringBuilder();
        TextParser parser = new TextParser();
        parser.open(parser.defaultOptions()).explain(Pages.input(fixture), out);

        assertThat(out.toString()).contains(rule);
    }
}
