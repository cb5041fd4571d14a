package io.broadsheet.parser.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.ArticleKind;
import io.broadsheet.core.model.Section;
import io.broadsheet.core.spi.SourceInput;
import io.broadsheet.parser.csv.CsvParserOptions.Mode;
import io.broadsheet.parser.csv.CsvParserOptions.Paragraphs;
import io.broadsheet.testkit.CollectingSink;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Other people's tables: mapped columns, other delimiters and encodings. */
class ThirdPartyCsvTest {

    private static final Map<String, String> NEWS = Map.of("headline", "title", "body", "text", "when", "date");

    @Test
    void mappedColumnsFillFieldsAndTheRestGoesToMetadata() {
        String csv = "headline,body,when,link,skip\n"
                + "青溪地铁二号线开通,\"首日客流十万人次。\n\n\n沿线商户生意红火。\",2031-09-01 08:30:00,https://example.org/m2,x\n";
        Map<String, String> columns = Map.of("headline", "title", "body", "text", "when", "date", "SKIP", "ignore");
        Article a = Fixtures.parseText("news.csv", csv, Fixtures.mapped(columns, Paragraphs.BLANK_LINES, false))
                .articles().get(0);

        assertThat(a.kind()).isEqualTo(ArticleKind.ARTICLE);
        assertThat(a.title()).isEqualTo("青溪地铁二号线开通");
        assertThat(a.paragraphs()).containsExactly("首日客流十万人次。", "沿线商户生意红火。");
        assertThat(a.edition().date()).isEqualTo("2031-09-01");
        assertThat(a.metadata()).isEqualTo(Map.of("link", "https://example.org/m2", "when", "2031-09-01 08:30:00"));
    }

    @Test
    void linesModeMakesEveryLineAParagraph() {
        String csv = "headline,body\n标题,\"第一行\n  第二行  \n\n第三行\"\n";
        Article a = Fixtures.parseText("l.csv", csv, Fixtures.mapped(NEWS, Paragraphs.LINES, false)).articles().get(0);

        assertThat(a.paragraphs()).containsExactly("第一行", "第二行", "第三行");
    }

    @Test
    void semicolonTabAndPipeDelimitersAreDetected() {
        for (String d : List.of(";", "\t", "|")) {
            String csv = "headline" + d + "body\n青溪" + d + "\"正文" + d + "含分隔符。\"\n";
            Article a = Fixtures.parseText("d.csv", csv, Fixtures.mapped(NEWS, Paragraphs.EXACT, false)).articles().get(0);

            assertThat(a.title()).as("delimiter %s", d).isEqualTo("青溪");
            assertThat(a.paragraphs()).as("delimiter %s", d).containsExactly("正文" + d + "含分隔符。");
        }
    }

    @Test
    void explicitDelimiterWins() {
        String csv = "headline;body\n青溪;正文,还有\n";
        CsvParserOptions options = new CsvParserOptions(NEWS, ";", "auto", Mode.AUTO, Paragraphs.EXACT, " | ", true, false, 100);
        Article a = Fixtures.parseText("x.csv", csv, options).articles().get(0);

        assertThat(a.paragraphs()).containsExactly("正文,还有");
    }

    @Test
    void byteOrderMarkIsStrippedFromTheFirstColumnName() {
        byte[] body = "headline,body\n青溪,正文。\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Article a = Fixtures.parse(SourceInput.ofBytes("bom.csv", withBom), Fixtures.mapped(NEWS, Paragraphs.EXACT, false))
                .articles().get(0);

        assertThat(a.title()).isEqualTo("青溪");
        assertThat(a.metadata()).isEmpty();
    }

    @Test
    void gb18030AndBig5AreDetected() {
        Map<String, String> titles = Map.of("GB18030", "青溪大桥主体结构全线贯通", "Big5", "青溪大橋主體結構全線貫通");
        for (Map.Entry<String, String> e : titles.entrySet()) {
            String csv = "headline,body\n" + e.getValue() + ",十一月三十日上午隨著最後一節鋼箱梁精準就位\n";
            CollectingSink sink = Fixtures.parse(SourceInput.ofBytes("c.csv", csv.getBytes(Charset.forName(e.getKey()))),
                    Fixtures.mapped(NEWS, Paragraphs.EXACT, false));

            assertThat(sink.articles().get(0).title()).as(e.getKey()).isEqualTo(e.getValue());
            assertThat(Charset.forName(sink.articles().get(0).source().encoding())).isEqualTo(Charset.forName(e.getKey()));
        }
    }

    @Test
    void utf16WithBomIsRead() {
        String csv = "headline,body\n青溪,正文。\n";
        Article a = Fixtures.parse(SourceInput.ofBytes("u16.csv", csv.getBytes(StandardCharsets.UTF_16)),
                Fixtures.mapped(NEWS, Paragraphs.EXACT, false)).articles().get(0);

        assertThat(a.title()).isEqualTo("青溪");
        assertThat(a.paragraphs()).containsExactly("正文。");
    }

    @Test
    void crlfLineEndsAreNotText() {
        String csv = "headline,body\r\n青溪,正文。\r\n第二,\"两行\r\n内容\"\r\n";
        CollectingSink sink = Fixtures.parseText("crlf.csv", csv, Fixtures.mapped(NEWS, Paragraphs.EXACT, false));

        assertThat(sink.articles()).extracting(Article::title).containsExactly("青溪", "第二");
        assertThat(sink.articles().get(0).paragraphs()).containsExactly("正文。");
        assertThat(sink.articles().get(1).paragraphs()).containsExactly("两行\r\n内容");
        assertThat(sink.articles().get(1).source().startLine()).isEqualTo(3);
        assertThat(sink.articles().get(1).source().endLine()).isEqualTo(4);
    }

    @Test
    void kindIsInferredWhenNoColumnGivesIt() {
        String csv = "title,caption,credit,text\n,,,孤立的一段。\n,夜景。,孟凡 摄,\n";
        CollectingSink sink = Fixtures.parseText("k.csv", csv, Fixtures.PARSER.defaultOptions());

        assertThat(sink.articles()).extracting(Article::kind).containsExactly(ArticleKind.FRAGMENT, ArticleKind.PHOTO);
    }

    @Test
    void formulaProtectionCanBeKept() {
        String csv = "title,text\n'=1+1,'+正文\n";
        CsvParserOptions keep = new CsvParserOptions(CsvParserOptions.ownColumns(), "auto", "auto", Mode.AUTO,
                Paragraphs.EXACT, " | ", false, false, 100);

        assertThat(Fixtures.parseText("f.csv", csv, keep).articles().get(0).title()).isEqualTo("'=1+1");
        Article unescaped = Fixtures.parseText("f.csv", csv, Fixtures.PARSER.defaultOptions()).articles().get(0);
        assertThat(unescaped.title()).isEqualTo("=1+1");
        assertThat(unescaped.sections()).containsExactly(Section.lead(List.of("+正文")));
    }

    @Test
    void quotesAroundWholeValuesCanBeStripped() {
        String csv = "headline,body\n\"\"\"青溪\"\"\",\"正文里的\"\"引号\"\"留着\"\n";

        assertThat(Fixtures.parseText("q.csv", csv, Fixtures.mapped(NEWS, Paragraphs.EXACT, false)).articles().get(0).title())
                .isEqualTo("\"青溪\"");
        Article stripped = Fixtures.parseText("q.csv", csv, Fixtures.mapped(NEWS, Paragraphs.EXACT, true)).articles().get(0);
        assertThat(stripped.title()).isEqualTo("青溪");
        assertThat(stripped.paragraphs()).containsExactly("正文里的\"引号\"留着");
    }
}
