package io.broadsheet.parser.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.broadsheet.core.error.InputException;
import io.broadsheet.core.model.Article;
import io.broadsheet.core.spi.ParseSession;
import io.broadsheet.core.spi.SourceInput;
import io.broadsheet.parser.csv.CsvParserOptions.Mode;
import io.broadsheet.parser.csv.CsvParserOptions.Paragraphs;
import io.broadsheet.testkit.CollectingSink;
import java.nio.charset.Charset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A bad row is a warning with file and line and the rest is kept; an unreadable file is an error. */
class CsvErrorsTest {

    @Test
    void badRowsAreReportedWithTheirLineAndTheOthersKept() {
        CollectingSink sink = Fixtures.parse("bad-rows.csv");

        assertThat(sink.articles()).extracting(Article::id).containsExactly("a1", "a5", "a6");
        assertThat(sink.articles().get(2).paragraphs()).containsExactly("跨行的\n正文。");
        assertThat(sink.warnings()).hasSize(3);
        assertThat(sink.warnings().get(0)).startsWith("csv/bad-rows.csv:3: bad quoting: Unexpected character")
                .endsWith("; row skipped");
        assertThat(sink.warnings().get(1))
                .isEqualTo("csv/bad-rows.csv:4: expected 3 fields as in the header, found 4; row skipped");
        assertThat(sink.warnings().get(2)).startsWith("csv/bad-rows.csv:5: bad quoting:");
    }

    @Test
    void quoteLeftOpenToTheEndOfTheFileCostsOneRow() {
        String csv = "id,title\nb1,第一条\nb2,\"没有闭合\nb3,第三条\nb4,第四条\n";
        CollectingSink sink = Fixtures.parseText("open.csv", csv, Fixtures.PARSER.defaultOptions());

        assertThat(sink.articles()).extracting(Article::id).containsExactly("b1", "b3", "b4");
        assertThat(sink.warnings()).containsExactly(
                "open.csv:3: bad quoting: a quoted value is not closed before the end of the file; row skipped");
    }

    @Test
    void quotedValueOpenForTooManyLinesIsBroken() {
        String csv = "id,title\nc1,\"" + "一行\n".repeat(5) + "\"\nc2,第二条\n";
        CsvParserOptions options = new CsvParserOptions(CsvParserOptions.ownColumns(), "auto", "auto", Mode.AUTO,
                Paragraphs.EXACT, " | ", true, false, 3);
        CollectingSink sink = Fixtures.parseText("long.csv", csv, options);

        assertThat(sink.warnings()).first().asString()
                .isEqualTo("long.csv:2: bad quoting: a quoted value is still open after 3 lines; row skipped");
        assertThat(sink.articles()).extracting(Article::id).contains("c2");
    }

    @Test
    void recordOfMoreThan32MillionCharactersRefusesTheFile() {
        String csv = "id,title\n" + "x".repeat(33 * 1024 * 1024) + "\n";

        assertThatThrownBy(() -> Fixtures.parseText("huge.csv", csv, Fixtures.PARSER.defaultOptions()))
                .isInstanceOf(io.broadsheet.core.error.LimitExceededException.class)
                .hasMessage("huge.csv:2: a record longer than 33554432 characters: refusing the file");
    }

    @Test
    void badValuesSkipTheirRow() {
        String csv = "id,kind,page,metadata,title\n"
                + "d1,advert,1,,广告\n"
                + "d2,article,A3,,页码\n"
                + "d3,article,2,[1],元数据\n"
                + "d4,article,2,\"{\"\"k\"\":\"\"v\"\"}\",正常\n";
        CollectingSink sink = Fixtures.parseText("values.csv", csv, Fixtures.PARSER.defaultOptions());

        assertThat(sink.articles()).extracting(Article::id).containsExactly("d4");
        assertThat(sink.warnings()).containsExactly(
                "values.csv:2: unknown kind 'advert' (expected article, photo or fragment); row skipped",
                "values.csv:3: 'page' must be a whole number, not 'A3'; row skipped",
                "values.csv:4: 'metadata' must be a JSON object of strings; row skipped");
    }

    @Test
    void unreadableHeaderFailsTheFile() {
        assertThatThrownBy(() -> Fixtures.parseText("h.csv", "id,\"title\"x\n1,2\n", Fixtures.PARSER.defaultOptions()))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("h.csv:1: header row is not valid CSV");
    }

    @Test
    void paragraphRowsWithoutIdColumnFailTheFile() {
        assertThatThrownBy(() -> Fixtures.parseText("p.csv", "title,paragraph,text\nx,1,y\n", Fixtures.PARSER.defaultOptions()))
                .isInstanceOf(InputException.class)
                .hasMessage("p.csv:1: paragraph rows need a column mapped to 'id' to group them");
    }

    @Test
    void textThatIsNotInTheConfiguredEncodingFailsWithItsLine() {
        byte[] gbk = "id,title\n1,青溪\n".getBytes(Charset.forName("GB18030"));
        CsvParserOptions utf8 = new CsvParserOptions(CsvParserOptions.ownColumns(), "auto", "UTF-8", Mode.AUTO,
                Paragraphs.EXACT, " | ", true, false, 10_000);

        assertThatThrownBy(() -> Fixtures.parse(SourceInput.ofBytes("g.csv", gbk), utf8))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("g.csv:")
                .hasMessageContaining("not valid UTF-8 text");
    }

    @Test
    void emptyFileIsAWarningNotAnError() {
        CollectingSink sink = Fixtures.parseText("empty.csv", "", Fixtures.PARSER.defaultOptions());

        assertThat(sink.articles()).isEmpty();
        assertThat(sink.warnings()).containsExactly("empty.csv:0: empty file: no header row");
    }

    @Test
    void headerMappingNothingUsefulIsWarnedAbout() {
        CollectingSink sink = Fixtures.parseText("u.csv", "a,b\n1,2\n", Fixtures.PARSER.defaultOptions());

        assertThat(sink.warnings()).containsExactly(
                "u.csv:1: no column maps to title, text or caption; check the 'columns' option");
        assertThat(sink.articles().get(0).metadata()).isEqualTo(Map.of("a", "1", "b", "2"));
    }

    @Test
    void aFailedFileDoesNotSpoilTheNextOne() throws Exception {
        ParseSession session = Fixtures.PARSER.open(Fixtures.PARSER.defaultOptions());
        CollectingSink sink = new CollectingSink();

        assertThatThrownBy(() -> session.parse(SourceInput.ofBytes("h.csv",
                "id,\"t\"x\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)), sink)).isInstanceOf(InputException.class);
        session.parse(Fixtures.input("own-articles.csv"), sink);

        assertThat(sink.articles()).hasSize(4);
    }

    @Test
    void optionsAreValidated() {
        assertThatThrownBy(() -> new CsvParserOptions(Map.of("T", "headline"), "auto", "auto", Mode.AUTO,
                Paragraphs.EXACT, " | ", true, false, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'T' maps to unknown field 'headline'");
        assertThatThrownBy(() -> new CsvParserOptions(Map.of(), "::", "auto", Mode.AUTO, Paragraphs.EXACT, " | ", true, false, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("delimiter");
        assertThatThrownBy(() -> new CsvParserOptions(Map.of(), "\"", "auto", Mode.AUTO, Paragraphs.EXACT, " | ", true, false, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("delimiter");
        assertThatThrownBy(() -> new CsvParserOptions(Map.of(), "auto", "latin-42", Mode.AUTO, Paragraphs.EXACT, " | ", true, false, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("latin-42");
        assertThatThrownBy(() -> new CsvParserOptions(Map.of(), "auto", "auto", Mode.AUTO, Paragraphs.EXACT, "", true, false, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("listSeparator");
        assertThatThrownBy(() -> new CsvParserOptions(Map.of(), "auto", "auto", Mode.AUTO, Paragraphs.EXACT, " | ", true, false, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxRecordLines");
    }
}
