package io.broadsheet.parser.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.broadsheet.core.error.InputException;
import io.broadsheet.core.model.Article;
import io.broadsheet.core.spi.SourceInput;
import io.broadsheet.testkit.CollectingSink;
import io.broadsheet.testkit.HugeInput;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** Half a million bad rows give a screenful of warnings, and a file of nothing but bad rows fails. */
class CsvLimitsTest {

    private static final int BAD_ROWS = 500_000;

    private static SourceInput input(String path, HugeInput huge) {
        return new SourceInput() {
            @Override public String path() { return path; }
            @Override public InputStream open() { return huge.open(); }
            @Override public long size() { return huge.size(); }
        };
    }

    @Test
    void warningsPerFileStopAtMaxWarningsAndTheRestAreCounted() throws Exception {
        HugeInput csv = HugeInput.of("id,title,text\n", "x,多一列,正文,多余\n", BAD_ROWS, "a1,标题,正文。\n");
        CollectingSink sink = new CollectingSink();

        Fixtures.PARSER.open(Fixtures.PARSER.defaultOptions()).parse(input("bad.csv", csv), sink);

        assertThat(sink.articles()).extracting(Article::id).containsExactly("a1");
        assertThat(sink.warnings()).hasSize(CsvParserOptions.DEFAULT_MAX_WARNINGS + 1);
        assertThat(sink.warnings().get(0)).isEqualTo("bad.csv:2: expected 3 fields as in the header, found 4; row skipped");
        assertThat(sink.warnings().get(CsvParserOptions.DEFAULT_MAX_WARNINGS))
                .isEqualTo("bad.csv:0: 499900 more rows skipped, not listed (maxWarnings is 100)");
    }

    @Test
    void aFileOfNothingButBadRowsFailsAfterItsFirstWarnings() {
        HugeInput csv = HugeInput.of("id,title,text\n", "x,缺一列\n", BAD_ROWS, "");
        CollectingSink sink = new CollectingSink();

        assertThatThrownBy(() -> Fixtures.PARSER.open(Fixtures.PARSER.defaultOptions()).parse(input("bad.csv", csv), sink))
                .isInstanceOf(InputException.class)
                .hasMessage("bad.csv:2: no row could be read (500000 skipped); the first: expected 3 fields as in the header,"
                        + " found 2");
        assertThat(sink.warnings()).hasSize(CsvParserOptions.DEFAULT_MAX_WARNINGS);
    }

    @Test
    void maxWarningsIsAnOption() {
        CsvParserOptions d = Fixtures.PARSER.defaultOptions();
        CsvParserOptions none = new CsvParserOptions(d.columns(), d.delimiter(), d.encoding(), d.mode(), d.paragraphs(),
                d.listSeparator(), d.unescapeFormulas(), d.stripQuotes(), d.maxRecordLines(), 0);
        CollectingSink sink = Fixtures.parseText("few.csv", "id,title\na1,标题\nb,c,d\n", none);

        assertThat(sink.articles()).hasSize(1);
        assertThat(sink.warnings()).containsExactly("few.csv:0: 1 more rows skipped, not listed (maxWarnings is 0)");
        assertThat(Fixtures.PARSER.describeOption("maxWarnings")).contains("default 100");
        assertThatThrownBy(() -> new CsvParserOptions(d.columns(), d.delimiter(), d.encoding(), d.mode(), d.paragraphs(),
                d.listSeparator(), d.unescapeFormulas(), d.stripQuotes(), d.maxRecordLines(), -1))
                .hasMessageContaining("maxWarnings");
    }
}
