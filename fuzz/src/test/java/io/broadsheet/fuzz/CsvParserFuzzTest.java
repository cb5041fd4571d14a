package io.broadsheet.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.broadsheet.parser.csv.CsvParser;

/** The csv parser on arbitrary bytes; seeds and regression inputs in {@code CsvParserFuzzTestInputs/parse}. */
class CsvParserFuzzTest {

    private static final CsvParser PARSER = new CsvParser();

    @FuzzTest
    void parse(byte[] data) {
        ParserHarness.parse(PARSER, "articles.csv", data);
    }
}
