package io.broadsheet.exporter.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.ArticleKind;
import io.broadsheet.core.model.Section;
import io.broadsheet.core.model.SourceRef;
import io.broadsheet.core.spi.ExportSession;
import io.broadsheet.testkit.MemoryTarget;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A CSV double-clicked in Excel: Chinese shown right by default, and cells Excel would cut reported. */
class ExcelFriendlyCsvTest {

    private static final CsvExporter EXPORTER = new CsvExporter();

    private static Article article(String id, String body) {
        return Article.builder().id(id).kind(ArticleKind.ARTICLE).title("标题")
                .sections(List.of(new Section(null, List.of(body))))
                .source(new SourceRef("p.txt", 1, 2, "UTF-8")).build();
    }

    private static MemoryTarget export(CsvExporterOptions options, Article... articles) throws IOException {
        MemoryTarget target = new MemoryTarget("articles.csv");
        try (ExportSession session = EXPORTER.open(options, target)) {
            for (Article a : articles) {
                session.accept(a);
            }
            session.finish();
        }
        return target;
    }

    @Test
    void theDefaultFileStartsWithAUtf8ByteOrderMark() throws IOException {
        byte[] csv = export(EXPORTER.defaultOptions(), article("a1", "正文。")).bytes().get("articles.csv");

        assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 'i', (byte) 'd');
    }

    @Test
    void theByteOrderMarkCanBeTurnedOff() throws IOException {
        CsvExporterOptions d = EXPORTER.defaultOptions();
        CsvExporterOptions noBom = new CsvExporterOptions(d.mode(), d.columns(), d.listSeparator(), false,
                d.formulaProtection(), d.lineEnding());

        assertThat(export(noBom, article("a1", "正文。")).bytes().get("articles.csv")).startsWith((byte) 'i', (byte) 'd');
    }

    @Test
    void aCellLongerThanExcelHoldsIsAWarningNamingTheArticleAndColumn() throws IOException {
        MemoryTarget target = export(EXPORTER.defaultOptions(), article("short", "正文。".repeat(100)),
                article("long1", "长".repeat(32_768)), article("fits", "满".repeat(32_767)));

        assertThat(target.warnings()).singleElement().asString()
                .startsWith("long1: ").contains("'text'", "32,768", "32,767");
        // The cell is still written whole: the CSV keeps everything, Excel is the one that cuts.
        assertThat(target.text("articles.csv")).contains("长".repeat(32_768));
    }
}
