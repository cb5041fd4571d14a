package io.broadsheet.parser.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.spi.SourceInput;
import io.broadsheet.parser.csv.CsvParserOptions.Paragraphs;
import io.broadsheet.testkit.CollectingSink;
import io.broadsheet.testkit.Corpus;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The real news CSVs of the shared corpus, read with the mappings documented in the parser's options:
 * every record gives a titled article, every non-empty text column gives paragraphs, no warnings.
 */
class CsvCorpusTest {

    /** newsdata_zh_2023-08_cleaned.csv: download_date,published_date_gmt,title,url,category,raw_text. */
    static final CsvParserOptions CLEANED = Fixtures.mapped(
            Map.of("title", "title", "raw_text", "text", "published_date_gmt", "date"), Paragraphs.BLANK_LINES, false);

    /** The raw NewsData.io export: TITLE is written """…""", so its quotes are stripped. */
    static final CsvParserOptions NEWSDATA = Fixtures.mapped(Map.of("TITLE", "title", "DESCRIPTION", "text",
            "PUBLISHED DATE (GMT)", "date", "PUBLISHER", "publication"), Paragraphs.BLANK_LINES, true);

    private static CollectingSink parse(String name, CsvParserOptions options) {
        Path file = Corpus.require("external/csv").resolve(name);
        return Fixtures.parse(SourceInput.ofFile(file, "external/csv/" + name), options);
    }

    @Test
    void cleanedNewsExportGivesEveryRecord() {
        CollectingSink sink = parse("newsdata_zh_2023-08_cleaned.csv", CLEANED);

        assertThat(sink.warnings()).isEmpty();
        assertThat(sink.articles()).hasSize(230);
        assertThat(sink.articles()).allSatisfy(a -> assertThat(a.title()).isNotBlank());
        assertThat(sink.articles()).allSatisfy(a -> assertThat(a.edition().date()).matches("2023-08-\\d\\d"));
        assertThat(sink.articles()).allSatisfy(a -> assertThat(a.metadata()).containsKeys("url", "category"));
        assertThat(sink.articles()).filteredOn(a -> !a.paragraphs().isEmpty()).hasSize(230 - 111);
        Article fifty = sink.articles().stream().filter(a -> a.title().startsWith("韓網熱帖／FIFTY FIFTY")).findFirst().orElseThrow();
        assertThat(fifty.paragraphs()).startsWith("記者郭采縈／綜合報導");
        assertThat(fifty.paragraphs()).allSatisfy(p -> assertThat(p).isEqualTo(p.strip()).isNotEmpty());
        assertThat(fifty.source().endLine()).isGreaterThan(fifty.source().startLine());
    }

    @Test
    void rawNewsDataExportGivesEveryRecordWithUnquotedTitles() {
        CollectingSink sink = parse("newsdata_zh_records_top_2023-08-24.csv", NEWSDATA);

        assertThat(sink.warnings()).isEmpty();
        assertThat(sink.articles()).hasSize(50);
        assertThat(sink.articles()).allSatisfy(a -> assertThat(a.title()).isNotBlank().doesNotStartWith("\"").doesNotEndWith("\""));
        assertThat(sink.articles()).allSatisfy(a -> assertThat(a.edition().publication()).isNotBlank());
        assertThat(sink.articles()).filteredOn(a -> !a.paragraphs().isEmpty()).hasSizeGreaterThan(30);
        assertThat(sink.articles().get(0).title())
                .isEqualTo("PlayStation 第一款遙控遊玩專用裝置「PlayStation Portal」將於今年下半年上市");
        assertThat(sink.articles().get(0).metadata()).containsEntry("ARTICLE LINK", "https://gnn.gamer.com.tw/detail.php?sn=254995");
    }

    @Test
    void withDefaultOptionsEveryCorpusFileStillParsesWithoutErrors() {
        for (String name : new String[] {"newsdata_zh_2023-08_cleaned.csv", "newsdata_zh_records_top_2023-08-24.csv"}) {
            CollectingSink sink = parse(name, Fixtures.PARSER.defaultOptions());

            assertThat(sink.articles()).as(name).isNotEmpty();
            assertThat(sink.warnings()).as(name).allMatch(w -> w.contains("check the 'columns' option"));
        }
    }
}
