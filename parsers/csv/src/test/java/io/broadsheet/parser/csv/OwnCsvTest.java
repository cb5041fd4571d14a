package io.broadsheet.parser.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.ArticleIds;
import io.broadsheet.core.model.ArticleKind;
import io.broadsheet.core.model.Dateline;
import io.broadsheet.core.model.Edition;
import io.broadsheet.core.model.Section;
import io.broadsheet.core.model.SourceRef;
import io.broadsheet.testkit.CollectingSink;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Files in Broadsheet's own CSV convention, article rows and paragraph rows. */
class OwnCsvTest {

    private static final Article BRIDGE = Article.builder()
            .id("0012a7c4e5f60718")
            .kind(ArticleKind.ARTICLE)
            .column("一线报道")
            .kicker("=青溪快讯=")
            .title("青溪大桥主体结构全线贯通")
            .subtitles(List.of("——记奋战在大桥工地上的建设者", "——三年攻坚换来一桥飞架"))
            .byline("记者 林晓雯 通讯员 周建")
            .authors(List.of("林晓雯", "周建"))
            .dateline(Dateline.of("本报讯(记者 林晓雯)"))
            .sections(List.of(
                    Section.lead(List.of(
                            "11月30日上午，随着最后一节钢箱梁精准就位，青溪大桥主体结构全线贯通。",
                            "这座横跨青溪两岸的大桥全长2.6公里，\n第二行与上一行属于同一段。")),
                    new Section("攻坚克难 日夜奋战", List.of("项目部坚持\"每道工序必检\"，三年来未发生一起安全事故。"))))
            .caption("大桥合龙现场。")
            .credit("孟凡 摄")
            .continuedTo(3)
            .continuedFrom(2)
            .edition(new Edition("青溪日报", "2031-11-30", 1))
            .source(new SourceRef("qingxi/2031-11-30/page-01.txt", 0, 0, null))
            .metadata(Map.of("editor", "何芳", "url", "https://example.org/qingxi/bridge"))
            .build();

    @Test
    void articleRowWithEveryColumnIsReadBackExactly() {
        CollectingSink sink = Fixtures.parse("own-articles.csv");

        assertThat(sink.warnings()).isEmpty();
        assertThat(sink.articles()).hasSize(4);
        assertThat(sink.articles().get(0)).isEqualTo(BRIDGE);
    }

    @Test
    void photoRowKeepsItsBylineAndHasNoSections() {
        Article photo = Fixtures.parse("own-articles.csv").articles().get(1);

        assertThat(photo).isEqualTo(Article.builder()
                .id("photo-0004-01").kind(ArticleKind.PHOTO)
                .byline("孟凡 摄").authors(List.of("孟凡"))
                .caption("11月29日晚，青溪大桥亮起景观灯。").credit("孟凡 摄")
                .edition(new Edition("青溪日报", "2031-11-30", 4))
                .source(new SourceRef("qingxi/2031-11-30/page-04.txt", 0, 0, null))
                .build());
    }

    @Test
    void fragmentRowKeepsItsContinuation() {
        Article fragment = Fixtures.parse("own-articles.csv").articles().get(2);

        assertThat(fragment).isEqualTo(Article.builder()
                .id("frag-0003-01").kind(ArticleKind.FRAGMENT)
                .sections(List.of(Section.lead(List.of("大桥通车后，沿线的公交线路也将同步调整。",
                        "市交通局表示，将根据客流变化及时优化班次。"))))
                .continuedFrom(1)
                .edition(new Edition("青溪日报", "2031-11-30", 3))
                .source(new SourceRef("qingxi/2031-11-30/page-03.txt", 0, 0, null))
                .build());
    }

    @Test
    void rowWithoutIdOrSourceIsIdentifiedByFileAndRow() {
        Article brief = Fixtures.parse("own-articles.csv").articles().get(3);

        assertThat(brief.id()).isEqualTo(ArticleIds.of("csv/own-articles.csv", 4));
        assertThat(brief.kind()).isEqualTo(ArticleKind.ARTICLE);
        assertThat(brief.source()).isEqualTo(new SourceRef("csv/own-articles.csv", 14, 16, "UTF-8"));
        assertThat(brief.sections()).containsExactly(new Section("湿地", List.of("青溪湿地公园迎来首批候鸟。")));
    }

    @Test
    void paragraphRowsAreGroupedByIdIntoSections() {
        CollectingSink sink = Fixtures.parse("own-paragraphs.csv");

        assertThat(sink.warnings()).isEmpty();
        assertThat(sink.articles()).extracting(Article::id)
                .containsExactly("0012a7c4e5f60718", "photo-0004-01", "frag-0003-01");
        Article bridge = sink.articles().get(0);
        assertThat(bridge.sections()).containsExactly(
                Section.lead(List.of("11月30日上午，青溪大桥主体结构全线贯通。",
                        "这座大桥全长2.6公里，\n建成后两岸通行只需十分钟。")),
                new Section("攻坚克难 日夜奋战", List.of("-20℃的寒夜里，工人们仍在焊接。", "三年来未发生一起安全事故。")));
        assertThat(bridge.dateline()).isEqualTo(Dateline.of("本报讯(记者 林晓雯)"));
        assertThat(bridge.kicker()).isEqualTo("重点工程巡礼");
        assertThat(bridge.subtitles()).containsExactly("——记奋战在大桥工地上的建设者");
        assertThat(bridge.continuedTo()).isEqualTo(3);
        assertThat(bridge.metadata()).isEqualTo(Map.of("editor", "何芳"));
        assertThat(sink.articles().get(1).sections()).isEmpty();
        assertThat(sink.articles().get(1).byline()).as("an empty byline cell is no byline").isNull();
        assertThat(sink.articles().get(1).credit()).isEqualTo("孟凡 摄");
        assertThat(sink.articles().get(2).paragraphs()).containsExactly(
                "大桥通车后，沿线的公交线路也将同步调整。", "市交通局表示，将根据客流变化及时优化班次。");
    }

    @Test
    void paragraphRowsWithoutSourceSpanTheirRecordsLines() {
        String csv = "id,title,section,paragraph,text\n"
                + "p1,青溪简讯,,1,第一段。\n"
                + "p1,青溪简讯,,2,\"第二段\n跨两行。\"\n"
                + "p2,另一条,,1,只有一段。\n";
        CollectingSink sink = Fixtures.parseText("brief.csv", csv, Fixtures.PARSER.defaultOptions());

        assertThat(sink.articles()).hasSize(2);
        assertThat(sink.articles().get(0).source()).isEqualTo(new SourceRef("brief.csv", 2, 4, "UTF-8"));
        assertThat(sink.articles().get(1).source()).isEqualTo(new SourceRef("brief.csv", 5, 5, "UTF-8"));
    }

    @Test
    void textIsTakenAsWrittenEvenWhenItRepeatsTheDateline() {
        // Our exporter keeps the dateline and continuations in their columns: text that repeats them is content.
        String csv = "id,title,dateline,text,continuedTo\n"
                + "n1,标题,新华社青溪11月30日电,\"新华社青溪11月30日电 正文第一段。\n\n（下转第十二版）\",12\n";
        Article a = Fixtures.parseText("notes.csv", csv, Fixtures.PARSER.defaultOptions()).articles().get(0);

        assertThat(a.paragraphs()).containsExactly("新华社青溪11月30日电 正文第一段。", "（下转第十二版）");
        assertThat(a.continuedTo()).isEqualTo(12);
    }

    @Test
    void extraColumnsCarryDatelinePartsSourceLinesAndSingleMetadataEntries() {
        String csv = "id,title,dateline,datelineAgency,datelinePlace,datelineDate,source,sourceLines,sourceEncoding,metadata.url,metadata\n"
                + "x1,标题,新华社青溪11月30日电,新华社,青溪,11月30日,qingxi/p1.txt,12-48,GB18030,https://example.org/x1,\"{\"\"editor\"\":\"\"何芳\"\"}\"\n"
                + "x2,标题,,,,,qingxi/p1.txt,7,,,\n"
                + "x3,标题,,,,,qingxi/p1.txt,9-2,,,\n";
        CollectingSink sink = Fixtures.parseText("extra.csv", csv, Fixtures.PARSER.defaultOptions());

        Article a = sink.articles().get(0);
        assertThat(a.dateline()).isEqualTo(new Dateline("新华社青溪11月30日电", "新华社", "青溪", "11月30日"));
        assertThat(a.source()).isEqualTo(new SourceRef("qingxi/p1.txt", 12, 48, "GB18030"));
        assertThat(a.metadata()).isEqualTo(Map.of("url", "https://example.org/x1", "editor", "何芳"));
        assertThat(sink.articles().get(1).source()).isEqualTo(new SourceRef("qingxi/p1.txt", 7, 7, null));
        assertThat(sink.articles()).hasSize(2);
        assertThat(sink.warnings()).containsExactly("extra.csv:4: 'sourceLines' must be 'start-end', not '9-2'; row skipped");
    }
}
