package io.broadsheet.parser.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.broadsheet.core.model.Article;
import io.broadsheet.core.spi.SourceInput;
import io.broadsheet.parser.csv.CsvParserOptions.Mode;
import io.broadsheet.parser.csv.CsvParserOptions.Paragraphs;
import io.broadsheet.testkit.ArticleGenerator;
import io.broadsheet.testkit.CollectingSink;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Property: any cell a standard CSV writer produces (quotes, delimiters, CR/LF, markup, control
 * characters, formula starts) is read back exactly, with its row's physical lines. Cells come from the
 * seeded hostile generator; the table is written with Jackson's CSV writer, not by this parser's rules.
 */
class CsvCellsPropertyTest {

    private static final CsvParserOptions RAW = new CsvParserOptions(
            Map.of("id", "id", "title", "title", "caption", "caption"), "auto", "auto", Mode.ARTICLE,
            Paragraphs.EXACT, " | ", false, false, 10_000);

    @Test
    void hostileCellsSurviveExactly() throws Exception {
        for (long seed = 1; seed <= 20; seed++) {
            ArticleGenerator generator = new ArticleGenerator(seed).hostile(true);
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"id", "title", "caption", "note"});
            for (int i = 0; i < 30; i++) {
                rows.add(new String[] {"r" + i, cell(generator), cell(generator), cell(generator)});
            }
            String csv = new CsvMapper().writer(CsvSchema.emptySchema().withLineSeparator("\n")).writeValueAsString(rows);

            CollectingSink sink = Fixtures.parse(SourceInput.ofBytes("p.csv", csv.getBytes(StandardCharsets.UTF_8)), RAW);

            assertThat(sink.warnings()).as("seed %d", seed).isEmpty();
            assertThat(sink.articles()).as("seed %d", seed).hasSize(30);
            for (int i = 0; i < 30; i++) {
                Article a = sink.articles().get(i);
                String[] row = rows.get(i + 1);
                assertThat(a.id()).isEqualTo(row[0]);
                assertThat(a.title()).as("seed %d row %d", seed, i).isEqualTo(row[1]);
                assertThat(a.caption()).as("seed %d row %d", seed, i).isEqualTo(row[2]);
                assertThat(a.metadata()).as("seed %d row %d", seed, i).isEqualTo(Map.of("note", row[3]));
            }
            for (int i = 1; i < 30; i++) {
                assertThat(sink.articles().get(i).source().startLine())
                        .isEqualTo(sink.articles().get(i - 1).source().endLine() + 1);
            }
        }
    }

    /** A hostile text that a UTF-8 file can hold: unpaired surrogates have no UTF-8 form. */
    private static String cell(ArticleGenerator generator) {
        return generator.encodableText(1, 40);
    }
}
