package io.broadsheet.exporter.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.Section;
import io.broadsheet.core.model.SourceRef;
import io.broadsheet.core.spi.ExportSession;
import io.broadsheet.exporter.csv.CsvExporterOptions.LineEnding;
import io.broadsheet.exporter.csv.CsvExporterOptions.Mode;
import io.broadsheet.testkit.ArticleGenerator;
import io.broadsheet.testkit.MemoryTarget;
import io.broadsheet.testkit.TestArticles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvExporterTest {

    private static final List<String> HEADER = List.of("id", "kind", "publication", "date", "page", "column",
            "kicker", "title", "subtitles", "byline", "authors", "dateline", "text", "caption", "credit",
            "continuedTo", "continuedFrom", "source", "metadata");

    private final CsvExporter exporter = new CsvExporter();
    // The defaults without the byte order mark (ExcelFriendlyCsvTest covers it), so the text compares from its first byte.
    private final CsvExporterOptions defaults = with(exporter.defaultOptions(), Mode.ARTICLE,
            exporter.defaultOptions().columns(), false, true, LineEnding.CRLF);

    static byte[] export(List<Article> articles, CsvExporterOptions options) throws IOException {
        MemoryTarget target = new MemoryTarget("articles.csv");
        try (ExportSession session = new CsvExporter().open(options, target)) {
            for (Article a : articles) {
                session.accept(a);
            }
            session.finish();
        }
        assertThat(target.allClosed()).isTrue();
        assertThat(target.bytes().keySet()).containsExactly("articles.csv");
        return target.bytes().get("articles.csv");
    }

    private static CsvExporterOptions with(CsvExporterOptions o, Mode mode, List<String> columns, boolean bom,
            boolean formulas, LineEnding lineEnding) {
        return new CsvExporterOptions(mode, columns, o.listSeparator(), bom, formulas, lineEnding);
    }

    @Test
    void headerAndARowAsTheSharedConventionSays() throws IOException {
        byte[] csv = export(TestArticles.fixtures(), defaults);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith(String.join(",", HEADER) + "\r\n");
        List<List<String>> rows = CsvReading.commons(csv);
        assertThat(rows.get(2)).containsExactly("b2e1d4c3f5a6b702", "article", "青岚日报", "2023-03-14", "1", "", "",
                "青岚市召开一季度经济运行分析会", "", "", "周明远", "本报讯(记者 周明远)",
                "3月13日,市政府召开一季度经济运行分析会,通报1至2月全市主要经济指标,研判当前形势,部署下阶段重点工作。\n\n"
                        + "会议指出,开年以来,全市规模以上工业增加值同比增长6.8%,社会消费品零售总额增长7.2%,经济运行呈现稳中向好态势。",
                "", "", "3", "", "qinglan/2023-03-14_01.txt", "");
        assertThat(rows.get(1).get(12)).startsWith("青岚江是全市人民的母亲河。").contains("。\n\n## 上下联动 系统治理\n\n市、县、乡");
        assertThat(rows.get(1).get(8)).isEqualTo("——我市青岚江流域综合治理工作纪实");
        assertThat(rows.get(7).get(18)).isEqualTo("{\"layout\":\"二栏\",\"url\":\"https://example.org/qinglan/2023-03-14/3\"}");
        assertThat(rows.get(3).subList(12, 15)).containsExactly("",
                "3月12日,志愿者在青岚江畔补植柳树。当天,全市300余名志愿者参加义务植树活动。", "何春生 摄");
    }

    @ParameterizedTest
    @CsvSource({"false,CRLF", "true,CRLF", "false,LF", "true,LF"})
    void bothReadersGetTheSameFieldsWithAndWithoutBom(boolean bom, LineEnding lineEnding) throws IOException {
        List<Article> articles = new ArrayList<>(TestArticles.fixtures());
        articles.addAll(new ArticleGenerator(4180).hostile(true).generate(300));
        CsvExporterOptions options = with(defaults, Mode.ARTICLE, defaults.columns(), bom, true, lineEnding);
        byte[] csv = export(articles, options);

        assertThat(csv.length > 3 && csv[0] == (byte) 0xEF && csv[1] == (byte) 0xBB && csv[2] == (byte) 0xBF)
                .isEqualTo(bom);
        String afterHeader = new String(csv, StandardCharsets.UTF_8).split(HEADER.get(HEADER.size() - 1), 2)[1];
        assertThat(afterHeader).startsWith((lineEnding == LineEnding.CRLF ? "\r\n" : "\n") + articles.get(0).id());

        List<List<String>> expected = new ArrayList<>();
        expected.add(HEADER);
        articles.forEach(a -> expected.add(expectedRow(a, true)));
        assertThat(CsvReading.jackson(csv)).containsExactlyElementsOf(expected);
        assertThat(CsvReading.commons(csv)).containsExactlyElementsOf(expected);
    }

    @Test
    void seedPagesRoundTrip() throws IOException {
        List<Article> gold = TestArticles.fromGold();
        byte[] csv = export(gold, defaults);
        List<List<String>> expected = new ArrayList<>();
        expected.add(HEADER);
        gold.forEach(a -> expected.add(expectedRow(a, true)));
        assertThat(CsvReading.commons(csv)).containsExactlyElementsOf(expected);
        assertThat(CsvReading.jackson(csv)).containsExactlyElementsOf(expected);
    }

    /** The article row, in model terms, as the shared CSV convention describes it. */
    private static List<String> expectedRow(Article a, boolean protect) {
        List<String> body = new ArrayList<>();
        for (Section s : a.sections()) {
            if (s.heading() != null) {
                body.add("## " + s.heading());
            }
            body.addAll(s.paragraphs());
        }
        List<String> row = new ArrayList<>(List.of(a.id(), a.kind().label(), str(a.edition().publication()),
                str(a.edition().date()), str(a.edition().page()), str(a.column()), str(a.kicker()), str(a.title()),
                String.join(" | ", a.subtitles()), str(a.byline()), String.join(" | ", a.authors()),
                a.dateline() == null ? "" : a.dateline().text(), String.join("\n\n", body), str(a.caption()),
                str(a.credit()), str(a.continuedTo()), str(a.continuedFrom()), a.source().path(), json(a)));
        row.replaceAll(cell -> {
            String clean = TestArticles.replaceLoneSurrogates(cell);
            return protect && !clean.isEmpty() && "=+-@\t\r".indexOf(clean.charAt(0)) >= 0 ? "'" + clean : clean;
        });
        return row;
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    private static String json(Article a) {
        try {
            return a.metadata().isEmpty() ? "" : new ObjectMapper().writeValueAsString(new TreeMap<>(a.metadata()));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"=SUM(A1:A9)", "+1", "-1", "@cmd", "\tTab", "\rcarriage", "=HYPERLINK(\"http://x\")"})
    void formulaInjectionIsNeutralised(String hostile) throws IOException {
        Article a = Article.builder().id("x").source(SourceRef.of("p.txt")).title(hostile).kicker("ok " + hostile)
                .byline(hostile).addSection(Section.lead(List.of(hostile))).build();
        List<String> row = CsvReading.commons(export(List.of(a), defaults)).get(1);
        assertThat(row.get(7)).isEqualTo("'" + hostile);
        assertThat(row.get(9)).isEqualTo("'" + hostile);
        assertThat(row.get(12)).isEqualTo("'" + hostile);
        assertThat(row.get(6)).isEqualTo("ok " + hostile);
        assertThat(row).allSatisfy(cell -> assertThat(cell).doesNotStartWith("=").doesNotStartWith("+")
                .doesNotStartWith("-").doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r"));

        CsvExporterOptions off = with(defaults, Mode.ARTICLE, defaults.columns(), false, false, LineEnding.CRLF);
        assertThat(CsvReading.jackson(export(List.of(a), off)).get(1).get(7)).isEqualTo(hostile);
    }

    @Test
    void paragraphModeHasOneRowPerParagraph() throws IOException {
        CsvExporterOptions options = with(defaults, Mode.PARAGRAPH, defaults.columns(), false, true, LineEnding.CRLF);
        List<List<String>> rows = CsvReading.jackson(export(TestArticles.fixtures(), options));
        List<String> header = rows.get(0);
        assertThat(header.subList(11, 16)).containsExactly("dateline", "section", "paragraph", "text", "caption");
        int section = header.indexOf("section");
        List<List<String>> first = rows.stream().filter(r -> r.get(0).equals("a1f0c3d2e4b5a601")).toList();
        assertThat(first).extracting(r -> r.get(section) + "|" + r.get(section + 1)).containsExactly(
                "|1", "|2", "上下联动 系统治理|3", "上下联动 系统治理|4", "群策群力 久久为功|5");
        assertThat(first.get(3).get(section + 2)).startsWith("“以前一下雨");
        List<List<String>> photo = rows.stream().filter(r -> r.get(0).equals("c3a2b1d0e9f8c703")).toList();
        assertThat(photo).hasSize(1);
        assertThat(photo.get(0).subList(section, section + 4))
                .containsExactly("", "", "", "3月12日,志愿者在青岚江畔补植柳树。当天,全市300余名志愿者参加义务植树活动。");
    }

    @Test
    void paragraphRowsRebuildEveryArticle() throws IOException {
        List<Article> articles = new ArticleGenerator(77).hostile(true).generate(200);
        CsvExporterOptions options = with(defaults, Mode.PARAGRAPH, List.of("id", "text"), false, false, LineEnding.LF);
        List<List<String>> rows = CsvReading.commons(export(articles, options));
        assertThat(rows.get(0)).containsExactly("id", "section", "paragraph", "text");
        int r = 1;
        for (Article a : articles) {
            List<String> paragraphs = new ArrayList<>();
            List<String> headings = new ArrayList<>();
            for (; r < rows.size() && rows.get(r).get(0).equals(a.id()); r++) {
                List<String> row = rows.get(r);
                if (!row.get(2).isEmpty()) {
                    paragraphs.add(row.get(3));
                    assertThat(Integer.parseInt(row.get(2))).isEqualTo(paragraphs.size());
                }
                if (!row.get(1).isEmpty() && !headings.contains(row.get(1))) {
                    headings.add(row.get(1));
                }
            }
            assertThat(paragraphs).isEqualTo(a.paragraphs().stream().map(TestArticles::replaceLoneSurrogates).toList());
            assertThat(headings).isEqualTo(a.sections().stream().map(Section::heading).filter(h -> h != null)
                    .map(TestArticles::replaceLoneSurrogates).distinct().toList());
        }
        assertThat(r).isEqualTo(rows.size());
    }

    @Test
    void chosenColumnsIncludingMetadataEntriesAndExtras() throws IOException {
        List<String> columns = List.of("title", "metadata.url", "datelineAgency", "datelinePlace", "sourceLines",
                "sourceEncoding", "id");
        CsvExporterOptions options = with(defaults, Mode.ARTICLE, columns, false, true, LineEnding.CRLF);
        List<List<String>> rows = CsvReading.commons(export(TestArticles.fixtures(), options));
        assertThat(rows.get(0)).containsExactlyElementsOf(columns);
        assertThat(rows.get(7)).containsExactly("", "https://example.org/qinglan/2023-03-14/3", "", "", "1-9", "UTF-8",
                "a7e6f5d4c3b2a107");
        assertThat(rows.get(8)).containsExactly("新华社电 两地签署生态补偿协议", "", "新华社", "云岫", "10-14", "UTF-8",
                "b8f7a6e5d4c3b208");
        assertThat(rows.get(9).get(4)).isEmpty();
    }

    @Test
    void listsAreJoinedWithTheChosenSeparator() throws IOException {
        Article a = Article.builder().id("x").source(SourceRef.of("p.txt")).addAuthor("薛礼伟").addAuthor("张智宙")
                .build();
        CsvExporterOptions options = new CsvExporterOptions(Mode.ARTICLE, List.of("authors"), "、", false, true,
                LineEnding.LF);
        assertThat(new String(export(List.of(a), options), StandardCharsets.UTF_8)).isEqualTo("authors\n薛礼伟、张智宙\n");
    }

    @Test
    void anEmptyArchiveStillHasItsHeader() throws IOException {
        assertThat(new String(export(List.of(), defaults), StandardCharsets.UTF_8))
                .isEqualTo(String.join(",", HEADER) + "\r\n");
    }

    @Test
    void outputIsByteIdenticalAcrossRuns() throws IOException {
        List<Article> articles = new ArticleGenerator(3).hostile(true).generate(200);
        for (Mode mode : Mode.values()) {
            CsvExporterOptions options = with(defaults, mode, defaults.columns(), true, true, LineEnding.CRLF);
            assertThat(export(articles, options)).isEqualTo(export(articles, options));
        }
    }

    @Test
    void badColumnsAreRejectedListingTheAllowedOnes() {
        assertThatThrownBy(() -> with(defaults, Mode.ARTICLE, List.of("id", "headline", "url"), false, true,
                LineEnding.CRLF)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown column(s) [headline, url]")
                .hasMessageContaining("allowed: id, kind, publication")
                .hasMessageContaining("metadata.<key>");
        assertThatThrownBy(() -> with(defaults, Mode.ARTICLE, List.of("id", "id"), false, true, LineEnding.CRLF))
                .hasMessageContaining("listed twice: [id]");
        assertThatThrownBy(() -> with(defaults, Mode.ARTICLE, List.of("id", "paragraph"), false, true, LineEnding.CRLF))
                .hasMessageContaining("only with mode: paragraph");
        assertThatThrownBy(() -> with(defaults, Mode.ARTICLE, List.of(), false, true, LineEnding.CRLF))
                .hasMessageContaining("at least one column");
        assertThatThrownBy(() -> with(defaults, Mode.ARTICLE, List.of("metadata."), false, true, LineEnding.CRLF))
                .hasMessageContaining("unknown column(s) [metadata.]");
        assertThatThrownBy(() -> new CsvExporterOptions(Mode.ARTICLE, defaults.columns(), "", false, true,
                LineEnding.CRLF)).hasMessageContaining("listSeparator");
        assertThatThrownBy(() -> new CsvExporterOptions(null, defaults.columns(), " | ", false, true,
                LineEnding.CRLF)).hasMessageContaining("mode");
    }

    @Test
    void paragraphColumnsCanBePlacedByHand() throws IOException {
        CsvExporterOptions options = with(defaults, Mode.PARAGRAPH, List.of("paragraph", "id", "text"), false, true,
                LineEnding.LF);
        List<List<String>> rows = CsvReading.jackson(export(TestArticles.fixtures().subList(1, 2), options));
        assertThat(rows).containsExactly(List.of("paragraph", "id", "text"),
                List.of("1", "b2e1d4c3f5a6b702", "3月13日,市政府召开一季度经济运行分析会,通报1至2月全市主要经济指标,研判当前形势,部署下阶段重点工作。"),
                List.of("2", "b2e1d4c3f5a6b702", "会议指出,开年以来,全市规模以上工业增加值同比增长6.8%,社会消费品零售总额增长7.2%,经济运行呈现稳中向好态势。"));
    }
}
