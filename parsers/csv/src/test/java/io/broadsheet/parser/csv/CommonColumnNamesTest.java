package io.broadsheet.parser.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.core.model.Article;
import io.broadsheet.testkit.CollectingSink;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tables from elsewhere name their body and date columns in many ways; the common ones need no mapping. */
class CommonColumnNamesTest {

    private static final String LONG = "青溪地铁二号线今日开通运营，首日客流超过十万人次，沿线商户生意红火，市民纷纷前来体验。".repeat(3);

    private static CollectingSink parse(String csv) {
        return Fixtures.parseText("news.csv", csv, Fixtures.PARSER.defaultOptions());
    }

    @Test
    void commonBodyColumnNamesFillTheText() {
        for (String name : List.of("content", "TEXT", "Body", "raw_text", "DESCRIPTION", "正文", "内容")) {
            Article a = parse("title," + name + "\n开通," + LONG + "\n").articles().get(0);

            assertThat(a.paragraphs()).as(name).containsExactly(LONG);
            assertThat(a.metadata()).as(name).isEmpty();
        }
    }

    @Test
    void commonDateColumnNamesFillTheEditionDate() {
        for (String name : List.of("date", "pubdate", "PUBLISHED DATE (GMT)", "published_date_gmt", "发布时间")) {
            Article a = parse("title," + name + "\n开通,2023-08-24 13:23:05\n").articles().get(0);

            assertThat(a.edition().date()).as(name).isEqualTo("2023-08-24");
        }
    }

    @Test
    void aColumnTheMappingNamesIsNotTakenByACommonName() {
        Article a = Fixtures.parseText("news.csv", "title,content,summary\n开通,不是正文,是正文\n",
                Fixtures.mapped(Map.of("title", "title", "summary", "text", "content", "ignore"),
                        CsvParserOptions.Paragraphs.EXACT, false)).articles().get(0);

        assertThat(a.paragraphs()).containsExactly("是正文");
    }

    @Test
    void aLongTextColumnLeftUnmappedIsNamedInAWarning() {
        CollectingSink sink = parse("title,story_html\n开通," + LONG + "\n停运," + LONG + "\n");

        assertThat(sink.articles()).hasSize(2).allSatisfy(a -> assertThat(a.paragraphs()).isEmpty());
        assertThat(sink.warnings()).singleElement().asString()
                .contains("news.csv:1", "'story_html'", "columns: {story_html: text}");
    }

    @Test
    void shortUnmappedColumnsAndUrlsAreNotWarnedAbout() {
        String url = "https://example.org/" + "a".repeat(150);
        CollectingSink sink = parse("title,text,link,category\n开通," + LONG + "," + url + ",本地\n");

        assertThat(sink.warnings()).isEmpty();
    }
}
